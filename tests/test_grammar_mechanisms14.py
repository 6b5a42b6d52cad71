"""Issue 11, fourteenth grammar pass: shapes of a clause or phrase that the grammar books
teach as wholes, judged from closed-class words and LemmInflect's tags, in our own
sentences (after an emoji and a label, so offsets are code points), with correct
sentences of the same shapes beside them, in both dialects:

- a reported question in a question's order ("know where is the station");
- a clause joined twice ("Although …, but …"), "the more …, more …";
- "to" after a modal and "not", after a preposition, missing in a passive ("was seen
  enter"), missing after "for me"; the plain verb after "let/make" and "hear";
- a plural unit inside a modifier ("a five-years-old boy"); "so" for "such a", "such
  many"; a superlative without "the"; a determiner before a pronoun ("an it");
- agreement: "Who want …?", "whom I think is", two determined nouns joined by "and",
  "X and I am", "there has been many", "Is there any problems?", "a few student", "one of my
  friend lives";
- a double negative with "never" after a negated helper, or an object after "say";
- a verb print never puts before a noun phrase without its preposition ("rely me");
- a plain verb after "been" or straight after a word print follows with "to" ("likes
  read"); a subject pronoun after a preposition ("by he"); "will" after "if"/"when"
  where the main clause has its own "will"; an irregular participle after "to" ("due
  to begun"); an adjective for the manner of a verb of doing ("sings beautiful"); "I very like",
  "a same", "an other"; "Hardly had … than", "No sooner had … when".
- and a sentence that ends at its comma no longer stops the whole check.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grammar_kinds import EMOJI, assert_clean, assert_cli_finds, assert_kind_found
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.pipeline import CheckPipeline

# (sentence, flagged text, first fix)
FOUND = [
    ("Do you know where is the station?", "where is the station", "where the station is"),
    ("I asked him where was he going.", "where was he going", "where he was going"),
    ("I don't know where does he live.", "where does he live", "where he lives"),
    ("Do you know what time is it?", "what time is it", "what time it is"),
    ("Although he was tired, but he kept working.", ", but", ","),
    ("Because it rained, so we stayed in.", ", so", ","),
    ("The more you read, more you learn.", "more", "the more"),
    ("You must not to go there.", "not to", "not"),
    ("They let him went home.", "went", "go"),
    ("I heard him to sing.", "to sing", "sing"),
    ("A five-years-old boy came.", "years", "year"),
    ("They took a 10-miles walk.", "miles", "mile"),
    ("She is so beautiful girl.", "so beautiful", "such a beautiful"),
    ("I have such many friends.", "such", "so"),
    ("He is tallest boy in the class.", "tallest", "the tallest"),
    ("Who want to go?", "want", "wants"),
    ("He is the man whom I think is guilty.", "whom", "who"),
    ("It is hard for me understand this.", "understand", "to understand"),
    ("She is good at to sing.", "to sing", "singing"),
    ("He was seen enter the house.", "enter", "to enter"),
    ("You can rely me.", "rely", "rely on"),
    ("We must comply the rules.", "comply", "comply with"),
    ("The boy and the girl is here.", "is", "are"),
    ("My friends and I am going out.", "am", "are"),
    ("Is there any problems?", "Is", "Are"),
    ("There has been many accidents.", "has", "have"),
    ("A few student came.", "student", "students"),
    ("I haven't never seen it.", "never", "ever"),
    ("She didn't say nothing.", "nothing", "anything"),
    ("If you write text an it causes a problem.", "an", "and"),
    ("They have been go there.", "go", "going"),
    ("She likes read books.", "read", "to read"),
    ("The window was broken by he.", "he", "him"),
    ("If he will come, we will leave.", "he will come", "he comes"),
    ("I will call you when I will arrive.", "I will arrive", "I arrive"),
    ("The vote was due to begun in May.", "begun", "begin"),
    ("One of my friend lives in Paris.", "friend", "friends"),
    ("She sings beautiful.", "beautiful", "beautifully"),
    ("The team played good yesterday.", "good", "well"),
    ("Hardly had he arrived than it rained.", "than", "when"),
    ("No sooner had we left when it started.", "when", "than"),
    ("I very like this song.", "very", "really"),
    ("They have a same car.", "a", "the"),
    ("I need an other chance.", "an other", "another"),
]

# Correct sentences of those shapes.
CLEAN = [
    "Do you know where the station is?",
    "Where is the station?",
    "I asked him where he was going.",
    "Tell me what is going on.",
    "I know what is happening.",
    "Tell me who is coming.",
    "I know who he is.",
    "No one knows why the bridge collapsed.",
    "Although he was tired, he kept working.",
    "Although it rained, but for the wind it was a fine day.",
    "Since 2010, so many things changed.",
    "As a result, so many people left.",
    "The more you read, the more you learn.",
    "You must not go there.",
    "They let him go.",
    "The film made it known to all.",
    "He was heard to say that it was over.",
    "I saw him to the door.",
    "A five-year-old boy came.",
    "The boy is five years old.",
    "The child was five years old when the war began.",
    "They walked 10 miles.",
    "She is so beautiful.",
    "She is such a beautiful girl.",
    "He is so tired that he sleeps.",
    "Such many-sided questions are hard.",
    "He is the tallest boy in the class.",
    "It is best practice to wait.",
    "Prices are highest in summer.",
    "The US is large.",
    "Olivia certainly is the It girl of the year.",
    "They play an us-versus-them game.",
    "Who are you?",
    "Who are the winners?",
    "Who do you love?",
    "Who wants to go?",
    "Who knows?",
    "He is the man whom I met.",
    "It is hard for me to understand this.",
    "She is about to sing.",
    "He went from door to door.",
    "He was made president.",
    "They made us do it.",
    "He was seen leaving.",
    "He was made to do it.",
    "I listen to music every day.",
    "They arrived the next day.",
    "He will succeed his father.",
    "It worries me.",
    "We responded the same way.",
    "The boy and the girl are here.",
    "The secretary and treasurer is here.",
    "The size of the house and the garden is small.",
    "Is there any problem?",
    "There has been some progress.",
    "There has been a series of attacks.",
    "A few students came.",
    "I have never seen it.",
    "I can't believe nobody came.",
    "He couldn't say no.",
    "I will ask him when he will come.",
    "There will come a time when we will be free.",
    "If he will not listen, we will leave.",
    "We will see if they will agree.",
    "It was good for he is kind.",
    "He would likely lead the team.",
    "You can use pip to install packages.",
    "It is one undo step.",
    "With a few thousand at most, it is small.",
    "It may be inherited from to create callbacks.",
    "They went from open to hidden.",
    "They turned to known faces.",
    "It fell to fallen leaves.",
    "One of my friend groups meets here.",
    "One of the city parks closed.",
    "He works hard.",
    "She drives fast.",
    "They played dead.",
    "He feels good.",
    "She plays good music.",
    "He works alone.",
    "Hardly had he arrived when it rained.",
    "No sooner had we left than it started.",
    "He could not decide between modifying or adding to it.",
    "It is very like a whale.",
    "I very much like it.",
    "We very rarely go.",
    "She was a same-sex partner.",
]


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND)
def test_each_shape_is_flagged_with_its_fix(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    assert_kind_found(grammar_only, sentence, flagged, fix)


@pytest.mark.parametrize(("sentence", "flagged", "fix"), FOUND[::4])
def test_the_shapes_are_found_in_british_english_too(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    text = EMOJI + sentence
    issues = grammar_only.check(text, CheckContext(language="en-GB")).issues
    found = [i for i in issues if i.text == flagged]
    assert found and found[0].replacements[0] == fix, [(i.text, i.rule) for i in issues]


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_sentences_of_those_shapes_stay_clean(sentence: str) -> None:
    assert_clean(sentence)


def test_a_sentence_ending_at_its_comma_does_not_stop_the_check(
    grammar_only: CheckPipeline,
) -> None:
    """A wrapped line ("…that you convey,") once raised IndexError in the comma-splice
    check, and `reviewdesk check` failed on the whole file; the paragraph before it
    keeps its finding."""
    text = "😀 They let him went home.\nYou may charge any price for each copy that you convey,"
    issues = grammar_only.check(text, CheckContext(language="en-US")).issues
    assert [i.text for i in issues] == ["went"]


@pytest.mark.slow  # starts reviewdesk as a process
def test_check_reports_the_new_shapes_through_the_cli(tmp_path: Path) -> None:
    kinds = [
        ("😀 Do you know where is the station?", "where is the station", "where the station is"),
        ("😀 Although he was tired, but he kept working.", ", but", ","),
        ("😀 You can rely me.", "rely", "rely on"),
    ]
    # the correct paragraph last ends at its comma: it once stopped the whole check
    assert_cli_finds(tmp_path, kinds, "😀 You may charge any price for each copy that you convey,")
