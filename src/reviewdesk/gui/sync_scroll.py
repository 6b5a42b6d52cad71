"""Keeping the two panes in step, paragraph by paragraph, through the diff.

Whether the user wants the panes in step (View ▸ Keep panes in step) and whether the
window pauses the syncing for a moment (while it scrolls both panes to an issue itself)
are separate: a pause never turns the user's choice back on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit

from reviewdesk.service.layout import BlockMapper


class ScrollSync(QObject):
    """Scrolling one pane scrolls the other to the corresponding paragraph."""

    def __init__(self, original: QPlainTextEdit, draft: QPlainTextEdit) -> None:
        super().__init__(draft)
        self.original = original
        self.draft = draft
        self.mapper: BlockMapper | None = None
        self.wanted = True  # the user's choice
        self._paused = 0
        self._syncing = False
        original.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(from_draft=False))
        draft.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(from_draft=True))

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Scroll the panes independently inside the block (nests)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def _follow(self, *, from_draft: bool) -> None:
        if self._syncing or self._paused or not self.wanted:
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
