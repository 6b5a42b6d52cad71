"""The grammar engine: each kind of finding, in both dialects, after an emoji (offsets);
and correct sentences of the same shapes that must stay clean (precision)."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.articles import starts_with_vowel_sound
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged words, first fix, rule)
KINDS = [
    ("The books is on the table.", "is", "are", "subject-verb-agreement"),
    ("The costs of the project is rising.", "is", "are", "subject-verb-agreement"),
    ("The results shows that the plan worked.", "shows", "show", "subject-verb-agreement"),
    ("They was late for the vote.", "was", "were", "subject-verb-agreement"),
    ("He don't know the answer.", "don't", "doesn't", "subject-verb-agreement"),
    ("There is many reasons to stay.", "is", "are", "subject-verb-agreement"),
    ("The council bought a 80-acre farm.", "a", "an", "a-an"),
    ("She took a 11-week course.", "a", "an", "a-an"),
    ("Prices saw a 18% rise.", "a", "an", "a-an"),
    ("He is a FBI agent.", "a", "an", "a-an"),
    ("Its a long way to the coast.", "Its", "It's", "confused-words"),
    ("The dog wagged it's tail and it's tail was long.", "it's", "its", "confused-words"),
    ("Their is a cat in the garden.", "Their", "There", "confused-words"),
    ("They're house was sold.", "They're", "Their", "confused-words"),
    ("Your welcome to join us.", "Your", "You're", "confused-words"),
    ("Who's car is parked outside?", "Who's", "Whose", "confused-words"),
    ("We where going home early.", "where", "were", "confused-words"),
    # after a plural noun or a number: the verb's form goes on into more words
    ("Windows where broken on every floor.", "where", "were", "confused-words"),
    ("Of the passengers, 33 where reported injured.", "where", "were", "confused-words"),
    ("The ban took affect at midnight.", "affect", "effect", "confused-words"),
    ("That might effect the result.", "effect", "affect", "confused-words"),
    ("I don't want to loose weight.", "loose", "lose", "confused-words"),
    ("He is taller then his brother.", "then", "than", "confused-words"),
    ("They refused to except the offer.", "except", "accept", "confused-words"),
    ("She was the principle investigator.", "principle", "principal", "confused-words"),
    ("The colours compliment each other.", "compliment", "complement", "confused-words"),
    ("The delay was do to the storm.", "do", "due", "confused-words"),
    ("I could of gone there.", "of", "have", "could-of"),
    ("He did went home early.", "went", "go", "verb-form"),
    ("She wanted to went there.", "went", "go", "verb-form"),
    ("They have went to the city.", "went", "gone", "verb-form"),
    ("He could goes tomorrow.", "goes", "go", "verb-form"),
    ("The rain fell through out the day.", "through out", "throughout", "compound-words"),
    ("The meeting is on Tuesday, Dec. 3, 2026.", "Tuesday", "Thursday", "weekday-date"),
    ("It opened on Friday 3 December 2026.", "Friday", "Thursday", "weekday-date"),
    ("Most of students passed the exam.", "of", "of the", "grammar-phrase"),
    ("It happened in 1990s.", "1990s", "the 1990s", "grammar-phrase"),
    ("A women walked into the room.", "women", "woman", "grammar-phrase"),
    ("I don't have no money.", "no", "any", "grammar-phrase"),
    ("I afraid of dogs.", "I", "I am", "grammar-phrase"),
    ("Is you ready to go?", "Is", "Are", "subject-verb-agreement"),
    ("There's many reasons to stay.", "There's", "There are", "subject-verb-agreement"),
    ("She has a 5 year old boy.", "5 year old", "5-year-old", "compound-modifier"),
    ("He is a well known author.", "well known", "well-known", "compound-modifier"),
    ("They held a face to face meeting.", "face to face", "face-to-face", "compound-modifier"),
    ("The couple stood at the alter.", "alter", "altar", "confused-words"),
    ("I can here you clearly.", "here", "hear", "confused-words"),
    ("The task is quiet hard.", "quiet", "quite", "confused-words"),
    ("We need many information.", "many", "much", "noun-number"),
    ("He said me the truth.", "said", "told", "confused-words"),
    ("He beliefs that it works.", "beliefs", "believes", "confused-words"),
    ("It is not save to swim here.", "save", "safe", "confused-words"),
    ("She could no hear the siren.", "no", "not", "confused-words"),
    ("He fought in the Word War II.", "Word", "World", "confused-words"),
    ("I can't remember it's name.", "it's", "its", "confused-words"),
    ("Order more office stationary.", "stationary", "stationery", "confused-words"),
]

# Correct sentences of the same shapes: none may be flagged.
CLEAN = [
    "Crews sent help to the towns where needed.",
    "Aid reached villages where roads were cut.",
    "The team are playing well this season.",
    "A number of people are waiting outside.",
    "Among the books is a rare map.",
    "The company plans to hire staff.",
    "It's time to go, and its future is bright.",
    "Their house is over there, and they're home.",
    "You're right about your plan.",
    "Whose idea was it, and who's coming?",
    "Where were you on the night of the storm?",
    "The change will affect everyone; its effect is clear.",
    "The screw was loose, so we could lose it.",
    "It was hotter than ever, and then it rained.",
    "Everyone except Jo will accept the offer.",
    "The principal stood by her principles.",
    "They were due to arrive at noon.",
    "He could, of course, leave early.",
    "He went home. She wants to go. They have gone.",
    "The delegates gathered throughout the week.",
    "The meeting is on Thursday, Dec. 3, 2026.",
    "He is an honest man with a one-off chance and a European passport.",
    "A UN official met an NBC reporter and a US senator.",
    "The students we talked to said that it was easy.",
    "Most of the students passed; most students did.",
    "In the 1990s the town grew.",
    "With regard to lost pets, call the shelter.",
    "If I were you, I would insist that he go.",
    "God bless each of you.",
    "AIS is a ship-to-ship safety system.",
    "The entire crew were Iranians.",
    "World War I ended in 1918, and Henry I died in 1135.",
    "The boy is 5 years old, and he is well known. They met face to face.",
    "I couldn't say no to them, and we're not taking no for an answer.",
    "I sure hope so. Similar to those seen in the park.",
    "Is it ready? Was I late? The altar was quiet.",
    "Save the file. No one came, and there was no word from him.",
    "The train remained stationary. I know it's true and it's good.",
]

EMOJI = "😀 Update: "


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
@pytest.mark.parametrize(("sentence", "flagged", "fix", "rule"), KINDS)
def test_each_kind_is_found_with_its_fix_after_an_emoji(
    grammar_only: CheckPipeline, language: str, sentence: str, flagged: str, fix: str, rule: str
) -> None:
    text = EMOJI + sentence
    issues = grammar_only.check(text, CheckContext(language=language)).issues
    found = [i for i in issues if i.text == flagged and i.rule == rule]
    assert found, [(i.text, i.rule, i.replacements) for i in issues]
    issue = found[0]
    assert text[issue.start : issue.end] == flagged  # code-point offsets past the emoji
    assert issue.replacements[0] == fix
    assert issue.engine == "grammar" and issue.message


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_of_the_same_shapes_stay_clean(sentence: str) -> None:
    issues = GrammarChecker().check_paragraph(sentence)
    assert issues == [], [(i.text, i.rule, i.replacements) for i in issues]


def test_a_or_an_goes_by_sound_not_spelling() -> None:
    vowel = ["80-acre", "11-week", "18%", "800", "11,000", "1800s", "FBI", "NBC", "hour", "honest"]
    consonant = ["UN", "US", "CBS", "one-off", "European", "university", "100", "12-week", "1,800"]
    assert all(starts_with_vowel_sound(w) for w in vowel), vowel
    assert not any(starts_with_vowel_sound(w) for w in consonant), consonant
    assert starts_with_vowel_sound("NASA") is None  # an acronym read as a word: left alone


def test_a_weekday_needs_a_year_to_be_judged() -> None:
    assert GrammarChecker().check_paragraph("The vote is on Tuesday, Dec. 3.") == []


def test_only_changed_paragraphs_are_checked_again(grammar_only: CheckPipeline) -> None:
    ctx = CheckContext()
    text = "The books is here.\n\nThey was late."
    first = grammar_only.check(text, ctx)
    edited = text.replace("They was late.", "They were late.")
    second = grammar_only.check(edited, ctx)
    assert [i.text for i in first.issues] == ["is", "was"]
    assert [i.text for i in second.issues] == ["is"]
    assert second.paragraphs_checked == 1  # the first paragraph came from the cache
