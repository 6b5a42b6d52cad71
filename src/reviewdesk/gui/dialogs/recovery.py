"""When the library cannot be used: say why in plain words, and offer the ways on.

The choices are the ones ``reviewdesk library …`` offers (:mod:`reviewdesk.desk.
library_care`): open the newest good backup, recover what can be read, start empty, or
quit. Whatever is chosen, the damaged file is never written to; it is kept, unchanged,
beside the new library. The work runs on a job thread behind a progress dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.desk.library_care import (
    Choice,
    Outcome,
    carry_out,
    choices,
    kept_aside_note,
)
from reviewdesk.gui.dialogs.jobs import Job, Jobs, run_with_progress
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.store import DamagedLibraryError, Library, StoreError

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("RecoveryDialog", "The library cannot be opened")


class RecoveryDialog(QDialog):
    """Explains what is wrong with the library and carries out the editor's choice.

    After it closes, :attr:`outcome` says what was done (None: the editor quit)."""

    def __init__(self, error: DamagedLibraryError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryRecovery")
        self.setWindowTitle(translate("RecoveryDialog", TITLE))
        self.error = error
        self.outcome: Outcome | None = None
        self.jobs = Jobs(self)
        self.message = QLabel(f"<b>{_escape(str(error))}.</b>")
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.note = QLabel(
            translate("RecoveryDialog", "{note} What would you like to do?").format(
                note=kept_aside_note(error.path)
            )
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for choice in choices(error.path):
            button = QCommandLinkButton(choice.label, choice.explanation)
            button.setObjectName(f"recovery-{choice.key}")
            button.setToolTip(choice.explanation)
            button.setEnabled(choice.available)
            button.clicked.connect(lambda _c=False, c=choice: self.choose(c))
            layout.addWidget(button)
            self.buttons[choice.key] = button
        self.quit_button = QPushButton(translate("RecoveryDialog", "&Quit"))
        self.quit_button.setObjectName("recoveryQuit")
        self.quit_button.setToolTip(
            translate("RecoveryDialog", "Leave everything as it is and close reviewdesk")
        )
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(self.quit_button)
        self.resize(620, self.sizeHint().height())

    def choose(self, choice: Choice, to: Path | None = None) -> Job | None:
        """Carry out ``choice`` on a job thread (a folder needs a new file: ``to``)."""
        if self.error.kind == "folder" and to is None:
            to = self._ask_new_file()
            if to is None:
                return None
        for button in self.buttons.values():
            button.setEnabled(False)

        def work(job: Job) -> Outcome:
            return carry_out(choice.key, self.error.path, to=to, progress=lambda _m: None)

        job = run_with_progress(
            self, self.jobs, choice.label, f"{choice.label}…", work, self._done, self._failed
        )
        return job

    def _ask_new_file(self) -> Path | None:
        suggested = self.error.path.parent / f"{self.error.path.name}-library.sqlite"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("RecoveryDialog", "New library file"),
            str(suggested),
            translate("RecoveryDialog", "reviewdesk library (*.sqlite)"),
        )
        return Path(name) if name else None

    def _done(self, result: object) -> None:
        assert isinstance(result, Outcome)
        self.outcome = result
        self.accept()

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, translate("RecoveryDialog", TITLE), message)
        for key, button in self.buttons.items():
            button.setEnabled(key != "restore-backup" or _has_backup(self.error.path))

    def done(self, result: int) -> None:
        """Close (waiting for work still running)."""
        self.jobs.cancel_all()
        super().done(result)


def _has_backup(path: Path) -> bool:
    return any(c.available for c in choices(path) if c.key == "restore-backup")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def recover_library(error: DamagedLibraryError, parent: QWidget | None = None) -> Library | None:
    """Ask what to do about a damaged library; the library to use, or None to quit."""
    dialog = RecoveryDialog(error, parent)
    try:
        dialog.exec()
        outcome = dialog.outcome
    finally:
        dialog.deleteLater()
    if outcome is None:
        return None
    try:
        library = Library(outcome.library)
    except StoreError as exc:
        QMessageBox.critical(
            parent,
            translate("RecoveryDialog", TITLE),
            translate("recovery", "The new library cannot be opened either: {error}").format(
                error=exc
            ),
        )
        return None
    extra = ""
    if outcome.library != error.path:
        extra = translate(
            "RecoveryDialog", "\n\nTo use it next time, start reviewdesk with --library {path}"
        ).format(path=outcome.library)
    QMessageBox.information(
        parent, translate("recovery", "Library"), outcome.summary() + "." + extra
    )
    return library
