"""Autosave: after a pause in typing, on a clock while typing goes on, and on demand.

A pause alone is not enough: a copy editor who types steadily never pauses for 1.5 s,
and a crash would then lose everything since the last pause. So the first unsaved
change also starts a deadline that later keystrokes do not push back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500
# The longest a change waits while typing never pauses: a kill loses at most ~1 s of work.
AUTOSAVE_DEADLINE_MS = 1000


class Autosaver(QObject):
    """Calls ``save`` ``delay_ms`` after the last :meth:`touch`, at most ``deadline_ms``
    after the first unsaved one, or at once on :meth:`flush`."""

    def __init__(
        self,
        save: Callable[[], None],
        delay_ms: int = AUTOSAVE_DELAY_MS,
        parent: QObject | None = None,
        deadline_ms: int = AUTOSAVE_DEADLINE_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(deadline_ms)
        self.deadline.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        """Whether there are changes not saved yet."""
        return self._dirty

    def touch(self) -> None:
        """Something changed: (re)start the countdown."""
        self._dirty = True
        self.timer.start()
        if not self.deadline.isActive():
            self.deadline.start()  # not restarted by later changes: the clock

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self.timer.stop()
        self.deadline.stop()
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
        self.deadline.stop()
        self._dirty = False
