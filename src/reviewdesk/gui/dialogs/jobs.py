"""Slow work off the UI thread: a :class:`Job` thread, and a progress dialog with Cancel.

A job runs ``work(job)`` on its own QThread. The work reports progress with
:meth:`Job.report` and polls :meth:`Job.is_cancelled` (or passes them on as the
``progress`` / ``cancelled`` callbacks the core functions take). The outcome arrives on
the UI thread as exactly one of ``succeeded(result)``, ``failed(message)`` or
``cancelled()``; the message is plain text for a message box, never a traceback.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reviewdesk.core.checker import Cancelled
from reviewdesk.gui.i18n import translate

log = logging.getLogger(__name__)

Work = Callable[["Job"], object]

_REPORT_INTERVAL = 0.05  # seconds between progress signals


def plain_message(exc: BaseException) -> str:
    """What to tell the user about ``exc``: its own plain message, never a traceback."""
    if isinstance(exc, OSError) and exc.strerror:
        text = str(exc.strerror) + (f": {exc.filename}" if exc.filename else "")
    else:
        text = str(exc).strip()
    if not text:
        return translate("Jobs", "Something went wrong ({error})").format(error=type(exc).__name__)
    return text[:1].upper() + text[1:]


class Job(QThread):
    """One piece of slow work on its own thread. Start it with :meth:`start`."""

    progressed = Signal(int, int)  # done, total (total 0: unknown)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._last_report = 0.0

    def cancel(self) -> None:
        """Ask the work to stop (it stops at its next check)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """Whether :meth:`cancel` was called (safe from any thread)."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Report progress from the work (throttled; the last step always goes through)."""
        now = time.monotonic()
        if (total and done >= total) or now - self._last_report >= _REPORT_INTERVAL:
            self._last_report = now
            self.progressed.emit(int(done), int(total))

    def run(self) -> None:
        """Run the work and emit its outcome (called on the job's thread)."""
        try:
            result = self._work(self)
        except Cancelled:
            self.cancelled.emit()
            return
        except Exception as exc:
            log.info("background job failed: %r", exc, exc_info=log.isEnabledFor(logging.DEBUG))
            if self.is_cancelled():
                self.cancelled.emit()
            else:
                self.failed.emit(plain_message(exc))
            return
        if self.is_cancelled():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)


class Jobs(QObject):
    """The jobs a dialog started: kept alive until they end, cancelled when it closes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: list[Job] = []

    def start(self, job: Job) -> Job:
        """Start ``job`` and keep it until it has finished."""
        self._running.append(job)
        if job.parent() is None:
            job.setParent(self)
        job.finished.connect(self._forget)  # a slot: no closure holding the job
        job.start()
        return job

    @Slot()
    def _forget(self) -> None:
        """A job ended: stop tracking it. It is freed with its parent (the dialog's
        :class:`Jobs`), never by ``deleteLater`` here: deleting a just-finished Job
        crashed PySide now and then (a segfault in ``~QObject``, about 1 run in 15 of the
        encoding dialog's test; none in 80 runs without it)."""
        job = self.sender()
        if isinstance(job, Job) and job in self._running:
            job.wait()  # ``finished`` comes while the thread winds down: let it end
            self._running.remove(job)

    @property
    def busy(self) -> bool:
        """Whether a job is still running."""
        return any(job.isRunning() for job in self._running)

    def cancel_all(self) -> None:
        """Cancel every running job and wait for its thread to end."""
        for job in self._running:
            job.cancel()
        for job in list(self._running):
            job.wait()


def run_with_progress(
    parent: QWidget,
    jobs: Jobs,
    title: str,
    label: str,
    work: Work,
    on_success: Callable[[object], None],
    on_failure: Callable[[str], None] | None = None,
) -> Job:
    """Run ``work`` on a :class:`Job` behind a window-modal progress dialog with Cancel.

    Failures go to ``on_failure`` (default: a warning box titled ``title``); a cancelled
    job calls neither callback. Returns the started job.
    """
    dialog = QProgressDialog(label, translate("jobs", "Cancel"), 0, 0, parent)
    dialog.setObjectName("jobProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setToolTip(translate("jobs", "Cancel stops the work; nothing half-done is kept"))
    job = Job(work)

    def progressed(done: int, total: int) -> None:
        if total > 0:
            scale = max(1, total // 1_000_000)  # QProgressDialog takes ints up to 2**31
            dialog.setMaximum(total // scale)
            dialog.setValue(min(done, total) // scale)
        else:
            dialog.setMaximum(0)

    def failed(message: str) -> None:
        if on_failure is not None:
            on_failure(message)
        else:
            QMessageBox.warning(parent, title, message)

    job.progressed.connect(progressed)
    job.succeeded.connect(on_success)
    job.failed.connect(failed)
    dialog.canceled.connect(job.cancel)

    def close_dialog() -> None:
        dialog.blockSignals(True)  # closing a progress dialog would emit canceled()
        dialog.close()
        dialog.deleteLater()

    job.finished.connect(close_dialog)
    dialog.show()
    return jobs.start(job)
