"""The copy desk's confusable pairs (issue 11 point 1, confused21 pass), in wording of
our own, each beside correct copy of the same shape, in both dialects:

- by the slot the word stands in: "weather" before a clause is "whether", "whether"
  after a determiner is "weather"; "passed" before a span of time is "past", "past" as
  a sentence's only verb is "passed"; "do to" after a participle or a verb's base is "due
  to", "due" after a subject is "do"; "where" with no clause of its own after a plural
  is "were", "were" before a clause with a past verb and its object is "where"; a word
  that is only a verb where a noun ends its phrase ("the cites of") is its sound-alike
  noun; "lead" hyphened to a name before a noun, or after a compound subject in a
  sentence told in the past, is "led";
- by the article: a sound-alike noun written once where the article writes its partner
  at least twice ("the counsel" among "council") is the partner, unless print puts the
  word before it with it ("legal counsel").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grammar_kinds import EMOJI, assert_clean, assert_cli_finds
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.checker import ConsistencyChecker, find_consistency
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.lines import Lines, joined_issues
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.rule_names import RULE_NAMES
from test_cli import run_cli


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    """Every fast engine, as the window checks (Harper included)."""
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    return build_fast_pipeline(EngineSettings())


FOUND = [
    ("Scientists debate weather the reef can recover.", "weather", "whether"),
    ("It is unclear weather the plan will pass.", "weather", "whether"),
    ("Flights were grounded because of the whether.", "whether", "weather"),
    ("In the passed week, three fires broke out.", "passed", "past"),
    ("The speaker held the post this passed term.", "passed", "past"),
    ("This bill past the Senate on Tuesday.", "past", "passed"),
    ("The match was cancelled do to heavy rain.", "do", "due"),
    ("The plant was unable to operate do to a power cut.", "do", "due"),
    ("This is what we due to cheats in this town.", "due", "do"),
    ("At least eight more people where hospitalized.", "where", "were"),
    ("Of the 40 passengers, 22 where Cuban.", "where", "were"),
    ("Police reached the square were an officer used a fire extinguisher.", "were", "where"),
    ("They compared the cites of the statues with the quarries.", "cites", "sites"),
    ("He opposed the United States-lead war in 2003.", "lead", "led"),
    ("A suspected gas leak lead to an explosion, which followed a storm.", "lead", "led"),
]  # fmt: skip

CLEAN = [
    "The town hopes to weather the storm, and the weather the farmers feared never came.",
    "They asked whether the weather would hold, and cold weather slowed the work.",
    "The bill passed the Senate, and the road past the church is closed.",
    "It was past midnight; the years passed quickly for the past week's winners.",
    "This is what we do to help, and the rent is due to the landlord.",
    "The payment is not due to them until May.",
    "Costs were cut where possible, and villages where the quake struck were rebuilt.",
    "They were a team led by the mayor, and the two men were a danger to the public.",
    "The study cites a rise in crime, and the court will cite the law.",
    "The US-led coalition made a female-lead film and took a two-goal lead.",
    "Leaders lead the way, and the gas leak led to an explosion.",
]


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_pair_is_found_by_its_slot(
    pipeline: CheckPipeline, sentence: str, flagged: str, fix: str, language: str
) -> None:
    text = EMOJI + sentence
    issues = pipeline.check(text, CheckContext(language=language)).issues
    found = [i for i in issues if i.text == flagged and i.replacements[:1] == (fix,)]
    assert found, [(i.text, i.rule, i.replacements) for i in issues]
    assert text[found[0].start : found[0].end] == flagged  # code points past the emoji
    assert found[0].category.value == "confusion"
    # the grammar engine finds it itself (not only a Harper rule), under a readable name
    ours = [i for i in GrammarChecker().check_paragraph(text) if i.text == flagged]
    assert ours and ours[0].replacements[0] == fix
    assert ("grammar", ours[0].rule) in RULE_NAMES
    assert "“" in ours[0].message  # a human message, naming the word


@pytest.mark.parametrize("sentence", CLEAN)
def test_same_shape_stays_clean(sentence: str) -> None:
    assert_clean(sentence)


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_correct_copy_gets_no_confusion_from_the_pipeline(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "\n\n".join(EMOJI + s for s in CLEAN)
    issues = pipeline.check(text, CheckContext(language=language)).issues
    confused = [i for i in issues if i.category.value == "confusion"]
    assert confused == [], [(i.text, i.rule, i.replacements) for i in confused]


COUNCIL = (
    "Council votes on the park\n\n"
    "😀 The city council met on Monday. The council voted to close the park.\n\n"
    "Residents asked the {word} to wait until May.\n"
)


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_a_lone_sound_alike_among_its_partner_is_found(
    pipeline: CheckPipeline, language: str
) -> None:
    text = COUNCIL.format(word="counsel")
    issues = pipeline.check(text, CheckContext(language=language)).issues
    found = [i for i in issues if i.text == "counsel"]
    assert found, [(i.text, i.rule) for i in issues]
    assert found[0].replacements[0] == "council"
    assert found[0].category.value == "confusion"
    assert ("consistency", found[0].rule) in RULE_NAMES
    assert "“council” 3 times" in found[0].message  # the article's own counts, in words
    assert found[0].start == text.index("counsel")


@pytest.mark.parametrize(
    "word",
    [
        "council",  # the same word
        "legal counsel",  # print's own pair: a lawyer
        "council's counsel",  # the owner's lawyer, after a possessive
    ],
)
def test_sound_alike_print_pairs_or_the_same_word_stay(pipeline: CheckPipeline, word: str) -> None:
    text = COUNCIL.format(word=word)
    issues = pipeline.check(text, CheckContext(language="en-US")).issues
    assert not [i for i in issues if i.category.value == "confusion"], issues


def test_a_phrase_print_holds_with_the_written_word_stays() -> None:
    text = (
        "Her role grew. The role was new.\n\n"
        "She missed his last roll call vote in May.\n"
    )
    issues = find_consistency(text, CheckContext(language="en-US"))
    assert not [i for i in issues if i.rule == "consistency-sound-alike"]


def test_two_meanings_each_used_twice_say_nothing() -> None:
    text = (
        "The council and the counsel met. The council hired the counsel.\n\n"
        "The counsel said the council would appeal.\n"
    )
    issues = find_consistency(text, CheckContext(language="en-US"))
    assert not [i for i in issues if i.rule == "consistency-sound-alike"]


def test_the_sound_alike_index_follows_edits() -> None:
    """The article-wide count is kept line by line: after edits, the incremental result
    equals a fresh check (issue 14's rule for every document-level index)."""
    ctx = CheckContext(language="en-US")
    checker = ConsistencyChecker()
    before = COUNCIL.format(word="council")
    steps = [
        COUNCIL.format(word="counsel"),  # the slip typed
        COUNCIL.format(word="counsel").replace("The council voted", "It voted"),  # 2 left
        COUNCIL.format(word="counsel").replace("The city council met", "It met").replace(
            "The council voted", "It voted"
        ),  # 1 left: nothing to weigh
        before,
    ]
    checker.check_lines(Lines.of(before), ctx)
    for text in steps:
        lines = Lines.of(text)
        got = joined_issues(lines, checker.check_lines(lines, ctx))
        assert got == find_consistency(text, ctx)


def test_cli_finds_pairs(tmp_path: Path) -> None:
    kinds = [
        ("😀 The game was postponed do to snow.", "do", "due"),
        ("😀 Nobody knew weather the bridge would open.", "weather", "whether"),
        ("😀 In the passed decade, rents doubled.", "passed", "past"),
    ]
    assert_cli_finds(tmp_path, kinds, "😀 The game was postponed due to snow in the past week.")


def test_cli_finds_pairs_in_british(tmp_path: Path) -> None:
    text = "😀 The match was postponed do to snow.\n\n😀 In the passed decade, rents doubled.\n"
    path = tmp_path / "gb.txt"
    path.write_text(text, encoding="utf-8")
    proc = run_cli("check", str(path), "--format", "json", "--language", "en-GB")
    issues = json.loads(proc.stdout)["issues"]
    fixes = {(i["text"], i["replacements"][0]) for i in issues if i["replacements"]}
    assert {("do", "due"), ("passed", "past")} <= fixes, issues
