"""A note's anchor: a span of the draft that follows the draft's edits.

The anchor is plain offsets, so the same rules hold in the window, the CLI and the
exports; the window turns anchors into cursors for painting, never the other way round.
Offsets are in whatever unit the edits use (code points in core, UTF-16 in Qt), as long
as both agree.

An edit that replaces the whole passage (applying a fix to exactly the noted words) makes
the anchor cover the replacement, instead of shrinking it to nothing as a text cursor
does; the quote the note was written on is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Change:
    """``removed`` characters at ``start`` were replaced by ``added`` characters.

    This is the shape of an edit as it happened (Qt's ``contentsChange`` reports it so);
    a sequence of changes applies one after another, each to the text the last one left.
    """

    start: int
    removed: int
    added: int


@dataclass(frozen=True, slots=True)
class Anchor:
    """``start..end`` of the draft, and the passage's text when the note was made."""

    start: int
    end: int
    quote: str = ""


def follow(anchor: Anchor, changes: Iterable[Change]) -> Anchor:
    """Where ``anchor`` is after ``changes``; its quote stays as it was.

    Text inserted right before the passage pushes it along, and text inserted right
    after stays outside it (as when typing next to a noted word). An edit overlapping
    the passage widens the anchor to cover what replaced the overlap, so a replaced
    passage keeps its note; only deleting the whole passage leaves an empty anchor.
    """
    start, end = anchor.start, anchor.end
    for change in changes:
        start, end = _follow_one(start, end, change)
    if (start, end) == (anchor.start, anchor.end):
        return anchor
    return replace(anchor, start=start, end=end)


def _follow_one(start: int, end: int, change: Change) -> tuple[int, int]:
    c_start, c_end = change.start, change.start + change.removed
    delta = change.added - change.removed
    if c_end <= start:  # wholly before the passage (an insertion at its start too)
        return start + delta, end + delta
    if c_start >= end:
        return start, end
    new_start = min(start, c_start)
    new_end = end + delta if end > c_end else c_start + change.added
    return new_start, max(new_start, new_end)
