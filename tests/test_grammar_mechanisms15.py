"""Issue 11, fifteenth grammar pass: mechanisms keyed on what words can be and on where
a phrase ends, in our own sentences (after an emoji and a label, so offsets are code
points), with correct sentences of the same shapes beside them, in both dialects:

- a noun's phrase ends where "and"/"or" opens another ("two dog and a cat", "a cats
  and a dog"), or before a word that is an adverb too ("a books yesterday");
- "this" after a verb or a preposition is an object, so the "-s" word after it is a
  plural noun, not its verb ("wore this shoes");
- an "-s" verb after a plural subject before "every"/"each"/"all" ("The dogs barks
  every night");
- a verb's plain form after "at", "for", "about", "in"... before an object pronoun or,
  for a verb and nothing else, its object ("thanks for help me", "interested in learn
  French");
- a frequency adverb before "be" as the main verb ("She always is late");
- "Her and her sister are": a pronoun alone on its side of "and";
- "Everyone in the room were": a pronoun that stands for one, whatever phrase follows;
- a verb missing after a modal before a possessive ("They must their homework"), after
  a subject and any adverb ("He always the best seat"), or straight after a subject
  ("They the house last year");
- a modal after a helper or "to" ("She is can swim"), a plain verb after "very" or
  "be" ("very surprise", "will be go"), a subject said twice ("My sister she is"), a
  preposition print never puts between a verb and its object ("mentioned about the
  problem");
- a comparative where the comparison is among all ("the worse film I have ever
  seen"); "be" + "not" before a verb's plain form ("I am not agree"); "be" as a
  finite verb after a subject pronoun ("They be late again").
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
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("He owns two dog and a cat.", "dog", "dogs"),
    ("We need three chair and a table.", "chair", "chairs"),
    ("She has a cats and a dog.", "cats", "cat"),
    ("She bought a books yesterday.", "books", "book"),
    ("She wore this shoes yesterday.", "this", "these"),
    ("Look at this shoes.", "this", "these"),
    ("The dogs barks every night.", "barks", "bark"),
    ("The children plays each day.", "plays", "play"),
    ("Thank you for help me.", "help", "helping"),
    ("She is interested in learn French.", "learn", "learning"),
    ("He was arrested for steal a car.", "steal", "stealing"),
    ("She always is late.", "always is", "is always"),
    ("We often are tired after work.", "often are", "are often"),
    ("Her and her sister are twins.", "Her", "She"),
    ("Everyone in the room were silent.", "were", "was"),
    ("Nobody in the village have seen him.", "have", "has"),
    ("Neither of the options are good.", "are", "is"),
    ("He was very surprise.", "surprise", "surprised"),
    ("I feel very tire today.", "tire", "tired"),
    ("She will be go home.", "go", "going"),
    ("My sister she is a doctor.", "sister she", "sister"),
    ("He mentioned about the problem.", "mentioned about", "mentioned"),
    ("He answered to my question.", "answered to", "answered"),
    ("It is the worse film I have ever seen.", "worse", "worst"),
    ("She is the taller girl in the world.", "taller", "tallest"),
    ("I am not agree with you.", "am not agree", "do not agree"),
    ("It is not exist.", "is not exist", "does not exist"),
    ("They be late again.", "be", "are"),
    ("I be going home.", "be", "am"),
]

# (sentence, flagged text): a word is missing or a modal has no form; nothing to offer
FOUND_NO_FIX = [
    ("They must their homework.", "must their"),
    ("He should to the office.", "should to"),
    ("He always the best seat.", "always the"),
    ("They the house last year.", "They the"),
    ("She is can swim.", "is can"),
    ("I didn't can sleep.", "didn't can"),
    ("I want to must go.", "to must"),
]

# correct sentences of the same shapes that must stay clean
CLEAN = [
    "Many wine and food festivals open in June.",
    "She bought a sports car yesterday.",
    "I think this works well.",
    "He said this shows a problem.",
    "It ensures this works well.",
    "The dogs' barks every night kept us awake.",
    "The sales figures every month are published.",
    "They come for help every week.",
    "He is at work today.",
    "Children at play need space.",
    "In return the company gave him a car.",
    "That is what they usually are.",
    "Yes, she always is.",
    "I never was a fan of the show.",
    "Him and his wife live in Leeds.",
    "Her friends and I went out.",
    "None of them are ready.",
    "Each of us who were there saw it.",
    "We the people want peace.",
    "They the voters decided.",
    "I think I will this time.",
    "You as the publisher must agree.",
    "The question is can we afford it.",
    "I want to can tomatoes this summer.",
    "Let it be.",
    "It will be done.",
    "That is very much the case.",
    "The man he saw was tall.",
    "The car they sold was red.",
    "She was questioned on her clothing.",
    "Ignore on the command line any word you like.",
    "He mentioned the problem to the board.",
    "She walked to the station.",
    "When is more better?",
    "He is the better of the two.",
    "We must go on, getting the better of all our rivals.",
    "This is the better option than ever before.",
    "He is not going.",
    "I'm not sure he will agree.",
    "We demand that he be fired.",
    "Let it be known that we won.",
    "If it be so, we go.",
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


@pytest.mark.parametrize(("sentence", "flagged"), FOUND_NO_FIX)
def test_missing_word_found_without_a_guess(sentence: str, flagged: str) -> None:
    text = EMOJI + sentence
    issues = GrammarChecker().check_paragraph(text)
    found = [i for i in issues if i.text == flagged]
    assert found, [(i.text, i.rule) for i in issues]
    assert text[found[0].start : found[0].end] == flagged
    assert found[0].replacements == ()  # only the writer knows the missing word


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_look_alike_stays_clean(sentence: str) -> None:
    assert_clean(sentence)


@pytest.mark.parametrize(
    ("sentence", "flagged", "fix"),
    [
        ("He owns two dog and a cat.", "dog", "dogs"),
        ("Thank you for help me.", "help", "helping"),
        ("She always is late.", "always is", "is always"),
        ("Everyone in the room were silent.", "were", "was"),
        ("He was very surprise.", "surprise", "surprised"),
        ("He mentioned about the problem.", "mentioned about", "mentioned"),
    ],
)
def test_kinds_found_in_british_english(sentence: str, flagged: str, fix: str) -> None:
    assert_found_in_british(sentence, flagged, fix)


def test_kinds_through_the_cli(tmp_path: Path) -> None:
    kinds = [
        (EMOJI + "She bought a books yesterday.", "books", "book"),
        (EMOJI + "She is interested in learn French.", "learn", "learning"),
        (EMOJI + "My sister she is a doctor.", "sister she", "sister"),
    ]
    assert_cli_finds(tmp_path, kinds, EMOJI + "The man he saw was tall.")
