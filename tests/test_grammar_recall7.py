"""Issue 11, seventh grammar pass: kinds taken from real writers' errors (the W&I
learner corpus's subject-verb agreement and adjective-form edits), each found in our own
sentences (after an emoji, so offsets are code points), with correct sentences of the
same shape beside them.

- a singular subject and a base form that is also a noun, before its object ("The
  narrator answer the thief");
- a plural subject and an "-s" verb before a preposition, an adverb or the end ("The
  children plays outside", "My friends lives in London");
- "he", "she", "we" or "they" straight after a noun open a relative clause ("the house
  she want to buy");
- "who" after a noun that opens the sentence ("People who lives here");
- "there is a lot of" with a plural ("There is a lot of people");
- a feeling told with the "-ing" adjective ("I was really exciting", "I'm very
  interesting in history", "I felt boring");
- "I'm used to" with a base verb ("I'm used to get up early"), and "I use to play"
  for a past habit;
- a present before "since" and a point in time ("I am living here since 2010", "He
  works there since last year").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import assert_clean, assert_cli_finds, assert_kind_found
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("The narrator answer the thief at once.", "answer", "answers"),
    ("The first chapter ending make us curious.", "make", "makes"),
    ("The report show the figures for May.", "show", "shows"),
    ("The children plays outside.", "plays", "play"),
    ("My friends lives in London.", "lives", "live"),
    ("The children plays in the park every day.", "plays", "play"),
    ("It was the house she want to buy.", "want", "wants"),
    ("People who lives here are nice.", "lives", "live"),
    ("There is a lot of people here.", "is", "are"),
    ("I was really exciting!", "exciting", "excited"),
    ("I'm very interesting in history.", "interesting", "interested"),
    ("We felt boring at the party.", "boring", "bored"),
    ("I'm used to get up early.", "get", "getting"),
    ("I use to play football on Sundays.", "use", "used"),
    ("I am living here since 2010.", "am living", "have been living"),
    ("She is working there since May.", "is working", "has been working"),
    ("He works at the bank since last year.", "works", "has worked"),
]

# Correct sentences of the same shapes: what each mechanism must leave alone (the
# published prose, the tuning part and the W&I sentences with no edit showed none).
CLEAN = [
    "The narrators answer the thief at once.",  # a plural subject
    "The city council meeting the public was cancelled.",  # "meeting" is no base form
    "The price cut the company made was small.",  # "cut" may be past
    "The bus stop the council moved is far away.",  # a relative clause's own verb
    "Did the company plan a new office?",  # a question
    "The team plan a new office.",  # a noun of either number
    "The city parks in summer are full.",  # "are" is the verb: "parks" is a noun
    "The farmers markets in the city draw crowds.",  # "draw" is the verb
    "This project uses functions from the standard library.",  # "uses" is the verb
    "The children play outside.",
    "Police dogs on patrol.",
    "Does he wish to stay?",  # a helper before the pronoun
    "Should she want to leave, she may.",
    "I insisted that he go home.",
    "He need not worry.",  # "need not" as a modal (flagged on main too)
    "Tell the boy he need not come.",
    "People who live here are nice.",
    "There is a lot of water here.",  # a mass noun after "of"
    "There is a lot of people's money at stake.",  # the plural only modifies
    "The film was really exciting!",  # a thing causes the feeling
    "I was boring everyone with my stories.",  # an object follows
    "It feels boring.",
    "I'm used to the noise.",
    "The money is used to buy food.",  # a passive with a purpose
    "The knife they use to cut bread is sharp.",  # "use" with its object further back
    "I didn't use to like it.",
    "I use to-do lists.",
    "I have been living here since 2010.",
    "She has worked there since May.",
    "The economy is growing at its fastest pace since 2008.",  # a record
    "I am leaving since it is late.",  # "since" for a reason
    "The rate is rising, since demand is high.",
    "The rate is rising since 2010 figures show it.",  # the year describes a noun
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
        ("😀 The narrator answer the thief at once.", "answer", "answers"),
        ("😀 My friends lives in London.", "lives", "live"),
        ("😀 I was really exciting!", "exciting", "excited"),
    ]
    assert_cli_finds(tmp_path, kinds, "😀 My friends live in London.")
