"""Issue 11 point 1, twenty-first grammar pass: the shapes real news copy gets wrong and
the planter did not plant (``benchmarks/score_injected.py --kinds hard``), in our own
sentences (after an emoji and a label, so offsets are code points), with correct
sentences of the same shapes beside them, in both dialects:

- agreement past a subject's modifiers: a participle and its phrases, a preposition
  other than "of", two phrases ("The samples taken from the floor of the cells is");
- a count before "of" heads the subject ("two of the victims has died", "One of the
  guards were hurt");
- an inverted subject after an opening phrase of place ("Among the injured was two
  boys");
- "police", plural in both dialects ("the police has opened");
- a verb form past an "-ly" adverb after a helper ("will likely goes", "did not fully
  understood");
- a subject pronoun after a preposition that never opens a clause ("one of they was
  hurt", "for I to say");
- "there was" before a plural after a verb of saying or "that" ("said there was many
  reasons"); "neither … nor" with a compound last ("nor the board members was"); a
  plural subject with something added by "as well as" ("The pupils, as well as their
  teacher, was"); an "-s" verb an "of" phrase swallowed as its last noun ("The findings
  of the inquiry shows that");
- a set phrase that lost its small word ("in order catch", "according police", "as
  well heart problems", "at end of", "for first time", "artists such Nina Simone").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import (
    EMOJI,
    assert_clean,
    assert_cli_finds,
    assert_found_in_british,
    assert_kind_found,
)
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("The samples taken from the floor of the cells is being tested.", "is", "are"),
    ("The anger behind the protests have grown since May.", "have", "has"),
    ("The price of tickets to the finals are set by the league.", "are", "is"),
    ("The letter from the parents of the pupils were read aloud.", "were", "was"),
    ("By Sunday, two of the victims has died.", "has", "have"),
    ("One of the guards were hurt in the fire.", "were", "was"),
    ("Among the injured was two boys from the village.", "was", "were"),
    ("Behind the fence were a single guard.", "were", "was"),
    ("Although the police has made arrests, the road is closed.", "has", "have"),
    ("The firm will likely goes to court over the ruling.", "goes", "go"),
    ("They did not fully understood the risk.", "understood", "understand"),
    ("Crews left after one of they was hurt.", "they", "them"),
    ("It is hard for I to say this.", "I", "me"),
    ("She left early in order catch the last train.", "order catch", "order to catch"),
    ("Five people died, according police in the city.", "according police", "according to police"),
    ("He has asthma, as well heart problems.", "well heart", "well as heart"),
    ("The talks will resume at end of the month.", "at end", "at the end"),
    ("The team won the cup for first time in its history.", "for first", "for the first"),
    ("She sang with artists such Nina Simone and others.", "such Nina", "such as Nina"),
    ("He went as far to say the vote was rigged.", "far to", "far as to"),
    ("Officials said there was many reasons for the delay.", "was", "were"),
    ("Neither the mayor nor the board members was available.", "was", "were"),
    ("The pupils, as well as their teacher, was taken to hospital.", "was", "were"),
    ("The findings of the inquiry shows that the rules failed.", "shows", "show"),
]

# correct sentences of the same shapes that must stay clean
CLEAN = [
    "The samples taken from the floor of the cells are being tested.",
    "The anger behind the protests has grown since May.",
    "The price of tickets to the finals is set by the league.",
    "The men in the car at the back of the bus were angry.",
    "The rest of the players in the squad are fit.",
    "A number of people in the town are angry.",
    "By Sunday, two of the victims had died.",
    "Two of the Smiths were there.",
    "One of the guards was hurt in the fire.",
    "She is one of the guards who were hurt.",
    "Among the injured were two boys from the village.",
    "Among the dead were a man and his son.",
    "Among the victims were a number of children.",
    "Among the dead was a boy of six.",
    "The police have made arrests.",
    "Metropolitan Police has said little.",
    "The Police is a band from London.",
    "The firm will likely go to court.",
    "He has since fully recovered.",
    "Many of them are here.",
    "World War I began in 1914.",
    "The reign of Charles I ended in 1649.",
    "Everything was in order, police said.",
    "According to police, five people died.",
    "He did it as well.",
    "You might as well go home.",
    "He was as well known as his father.",
    "He sang well, as well as anyone.",
    "It was such a mess.",
    "Such people are rare.",
    "The licence covers such Contribution as is made.",
    "The talks will resume at the end of the month.",
    "He was on top of the table.",
    "At first sight, the plan looked good.",
    "It rained at the same time.",
    "He said there was a problem.",
    "It is clear that there was a delay.",
    "Neither the players nor the club manager was told.",
    "The pupils, as well as their teacher, were taken to hospital.",
    "The finding of the inquiry shows that the rules failed.",
    "The cost of the repairs shows the scale of the damage.",
]


@pytest.fixture(scope="module")
def pipeline() -> CheckPipeline:
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    return build_fast_pipeline(EngineSettings())


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_kind_found_with_its_fix(
    pipeline: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    assert_kind_found(pipeline, sentence, flagged, fix)


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_look_alike_stays_clean(sentence: str) -> None:
    assert_clean(sentence)


@pytest.mark.parametrize(
    ("sentence", "flagged", "fix"),
    [
        ("The samples taken from the floor of the cells is being tested.", "is", "are"),
        ("By Sunday, two of the victims has died.", "has", "have"),
        ("Among the injured was two boys from the village.", "was", "were"),
        ("The firm will likely goes to court over the ruling.", "goes", "go"),
        ("Crews left after one of they was hurt.", "they", "them"),
        ("She left early in order catch the last train.", "order catch", "order to catch"),
    ],
)
def test_kinds_found_in_british_english(sentence: str, flagged: str, fix: str) -> None:
    assert_found_in_british(sentence, flagged, fix)


def test_kinds_through_the_cli(tmp_path: Path) -> None:
    kinds = [
        (EMOJI + "The anger behind the protests have grown since May.", "have", "has"),
        (EMOJI + "By Sunday, two of the victims has died.", "has", "have"),
        (EMOJI + "Five people died, according police in the city.", "according police",
         "according to police"),
    ]  # fmt: skip
    assert_cli_finds(tmp_path, kinds, EMOJI + "Among the dead were a man and his son.")
