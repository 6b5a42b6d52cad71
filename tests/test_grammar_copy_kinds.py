"""Issue 11, faults a copy desk catches in news copy (articles8 pass, from the blind
articles' misses by kind), each in our own sentences after an emoji (offsets are code
points), with correct sentences of the same shapes beside them:

- a prefix split from its word ("re election", "pre existing");
- "so ..." or "such ..." with "than" for "that" ("such a pace than the visitors tired");
- "to" for "too" before an adjective of degree ("is to big to close");
- a sentence opening "Were" before an adjective, for "We're" ("Were tired but happy");
- agreement in a second clause after ", and", after "as" with an auxiliary, across a
  short place phrase ("performers in this contest is"), and a verb-only base form after
  a singular noun phrase ("This drill simulate real surgery").
"""

from __future__ import annotations

import pytest

from grammar_kinds import assert_clean, assert_kind_found
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("The mayor will not seek re election next spring.", "re election", "reelection"),
    ("The pre existing rules still apply.", "pre existing", "preexisting"),
    ("The crowd was so loud than nobody heard the whistle.", "than", "that"),
    ("They played at such a pace than the visitors tired early.", "than", "that"),
    ("“The gap is to big to close,” the coach said.", "to", "too"),
    ("It was to late for a change of plan.", "to", "too"),
    ("“It was a long trip home. Were tired but happy,” she said.", "Were", "We're"),
    ("Rain fell all night, and the roads was closed by morning.", "was", "were"),
    ("Sales fell for years, as buyer interest have moved online.", "have", "has"),
    ("The two men at the door was armed.", "was", "were"),
    ("The best runners in each heat is given a place in the final.", "is", "are"),
    ("This drill simulate real surgery.", "simulate", "simulates"),
    ("This exercise simulate endoscopic drilling.", "simulate", "simulates"),
]

CLEAN = [
    "The mayor will not seek re-election next spring.",
    "The ruling was a non sequitur, he said.",  # a Latin phrase
    "The choir sang do re mi.",
    "She is more careful than he is.",
    "He did so rather than wait.",  # a comparison after "so"
    "Such a result is better than nothing.",
    "The plan is to slow the spread.",  # "to" before a verb with its object
    "The idea was to expand.",
    "The aim is to hard sell the idea.",
    "Were it not for the rain, we would have won.",  # an inversion
    "Were the players ready?",  # a question
    "Were prices to rise, buyers would wait.",
    "The ram, the goat, and the buck are in the field.",  # a list of subjects
    "Rain fell all night, and the roads were closed by morning.",
    "He served as head coach for years.",  # "as" before a role
    "The man in the car park is waiting.",
    "The boxes in the hall are empty.",
    "The firm let the test measure basic skills.",
    "The drill simulates real surgery.",
]


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_each_kind_is_flagged_with_its_fix(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    assert_kind_found(grammar_only, sentence, flagged, fix)


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_of_those_shapes_stay_clean(sentence: str) -> None:
    assert_clean(sentence)
