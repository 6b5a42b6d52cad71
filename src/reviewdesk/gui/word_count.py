"""The draft's word count, kept live as the editor types.

Counting a 50,000-word draft afresh on every keystroke would cost the UI thread tens of
milliseconds; instead the count of each paragraph is kept, and an edit recounts only the
paragraphs it touched (a keystroke: one). Words never span paragraphs, so the sum of
the paragraphs' counts is the draft's count (a test checks it against counting afresh).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QTextDocument

from reviewdesk.core.text import word_count
from reviewdesk.gui.block_change import block_change
from reviewdesk.gui.pane_text import document_text


class WordCounter(QObject):
    """Words in a QTextDocument, per paragraph and in all; ``changed(total)`` on a change."""

    changed = Signal(int)

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._counts: list[int] = []
        self.total = 0
        document.contentsChange.connect(self._on_change)
        self.recount()

    def recount(self) -> int:
        """Count every paragraph again (a new text was loaded); the total."""
        lines = document_text(self.document).split("\n")  # one Python call, not one per block
        if len(lines) != self.document.blockCount():  # a line separator inside a paragraph
            lines = []
            block = self.document.firstBlock()
            while block.isValid():
                lines.append(block.text())
                block = block.next()
        self._counts = [word_count(line) for line in lines]
        counts = self._counts
        self._set_total(sum(counts))
        return self.total

    @Slot(int, int, int)
    def _on_change(self, position: int, _removed: int, added: int) -> None:
        change = block_change(self.document, position, added, len(self._counts))
        start, old_last = change.start, change.old_last
        if start < 0 or old_last < start - 1 or old_last >= len(self._counts):
            self.recount()  # reported oddly (a whole new text): count it all
            return
        fresh = change.fresh(lambda block: word_count(block.text()))
        gone = self._counts[start : old_last + 1]
        self._counts[start : old_last + 1] = fresh
        self._set_total(self.total - sum(gone) + sum(fresh))

    def _set_total(self, total: int) -> None:
        changed = total != self.total
        self.total = total
        if changed:
            self.changed.emit(total)
