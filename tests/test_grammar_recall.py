"""Grammar kinds added for issue 11's validation recall: a degree marked twice ("more
better"), forms ruled out by the helper before them ("might leaving", "was took", "I
seen"), do-questions ("Did they went?", "Where did she went?", "Does it works?"), the
verb after "to" before an object ("to fixed it", "to went home"), paired words ("neither
... or", "the same ... than"), set phrases ("if I would have known", "worth to see",
"is suppose to"), and determiners that do not fit their noun ("this shoes", "an
advice", "there are a man", "amount of people", "each of them have"), subjects the main
agreement rules do not read ("He and she was", "A lot of people is", "The number of cases
are", "Here is the results", "The court hear"), and a pair of common words print never
shows where another form is usual ("can be see"). Each is found with
its fix after an emoji, and correct sentences of the same shapes stay clean. The
sentences are our own, not LanguageTool's examples.
"""

from __future__ import annotations

import pytest

import grammar_recall4_cases
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.rule_names import RULE_NAMES

# (sentence, flagged words, first fix, rule)
KINDS = [
    # a degree marked twice, "enough" before its adjective
    ("The new plan is more better than the old one.", "more better", "better", "double-comparison"),
    ("It was the most easiest vote of the year.", "most easiest", "easiest", "double-comparison"),
    ("Voters seem less happier now.", "less happier", "happier", "double-comparison"),
    ("The hall is not enough big for the crowd.", "enough big", "big enough", "enough-order"),
    # forms the helper rules out
    ("The council might delaying the vote.", "delaying", "delay", "verb-form"),
    ("The mayor didn't attending the meeting.", "attending", "attend", "verb-form"),
    ("The photo was took by a bystander.", "took", "taken", "verb-form"),
    ("The letter had been wrote by hand.", "wrote", "written", "verb-form"),
    ("I seen the crash from my window.", "seen", "saw", "verb-form"),
    ("She been working there for years.", "been", "has been", "verb-form"),
    ("She like the new rules.", "like", "likes", "subject-verb-agreement"),
    # do-questions and "to"
    ("Did they went home early?", "went", "go", "verb-form"),
    ("Where did she went after the game?", "went", "go", "verb-form"),
    ("Does it works on older phones?", "works", "work", "verb-form"),
    ("Does he has a lawyer?", "has", "have", "verb-form"),
    ("The crew came to fixed it overnight.", "fixed", "fix", "verb-form"),
    ("Fans wanted to went home.", "went", "go", "verb-form"),
    # paired words and set phrases
    ("Neither the mayor or the council replied.", "or", "nor", "grammar-frame"),
    ("Either the mayor nor the council will pay.", "nor", "or", "grammar-frame"),
    ("Prices are the same than last year.", "than", "as", "grammar-frame"),
    ("She would rather resign then apologise.", "then", "than", "grammar-frame"),
    ("Most readers prefer print than screens.", "than", "to", "grammar-frame"),
    ("If we would have known, we would have left.", "would have", "had", "grammar-frame"),
    ("The museum is worth to see in spring.", "to see", "seeing", "verb-form"),
    ("Drivers are suppose to stop here.", "suppose", "supposed", "grammar-frame"),
    ("He didn't used to drive.", "used", "use", "verb-form"),
    ("The rivals respect each others.", "others", "other", "grammar-frame"),
    ("The app allows to share photos.", "allows to share", "allows sharing", "grammar-frame"),
    ("The players want go home.", "go", "to go", "grammar-frame"),
    # determiners that do not fit their noun
    ("Who left this shoes?", "this", "these", "noun-number"),
    ("The shop sold one books.", "books", "book", "noun-number"),
    ("She gave me an advice.", "an advice", "advice", "noun-number"),
    ("There are a man at the door.", "are", "is", "subject-verb-agreement"),
    ("A large amount of people came.", "amount", "number", "noun-number"),
    ("Each of them have a vote.", "have", "has", "subject-verb-agreement"),
    # subjects the main agreement rules do not read
    ("He and she was late again.", "was", "were", "subject-verb-agreement"),
    ("Mary and I was at the rally.", "was", "were", "subject-verb-agreement"),
    ("A lot of people is angry.", "is", "are", "subject-verb-agreement"),
    ("The number of cases are rising.", "are", "is", "subject-verb-agreement"),
    ("Here is the results of the vote.", "is", "are", "subject-verb-agreement"),
    ("Where is the keys?", "is", "are", "subject-verb-agreement"),
    ("The court hear the case on Monday.", "hear", "hears", "subject-verb-agreement"),
    # clauses after "that" or a verb of saying, and questions
    ("She said that the books is on the table.", "is", "are", "subject-verb-agreement"),
    (
        "The report says the costs of the project is too high.",
        "is",
        "are",
        "subject-verb-agreement",
    ),
    ("We think he go to school.", "go", "goes", "subject-verb-agreement"),
    ("Why do he care?", "do", "does", "subject-verb-agreement"),
    ("What have she done?", "have", "has", "subject-verb-agreement"),
    ("Does the trains run late?", "Does", "Do", "subject-verb-agreement"),
    ("Has the children eaten yet?", "Has", "Have", "subject-verb-agreement"),
]

