"""A paragraph that opens in lowercase: flagged when it is a sentence of its own, let go
when it goes on from the paragraph before (a colon, a list's semicolon, a wrapped line);
and the per-line filter gives what a look over the whole text gives, edit after edit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from random_edits import edit
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.mechanics import MechanicsChecker, check_mechanics
from reviewdesk.core.engines.paragraph_starts import (
    ContinuedSentenceFilter,
    leaves_sentence_open,
)
from reviewdesk.core.pipeline import CheckPipeline

REPO = Path(__file__).resolve().parents[1]
DEMO_ARTICLE = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"


def _starts(text: str) -> list[str]:
    return [i.text for i in check_mechanics(text) if i.rule == "lowercase-paragraph-start"]


def test_a_lowercase_paragraph_that_ends_a_sentence_is_flagged() -> None:
    assert _starts("the rain is expected.") == ["the"]
    assert _starts("“the rain is expected,” she said.") == ["the"]
    (issue,) = [i for i in check_mechanics("more rain is due.") if i.text == "more"]
    assert issue.replacements == ("More",)


def test_labels_brands_and_the_imports_other_parts_are_left_alone() -> None:
    assert _starts("via AP") == []  # a label ends no sentence
    assert _starts("photo: Reuters") == []
    assert _starts("iPhone sales rose.") == []  # the brand's own lowercase
    assert _starts("e.g. the rain.") == []
    assert _starts("al-Assad spoke.") == []  # a name's own particle
    checker = MechanicsChecker()
    item = "raise the parking charge."
    ctx = CheckContext(not_headings=frozenset({item}))  # a Word list item
    assert checker.check([item], ctx) == [[]]
    assert checker.check([item], CheckContext())[0]


def test_a_sentence_left_open_lets_the_next_paragraph_go_on_in_lowercase() -> None:
    assert leaves_sentence_open("The council will:", adjacent=False)
    assert leaves_sentence_open("raise the parking charge;", adjacent=False)
    wrapped = "Police said the man, who was arrested after a chase through the"
    assert leaves_sentence_open(wrapped, adjacent=True)
    assert not leaves_sentence_open(wrapped, adjacent=False)  # a blank line between
    assert not leaves_sentence_open("Council approves new budget", adjacent=True)  # a headline
    assert not leaves_sentence_open("The storm passed.", adjacent=True)


def test_the_filter_drops_the_flag_only_on_a_continuing_paragraph() -> None:
    text = (
        "The storm passed.\n\nthe rain is expected.\n\nThe council will:\n\n"
        "raise the parking charge.\n"
    )
    pipeline = CheckPipeline([MechanicsChecker()], [ContinuedSentenceFilter()])
    flagged = [i.text for i in pipeline.check(text, CheckContext()).issues]
    assert flagged == ["the"]


def _start_edit(text: str, rng: random.Random) -> str:
    """End a paragraph with a colon or not, open one in lowercase, or another edit."""
    paras = text.split("\n")
    k = rng.randrange(len(paras))
    kind = rng.randrange(7)
    if kind == 0 and paras[k].strip():
        paras[k] = paras[k].rstrip(".") + ":"
    elif kind == 1 and paras[k].strip():
        paras[k] = paras[k].rstrip(":") + "."
    elif kind == 2 and paras[k][:1].isupper():
        paras[k] = paras[k][0].lower() + paras[k][1:]
    elif kind == 3:
        paras.insert(k, rng.choice(["", "then it rained.", "The list:"]))
    elif kind == 4:  # a list under its colon, a blank line or none between
        paras[k:k] = ["The plan will:", *rng.choice([[""], []]), "raise the charge."]
    else:
        return edit(text, rng)
    return "\n".join(paras)


@pytest.mark.parametrize("seed", [3, pytest.param(4, marks=pytest.mark.slow)])
def test_the_filter_per_line_after_edits_equals_a_look_over_the_whole_text(seed: int) -> None:
    ctx = CheckContext()
    rng = random.Random(seed)
    text = DEMO_ARTICLE.read_text(encoding="utf-8")
    kept = CheckPipeline([MechanicsChecker()], [ContinuedSentenceFilter()])
    dropped = 0
    for n in range(80):
        text = _start_edit(text, rng)
        got = kept.check(text, ctx).issues
        fresh = CheckPipeline([MechanicsChecker()], [ContinuedSentenceFilter()]).check(text, ctx)
        assert got == fresh.issues, f"step {n}"
        raw = CheckPipeline([MechanicsChecker()]).check(text, ctx).issues
        assert got == ContinuedSentenceFilter().filter_issues(text, raw, ctx), f"step {n}"
        dropped += len(raw) - len(got)
    assert dropped  # continuing paragraphs were met, and their flags dropped
