"""Highlight layers follow the draft's edits until the re-check's results arrive.

A layer is ``{block number: BlockSpans}``, computed by the checker for one snapshot. An
edit shifts the block numbers below it when it adds or removes lines, and changes the
text of the blocks it touches. Without following, every block below a new line shows
nothing (its number now names another paragraph) until the re-check is back, which on a
long article is many seconds of a bare draft. :func:`follow` renumbers the blocks below
the change and keeps, in the blocks it touched, the ranges that lie wholly in the words
before or after it (checked against the text, so a range never lands on other words).

Plain Python (no Qt), so it is tested on its own; the highlighter feeds it the document's
``contentsChange``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reviewdesk.service.docmap import BlockRange, BlockSpans


@dataclass(frozen=True, slots=True)
class BlockChange:
    """Where an edit fell, in blocks and UTF-16 units.

    ``first`` is the block the change starts in (the same number before and after it),
    ``old_last``/``new_last`` the last block it touched before and after; ``head`` is
    how much of the first block precedes the change, ``tail`` how much of the last block
    follows it (both unchanged by it). ``removed``/``added`` are the document's own
    counts (Qt may count more than changed, but their difference is the change in length).
    """

    first: int
    old_last: int
    new_last: int
    head: int
    tail: int
    removed: int = 0
    added: int = 0

    @property
    def shift(self) -> int:
        """How far the blocks below the change moved (lines added minus lines removed)."""
        return self.new_last - self.old_last


def _units(text: str) -> bytes:
    """``text`` in UTF-16 code units (two bytes each): ranges and the change count in them,
    so the comparisons must too (an emoji is one character but two units)."""
    return text.encode("utf-16-le", "surrogatepass")


def _head(spans: BlockSpans, head: int, text: str) -> list[BlockRange]:
    if _units(spans.text)[: 2 * head] != _units(text)[: 2 * head]:
        return []
    return [r for r in spans.ranges if r[1] < head or (r[1] == head and r[0] < r[1])]


def _tail(spans: BlockSpans, tail: int, text: str) -> list[BlockRange]:
    old, new = _units(spans.text), _units(text)
    old_len, new_len = len(old) // 2, len(new) // 2
    if tail > min(old_len, new_len) or old[2 * (old_len - tail) :] != new[2 * (new_len - tail) :]:
        return []
    cut, moved = old_len - tail, new_len - old_len
    return [(s + moved, e + moved, k, ref) for s, e, k, ref in spans.ranges if s >= cut]


def _salvage(spans: BlockSpans, text: str) -> BlockSpans | None:
    """``spans`` on a block now holding ``text``: the ranges in the words both share at
    the start or at the end (a range in changed words is dropped)."""
    if spans.text == text:
        return spans
    old, new = _units(spans.text), _units(text)
    most = min(len(old), len(new)) // 2
    head = 0
    while head < most and old[2 * head : 2 * head + 2] == new[2 * head : 2 * head + 2]:
        head += 1
    tail = 0
    while (
        tail < most - head
        and old[len(old) - 2 * tail - 2 : len(old) - 2 * tail]
        == new[len(new) - 2 * tail - 2 : len(new) - 2 * tail]
    ):
        tail += 1
    kept = sorted(_head(spans, head, text) + _tail(spans, tail, text))
    return BlockSpans(text, tuple(kept)) if kept else None


def follow(
    layer: dict[int, BlockSpans], change: BlockChange, text_of: Callable[[int], str]
) -> dict[int, BlockSpans]:
    """``layer`` after ``change``; ``text_of(n)`` is block ``n``'s text after it."""
    first, old_last, shift = change.first, change.old_last, change.shift
    if shift == 0:  # as many lines as before (typing, Replace all): line by line
        out = dict(layer)  # a copy at C speed: typing must not walk every block
        for number in range(first, old_last + 1):
            spans = out.pop(number, None)
            kept = _salvage(spans, text_of(number)) if spans is not None else None
            if kept is not None:
                out[number] = kept
        return out
    touched = {n: s for n, s in layer.items() if first <= n <= old_last}
    out = {n if n < first else n + shift: s for n, s in layer.items() if n < first or n > old_last}
    if not touched:
        return out
    first_old = touched.get(change.first)
    last_old = touched.get(change.old_last)
    first_text = text_of(change.first)
    head = _head(first_old, change.head, first_text) if first_old is not None else []
    if change.first == change.new_last:  # lines joined into one
        tail = _tail(last_old, change.tail, first_text) if last_old is not None else []
        if head or tail:
            out[change.first] = BlockSpans(first_text, tuple(sorted(head + tail)))
        return out
    if head:
        out[change.first] = BlockSpans(first_text, tuple(head))
    if last_old is not None:
        last_text = text_of(change.new_last)
        tail = _tail(last_old, change.tail, last_text)
        if tail:
            out[change.new_last] = BlockSpans(last_text, tuple(tail))
    for number, spans in touched.items():  # whole lines between: found above or below
        if change.first < number < change.old_last:
            for moved in (number, number + change.shift):
                if change.first < moved < change.new_last and text_of(moved) == spans.text:
                    out[moved] = spans
                    break
    return out


def renumber(numbers: set[int], change: BlockChange) -> set[int]:
    """Block numbers queued for re-highlighting, after ``change`` (the changed blocks too)."""
    changed = range(change.first, change.new_last + 1)
    if change.shift == 0:  # typing inside a paragraph: no number moves (a long article
        return numbers.union(changed)  # keeps thousands queued: a copy at C speed)
    out = {n for n in numbers if n < change.first}
    out.update(n + change.shift for n in numbers if n > change.old_last)
    out.update(changed)
    return out
