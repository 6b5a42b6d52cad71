"""The draft's redline kept from one keystroke to the next, redone only where it changed.

:meth:`Redline.between <reviewdesk.service.redline.Redline.between>` works on whole texts:
it splits both into lines, maps the draft's every character to UTF-16, lays every
revision out per block and splits both texts again for the block mapper (~5 ms of Python
at 50,000 words, more while Harper lints beside it). A keystroke changes a line or two,
so :class:`RedlineFollower` keeps, for each changed stretch of the last alignment
(:mod:`reviewdesk.core.diff_following`: lines ``i:bi`` of the original that became lines
``j:bj`` of the draft), its revisions and their layout in both panes. After an edit only
the stretches whose draft lines changed are diffed and laid out again; a stretch after
the edit keeps its layout (its draft blocks renumbered, its revisions moved, only when
the edit added lines or characters before it). What is left grows with the number of
revisions, not with the article: the revisions gathered into one tuple and the blocks
into two dicts, at C speed.

The result equals ``Redline.between`` over the same line alignment (a property test
checks it after random edits of every kind).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

from reviewdesk.core.diff import DiffOp
from reviewdesk.core.diff_following import FollowingDiff, stretches
from reviewdesk.core.lines import Lines, Splice
from reviewdesk.service.docmap import BlockSpans, DocMap
from reviewdesk.service.layout import KIND_DELETED, KIND_INSERTED, BlockMapper
from reviewdesk.service.redline import Redline


@dataclass(frozen=True, slots=True)
class _Stretch:
    """One changed stretch's revisions (absolute offsets, the first being revision number
    ``first`` of the redline) and their ranges per block in each pane."""

    j: int
    bj: int
    b_start: int
    first: int
    ops: tuple[DiffOp, ...]
    draft_blocks: dict[int, BlockSpans]
    original_blocks: dict[int, BlockSpans]

    def moved(self, j: int, bj: int, b_start: int, first: int) -> _Stretch:
        """This stretch with its draft lines starting at line ``j`` and offset ``b_start``
        and its first revision numbered ``first`` (the same text: only numbers change)."""
        if (j, b_start, first) == (self.j, self.b_start, self.first):
            return self
        ops = self.ops
        if b_start != self.b_start:
            d = b_start - self.b_start
            ops = tuple(
                DiffOp(op.tag, op.a_start, op.a_end, op.b_start + d, op.b_end + d) for op in ops
            )
        draft_blocks, original_blocks = self.draft_blocks, self.original_blocks
        if first != self.first:
            draft_blocks = _renumbered(draft_blocks, first - self.first)
            original_blocks = _renumbered(original_blocks, first - self.first)
        if j != self.j:
            draft_blocks = {k + j - self.j: spans for k, spans in draft_blocks.items()}
        return _Stretch(j, bj, b_start, first, ops, draft_blocks, original_blocks)


def _renumbered(blocks: dict[int, BlockSpans], by: int) -> dict[int, BlockSpans]:
    """``blocks`` with every range's revision number moved ``by``."""
    return {
        k: BlockSpans(spans.text, tuple((s, e, kind, ref + by) for s, e, kind, ref in spans.ranges))
        for k, spans in blocks.items()
    }


class RedlineFollower:
    """The redline of successive drafts against one original (not thread-safe)."""

    def __init__(self) -> None:
        self._differ = FollowingDiff()
        self._original: Lines | None = None
        self._original_map: DocMap | None = None
        self._stretches: dict[tuple[int, int], _Stretch] = {}  # by original lines (i, bi)

    def redline(self, original: str, draft: Lines) -> Redline:
        """The redline from ``original`` to the draft split into ``draft``."""
        if self._original is None or original is not self._original.text:
            if self._original is None or original != self._original.text:
                self._original = Lines.of(original)
                self._original_map = DocMap(original)  # once: the original rarely changes
                self._stretches = {}
            original = self._original.text
        assert self._original_map is not None
        keys_a, starts_a = self._differ.keys_of(original, self._original)
        keys_b = draft.lines.copy()  # core.diff.line_keys: the last line's key ends in "\n"
        keys_b[-1] += "\n"
        blocks, splice = self._differ.align(original, keys_a, keys_b)
        text, starts_b, end_b = draft.text, draft.starts, len(draft.text)
        old = self._stretches if splice is not None else {}
        kept: dict[tuple[int, int], _Stretch] = {}
        first = 0
        for i, bi, j, bj in stretches(blocks, len(keys_a), len(keys_b)):
            b1, b2 = min(starts_b[j], end_b), min(starts_b[bj], end_b)
            was = old.get((i, bi))
            if was is not None and splice is not None and _same_lines(was, j, bj, splice):
                stretch = was.moved(j, bj, b1, first)
            else:
                found = self._differ.stretch(original, text, starts_a[i], starts_a[bi], b1, b2)
                stretch = self._laid_out(tuple(found), j, bj, text[b1:b2], b1, first)
            kept[i, bi] = stretch
            first += len(stretch.ops)
        self._stretches = kept
        ops = tuple(chain.from_iterable(s.ops for s in kept.values()))
        draft_blocks: dict[int, BlockSpans] = {}
        original_blocks: dict[int, BlockSpans] = {}
        for s in kept.values():
            draft_blocks.update(s.draft_blocks)
            original_blocks.update(s.original_blocks)
        return Redline(
            ops=ops,
            draft_blocks=draft_blocks,
            original_blocks=original_blocks,
            mapper=BlockMapper.of_lines(self._original, draft, ops),
        )

    def _laid_out(
        self, ops: tuple[DiffOp, ...], j: int, bj: int, b_text: str, b_start: int, first: int
    ) -> _Stretch:
        """A stretch's revisions laid out per block: in the draft over the stretch's own
        lines (``b_text``, starting at line ``j`` and offset ``b_start``), in the original
        by its map, kept for as long as it lasts."""
        assert self._original_map is not None
        draft_spans = [
            (op.b_start - b_start, op.b_end - b_start, KIND_INSERTED, first + n)
            for n, op in enumerate(ops)
            if op.b_end > op.b_start
        ]
        original_spans = [
            (op.a_start, op.a_end, KIND_DELETED, first + n)
            for n, op in enumerate(ops)
            if op.a_end > op.a_start
        ]
        local = DocMap(b_text).layout(draft_spans) if draft_spans else {}
        return _Stretch(
            j=j,
            bj=bj,
            b_start=b_start,
            first=first,
            ops=ops,
            draft_blocks={j + k: spans for k, spans in local.items()},
            original_blocks=self._original_map.layout(original_spans) if original_spans else {},
        )


def _same_lines(was: _Stretch, j: int, bj: int, splice: Splice) -> bool:
    """Whether a stretch of the last draft, now at draft lines ``j:bj``, holds the same
    text: its lines were all before the edited ones, or all after them."""
    before = was.bj <= splice.start and (j, bj) == (was.j, was.bj)
    after = was.j >= splice.old_end and (j, bj) == (was.j + splice.shift, was.bj + splice.shift)
    return before or after
