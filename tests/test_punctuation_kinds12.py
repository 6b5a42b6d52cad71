"""Issue 11, the punct12 pass: punctuation by mechanism, each kind found in sentences of
our own (after an emoji, so offsets are code points) with correct sentences of the same
shape beside them.

- commas between clauses: after an opening clause ("Although it rained we went out")
  or linking phrase ("In addition we"), after "yes"/"well", before "but"/"so" joining
  two sentences, none between two subjects ("My sister, and I went"), a comma splice,
  "therefore" and its kind after a comma alone; set phrases hyphenated before a noun
  ("a state-of-the-art plant");
- marks typed beside one another: two different marks ("ate,.", '"Why?", he'), a colon
  after "such as", spaces inside
  brackets, "etc"/"e.g"/"p.m" short of their stops, a weekday with no comma before its date.
"""

from __future__ import annotations

import pytest

from grammar_kinds import EMOJI, assert_clean, assert_kind_found
from reviewdesk.core.engines.mechanics import check_mechanics
from reviewdesk.core.merge import apply_edits, edit_for
from reviewdesk.core.models import Category
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.rule_names import RULE_NAMES

# (sentence, flagged text, first fix): the grammar engine's
CLAUSES = [
    ("Although it rained we went out.", "rained", "rained,"),
    ("After the meeting ended they went home.", "ended", "ended,"),
    ("If you want we can leave now.", "want", "want,"),
    ("Because the bus was late she missed the start.", "late", "late,"),
    ("In addition we need more chairs.", "addition", "addition,"),
    ("As a result the game was called off.", "result", "result,"),
    ("Of course they will help.", "course", "course,"),
    ("Yes I do.", "Yes", "Yes,"),
    ("Well it was a long day.", "Well", "Well,"),
    ("No we can't stay.", "No", "No,"),
    ("I was tired but I kept going.", "tired", "tired,"),
    ("He was late so he missed the bus.", "late", "late,"),
    ("My sister, and I went to the fair.", ",", ""),
    ("The teacher, and the pupils left the room.", ",", ""),
    ("He is tall, he plays basketball.", ",", ";"),
    ("It is late, we should go home now.", ",", ";"),
    ("I was sick, therefore I stayed home.", ", therefore", "; therefore,"),
    ("We opened a state of the art plant.", "state of the art", "state-of-the-art"),
    ("Long term plans are hard to make.", "Long term", "Long-term"),
    ("She has a part time job.", "part time", "part-time"),
]

# Correct sentences of those shapes: what each mechanism must leave alone.
CLEAN = [
    "Although it rained, we went out.",
    "When he said he would come we waited.",  # "he would come" is what he said
    "Because I knew they were right I said nothing.",
    "When I told him he laughed.",  # what was told, or the answer: no telling
    "If so we will go.",  # no verb in the opening
    "When did you say we should leave?",  # a question
    "In addition to the chairs we need tables.",  # a preposition, not a linking phrase
    "No one knows the answer.",
    "Well over half of them left.",
    "She saved money so she could buy a car.",  # a purpose
    "He was not only tired but he was also hungry.",
    "I was tired, but I kept going.",
    "The game ended, and the fans left.",  # two clauses: the comma is right
    "Thanks, and I mean it.",
    "My sister and I went to the fair.",
    "It was late, he said.",  # an aside
    "He is tall, I think.",
    "I mean, it is fine.",
    "He left when it rained, and she stayed.",
    "It depends, however you look at it.",
    "The plant is state of the art.",
    "In the long term we will win.",  # a time, no modifier
    "At the last minute the plan changed.",
    "She works part time at the shop.",
]

# (paragraph, flagged text, fix): the mechanics engine's
MARKS = [
    ("The cat ate,. Then it slept.", ",.", "."),
    ("Why did you go?. Nobody knew.", "?.", "?"),
    ("He stopped,; then he ran.", ",;", ";"),
    ('"Why?", he asked.', ",", ""),
    ("“Can we stop?”, she shouted.", ",", ""),
    ("We sell fruit such as: apples and pears.", ":", ""),
    ("It has many parts, including: a motor.", ":", ""),
    ("He came back ( after a while) and sat.", " ", ""),
    ("He came back (after a while ) and sat.", " ", ""),
    ("We sell apples, pears etc and plums.", "etc", "etc."),
    ("We sell fruit, e.g apples.", "e.g", "e.g."),
    ("We sell fruit, eg apples.", "eg", "e.g."),
    ("We sell fruit (i.e apples).", "i.e", "i.e."),
    ("The vote is on Monday January 5 this year.", "Monday", "Monday,"),
    ("The polls close at 8 p.m and open at 7 a.m on Monday.", "p.m", "p.m."),
]

MARKS_CLEAN = [
    "Apple Inc., the firm, grew.",  # an abbreviation's stop, then a comma
    "He works for Yahoo!, the firm.",  # a name's mark
    "Wait for it...",
    "See the list (apples, pears, etc.) and pick.",
    "We sell fruit, e.g. apples, i.e. what grows here.",
    "The vote is on Monday, January 5.",
    "The band Ie played; the pie was eaten.",
    "The ratio was 3:2, not 2:1.",
    "The polls close at 8 p.m. and open at 7 a.m.",
    '"Why?" he asked, and "Why not", she said.',
    'He hosted "Jeopardy!", the quiz, for years.',  # the mark is the name's
    "The rules are as follows: such as it is, it works.",
]


@pytest.mark.parametrize(("sentence", "flagged", "fix"), CLAUSES)
def test_clause_commas_are_flagged_with_their_fix(
    grammar_only: CheckPipeline, sentence: str, flagged: str, fix: str
) -> None:
    issue = assert_kind_found(grammar_only, sentence, flagged, fix)
    assert issue.category == Category.PUNCTUATION


@pytest.mark.parametrize("sentence", CLEAN)
def test_correct_clauses_stay_clean(sentence: str) -> None:
    assert_clean(sentence)


def test_speech_inside_a_quotation_runs_on_unflagged() -> None:
    # a sentence of a quotation opened in an earlier one: said so, quoted so
    assert_clean('"We lost. They were a good side so they won easily."')


@pytest.mark.parametrize(("paragraph", "flagged", "fix"), MARKS)
def test_marks_are_flagged_with_their_fix(paragraph: str, flagged: str, fix: str) -> None:
    text = EMOJI + paragraph
    issues = [i for i in check_mechanics(text) if i.text == flagged]
    assert issues, [(i.text, i.rule) for i in check_mechanics(text)]
    assert issues[0].replacements[0] == fix
    assert issues[0].start > len(EMOJI) - 1  # past the emoji, in code points
    assert ("mechanics", issues[0].rule) in RULE_NAMES


def test_fixing_marks_gives_the_right_text() -> None:
    text = "He came back ( after a while ) and sat,. We sell pears etc and plums."
    issues = check_mechanics(text)
    fixed = apply_edits(text, [edit_for(i) for i in issues]).text
    assert fixed == "He came back (after a while) and sat. We sell pears etc. and plums."


@pytest.mark.parametrize("paragraph", MARKS_CLEAN)
def test_correct_marks_stay_clean(paragraph: str) -> None:
    assert check_mechanics(paragraph) == []
