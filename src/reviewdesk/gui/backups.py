"""Daily backups while the app runs, off the UI thread.

A :class:`BackupClock` looks soon after start and then every hour whether today's backup
is still to be taken (:func:`reviewdesk.desk.library_care.backup_if_due`); if so it is
taken on a worker thread with its own SQLite connection (in WAL mode the window keeps
writing meanwhile). A failure is reported once per day through :attr:`failed`.
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from reviewdesk.desk.library_care import backup_if_due
from reviewdesk.gui.i18n import translate
from reviewdesk.store import StoreError

log = logging.getLogger(__name__)

FIRST_LOOK_MS = 20_000  # after start: the window and the first check come first
INTERVAL_MS = 3_600_000


class BackupClock(QObject):
    """Takes the library's daily backup; ``taken(path)`` / ``failed(message)`` say how it
    went (emitted on the UI thread)."""

    taken = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        library_path: Path,
        parent: QObject | None = None,
        *,
        first_look_ms: int = FIRST_LOOK_MS,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self._thread: threading.Thread | None = None
        self._reported: date | None = None
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_look_ms)
        self._first.timeout.connect(self.look)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.look)

    def start(self) -> None:
        """Look soon, then every interval."""
        self._first.start()
        self._timer.start()

    def stop(self) -> None:
        """Stop looking and wait for a backup in progress to finish."""
        self._first.stop()
        self._timer.stop()
        if self._thread is not None:
            self._thread.join()

    @property
    def busy(self) -> bool:
        """Whether a backup is being taken."""
        return self._thread is not None and self._thread.is_alive()

    def look(self) -> None:
        """Take today's backup on a worker thread if it is due (and none is running)."""
        if self.busy:
            return
        self._thread = threading.Thread(target=self._work, name="reviewdesk-backup", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        try:
            path = backup_if_due(self.library_path)
        except StoreError as exc:
            log.warning("daily backup failed: %s", exc)
            today = date.today()
            if self._reported != today:
                self._reported = today
                self.failed.emit(
                    translate(
                        "BackupClock", "Today's backup of the library failed: {error}"
                    ).format(error=exc)
                )
            return
        except Exception:  # never let a backup problem take the app down
            log.exception("daily backup failed")
            return
        if path is not None:
            self.taken.emit(str(path))
