"""The window's side of saving: hands snapshots to the library writer, shows the truth.

:class:`Saving` owns a :class:`~reviewdesk.desk.saving.LibraryWriter` and turns its
reports (sent from the writer's thread) into signals on the UI thread. It knows whether
the open article's draft on screen is in the library, and the status bar's save label
says so: "Saved 10:42", "Saving…", or in red "Not saved: the disk is full (trying
again)". Nothing here waits for the disk, except :meth:`settle`, which the window
calls when it closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QObject, Signal, Slot
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from reviewdesk.desk.saving import (
    WRITER_BUSY_TIMEOUT_S,
    DraftSnapshot,
    LibraryWriter,
    Operation,
    Outcome,
    WriteReport,
)
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.store import Library

log = logging.getLogger(__name__)

NOT_SAVED_STYLE = "color: #b71c1c;"
LABEL_TIP = QT_TRANSLATE_NOOP("Saving", "Whether the draft on screen is saved in the library")


class Saving(QObject):
    """Saving for one window; see the module's docstring."""

    reported = Signal(object)  # a WriteReport, on the UI thread
    state_changed = Signal()

    def __init__(
        self,
        library_path: Path,
        parent: QObject | None = None,
        *,
        open_library: Callable[[], Library] | None = None,
    ) -> None:
        super().__init__(parent)
        opener = open_library or (lambda: Library(library_path, busy_timeout=WRITER_BUSY_TIMEOUT_S))
        self._relay = _Relay()
        self._relay.arrived.connect(self._on_report)
        self.writer = LibraryWriter(opener, self._relay.arrived.emit)
        self.writer.start()
        self.article_id: int | None = None
        self.on_screen = ""  # the text last handed to the writer
        self.saved_text: str | None = None  # the text the library has, as far as we know
        self.problem = ""  # why the draft is not saved, while it is not
        self.saved_at = ""
        self.label = QLabel("")
        self.label.setObjectName("saveLabel")
        self.label.setToolTip(translate("Saving", LABEL_TIP))

    # -- the open article ---------------------------------------------------------------

    def opened(self, article_id: int, text: str, revision: int, *, claim: bool) -> None:
        """An article was opened (its stored draft is ``text``)."""
        self.article_id = article_id
        self.on_screen = self.saved_text = text
        self.problem = ""
        self.saved_at = ""
        self.writer.opened(article_id, revision, claim=claim)
        self._show()

    def closed(self) -> None:
        """The open article was closed (after its last draft was handed over)."""
        if self.article_id is not None:
            self.writer.closed(self.article_id)
        self.article_id = None
        self.on_screen = ""
        self.saved_text = None
        self._show()

    def save(self, draft: DraftSnapshot, *, urgent: bool = False) -> None:
        """Hand a snapshot of the draft to the writer (returns at once)."""
        self.on_screen = draft.text
        self.writer.save_draft(draft, urgent=urgent)
        self._show()

    def submit(self, op: Operation, what: str) -> None:
        """Write something else (a note, a decision) after what is already waiting."""
        self.writer.submit(op, what)

    @property
    def is_saved(self) -> bool:
        """Whether the library has the draft as last handed over."""
        return self.article_id is None or self.saved_text == self.on_screen

    def settle(self, timeout_s: float) -> bool:
        """Wait (keeping the window painted) until everything handed over is written, for
        up to ``timeout_s``; whether it all was."""
        timer = QElapsedTimer()
        timer.start()
        hurry = True  # a failed write is tried again at once, then at its own pace
        while True:
            if self.writer.idle:
                # the reports, and whatever they (or a timer) hand over meanwhile, e.g. the
                # issue count after a check: idle only when nothing new came
                QCoreApplication.sendPostedEvents(self._relay)
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
                if self.writer.idle:
                    break
            if timer.elapsed() >= timeout_s * 1000:
                break
            self.writer.wait_idle(0.05, hurry=hurry)
            hurry = False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return self.writer.idle and not self.writer.unsaved_drafts()

    def unsaved(self) -> list[DraftSnapshot]:
        """Drafts the library does not have (waiting, or given up on)."""
        return self.writer.unsaved_drafts()

    def shutdown(self, timeout_s: float = 5.0) -> bool:
        """Stop the writer (after writing what it can); whether everything was written."""
        return self.writer.close(timeout_s)

    # -- reports --------------------------------------------------------------------------

    @Slot(object)
    def _on_report(self, report: WriteReport) -> None:
        if report.is_draft and report.article_id == self.article_id:
            if report.outcome is Outcome.SAVED:
                self.saved_text = report.text
                self.problem = ""
                if report.saved_at is not None:
                    self.saved_at = report.saved_at.strftime("%H:%M")
            else:
                self.problem = report.message
        elif report.outcome in (Outcome.RETRYING, Outcome.FAILED):
            self.problem = report.message
        elif report.outcome is Outcome.SAVED and not report.is_draft and self.is_saved:
            self.problem = ""  # a note or a decision got through, and the draft is in
        self._show()
        self.reported.emit(report)

    def _show(self) -> None:
        if not isValid(self.label):  # the window is gone; a late report has nothing to show
            return
        if self.article_id is None:
            text, tip, style = "", "", ""
        elif self.problem and not self.is_saved:
            text = translate("Saving", "Not saved")
            tip = translate("Saving", "{problem}. Your work stays in the window.").format(
                problem=self.problem
            )
            style = NOT_SAVED_STYLE
        elif self.problem:
            text, tip, style = translate("Saving", "Not saved"), self.problem, NOT_SAVED_STYLE
        elif not self.is_saved:
            text = translate("Saving", "Saving…")
            tip, style = translate("Saving", "The draft is being written to the library"), ""
        else:
            text = (
                translate("Saving", "Saved {time}").format(time=self.saved_at)
                if self.saved_at
                else translate("Saving", "Saved")
            )
            tip, style = translate("Saving", "The library has the draft as shown"), ""
        self.label.setText(text)
        self.label.setToolTip(tip or translate("Saving", LABEL_TIP))
        self.label.setStyleSheet(style)
        self.state_changed.emit()


class _Relay(QObject):
    """Carries reports from the writer's thread to the UI thread (a queued signal)."""

    arrived = Signal(object)
