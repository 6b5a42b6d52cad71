"""The structure layer follows the draft's edits as the structure itself would.

The issue layers keep, in an edited paragraph, only the marks outside the change (the
re-check brings the rest back). Nothing re-computes the structure, so its layer follows
each edit by the structure's own rules (:func:`reviewdesk.core.structure.follow_span`):
text typed inside a bold word is bold, typed at its edge is not; text typed at the edge of
a heading, list item, cell or footnote joins it, so a paragraph started with Enter in a
list item is a list item too. Places (a footnote mark, a deleted passage) move with the
text before them.

Work is per paragraph: the blocks the edit touched are laid end to end (a *segment*),
their ranges moved through the edit there, and cut again at the new paragraph breaks;
blocks below are only renumbered. Plain Python, tested on its own.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from reviewdesk.core.anchors import Change
from reviewdesk.core.structure import follow_span
from reviewdesk.gui.layer_follow import BlockChange, follow
from reviewdesk.service.docmap import BlockRange, BlockSpans
from reviewdesk.service.structure_layout import cut, is_block_kind, is_point_kind, units

_SPACES = {" ".encode("utf-16-le"), "\t".encode("utf-16-le"), "\u00a0".encode("utf-16-le")}
AFTER = ":a"  # a place drawn after the space that follows it (see point_range)


def point_range(
    position: int, kind: str, ref: int, text: str, *, after: bool = False
) -> BlockRange:
    """A place at ``position`` of a block holding ``text``, stored as the character whose
    spacing makes the gap it is drawn in: the character before it; with ``after``, the
    space after it when there is one (so a coloured, underlined insertion just before a
    deletion is not underlined under the deleted text too); at a paragraph's start with
    no space after it, an empty range (drawn as a mark at the edge)."""
    kind = kind.removesuffix(AFTER)
    unit = text.encode("utf-16-le")[2 * position : 2 * position + 2] if position >= 0 else b""
    space = unit in _SPACES
    if space and (after or position <= 0):
        return (position, position + 1, kind + AFTER, ref)
    if position <= 0:
        return (0, 0, kind, ref)
    return (position - 1, position, kind, ref)


def point_of(start: int, end: int, kind: str) -> int:
    """The place a point range (:func:`point_range`) stands for."""
    return start if kind.endswith(AFTER) else end


def follow_structure(
    layer: dict[int, BlockSpans], change: BlockChange, text_of: Callable[[int], str]
) -> dict[int, BlockSpans]:
    """``layer`` (a structure or revisions layer) after ``change``."""
    first, old_last, new_last = change.first, change.old_last, change.new_last
    shift = new_last - old_last
    old_first = layer.get(first)
    old_end = layer.get(old_last) if old_last != first else None
    new_texts = [text_of(n) for n in range(first, new_last + 1)]
    sizes = [units(text) for text in new_texts]  # positions are Qt's UTF-16 units
    offsets: list[int] = []
    length = 0
    for size in sizes:
        offsets.append(length)
        length += size + 1
    new_len = length - 1
    added = new_len - change.head - change.tail
    removed = added - (change.added - change.removed)
    old_len = change.head + removed + change.tail
    consistent = (
        added >= 0
        and removed >= 0
        and (old_first is None or change.head <= units(old_first.text))
        and (old_end is None or units(old_end.text) <= old_len)
    )
    if not consistent:  # Qt reported the change oddly: keep what lies outside it
        return follow(layer, change, text_of)
    if shift == 0:
        out = dict(layer)  # typing: a copy at C speed, then the touched blocks
        for number in range(first, old_last + 1):
            out.pop(number, None)
    else:
        out = {
            n if n < first else n + shift: s for n, s in layer.items() if n < first or n > old_last
        }
    # a span going on from the paragraph above starts before the segment (-1); one that
    # ends just past that paragraph's line break ends where the segment starts (0)
    above = layer.get(first - 1)
    going_on = _going_on(above)
    segment: list[BlockRange] = []
    if old_first is not None:
        segment = [
            (-1 if s == 0 and (k, r) in going_on else s, e, k, r) for s, e, k, r in old_first.ranges
        ]
    here = {(k, r) for _s, _e, k, r in segment}
    segment.extend((-1, 0, k, r) for k, r in going_on if (k, r) not in here)
    tail: list[BlockRange] = []
    if old_end is not None:
        moved = old_len - units(old_end.text)
        tail = [(s + moved, e + moved, k, r) for s, e, k, r in old_end.ranges]
    # paragraphs wholly inside the removed text: where exactly their ranges were does not
    # matter (the change covers them), only that they were inside it
    inside = (change.head + 1, change.head + removed)
    segment = _joined(segment, _middle(layer, first, old_last), tail, inside)
    if not segment:
        return out
    edit = Change(change.head, removed, added)
    per_block: dict[int, list[BlockRange]] = {}

    def bounds(block: int) -> tuple[int, int]:
        return offsets[block], offsets[block] + sizes[block]

    for start, end, kind, ref in segment:
        if is_point_kind(kind):
            place = point_of(start, end, kind)
            place = follow_span(place, place, edit, False)[0]
            block = _block_at(offsets, place)
            text = new_texts[block]
            after = kind.endswith(AFTER)
            per_block.setdefault(block, []).append(
                point_range(place - offsets[block], kind, ref, text, after=after)
            )
            continue
        paragraph = is_block_kind(kind)
        lo, hi = follow_span(start, end, edit, paragraph)
        pieces = cut(lo, hi, _block_at(offsets, lo), bounds, len(new_texts), paragraph)
        for block, p_lo, p_hi, more in pieces:
            base = offsets[block]
            per_block.setdefault(block, []).append((p_lo - base, p_hi - base + more, kind, ref))
    for block, ranges in per_block.items():
        out[first + block] = BlockSpans(new_texts[block], tuple(sorted(ranges)))
    return out


def _going_on(spans: BlockSpans | None) -> set[tuple[str, int]]:
    """The spans (kind, ref) of a paragraph that go on past its line break."""
    if spans is None:
        return set()
    limit = units(spans.text)
    return {(k, r) for _s, e, k, r in spans.ranges if e > limit and not is_point_kind(k)}


def _middle(
    layer: dict[int, BlockSpans], first: int, last: int
) -> dict[tuple[str, int], list[tuple[int, int]]]:
    """Ranges (by span) of the blocks strictly between ``first`` and ``last``."""
    found: dict[tuple[str, int], list[tuple[int, int]]] = {}
    if last - first < 2:
        return found
    numbers = (
        range(first + 1, last)
        if last - first <= len(layer)
        else sorted(n for n in layer if first < n < last)
    )
    for number in numbers:
        spans = layer.get(number)
        for s, e, k, r in spans.ranges if spans is not None else ():
            found.setdefault((k, r), []).append((s, e))
    return found


def _joined(
    head: list[BlockRange],
    middle: dict[tuple[str, int], list[tuple[int, int]]],
    tail: list[BlockRange],
    inside: tuple[int, int],
) -> list[BlockRange]:
    """One range per span over a segment: the pieces of a span in its first, middle and
    last paragraphs made one again, as the span is. Middle paragraphs lie wholly in the
    removed text, and anywhere in ``inside`` (the removed text after its first character)
    a place follows alike, so their pieces start and end there."""
    lo, hi = inside
    points: list[BlockRange] = []
    spans: dict[tuple[str, int], list[int]] = {}
    for s, e, k, r in head:
        if is_point_kind(k):
            points.append((s, e, k, r))
        else:
            spans[(k, r)] = [s, e]
    for (k, r), pieces in middle.items():
        if is_point_kind(k):
            points.extend((lo, lo, k, r) for _ in pieces)
        elif (k, r) in spans:
            spans[(k, r)][1] = hi
        else:
            empty = all(s == e for s, e in pieces)
            spans[(k, r)] = [lo, lo if empty else hi]
    for s, e, k, r in tail:
        if is_point_kind(k):
            points.append((s, e, k, r))
        elif (k, r) in spans:
            spans[(k, r)][1] = e
        else:
            spans[(k, r)] = [s, e]
    return [*points, *((s, e, k, r) for (k, r), (s, e) in spans.items())]


def _block_at(offsets: list[int], position: int) -> int:
    """The block of the segment holding ``position`` (the end of a block is in it)."""
    return max(0, bisect.bisect_right(offsets, position) - 1) if position >= 0 else 0
