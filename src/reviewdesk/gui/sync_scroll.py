"""Keeping the two panes in step, paragraph by paragraph, through the diff."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit

from reviewdesk.core.diff import DiffOp
from reviewdesk.core.text import split_paragraphs


def map_offset(ops: Sequence[DiffOp], pos: int, *, from_draft: bool) -> int:
    """Map a code-point offset of the draft to the original (or back).

    ``ops`` are the non-equal diff operations (original = a, draft = b), in order. Text
    outside them is unchanged, so it is found at the same offset shifted by the edits
    before it; an offset inside a changed passage maps into the corresponding passage.
    """
    delta = 0
    for op in ops:
        src_start, src_end = (op.b_start, op.b_end) if from_draft else (op.a_start, op.a_end)
        dst_start, dst_end = (op.a_start, op.a_end) if from_draft else (op.b_start, op.b_end)
        if pos < src_start:
            break
        if pos < src_end:
            return dst_start + min(pos - src_start, max(0, dst_end - dst_start))
        delta = dst_end - src_end
    return pos + delta


class BlockMapper:
    """Maps block (paragraph) numbers between the original and a draft snapshot."""

    def __init__(self, original: str, draft: str, ops: Sequence[DiffOp]) -> None:
        self.ops = list(ops)
        self._starts = {
            False: [p.start for p in split_paragraphs(original)],
            True: [p.start for p in split_paragraphs(draft)],
        }

    def map_block(self, block: int, *, from_draft: bool) -> int:
        """The block of the other pane that corresponds to ``block``."""
        starts = self._starts[from_draft]
        block = max(0, min(block, len(starts) - 1))
        pos = map_offset(self.ops, starts[block], from_draft=from_draft)
        other = self._starts[not from_draft]
        return max(0, bisect.bisect_right(other, pos) - 1)

    def map_offset(self, pos: int, *, from_draft: bool) -> int:
        """Map a code-point offset to the other text."""
        return map_offset(self.ops, pos, from_draft=from_draft)


class ScrollSync(QObject):
    """Scrolling one pane scrolls the other to the corresponding paragraph."""

    def __init__(self, original: QPlainTextEdit, draft: QPlainTextEdit) -> None:
        super().__init__(draft)
        self.original = original
        self.draft = draft
        self.mapper: BlockMapper | None = None
        self.enabled = True
        self._syncing = False
        original.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(from_draft=False))
        draft.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(from_draft=True))

    def _follow(self, *, from_draft: bool) -> None:
        if self._syncing or not self.enabled:
            return
        source, target = (self.draft, self.original) if from_draft else (self.original, self.draft)
        value = source.verticalScrollBar().value()
        top = source.document().findBlockByLineNumber(value)
        if not top.isValid():
            return
        inside = max(0, value - top.firstLineNumber())
        number = top.blockNumber()
        if self.mapper is not None:
            number = self.mapper.map_block(number, from_draft=from_draft)
        block = target.document().findBlockByNumber(number)
        if not block.isValid():
            block = target.document().lastBlock()
        lines = block.layout().lineCount() if block.layout() is not None else 1
        value = block.firstLineNumber() + min(inside, max(0, lines - 1))
        self._syncing = True
        try:
            target.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False
