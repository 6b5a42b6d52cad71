"""Qt-free pieces of the checking layout: highlighter kinds and block mapping.

They are used both on the GUI side and in the checker process, which does not load Qt.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from reviewdesk.core.diff import DiffOp
from reviewdesk.core.lines import Lines
from reviewdesk.core.models import Category

# Highlighter kinds: "cat:<category>", "ins", "del", "note", "note-resolved".
KIND_INSERTED = "ins"
KIND_DELETED = "del"
KIND_NOTE = "note"
KIND_NOTE_RESOLVED = "note-resolved"


def kind_for(category: Category | str) -> str:
    """The highlighter kind naming an issue category."""
    return f"cat:{category}"


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
        self._set(Lines.of(original), Lines.of(draft), ops)

    @classmethod
    def of_lines(cls, original: Lines, draft: Lines, ops: Sequence[DiffOp]) -> BlockMapper:
        """The mapper for texts already split (their lines are shared, not copied)."""
        mapper = cls.__new__(cls)
        mapper._set(original, draft, ops)
        return mapper

    def _set(self, original: Lines, draft: Lines, ops: Sequence[DiffOp]) -> None:
        self.ops = list(ops)
        # each text's line starts (past the last line's: its end), and its number of lines
        self._starts = {False: original.starts, True: draft.starts}
        self._counts = {False: len(original), True: len(draft)}

    def map_block(self, block: int, *, from_draft: bool) -> int:
        """The block of the other pane that corresponds to ``block``."""
        starts = self._starts[from_draft]
        block = max(0, min(block, self._counts[from_draft] - 1))
        pos = map_offset(self.ops, starts[block], from_draft=from_draft)
        other = self._starts[not from_draft]
        return max(0, bisect.bisect_right(other, pos, hi=self._counts[not from_draft]) - 1)

    def map_offset(self, pos: int, *, from_draft: bool) -> int:
        """Map a code-point offset to the other text."""
        return map_offset(self.ops, pos, from_draft=from_draft)
