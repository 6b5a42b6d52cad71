"""Which paragraphs of each pane are in view: written by the window, read by the checker.

A huge article is checked the paragraphs in view first (:mod:`reviewdesk.service.priority`).
The window's UI thread writes here as the editor scrolls; the check thread reads it between
slices (and, for the checker process, sends it on as a
:class:`~reviewdesk.service.messages.Focus` message). Lines are the text's ``\\n``-separated
lines, which are a QTextDocument's blocks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

View = tuple[int, int]  # first and last line in view (inclusive)
# what a check asks: the lines of this pane in view now, or None (not known)
FocusOf = Callable[[str], View | None]


class FocusBoard:
    """The lines in view per pane; safe to write from one thread and read from another."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._views: dict[str, View] = {}

    def set(self, pane: str, first: int, last: int) -> None:
        """The pane now shows lines ``first`` to ``last``."""
        with self._lock:
            self._views[pane] = (max(0, first), max(first, last))

    def get(self, pane: str) -> View | None:
        """The lines the pane shows, if the window has said."""
        with self._lock:
            return self._views.get(pane)

    def clear(self) -> None:
        """Nothing is in view (the article closed)."""
        with self._lock:
            self._views.clear()
