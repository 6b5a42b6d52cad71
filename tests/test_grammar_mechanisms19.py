"""Issue 11, nineteenth grammar pass: mechanisms keyed on what a word can be and on what
print counts, in our own sentences (after an emoji and a label, so offsets are code
points), with correct sentences of the same shapes beside them, in both dialects:

- a plural made regular where the noun's own plural is another word ("the mans");
- number words after a number ("two hundreds people", "a dozen of eggs") and their
  plurals without "of" ("Thousands people");
- the verb's form after a helper put before its subject ("Has she went", "does it
  costs"); "taller as me"; a pronoun, "very" and an adjective with no verb;
- "not" and a plain verb after a verb that is no helper ("decided not go"); "used to" /
  "accustomed to" + a plain verb; "suggest you to go"; "more easy than" (the word and
  pair counts scaled to one another);
- an adverb between a verb and its short object ("like very much football"); a
  question word and a subject with no "do" ("What you want?");
- a plural verb after a singular subject with "as well as" / "with" a phrase added
  ("The boy with the dogs are here").
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
    ("The mans are here.", "mans", "men"),
    ("She cut her foots.", "foots", "feet"),
    ("I have a dozen of eggs.", "dozen of", "dozen"),
    ("There were two hundreds people.", "hundreds", "hundred"),
    ("Thousands people came to see him.", "Thousands", "Thousands of"),
    ("Has she went home?", "went", "gone"),
    ("Have you ate?", "ate", "eaten"),
    ("How much does it costs?", "costs", "cost"),
    ("He is taller as me.", "as", "than"),
    ("He very tired after work.", "He", "He is"),
    ("We decided not go.", "not go", "not to go"),
    ("We cannot afford not spend the month there.", "not spend", "not to spend"),
    ("I am used to run.", "run", "running"),
    ("She is accustomed to work late.", "work", "working"),
    ("The test was more easy than I expected.", "more easy", "easier"),
    ("I like very much football.", "like very much football", "like football very much"),
    ("She speaks very well English.", "speaks very well English", "speaks English very well"),
    ("What you want?", "What you", "What do you"),
    ("I suggest you to go.", "suggest you to go", "suggest that you go"),
    ("He as well as his friends are coming.", "are", "is"),
    ("The boy with the dogs are here.", "are", "is"),
]

# correct sentences of the same shapes that must stay clean
CLEAN = [
    "He became president of the club.",
    "She is head of sales at the firm.",
    "It is time to go home.",
    "The festival takes place every year.",
    "That makes good sense.",
    "I have family in Texas.",
    "She was captain of the team.",
    "He is professor of history at Yale.",
    "I play guitar in a band.",
    "He had surgery last week.",
    "She was convicted of murder in 2010.",
    "He was charged with murder.",
    "The bowl was made of glass.",
    "He made partner last year.",
    "It was dog eat dog.",
    "There is consensus that the island changed.",
    "She was drug tested and questioned.",
    "Another was tour manager Thomas Gray.",
    "What we need are police and prosecutors.",
    "All I had to do was not drop it.",
    "That evening turned out to be hell like all the others.",
    "He promised to call me back.",
    "A hundred of them came.",
    "The firm sold $5 million of debt.",
    "Hundreds of people came.",
    "Thousands marched in the streets.",
    "What has he done?",
    "Does it matter?",
    "He played better as a team.",
    "They grew stronger as they aged.",
    "I very much like it.",
    "They too were happy.",
    "You need not worry.",
    "I would rather not say.",
    "I regret not going.",
    "They voted not guilty.",
    "I used to run every day.",
    "The money was used to build a school.",
    "Tom is more wise than clever.",
    "I much prefer tea.",
    "He said quickly that he was fine.",
    "Thank you very much.",
    "She sings really well.",
    "What you see is what you get.",
    "How you doing?",
    "They recommended him to the board.",
    "I suggest you go.",
    "He and his friends are coming.",
    "The woman with whom they were talking is here.",
    "The team with its fans are here.",
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
        ("The mans are here.", "mans", "men"),
        ("There were two hundreds people.", "hundreds", "hundred"),
        ("Has she went home?", "went", "gone"),
        ("We decided not go.", "not go", "not to go"),
        ("I am used to run.", "run", "running"),
    ],
)
def test_kinds_found_in_british_english(sentence: str, flagged: str, fix: str) -> None:
    assert_found_in_british(sentence, flagged, fix)


def test_kinds_through_the_cli(tmp_path: Path) -> None:
    kinds = [
        (EMOJI + "The mans are here.", "mans", "men"),
        (EMOJI + "There were two hundreds people.", "hundreds", "hundred"),
        (EMOJI + "We decided not go.", "not go", "not to go"),
    ]
    assert_cli_finds(tmp_path, kinds, EMOJI + "It is time to go home.")
