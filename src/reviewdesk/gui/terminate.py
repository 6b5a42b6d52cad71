"""SIGTERM closes the window as Ctrl+Q does, and the process ends within a bound.

A logout, ``kill PID`` or a service manager asks a process to end with SIGTERM. Python's
default ends it on the spot, so the next start said the draft was "recovered" after a
crash (nothing was lost: autosave had written it). Here the signal closes the main window
instead: the draft and notes are saved, the article released and the checker stopped.
Nobody is there to answer a question, so none is asked.

A window that may not end on SIGTERM would be worse than one that ends at once, so the
process ends regardless :data:`GRACE_S` seconds after the signal, whatever the main
thread is doing. That is why the signal is watched by a thread of its own, through
:func:`signal.set_wakeup_fd`, rather than by a Python handler: a handler runs only when
the main thread gets back to the interpreter, which a stuck main thread never does.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

log = logging.getLogger(__name__)

GRACE_S = 15.0  # after SIGTERM, the longest the window may take to close before it ends


def _ignore(_signum: int, _frame: object) -> None:
    """The Python-level handler: the watching thread does the work."""


def _give_up() -> None:
    """The window did not close in time: end as if the signal had ended it. Nothing is
    logged here: a log line can block on a full pipe, and this must not."""
    os._exit(128 + signal.SIGTERM)


class CloseOnTerminate(QObject):
    """While it lives, SIGTERM calls ``close`` on the event loop's thread, then quits."""

    asked = Signal()

    def __init__(
        self,
        close: Callable[[], object],
        *,
        grace_s: float = GRACE_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._close = close
        self._grace_s = grace_s
        self._read, self._write = socket.socketpair()
        self._write.setblocking(False)  # the C handler must never block
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous = signal.signal(signal.SIGTERM, _ignore)
        self.asked.connect(self._on_asked, Qt.ConnectionType.QueuedConnection)
        self._watcher = threading.Thread(target=self._watch, name="sigterm-watch", daemon=True)
        self._watcher.start()

    def _watch(self) -> None:
        """Wait for SIGTERM's byte; then start the deadline and ask the window to close."""
        while True:
            try:
                data = self._read.recv(64)
            except OSError:
                return
            if not data:  # stop() closed the other end
                return
            if signal.SIGTERM in data:
                # the deadline first: logging may block (a full pipe), the deadline must not
                deadline = threading.Timer(self._grace_s, _give_up)
                deadline.daemon = True
                deadline.start()
                self.asked.emit()
                log.info("Asked to end (SIGTERM): closing the window as on quitting")
                return

    def _on_asked(self) -> None:
        self._close()
        app = QCoreApplication.instance()
        if app is not None:
            app.exit(0)  # also ends a dialog's loop, were one open

    def stop(self) -> None:
        """Give SIGTERM back its previous handler and stop watching."""
        signal.signal(signal.SIGTERM, self._previous)
        signal.set_wakeup_fd(self._previous_fd)
        with contextlib.suppress(OSError):
            self._write.shutdown(socket.SHUT_RDWR)
        self._write.close()
        self._watcher.join(timeout=1.0)
        self._read.close()
