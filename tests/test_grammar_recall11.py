"""Issue 11, eleventh grammar pass, the verb's side: kinds taken from real writers'
errors (the W&I learner essays' verb edits) and the grammar books' agreement rules,
each a mechanism over a whole class, found in our own sentences (after an emoji, so
offsets are code points), with correct sentences of the same shape beside them.

- a bare verb after a preposition ("by sell his house", "interested in learn
  English", "Before go to bed") and after ", thereby" -> the "-ing" form;
- two subjects joined by "and", one a personal pronoun, with a singular verb ("My
  brother and I was", "He and his wife was"); "neither ... nor" with the verb of the
  farther subject ("Neither the coach nor the players was");
- relative clauses: "which" after a noun of the other number ("The books which was"),
  "that" after a plural ("people that doesn't", "The people that lives here"), "who"
  before a bare verb that is an adjective too ("The man who live next door");
- "It" opening the sentence with a base verb before a noun or adjective ("It cause
  global warming");
- a present verb with a finished time ("Yesterday I go", "She calls me last week") and a
  past verb with a time to come ("Tomorrow I went" -> "will go");
- a past tense after a negated "have" with any subject ("hasn't went");
- an object pronoun after a base verb shows it is the verb ("Everybody know him");
- a negative modal with "to" ("can't to swim");
- "to" + "-ing" after more verbs that take "to" and the base form (start, begin,
  continue, expect, ...), and after an "-ing" with a noun reading when a verb's object or
  adverb follows ("started to beating faster").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import assert_clean, assert_cli_finds, assert_kind_found
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("He got rich by sell his house.", "sell", "selling"),
    ("I am interested in learn English.", "learn", "learning"),
    ("She is responsible for look after her sister.", "look", "looking"),
    ("I dream in win a lot of leagues.", "win", "winning"),
    ("We talked before go to bed.", "go", "going"),
    ("It boosts growth, thereby enhance the product.", "enhance", "enhancing"),
    ("My brother and I was at the game.", "was", "were"),
    ("He and his wife was there.", "was", "were"),
    ("My wife and I has decided to move.", "has", "have"),
    ("The books which was on the table are gone.", "was", "were"),
    ("There are a lot of people that doesn't have a car.", "doesn't", "don't"),
    ("The people that lives here are kind.", "lives", "live"),
    ("The man who live next door is a doctor.", "live", "lives"),
    ("The report, which have two parts, is out.", "have", "has"),
    ("It cause global warming.", "cause", "causes"),
    ("Yesterday I go to the park.", "go", "went"),
    ("Last year we visit Paris.", "visit", "visited"),
    ("Two days ago he call me.", "call", "called"),
    ("She calls me last week.", "calls", "called"),
    ("We are at home yesterday.", "are", "were"),
    ("Tomorrow I went to the shop.", "went", "will go"),
    ("Last week the mayor signs the order.", "signs", "signed"),
    ("He hasn't went home.", "went", "gone"),
    ("Everybody know him.", "know", "knows"),
    ("Neither the coach nor the players was happy.", "was", "were"),
    ("His heart started to beating faster.", "beating", "beat"),
    ("We expect to hearing from them soon.", "hearing", "hear"),
    ("Either the players or the coach are to blame.", "are", "is"),
    ("She can't to swim.", "can't to", "can't"),
]

# Correct sentences of the same shapes: what each mechanism must leave alone (the
# published prose and the W&I sentences with no edit showed these shapes).
CLEAN = [
    "We met after work the next day.",  # "after work" is common in print: a noun
    "Thank you for your help.",
    "Before work, I read.",
    "There was a difference in score value.",  # a noun before a noun
    "The sites were built before contact with Europeans.",
    "The package is available for install through the index.",
    "It cut costs, thereby increasing profits.",
    "My brother and I were at the game.",
    "Marks and Spencer is a retailer.",  # one name, no pronoun
    "Research and development is costly.",
    "I called him and he was late.",  # two clauses
    "Either he or his wife was there.",  # "or": the nearer one decides
    "The man who lives next door is a doctor.",
    "One of the players who were injured returned.",  # "one of ... who": either form
    "The cover of the books that was torn lay open.",  # the cover may be meant
    "He said that was wrong.",
    "They told the voters that was a lie.",  # "that" opens a clause
    "They cancelled the games, which was a shame.",  # "which" for the whole clause
    "The car and the house, which were sold, are gone.",
    "The sheep which have escaped are back.",
    "The company, which has offices in Paris, said so.",
    "It makes sense.",
    "It rained all day.",
    "Let it go home.",
    "I feel better today than yesterday.",  # "than": the verb is today's
    "He says he left yesterday.",  # the nearer subject's verb is dated
    "I have been here since yesterday.",
    "Yesterday's news is old.",
    "I spend the last week of June at home.",  # "the last week": not a date
    "Tomorrow I go to the shop.",
    "Police say the man, who died yesterday, was 40.",
    "We put it there yesterday.",  # "put" is its own past
    "I know that yesterday was hard.",
    "I won't to-do lists.",
    "Yesterday the council votes were counted.",  # "votes" a noun: a verb follows
    "Last week the government said it plans to act.",
    "I haven't a clue.",
    "Everybody knows him.",
    "Neither the coach nor the players were happy.",
    "Neither of them was there.",
    "Either way, the players are tired.",
    "The offer to building owners was generous.",  # "building" a noun: a noun follows
    "The plan to building more homes failed.",  # "plan" a noun: a determiner before it
    "When it comes to taking turns, we agree.",
    "He is committed to making it work.",
    "They continued to being paid.",
    "Copy the documents, unmodified, and list them all.",  # "and": a second verb
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
        ("😀 He got rich by sell his house.", "sell", "selling"),
        ("😀 My brother and I was at the game.", "was", "were"),
        ("😀 The books which was on the table are gone.", "was", "were"),
    ]
    assert_cli_finds(tmp_path, kinds, "😀 My brother and I were at the game.")
