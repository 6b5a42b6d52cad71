"""Issue 11, sixth grammar pass: kinds of error, each found in our own sentences (after an
emoji, so offsets are code points), with correct sentences of the same shape beside them.

- a noun print seldom counts after a counting word ("many wine", "several equipment");
- a singular count noun after "there are" ("There are problem in");
- a gerund subject with a plural verb ("Marketing mean", "Marketing, for example,
  are");
- "this" with a plural noun and verb ("This books are");
- verbs that take "-ing", not "to" ("suggested to go", "recommended to wait");
- an adjective's plain form before "than" ("tall than" -> "taller");
- "needs" with a past participle ("needs washed" -> "needs to be washed");
- a subject pronoun as a verb's object ("told we to wait" -> "us");
- "one" with a plural noun ("one apples").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import assert_clean, assert_cli_finds, assert_kind_found
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("The bar sells many wine from Chile.", "many", "much"),
    ("We bought several equipment for the lab.", "several", "some"),
    ("There are problem in the city.", "problem", "problems"),
    ("There were a lot car on the road.", "car", "cars"),
    ("Marketing mean a lot of trouble.", "mean", "means"),
    ("Smoking, for example, are bad for you.", "are", "is"),
    ("This books are mine.", "This", "These"),
    ("He suggested to go home early.", "go", "going"),
    ("They recommended to wait a week.", "wait", "waiting"),
    ("I'm considering to buy a car.", "buy", "buying"),  # a progressive is no passive
    ("She is tall than her sister.", "tall", "taller"),
    ("Prices are high than last year.", "high", "higher"),
    ("The car needs washed.", "washed", "to be washed"),
    ("These files need deleted before Friday.", "deleted", "to be deleted"),
    ("The coach told we to wait.", "we", "us"),
    ("The police arrested he in the park.", "he", "him"),
    ("He ate one apples after lunch.", "apples", "apple"),
]

# Correct sentences of the same shapes: what the published prose and the tuning part
# showed each mechanism must leave alone.
CLEAN = [
    "How many wine bars are there in the city?",  # a noun modifying a later noun
    "Many say the plan failed.",  # "say" is a verb here
    "I have many wines from France.",
    "There are problem areas in the city.",  # a modifier again
    "There were police everywhere.",  # a noun whose number is its meaning
    "Smoking kills.",
    "Shipping cost the company millions.",  # "cost" in the past
    "Rising prices hurt families.",
    "God bless America.",
    "Users are recommended to update the software.",  # the passive takes "to"
    "You're still recommended to use Unicode instead.",
    "A committee has recommended to Commission Chairman Smith a new plan.",  # a name
    "She suggested to him that they leave.",
    "I recommended to the board that it wait.",  # a subjunctive after "that"
    "Better safe than sorry.",  # a comparative before reaches "than"
    "It is more expensive and complex than the old one.",
    "She would rather walk than drive.",
    "Other than that, it is fine.",
    "The help needed arrived late.",  # "needed" in a relative clause
    "They got their needs met.",  # "needs" as a noun
    "The parts the mechanic needs replaced are expensive.",  # the object is further back
    "Everything you need explained.",
    "He said he would come.",  # a pronoun opening a clause
    "She knew he was there.",
    "Twenty-one days later the bridge reopened.",  # part of a larger number
    "No one games alone.",
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
def test_check_reports_the_new_kinds_through_the_cli(tmp_path: Path) -> None:
    kinds = [
        ("😀 She is tall than her sister.", "tall", "taller"),
        ("😀 The car needs washed.", "washed", "to be washed"),
        ("😀 The coach told we to wait.", "we", "us"),
        ("😀 I have many wine at home.", "many", "much"),
    ]
    assert_cli_finds(tmp_path, kinds, "😀 She is taller than her sister.")
