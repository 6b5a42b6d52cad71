"""Confused words told by the slot they stand in (issue 11 point 1, confused16 pass), in
wording of our own, each beside correct copy of the same shape, in both dialects:

- "too" before a name, a figure, a determiner or a verb's base is "to"; after a subject
  ("They too might"), or before a degree word, it stays;
- "where" straight before a participle or an "-ing" verb is "were" ("crews where
  working"), a clause cut short ("where needed") and a clause with its own subject
  ("where affected families live") stay; "were" before a modal is "where";
- a contraction where a possessive belongs: after a preposition, "all" or a finite
  "be" ("many of they're songs"), "they're" before a verb ("they're are") or at a
  phrase's end, "your" before a verb;
- "then" after a comparison in an object, "to" between a subject and its verb;
- "lead" where its past is meant ("has lead", "was lead by", a singular subject's verb
  in a sentence told in the past); a word no verb after a subject pronoun or a modal
  where its sound-alike is one ("He past the test", "could not breath"); "there" before
  an "-ing" verb at a clause's start; "were" before a whole clause ("were the funds
  went");
- "lay" with nothing laid before a place ("to lay on the floor" -> "lie");
- a sound-alike in a determiner's noun phrase that holds no noun ("the flew").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import EMOJI, assert_clean, assert_cli_finds
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.rule_names import RULE_NAMES


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    """Every fast engine, as the window checks (Harper included)."""
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    return build_fast_pipeline(EngineSettings())


FOUND = [
    # "too" for "to"
    ("The minister flew too Lisbon on Sunday for the talks.", "too", "to"),
    ("Turnout rose from 41 too 58 per cent in a decade.", "too", "to"),
    ("Engineers were hired too lift the span into place.", "too", "to"),
    ("The singer was reported too have left the country.", "too", "to"),
    ("She is the first mayor in the region too openly oppose the plan.", "too", "to"),
    ("The charity, replying too Smith's letter, denied the claim.", "too", "to"),
    ("Fares were cut down too three pounds.", "too", "to"),
    ("He handed the files too federal investigators.", "too", "to"),
    ("Besides too raising taxes, the council cut grants.", "too", "to"),
    # "where" for "were", "were" for "where"
    ("Firefighters where battling the blaze for hours.", "where", "were"),
    ("The ballots where only counted after midnight.", "where", "were"),
    ("The victims where aged between six and ten.", "where", "were"),
    ("Most of the riders where from Belgium and Spain.", "where", "were"),
    ("Those arrested where taken to a police station.", "where", "were"),
    ("Were should the new hospital be built?", "Were", "Where"),
    # a contraction in a possessive's place, and the reverse
    ("The band played several of they're old songs.", "they're", "their"),
    ("The town is proud of all it's bridges.", "it's", "its"),
    ("Tourists come for it's medieval walls and such as it's 12th-century church.", "it's",
     "its"),
    ("These were they're last matches.", "they're", "their"),
    ("Fans waved they're scarves at the players.", "they're", "their"),
    ("Call us about you're pension.", "you're", "your"),
    ("Officials said they're were no injuries.", "they're", "there"),
    ("Unless prices fall, they're will be more strikes.", "they're", "there"),
    ("If the light is red, your should stop.", "your", "you"),
    ("Its too late to change the plan.", "Its", "It's"),
    ("The club is small, and it's players train at night.", "it's", "its"),
    ("Guards ordered the crowd to lay on the floor.", "lay", "lie"),
    ("A tree was laying across the road after the storm.", "laying", "lying"),
    # "then" for "than", "to" for "too"
    ("The clinic saw fewer patients then expected in May.", "then", "than"),
    ("She to warned that the bridge was unsafe.", "to", "too"),
    # "lead" for its past, a sound-alike in a verb's slot, "there" for "they're"
    ("The senator has lead the committee since 2015.", "lead", "led"),
    ("The inquiry was lead by a retired judge.", "lead", "led"),
    ("The striker lead the attack in the 2018 final.", "lead", "led"),
    ("The mayor, who lead the council, stepped down last week.", "lead", "led"),
    ("He past the driving test on his third try.", "past", "passed"),
    ("Divers could not breath at that depth.", "breath", "breathe"),
    ("The ruling will altar the rules for landlords.", "altar", "alter"),
    ("There hoping to finish the road by spring.", "There", "They're"),
    ("It is not clear were the funds went.", "were", "where"),
    ("She is a faster runner then him.", "then", "than"),
    # a sound-alike where a noun belongs
    ("Half the class was off with the flew last week.", "flew", "flu"),
    ("The bus left the coastal rode near the farm.", "rode", "road"),
    ("He signed up for a coarse in first aid.", "coarse", "course"),
]  # fmt: skip

CLEAN = [
    "It was far too late, and the rest went too.",
    "Me too, she said, and they ate too much, too quickly.",
    "They too might be at risk, and I too have a son.",
    "He too warned of delays; the roads were too narrow, the mayor said.",
    "The plan is too ambitious and too costly for a town of 3,000.",
    "It was one too many for the referee.",
    "The towns where living costs are highest lost people.",
    "The villages where affected families live were cut off.",
    "Aid went where needed, and homes were linked where possible.",
    "The camp where thousands died was freed in 1945.",
    "Crops grow best where watered daily; he is happiest where surrounded by books.",
    "He lived in Boston, where he taught for years.",
    "Were it not for the rain, the match would have gone ahead.",
    "We know where they're going, and they say they're ready.",
    "The minister said it's time to act, and it's part of the deal.",
    "Like it's nothing, she signed.",
    "The party lost its so-called base and its not-for-profit arm.",
    "With all your might, your will be done.",
    "It had more money then, but less now.",
    "More troops then arrived at the border.",
    "The flu spread fast, and the new road opened a week later.",
    "It was a coarse, grainy image of a vain attempt.",
    "He was a naval officer and a conscious, careful writer.",
    "He took the lead in 2019 and kept it; the pipes were lead, the report said.",
    "They lead the league, and he will lead the party, she said yesterday.",
    "Leaders who lead by example won praise.",
    "The house has lead pipes, and the children had lead poisoning in 2019.",
    "Is there going to be a vote? There's going to be one.",
    "It was past midnight when they walked past the house.",
    "Nor were the children hurt; among those killed were the pilot and his son.",
    "They were the best the club has had, and we were the first to go.",
    "Some were kept for five years; these were Ivan and Olga from Tyumen.",
    "It's times like these that test us, and it's people who make the difference.",
    "They're lawyers, not judges, and I think they're good friends.",
    "He lay on the bed for hours; the hotel will lay on a lunch.",
    "Workers were laying the foundations, and she lays the table.",
]


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_confusion_is_found_by_its_slot(
    pipeline: CheckPipeline, sentence: str, flagged: str, fix: str, language: str
) -> None:
    text = EMOJI + sentence
    issues = pipeline.check(text, CheckContext(language=language)).issues
    found = [i for i in issues if i.text == flagged and i.replacements[:1] == (fix,)]
    assert found, [(i.text, i.rule, i.replacements) for i in issues]
    assert text[found[0].start : found[0].end] == flagged  # code points past the emoji
    assert found[0].category.value == "confusion"
    # the slot finds it itself (not only a Harper rule), under a name an editor reads
    ours = [i for i in GrammarChecker().check_paragraph(text) if i.text == flagged]
    assert ours and ours[0].replacements[0] == fix and ours[0].rule == "confused-words"
    assert ("grammar", ours[0].rule) in RULE_NAMES


@pytest.mark.parametrize("sentence", CLEAN)
def test_same_shape_stays_clean(sentence: str) -> None:
    assert_clean(sentence)


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_correct_copy_gets_no_confusion_from_the_pipeline(
    pipeline: CheckPipeline, language: str
) -> None:
    text = "\n\n".join(EMOJI + s for s in CLEAN)
    issues = pipeline.check(text, CheckContext(language=language)).issues
    confused = [i for i in issues if i.engine == "grammar" and i.rule == "confused-words"]
    assert confused == [], [(i.text, i.replacements) for i in confused]


def test_cli_finds_slot_confusions(tmp_path: Path) -> None:
    kinds = [
        ("😀 The mayor drove too Leeds on Monday.", "too", "to"),
        ("😀 Protesters where gathering outside the court.", "where", "were"),
        ("😀 Fans sang many of they're anthems.", "they're", "their"),
    ]
    assert_cli_finds(tmp_path, kinds, "😀 The mayor drove to Leeds, and fans sang too.")