CLEAN = [
    "We need more older voters than ever; once more, better late than never.",
    "I'll write more later, and the most honest answer is the best.",
    "He is rich enough to retire, and there is enough food for everyone.",
    "They will be leaving soon; the can opening broke. Yes we can, moving on.",
    "It was taken yesterday and the car was stolen; they were gone.",
    "Have you seen it? Let them go. I have seen it and they have gone home.",
    "She likes the rules; let her go; he likes it. The dogs like it.",
    "Did they go home? Where did she go? Does it work? What did the man say?",
    "What did you do? Where did the money go? How does it work? What does she want?",
    "With regard to lost pets, the plan to fixed prices failed.",
    "Neither team scored, or so it seemed; either way it ended.",
    "Neither the mayor nor the council replied, and either she or I will go.",
    "It is the same as last year, and I would rather stay than go.",
    "I prefer tea to coffee and prefer walking rather than driving.",
    "If we had known, we would have left. If you would have a look, thanks.",
    "We look forward to seeing you and to the summer.",
    "The museum is worth visiting, and it is worth it.",
    "Drivers are supposed to stop here; I used to drive, and it is used to make paper.",
    "They respect each other and each other's work.",
    "The app allows you to share photos and is allowed to run.",
    "The players want to go home, want more, and need help.",
    "This means war, this forms a contrast, and these shoes are new.",
    "The shop sold one book, one of the books and the one girls like.",
    "She gave me advice, a piece of advice, and an information desk.",
    "There is a man at the door, and there are a lot of people and a number of cars.",
    "A large amount of money came, and each of them has a vote.",
    "Marks and Spencer is big. He and she were late. A lot of the money is gone.",
    "The number of cases is rising, and a number of cases are open.",
    "Here is the news. Here is the sales report. Here's my answer. Where is the Times?",
    "The police report came. The city plan to build a stadium was dropped.",
    "Wikinews examined data and contacted experts and local authorities.",
    "She said that the books are here; the books that he is reading are long.",
    "I heard the dog bark and felt the ground shake; he knows the man well.",
    "We think he goes to school. Does he go? Why does he care? Were it not for her, no.",
    "Do the trains run late? Has the committee met? Does the sales team know?",
    "I asked what he has done, and she said that this is true.",
]

KINDS += grammar_recall4_cases.KINDS  # the fourth pass's kinds
CLEAN += grammar_recall4_cases.CLEAN
EMOJI = "😀 Update: "


@pytest.mark.parametrize(("sentence", "flagged", "fix", "rule"), KINDS)
def test_each_kind_is_found_with_its_fix_after_an_emoji(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str, rule: str
) -> None:
    text = EMOJI + sentence
    issues = grammar_only.check(text, CheckContext(language="en-US")).issues
    found = [i for i in issues if i.text == flagged and i.rule == rule]
    assert found, [(i.text, i.rule, i.replacements) for i in issues]
    assert text[found[0].start : found[0].end] == flagged  # code-point offsets past the emoji
    assert found[0].replacements[0] == fix and found[0].message


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_of_the_same_shapes_stay_clean(sentence: str) -> None:
    issues = GrammarChecker().check_paragraph(sentence)
    assert issues == [], [(i.text, i.rule, i.replacements) for i in issues]


def test_every_new_kind_has_a_name_an_editor_reads() -> None:
    checker = GrammarChecker()
    rules = {i.rule for s, *_ in KINDS for i in checker.check_paragraph(s)}
    assert {r for *_, r in KINDS} <= rules
    assert sorted(r for r in rules if ("grammar", r) not in RULE_NAMES) == []


@pytest.mark.parametrize(
    ("sentence", "flagged", "fix"),
    [
        ("The damage can be see from the road.", "see", "seen"),
        ("We asked her too do it again.", "too", "to"),
    ],
)
def test_a_pair_print_never_shows_is_flagged_with_the_usual_form(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    text = EMOJI + sentence
    issues = grammar_only.check(text, CheckContext(language="en-US")).issues
    found = [i for i in issues if i.text == flagged]
    assert found and found[0].replacements[0] == fix, [(i.text, i.rule) for i in issues]


@pytest.mark.parametrize(
    "sentence",
    [
        "The girl about whom I told you lives here, and one of you thinks so.",
        "The last person I told my idea to thought I was nuts.",
        "Naming these people does not imply their agreement; this forms a contrast.",
        "Why am I doing this? Was I being stupid? I too have a son.",
    ],
)
def test_pairs_that_agreement_rules_judge_are_left_to_them(sentence: str) -> None:
    issues = GrammarChecker().check_paragraph(sentence)
    assert issues == [], [(i.text, i.rule, i.replacements) for i in issues]
