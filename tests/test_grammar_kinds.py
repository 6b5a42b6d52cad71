"""Grammar kinds added for issue 11's recall goal: the verb form a slot needs, a noun's
number against its counting word, agreement inside relative clauses and after "they
all" and in do-questions. Each is found with its fix after an emoji in both dialects,
and correct sentences of the same shapes stay clean. The sentences are our own, not
LanguageTool's examples, so the benchmark's figures stay an outside measure."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged words, first fix, rule)
KINDS = [
    # the verb form a slot needs
    ("The council wants to builds a new school.", "builds", "build", "verb-form"),
    ("The mayor will resigned next week.", "resigned", "resign", "verb-form"),
    ("She has write three books.", "write", "written", "verb-form"),
    # a noun's number against the word counting it
    ("Many voter stayed home.", "voter", "voters", "noun-number"),
    ("A lot of resident complained.", "resident", "residents", "noun-number"),
    ("Several kinds of tree grow here.", "tree", "trees", "noun-number"),
    ("Every workers got a bonus.", "workers", "worker", "noun-number"),
    # agreement the subject-start rules do not reach
    ("We hired engineers who has years of experience.", "has", "have", "subject-verb-agreement"),
    ("She thanked the volunteers who was at the fire.", "was", "were", "subject-verb-agreement"),
    ("The reporter who have covered the trial left.", "have", "has", "subject-verb-agreement"),
    ("Ask the people who has tickets.", "has", "have", "subject-verb-agreement"),
    ("They all knows the rules.", "knows", "know", "subject-verb-agreement"),
    ("We both agrees with the plan.", "agrees", "agree", "subject-verb-agreement"),
    ("Do she know the way?", "Do", "Does", "subject-verb-agreement"),
    ("Does they know the way?", "Does", "Do", "subject-verb-agreement"),
]

CLEAN = [
    "The council wants to build a new school, and the mayor will resign.",
    "She has written three books; from round to flattened, they vary.",
    "These figures are wrong, and many voters stayed home.",
    "Every worker got a bonus; much of the town left.",
    "It is one of the stations that has closed.",
    "Each of the members who has voted was counted.",
    "He told the voters that was a lie.",
    "The police who have arrived were calm, and the family who were there left.",
    "The book that I have read is long, and the officials who resigned were replaced.",
    "They all sports fans came, and we both know it.",
    "Does she know the way? Do they know it?",
]

EMOJI = "😀 Update: "


@pytest.fixture(scope="module")
def grammar_only() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings().switch(harper=False, editorial=False))


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize(("sentence", "flagged", "fix", "rule"), KINDS)
def test_each_kind_is_found_with_its_fix_after_an_emoji(
    grammar_only: CheckPipeline, language: str, sentence: str, flagged: str, fix: str, rule: str
) -> None:
    text = EMOJI + sentence
    issues = grammar_only.check(text, CheckContext(language=language)).issues
    found = [i for i in issues if i.text == flagged and i.rule == rule]
    assert found, [(i.text, i.rule, i.replacements) for i in issues]
    assert text[found[0].start : found[0].end] == flagged  # code-point offsets past the emoji
    assert found[0].replacements[0] == fix and found[0].message


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_of_the_same_shapes_stay_clean(sentence: str) -> None:
    issues = GrammarChecker().check_paragraph(sentence)
    assert issues == [], [(i.text, i.rule, i.replacements) for i in issues]


@pytest.fixture(scope="module")
def with_harper() -> CheckPipeline:
    return build_fast_pipeline(EngineSettings().switch(editorial=False))


@pytest.mark.parametrize(
    "sentence",
    [
        "To see you is always a great pleasure.",
        "What I have told you is true.",
        "Be sure the woman nearest you is awake.",
        "How much we pay you depends on your skill.",
    ],
)
def test_a_pronoun_that_is_an_object_is_not_taken_for_the_subject(
    with_harper: CheckPipeline, sentence: str
) -> None:
    issues = with_harper.check(EMOJI + sentence, CheckContext()).issues
    assert issues == [], [(i.text, i.engine, i.rule) for i in issues]


def test_a_pronoun_that_is_the_subject_still_agrees(with_harper: CheckPipeline) -> None:
    for sentence in ("You is late.", "And you is late again.", "I think you is late."):
        issues = with_harper.check(EMOJI + sentence, CheckContext()).issues
        assert any(i.text == "is" for i in issues), sentence
