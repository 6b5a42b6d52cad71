"""A text's debris line by line, and the walks over its lines that every rule reads.

:class:`DebrisDoc` is what :mod:`.incremental` keeps between edits; the walks skip blank
lines, so a rule reads its neighbours as a reader sees them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from reviewdesk.core.engines.debris.lines import Found, LineReading
from reviewdesk.core.lines import LineIssues, Lines
from reviewdesk.core.models import Issue

# how many non-blank lines back a line's decision may read (a listing under its heading,
# a caption after the article's prose): an edit re-decides as many lines after it
REACH = 12


# an issue of a line, placed in the line it starts in: (how many lines before the line
# that is: 0, or less for a removal that takes the blank lines before it; the issue,
# relative to that line)
Item = tuple[int, Issue]


@dataclass
class DebrisDoc:
    """One text's debris, per line; the base for the next text."""

    lines: Lines
    readings: list[LineReading | None]  # None for a blank (whitespace-only) line
    whole: list[Found | None]  # the line is debris as a whole: its own, lone share, repeat
    items: list[tuple[Item, ...]]  # each line's issues, by the line they start in
    out: list[LineIssues]  # per line: the issues that start in it
    counts: Counter[str]  # candidate lines (possible duplicates) by text
    tail: int  # first line of the final run of debris lines (len(lines): none)
    footer: int = 0  # first line after the article's last paragraph (:func:`_page_end`)
    head: int = 0  # the article's first paragraph (:func:`_page_head`)
    # lines that may be a page's label (:func:`.page_order.label_line`), by text
    labels: Counter[str] = field(default_factory=Counter)


def prev_line(doc: DebrisDoc, k: int) -> int:
    """The nearest non-blank line before ``k``, or -1."""
    k -= 1
    while k >= 0 and doc.readings[k] is None:
        k -= 1
    return k


def next_line(doc: DebrisDoc, k: int) -> int:
    """The nearest non-blank line after ``k``, or -1."""
    k += 1
    while k < len(doc.readings) and doc.readings[k] is None:
        k += 1
    return k if k < len(doc.readings) else -1


def following(doc: DebrisDoc, k: int, n: int) -> set[int]:
    """The next ``n`` non-blank lines after ``k``."""
    out: set[int] = set()
    while len(out) < n and (k := next_line(doc, k)) >= 0:
        out.add(k)
    return out


def preceding(doc: DebrisDoc, k: int, n: int) -> set[int]:
    """The ``n`` non-blank lines before ``k``."""
    out: set[int] = set()
    while len(out) < n and (k := prev_line(doc, k)) >= 0:
        out.add(k)
    return out


def prose_before(doc: DebrisDoc, k: int) -> bool:
    """Whether a paragraph of the article's prose stands within ``REACH`` lines before
    ``k`` (the article has begun)."""
    return prose_within(doc, k, prev_line)


def prose_after(doc: DebrisDoc, k: int) -> bool:
    """Whether a paragraph of the article's prose stands within ``REACH`` lines after
    ``k`` (more of the article follows)."""
    return prose_within(doc, k, next_line)


def prose_within(doc: DebrisDoc, k: int, step: Callable[[DebrisDoc, int], int]) -> bool:
    """Whether a paragraph of prose stands within ``REACH`` lines of ``k``, walking
    with ``step`` (the line before or after, skipping blank lines; -1 at the end)."""
    j = step(doc, k)
    for _ in range(REACH):
        if j < 0:
            return False
        reading = doc.readings[j]
        if reading is not None and reading.prose:
            return True
        j = step(doc, j)
    return False


# how many unmarked lines in a row a packed run of the page's lines may hold between two
# marked ones ("Every gift helps ... Give monthly →" over a charity's number, between the
# share icons and the footer's links)
PACKED_GAP = 2
# a line so wedged holds a line's words or two (a tagline, a subject line, a notice); the
# copy's paragraphs run longer
WEDGED_WORDS = 20


def packed_between(doc: DebrisDoc, k: int, marked: Callable[[int], bool]) -> bool:
    """Whether line ``k`` stands in a packed run of lines (no blank line between them)
    with a ``marked`` line right above and right below its own run of unmarked lines,
    ``PACKED_GAP`` of them at most: a page's head and footer are set as such runs, the
    copy's paragraphs apart, so a line wedged in the page's own run is the page's."""
    up = _packed_side(doc, k, marked, -1)
    down = _packed_side(doc, k, marked, 1)
    return up is not None and down is not None and up + down + 1 <= PACKED_GAP


def _packed_side(doc: DebrisDoc, k: int, marked: Callable[[int], bool], step: int) -> int | None:
    """How many unmarked lines stand between ``k`` and the ``marked`` line after it
    (``step`` 1) or before it (-1) in the same packed run; None if the run ends first."""
    j = k + step
    for passed in range(PACKED_GAP):
        if not 0 <= j < len(doc.readings) or doc.readings[j] is None:
            return None
        if marked(j):
            return passed
        j += step
    return None
