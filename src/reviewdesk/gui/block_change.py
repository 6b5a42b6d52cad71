"""Which blocks one ``QTextDocument.contentsChange`` touched, before and after it.

The live word count, the pane's text mirror and the highlighter's layers all keep one
entry per block and replace, on each edit, only the entries of the blocks the edit
touched. Qt reports a
change as a position and the characters removed and added; the blocks are read from
the document as it is after the change, and the block count's difference says how
many entries the old list held for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtGui import QTextBlock, QTextDocument

T = TypeVar("T")


@dataclass(frozen=True)
class BlockRange:
    """Entries ``start .. old_last`` of the kept list became blocks ``start .. new_last``
    (``first`` and ``last`` are those blocks)."""

    first: QTextBlock
    last: QTextBlock
    start: int
    old_last: int
    new_last: int

    def fresh(self, read: Callable[[QTextBlock], T]) -> list[T]:
        """``read(block)`` for each block the change left, in order."""
        out = []
        block = self.first
        for _ in range(self.new_last - self.start + 1):
            out.append(read(block))
            block = block.next()
        return out


def block_change(document: QTextDocument, position: int, added: int, kept: int) -> BlockRange:
    """The blocks a change at ``position`` that added ``added`` characters touched, for
    a list of ``kept`` entries that followed the document until this change."""
    shift = document.blockCount() - kept
    first = document.findBlock(position)
    last = document.findBlock(position + added)
    if not last.isValid():
        last = document.lastBlock()
    if not first.isValid():
        first = last
    start, new_last = first.blockNumber(), last.blockNumber()
    return BlockRange(first, last, start, new_last - shift, new_last)
