"""Autosave: save a short while after the last change, and on demand (close, switch)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500


class Autosaver(QObject):
    """Calls ``save`` ``delay_ms`` after the last :meth:`touch`, or at once on :meth:`flush`."""

    def __init__(
        self,
        save: Callable[[], None],
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        """Whether there are changes not saved yet."""
        return self._dirty

    def touch(self) -> None:
        """Something changed: (re)start the countdown."""
        self._dirty = True
        self.timer.start()

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self.timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        try:
            self._save()
        except Exception:
            self._dirty = True  # try again on the next change or flush
            raise

    def discard(self) -> None:
        """Forget pending changes without saving (the article was closed otherwise)."""
        self.timer.stop()
        self._dirty = False
