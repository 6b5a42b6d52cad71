"""Issue 11, the syntax11 pass: the noun phrase, pronouns, prepositions, adverbs and
punctuation, kinds taken from grammar references and learners' errors (W&I), each found
in our own sentences (after an emoji, so offsets are code points), with correct
sentences of the same shape beside them.

- "a"/"an" with a possessive ("a his"), "a" with an adjective and an uncounted noun
  ("a good news"), "both" with a singular ("both of the player");
- "myself" with no "I" to reflect, "and I" as a verb's object, a subject pronoun after
  a preposition ("by he and"), an object pronoun as a clause's subject ("when them
  get"), "which" for a person, "Us students";
- fixed prepositions ("similar with", "responsible of", "rely in", "insisted to pay");
- a frequency adverb after a main verb ("I go always"), "good" for "well";
- a tag question's comma, a question closed with a full stop, a comma before a reported
  question, "however" joining two sentences, a date's comma, two full stops, a word
  typed twice;
- a count's singular before a time word ("two book yesterday").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import assert_clean, assert_cli_finds, assert_kind_found
from reviewdesk.core.models import Category
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("He found a his old letter.", "a his", "his"),
    ("I have a good news for you.", "a", ""),
    ("Both of the player were injured.", "player", "players"),
    ("I bought two book yesterday.", "book", "books"),
    ("The cat sat on the mat mat.", "mat mat", "mat"),
    ("Myself and John will attend.", "Myself", "I"),
    ("Please send it to John or myself.", "myself", "me"),
    ("She invited my wife and I to dinner.", "I", "me"),
    ("The report was written by he and his team.", "he", "him"),
    ("It was late when them got there.", "them", "they"),
    ("She said sorry and them was happy again.", "them", "they"),
    ("He is the man which called you.", "which", "who"),
    ("Us students want more time.", "Us", "We"),
    ("It is similar with mine.", "with", "to"),
    ("I'm responsible of the budget.", "of", "for"),
    ("You can rely in me.", "in", "on"),
    ("The team consists from ten players.", "from", "of"),
    ("We are very interested at the environment.", "at", "in"),
    ("He insisted to pay.", "to pay", "on paying"),
    ("She is capable to win.", "to win", "of winning"),
    ("He emphasized on the point.", "emphasized on", "emphasized"),
    ("I go always to school by bus.", "go always", "always go"),
    ("She eats never meat.", "eats never", "never eats"),
    ("He plays good.", "good", "well"),
]

PUNCTUATION = [
    ("She isn't coming is she?", "coming", "coming,"),
    ("You can drive can't you?", "drive", "drive,"),
    ("Where are you going.", ".", "?"),
    ("Do you know the way.", ".", "?"),
    ("I asked Tom, where he lives.", ",", ""),
    ("The team lost, however they played well.", ", however", "; however,"),
    ("My birthday is October 18 1983.", "18", "18,"),
    ("I wanted to be a butcher.. I don't know why.", "..", "."),
]

# Correct sentences of the same shapes: what each mechanism must leave alone (the
# published prose, the tuning part and the W&I sentences with no edit showed none).
CLEAN = [
    "I gave her a book.",  # "her" is an object, not a possessive after "a"
    "It was a good news day for a new software update.",  # modifiers of a later noun
    "Both teams played well, and both team captains spoke.",
    "I did it myself, and John and I met him.",  # an "I" to reflect
    "She invited my wife and me to dinner.",
    "My wife and I went home.",
    "Let them get home and help them go.",  # "them" as an object
    "He is the man who called you, which surprised me.",
    "It depends on the weather and she is married to a doctor.",
    "The couple, married with two children, live here.",
    "The results were similar with regard to age.",
    "He insisted to the court that he was innocent.",  # "to" starting an adjunct
    "She was satisfied from the start that it worked.",
    "I always go to school by bus, and I go always.",
    "He said never again.",
    "She wanted never to return.",
    "He plays good music, feels good and does good in the community.",
    "The play was good.",
    "She is coming, isn't she?",
    "What time is it?",
    "If you could do it, would you do it?",
    "Where are you going?",
    "Had I known, I would have come.",
    "Was I working hard.",  # an exclamation as much as a question
    "Would you please send me the file.",  # a request
    "I asked Tom where he lives.",
    "Dress however you like, and end it however it ends.",
    "The team lost; however, they played well.",
    "My birthday is October 18, 1983.",
    "Wait for it...",
    "We all went home..",  # a paragraph's end: an informal ellipsis
    "He had had enough, and I think that that is fine; it was very very late.",
    "I bought two books yesterday.",
]


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND + PUNCTUATION)
def test_each_kind_is_flagged_with_its_fix(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    assert_kind_found(grammar_only, sentence, flagged, fix)


@pytest.mark.parametrize(("sentence", "flagged", "fix"), PUNCTUATION)
def test_punctuation_kinds_are_filed_as_punctuation(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    issue = assert_kind_found(grammar_only, sentence, flagged, fix)
    assert issue.category == Category.PUNCTUATION


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_of_those_shapes_stay_clean(sentence: str) -> None:
    assert_clean(sentence)


@pytest.mark.slow  # starts reviewdesk as a process
def test_check_reports_the_new_kinds_through_the_cli(tmp_path: Path) -> None:
    kinds = [
        ("😀 She invited my wife and I to dinner.", "I", "me"),
        ("😀 It is similar with mine.", "with", "to"),
        ("😀 She isn't coming is she?", "coming", "coming,"),
        ("😀 I go always to school by bus.", "go always", "always go"),
    ]
    assert_cli_finds(tmp_path, kinds, "😀 She invited my wife and me to dinner.")
