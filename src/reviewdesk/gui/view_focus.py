"""Telling the checker which paragraphs each pane shows, as the editor scrolls.

A huge article is checked the paragraphs in view first (:mod:`reviewdesk.service.priority`);
this writes the blocks on screen to the checker's :class:`~reviewdesk.service.focus.FocusBoard`
whenever a pane scrolls, is resized or gets new text. It only reads the editor's layout
(two look-ups), so it costs the UI thread nothing worth measuring.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QPlainTextEdit

from reviewdesk.service.focus import FocusBoard

log = logging.getLogger(__name__)


class ViewFocus(QObject):
    """Follows the panes' scrolling and writes the lines in view to ``board``."""

    def __init__(self, board: FocusBoard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self._panes: dict[QObject, tuple[str, QPlainTextEdit]] = {}

    def watch(self, pane: str, editor: QPlainTextEdit) -> None:
        """Report what ``editor`` (showing ``pane``) has in view, now and as it moves."""
        self._panes[editor.viewport()] = (pane, editor)
        editor.verticalScrollBar().valueChanged.connect(lambda _v: self.update(pane, editor))
        editor.blockCountChanged.connect(lambda _n: self.update(pane, editor))
        editor.viewport().installEventFilter(self)
        self.update(pane, editor)

    def update(self, pane: str, editor: QPlainTextEdit) -> None:
        """Write the blocks ``editor`` shows now."""
        first = editor.firstVisibleBlock().blockNumber()
        bottom = QPoint(0, max(0, editor.viewport().height() - 1))
        last = editor.cursorForPosition(bottom).blockNumber()
        self.board.set(pane, first, max(first, last))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched in self._panes:
            self.update(*self._panes[watched])
        return False
