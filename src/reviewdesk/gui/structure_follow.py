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
from reviewdesk.service.structure_layout import is_block_kind, is_point_kind

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
    space = position < len(text) and text[position] in " \t\u00a0"
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
    offsets: list[int] = []
    length = 0
    for text in new_texts:
        offsets.append(length)
        length += len(text) + 1
    new_len = length - 1
    added = new_len - change.head - change.tail
    removed = added - (change.added - change.removed)
    old_len = change.head + removed + change.tail
    consistent = (
        added >= 0
        and removed >= 0
        and (old_first is None or change.head <= len(old_first.text))
        and (old_end is None or len(old_end.text) <= old_len)
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
    segment: list[BlockRange] = list(old_first.ranges) if old_first is not None else []
    if old_end is not None:
        moved = old_len - len(old_end.text)
        segment.extend((s + moved, e + moved, k, ref) for s, e, k, ref in old_end.ranges)
    if not segment:
        return out
    edit = Change(change.head, removed, added)
    per_block: dict[int, list[BlockRange]] = {}
    for start, end, kind, ref in segment:
        if is_point_kind(kind):
            place = point_of(start, end, kind)
            place = follow_span(place, place, edit, False)[0]
            block = _block_at(offsets, place)
            per_block.setdefault(block, []).append(
                point_range(
                    place - offsets[block], kind, ref, new_texts[block], after=kind.endswith(AFTER)
                )
            )
            continue
        paragraph = is_block_kind(kind)
        lo, hi = follow_span(start, end, edit, paragraph)
        if lo == hi and not paragraph:
            continue  # a bold word deleted: nothing left to be bold
        for block in range(_block_at(offsets, lo), _block_at(offsets, hi) + 1):
            b_start, b_end = offsets[block], offsets[block] + len(new_texts[block])
            piece_lo, piece_hi = max(lo, b_start), min(hi, b_end)
            if piece_lo < piece_hi or lo == hi or (paragraph and b_start == b_end):
                per_block.setdefault(block, []).append(
                    (piece_lo - b_start, piece_hi - b_start, kind, ref)
                )
    for block, ranges in per_block.items():
        out[first + block] = BlockSpans(new_texts[block], tuple(sorted(ranges)))
    return out


def _block_at(offsets: list[int], position: int) -> int:
    """The block of the segment holding ``position`` (the end of a block is in it)."""
    return max(0, bisect.bisect_right(offsets, position) - 1) if position >= 0 else 0
