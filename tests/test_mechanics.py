"""Mechanical spacing and capitalisation slips (with the real Harper for overlaps)."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.harper_engine import HarperChecker
from reviewdesk.core.engines.mechanics import MechanicsChecker, check_mechanics
from reviewdesk.core.merge import apply_edits, edit_for
from reviewdesk.core.models import Category
from reviewdesk.core.pipeline import CheckPipeline


def found(text: str) -> list[tuple[str, str, str]]:
    return [(i.text, i.replacements[0], i.rule) for i in check_mechanics(text)]


def fixed(text: str) -> str:
    issues = check_mechanics(text)
    return apply_edits(text, [edit_for(i) for i in issues]).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth stalled.Then it rose.", "Growth stalled. Then it rose."),
        ("Sales fell in 2020.The next year was better.",
         "Sales fell in 2020. The next year was better."),
        ("He said “yes”.Then he left.", "He said “yes”. Then he left."),
        ("Was it fair?Nobody knew.", "Was it fair? Nobody knew."),
        ("We met Dr.Okonkwo and Mr.Lind.", "We met Dr. Okonkwo and Mr. Lind."),
        ("The parade passed St.Mary’s church.", "The parade passed St. Mary’s church."),
        ("**Dr.Okonkwo:** Thank you.", "**Dr. Okonkwo:** Thank you."),
        ("We met J.Lind at noon.", "We met J. Lind at noon."),
        ("The town,the port and the river.", "The town, the port and the river."),
        ("It rained;nobody came.", "It rained; nobody came."),
        ("One rule:never lie.", "One rule: never lie."),
        ("The port  reopened.", "The port reopened."),
        ("Is it open ?", "Is it open?"),
        ("The port , they said, reopened.", "The port, they said, reopened."),
        ("The port ,they said.", "The port, they said."),
        ("The port reopened . Then it closed.", "The port reopened. Then it closed."),
    ],
)  # fmt: skip
def test_spacing_fixes(text: str, expected: str) -> None:
    assert fixed(text) == expected
    assert {i.category for i in check_mechanics(text)} == {Category.SPACING}


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Army and the U.K. Navy met.",
        "Use a plain word, e.g. The Times style guide says so.",
        "Prices rose 3.5 percent, or 1,000 dollars.",
        "See example.com or Example.Org for details, or mail desk@example.org.Then call.",
        "The file report.PDF and notes.Txt are attached.",
        "J.R.R. Tolkien and C.S. Lewis were friends.",
        "He earned a Ph.D. in 1999 from the university.",
        "The meeting starts at 10:30 and ends at 11:45.",
        "Visit https://example.com/a,b;c:d?Q=1 now.",
        "I love Node.js and ASP.NET for work.",
        "Call std::vector in C++ code.",
        "Wait ... what happened?",
        "“Why?” he asked. “Because!” she said.",
        "He ate 2.5kg.",
        "It was fine (mostly).",
        "Smiley :) faces are fine in chat.",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("**Dr. Lind:** you’re welcome.", "you’re", "You’re"),
        ("**Reporter**: what happens next?", "what", "What"),
        ("__Q:__ why now?", "why", "Why"),
        ("Jane Lind: well, it depends.", "well", "Well"),
        ("Q: how long will it take?", "how", "How"),
        ("The port reopened. the ships returned.", "the", "The"),
        ("The port reopened.  the ships returned.", "the", "The"),
    ],
)
def test_lowercase_sentence_starts(text: str, word: str, fix: str) -> None:
    caps = [i for i in check_mechanics(text) if i.category is Category.CAPITALIZATION]
    assert [(i.text, i.replacements) for i in caps] == [(word, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "Note: the meeting is off.",
        "**Reporter:** What happens next?",
        "Prices, etc. and wages rose.",
        "Teams vs. the clock, again.",
        "It ended at 5 p.m. the next day.",
        "He saw Dr. the other day.",
        "The phone. iPhone sales rose.",
        "Section 5. the rest follows.",
        "She wrote... and then stopped.",
    ],
)
def test_lowercase_that_is_fine(text: str) -> None:
    caps = [i for i in check_mechanics(text) if i.category is Category.CAPITALIZATION]
    assert caps == []


def test_offsets_are_code_points_with_emoji() -> None:
    text = "😀 Fans 𝄞 cheered.Then Dr.Lind spoke,briefly."
    issues = check_mechanics(text)
    assert [text[i.start : i.end] for i in issues] == [".", ".", ","]
    assert [i.start for i in issues] == [text.index("."), text.index("Dr.") + 2, text.index(",")]


def test_merges_with_harper_where_both_find_the_same_thing() -> None:
    """Same span and fix as Harper: the merged list shows one issue naming both engines."""
    pipeline = CheckPipeline([HarperChecker(), MechanicsChecker()])
    for text, span in [
        ("The port reopened  on Friday.", "  "),
        ("The port reopened. the ships came back.", "the"),
        ("Is the port open ?", " "),
    ]:
        result = pipeline.check(text, CheckContext())
        same = [i for i in result.issues if i.text == span]
        assert len(same) == 1, result.issues
        assert set(same[0].engines) == {"harper", "mechanics"}


def test_checker_protocol_batches_paragraphs() -> None:
    checker = MechanicsChecker()
    out = checker.check(["First.Second.", "Clean text."], CheckContext())
    assert [len(x) for x in out] == [1, 0]
    assert checker.scope == "paragraph"
