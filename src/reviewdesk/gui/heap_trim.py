"""Giving the window's free heap pages back once a long article's results are in.

Putting a long article's results on screen frees much of what it allocates (the results
as received, the layers they replace, the issues panel's old rows); glibc keeps those
pages for later. Once the window has had no new result for a moment after a check of a
long article, ``malloc_trim`` returns them, on a thread of its own: for a heap of a
hundred MB or more it takes milliseconds the UI thread should not spend.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer

from reviewdesk.core import memory
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.panes import PANES

log = logging.getLogger(__name__)

LONG_CHARS = 60_000  # an article this long (in either pane) leaves pages worth returning
IDLE_MS = 2_000  # after its last result, this long without another


class HeapTrim(QObject):
    """Trims the window's heap once it is idle after a long article's results."""

    def __init__(self, session: ReviewSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self._trim)
        session.checked.connect(self._on_checked)

    def _on_checked(self, _pane: str) -> None:
        long_article = any(
            self._session.editor(pane).document().characterCount() >= LONG_CHARS for pane in PANES
        )
        if long_article:
            self._timer.start()  # again: from the last of the results

    def _trim(self) -> None:
        def run() -> None:
            log.debug("window heap trimmed after a long article: %s", memory.release_free_pages())

        threading.Thread(target=run, name="heap-trim", daemon=True).start()
