"""Issue 11, twelfth grammar pass: two mechanisms widened over a whole class rather than
a word list, in our own sentences (after an emoji, so offsets are code points), with
correct sentences of the same shapes beside them.

- A sentence's only verb agrees with its noun subject. A word that is a verb and also a
  noun or an adjective ("live", "want", "work") after a singular noun is read as the
  verb where nothing else in the statement can be one ("My brother live near the
  stadium" -> "lives"); the phrase may hold nouns and adjectives ("The police chief
  want"); a plural subject with the only verb in its "-s" form likewise ("The workers
  wants more money" -> "want").
- A simple past after "be" or "have" wants the participle, also where the past is a
  noun too ("was drove", "hasn't spoke" -> "driven", "spoken"), unless a noun follows
  ("had rose bushes").
- A base form after a subject pronoun and "be", before an object, where print has the
  verb's participle or "-ing" there far more often ("He is make a new film" -> "made").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import assert_clean, assert_cli_finds, assert_kind_found
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("My brother live near the stadium.", "live", "lives"),
    ("The police chief want more officers on the street.", "want", "wants"),
    ("My sister work at the hospital.", "work", "works"),
    ("The old man live alone.", "live", "lives"),
    ("My neighbour keep chickens in the garden.", "keep", "keeps"),
    ("The train station open at six.", "open", "opens"),
    ("The workers wants more money.", "wants", "want"),
    ("Our neighbours keeps bees.", "keeps", "keep"),
    ("The nurses earns less than doctors.", "earns", "earn"),
    ("The driver was drove to hospital.", "drove", "driven"),
    ("The club hasn't spoke to the press.", "spoke", "spoken"),
    ("The minister has spoke about the plan.", "spoke", "spoken"),
    ("He had drove for hours.", "drove", "driven"),
    ("He is make a new film about the war.", "make", "made"),
]

# Correct sentences of those shapes: another verb in the sentence makes the word a noun
# ("The price increase worries", "The work shift began"), an adjective standing for
# people is plural ("The poor live"), a collective noun takes either number, a past that
# is also a noun before a noun or "of" is the noun.
CLEAN = [
    "My brother lives near the stadium.",
    "The price increase worries families.",
    "The price increase was small.",
    "The poor live in tents.",
    "The school run starts at eight.",
    "The live broadcast ended early.",
    "The work shift began at nine.",
    "The report list of deaths was long.",
    "The police want answers.",
    "The committee meet on Fridays.",
    "The house plant needs water.",
    "The sales figures rose.",
    "The sports events drew crowds.",
    "The workers want more money.",
    "The plan will work if the team agrees.",
    "Their father, who works nights, sleeps late.",
    "The garden had rose bushes.",
    "The herd was a drove of cattle.",
    "The wheel has a spoke missing.",
    "He was broke after the divorce.",
    "The money was spent.",
    "She has gone home.",
    "It is time the council acted.",
    "All he did was make a film.",
    "What we need is change.",
    "He is head of the panel.",
]


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_each_kind_is_flagged_with_its_fix(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    assert_kind_found(grammar_only, sentence, flagged, fix)


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_of_those_shapes_stay_clean(sentence: str) -> None:
    assert_clean(sentence)


@pytest.mark.slow  # starts reviewdesk as a process
def test_check_reports_the_widened_kinds_through_the_cli(tmp_path: Path) -> None:
    kinds = [
        ("😀 My brother live near the stadium.", "live", "lives"),
        ("😀 The workers wants more money.", "wants", "want"),
        ("😀 The club hasn't spoke to the press.", "spoke", "spoken"),
    ]
    assert_cli_finds(tmp_path, kinds, "😀 The price increase worries families.")
