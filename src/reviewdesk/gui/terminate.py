"""SIGTERM closes the window as Ctrl+Q does.

A logout, ``kill PID`` or a service manager asks a process to end with SIGTERM. Python's
default ends it on the spot, so the next start said the draft was "recovered" after a
crash (nothing was lost: autosave had written it). Here the signal closes the main window
instead: the draft and notes are saved, the article is released and the checker stops,
and when the library cannot take the work the usual question is asked, as on quitting.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop
may sleep in C++ for a long while; :func:`signal.set_wakeup_fd` writes to a socket that
the event loop watches, which wakes it, so the handler runs at once without polling.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)


class CloseOnTerminate(QObject):
    """While it lives, SIGTERM calls ``close`` on the event loop's thread."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._previous = signal.signal(signal.SIGTERM, self._on_signal)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        """Empty the wake-up socket (the handler itself has run by now)."""
        try:
            while self._read.recv(64):
                pass
        except OSError:
            pass  # nothing more to read

    def _on_signal(self, signum: int, frame: object) -> None:
        log.info("Asked to end (signal %d): closing the window as on quitting", signum)
        QTimer.singleShot(0, self._close)

    def stop(self) -> None:
        """Give SIGTERM back its previous handler and close the socket."""
        self._notifier.setEnabled(False)
        self._notifier.deleteLater()
        signal.signal(signal.SIGTERM, self._previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()
