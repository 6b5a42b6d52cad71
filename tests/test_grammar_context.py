"""A word that fits neither neighbour in print where another form of it, or a common
word one letter away, fits both (issue 11: mechanisms that generalise to errors never
seen). Our own sentences of each kind, found with the fix after an emoji; correct
sentences of the same shapes stay clean.
"""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.rule_names import RULE_NAMES

EMOJI = "😀 Update: "

# (sentence, flagged word, first fix)
FOUND = [
    ("Please contract me before noon.", "contract", "contact"),  # a real word, one letter off
    ("It seems I ill have to wait.", "ill", "will"),
    ("I will bee there at noon.", "bee", "be"),
]

CLEAN = [
    "Please contact me before noon. We will contract the work to a local firm.",
    "The muscles contract when cold, and she signed a contract with the club.",
    "I have a clue. It seems I will have to wait. I will be there.",
    "The girl about whom I told you lives here.",  # fits the word after it
    "Doubtful cases are resolved in favor of coverage.",  # a dialect spelling, not a slip
    "They went home and the children play in the park.",
    "He was fond to the end, and one of you thinks so.",  # "found" fits; not far enough
]


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_a_form_that_fits_neither_neighbour_is_flagged_with_one_that_fits_both(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    text = EMOJI + sentence
    issues = grammar_only.check(text, CheckContext(language="en-US")).issues
    found = [i for i in issues if i.text == flagged and i.rule == "word-context"]
    assert found, [(i.text, i.rule, i.replacements) for i in issues]
    assert text[found[0].start : found[0].end] == flagged  # code points past the emoji
    assert found[0].replacements[0] == fix and flagged in found[0].message


@pytest.mark.parametrize("sentence", CLEAN)
def test_words_that_fit_one_neighbour_or_are_rare_stay_clean(sentence: str) -> None:
    issues = GrammarChecker().check_paragraph(sentence)
    assert [i for i in issues if i.rule == "word-context"] == [], [
        (i.text, i.rule, i.replacements) for i in issues
    ]


def test_the_new_kind_has_a_name_an_editor_reads() -> None:
    assert ("grammar", "word-context") in RULE_NAMES


# an adjective with a preposition print never puts after it, before "the", "its"...
ADJECTIVE_PREPOSITIONS = [
    ("Residents are afraid from the floods.", "from", "of"),
    ("The town is famous with its cheese.", "with", "for"),
    ("The result depends of the weather.", "of", "on"),
]


@pytest.mark.parametrize(("sentence", "flagged", "fix"), ADJECTIVE_PREPOSITIONS)
def test_a_preposition_print_never_puts_after_the_word_is_flagged_before_a_determiner(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    text = EMOJI + sentence
    issues = grammar_only.check(text, CheckContext(language="en-US")).issues
    found = [i for i in issues if i.text == flagged and i.rule == "preposition"]
    assert found and found[0].replacements[0] == fix, [(i.text, i.rule) for i in issues]


@pytest.mark.parametrize(
    "sentence",
    [
        "The letters were refused with a note, and it was detected from the air.",
        "She was pleased with the result and is famous for her cheese.",
        "He resigned on the spot; the talks ended at the border.",
    ],
)
def test_a_preposition_that_may_start_an_adjunct_after_a_verb_stays_clean(sentence: str) -> None:
    issues = GrammarChecker().check_paragraph(sentence)
    assert [i for i in issues if i.rule == "preposition"] == [], [
        (i.text, i.rule, i.replacements) for i in issues
    ]


@pytest.mark.parametrize(
    ("sentence", "flagged", "fix"),
    [
        ("Why she left the meeting so early?", "she left", "did she leave"),
        ("How much it costs to park here?", "it costs", "does it cost"),
        ("Where he went after the game?", "he went", "did he go"),
    ],
)
def test_a_question_with_no_helper_is_given_do_before_its_subject(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    text = EMOJI + sentence
    issues = grammar_only.check(text, CheckContext(language="en-US")).issues
    found = [i for i in issues if i.text == flagged and i.rule == "question-order"]
    assert found and found[0].replacements[0] == fix, [(i.text, i.rule) for i in issues]


@pytest.mark.parametrize(
    "sentence",
    [
        "Why did she leave? What she said was true. Where it goes from here is unclear.",
        "When they arrived, who was there? What he wanted? Who she met?",
        "I asked why she left the meeting so early.",
    ],
)
def test_questions_with_their_helper_and_reported_questions_stay_clean(sentence: str) -> None:
    issues = GrammarChecker().check_paragraph(sentence)
    assert [i for i in issues if i.rule == "question-order"] == [], [
        (i.text, i.rule, i.replacements) for i in issues
    ]
