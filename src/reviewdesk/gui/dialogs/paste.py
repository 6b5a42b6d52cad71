"""File ▸ Paste as new article: the clipboard's text (or text typed in) becomes an article."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.models import LANGUAGES, Article
from reviewdesk.core.text import normalize_newlines
from reviewdesk.desk.context import default_language
from reviewdesk.formats.text_import import plain_title
from reviewdesk.gui.dialect_names import dialect_label
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.written_wait import Writes, Written, busy_in_dialog, busy_label
from reviewdesk.store import Library

log = logging.getLogger(__name__)

UNTITLED = QT_TRANSLATE_NOOP("PasteDialog", "Pasted article")
SOURCE_FORMAT = "paste"


class PasteDialog(QDialog):
    """A title, a dialect and the article's text (pre-filled from the clipboard)."""

    def __init__(
        self,
        library: Library,
        text: str = "",
        parent: QWidget | None = None,
        writes: Writes | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pasteDialog")
        self.setWindowTitle(translate("PasteDialog", "Paste as new article"))
        self.resize(680, 520)
        self.library = library
        self.writes = writes or Writes(library)  # the window's: off the UI thread
        self.busy_label = busy_label("pasteBusy")
        self.writing = False  # the article is on its way to the library
        self.article: Article | None = None
        text = normalize_newlines(text or "")
        self.title_edit = QLineEdit(plain_title(text, "") if text.strip() else "")
        self.title_edit.setObjectName("pasteTitle")
        self.title_edit.setPlaceholderText(translate("PasteDialog", UNTITLED))
        self.title_edit.setToolTip(translate("PasteDialog", "The article's title in the library"))
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(dialect_label(code), code)
        self.language_combo.setToolTip(translate("PasteDialog", "The article's dialect"))
        default = default_language(library)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(default)))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("pasteText")
        self.text_edit.setPlaceholderText(
            translate("PasteDialog", "Paste the article's text here (Ctrl+V)")
        )
        self.text_edit.setToolTip(
            translate("PasteDialog", "The article's text, exactly as it will be reviewed")
        )
        self.text_edit.setPlainText(text)
        self.text_edit.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(translate("PasteDialog", "&Title:"), self.title_edit)
        form.addRow(translate("PasteDialog", "&Dialect:"), self.language_combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(
            translate("PasteDialog", "&Create article"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setToolTip(
            translate("PasteDialog", "Add the article to the library and open it")
        )
        self.buttons.accepted.connect(lambda: self.create_article())
        self.buttons.rejected.connect(self.reject)
        label = QLabel(translate("PasteDialog", "Te&xt:"))
        label.setBuddy(self.text_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._update)
        self._update()
        (self.title_edit if text.strip() else self.text_edit).setFocus()

    def _update(self) -> None:
        has_text = bool(self.text_edit.toPlainText().strip())
        self.create_button.setEnabled(has_text)

    def create_article(self) -> Article | None:
        """Hand the article to the library writer; the dialog closes once it is stored,
        with :attr:`article` set (returned too when that was at once). None when there
        is no text, or while the write waits for the library."""
        text = normalize_newlines(self.text_edit.toPlainText())
        if not text.strip():
            QMessageBox.warning(
                self,
                translate("PasteDialog", "Paste as new article"),
                translate("PasteDialog", "There is no text to review."),
            )
            return None
        title = self.title_edit.text().strip() or plain_title(
            text, translate("PasteDialog", UNTITLED)
        )
        article = Article(
            id=None,
            title=title,
            original=text,
            draft=text,
            language=str(self.language_combo.currentData()),
            source_format=SOURCE_FORMAT,
        )
        what = translate("PasteDialog", "the new article")
        busy = busy_in_dialog(self.busy_label, self.buttons, self.text_edit, self.title_edit)
        self.writing = True
        self.writes.run(
            lambda library: library.add_article(article),
            what,
            lambda done: self._created(done, what),
            busy,
            self,
        )
        return self.article

    def done(self, result: int) -> None:
        """Close, but not while the article is on its way in (Esc then waits for it)."""
        if not self.writing:
            super().done(result)

    def _created(self, done: Written[Article], what: str) -> None:
        self.writing = False
        if not done.landed or done.value is None:
            QMessageBox.warning(
                self,
                translate("PasteDialog", "Cannot create the article"),
                done.message(what, self.writes.timeout_s),
            )
            if done.pending:
                self.reject()  # on its way: it is in the library once the lock is let go
            return
        self.article = done.value
        log.info("pasted article %s (%d characters)", self.article.id, len(self.article.draft))
        self.accept()


def paste_new_article(
    parent: QWidget | None, library: Library, clipboard_text: str, writes: Writes | None = None
) -> Article | None:
    """Show the paste dialog; the new article (stored in the library), or None."""
    dialog = PasteDialog(library, clipboard_text, parent, writes)
    try:
        dialog.exec()
        return dialog.article
    finally:
        dialog.deleteLater()
