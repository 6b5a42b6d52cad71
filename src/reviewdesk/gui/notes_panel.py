"""The notes panel (quote, note, state) and the small dialog to write a note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.models import Note
from reviewdesk.core.note_threads import threads
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.record_table import RecordTable, button_row

PASSAGE_SHARE = 0.4  # of the width the passage and the note share
MIN_COLUMN = 40
# the most of the table's width the authors' column takes with whole names; past it the
# names go to initials (as Word's comments show them), the tooltip keeps the whole name
AUTHOR_SHARE = 0.25
_CELL_PAD = 16  # a cell's margins around its text, both sides


def initials(name: str) -> str:
    """A name's initials: "Randy Bartels" as "RB", "Mary-Jo de la Cruz" as "MJdlC"; a
    name of one word is kept whole (one letter says nothing)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if len(words) < 2:
        return name
    return "".join(w[0] for w in words)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class NoteDialog(QDialog):
    """Write or edit a note on a quoted passage.

    Keys as in a form, not a word processor: Tab moves on to OK (a note never needs a tab
    character), Ctrl+Return saves from inside the text, and Esc asks before it throws
    away words the editor typed.
    """

    def __init__(
        self, parent: QWidget | None, quote: str, body: str = "", answering: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        quote_label = QLabel(f"“{_short(quote, 200)}”", self)
        quote_label.setWordWrap(True)
        quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a reply says what it answers: the same passage, the same box, looked like a
        # second note on it
        self.answering = QLabel(answering, self)
        self.answering.setObjectName("noteAnswering")
        self.answering.setWordWrap(True)
        self.answering.setVisible(bool(answering))
        self.setWindowTitle(
            translate("NoteDialog", "Reply to note")
            if answering
            else translate("NoteDialog", "Note")
        )
        self.initial = body
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(translate("NoteDialog", "Note"))
        self.editor.setPlainText(body)
        self.editor.setPlaceholderText(
            translate("NoteDialog", "Your note for the writer or the desk")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setToolTip(translate("NoteDialog", "Save the note (Ctrl+Return)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            translate("NoteDialog", "Close without saving (Esc)")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(translate("NoteDialog", "Ctrl+Return saves · Esc cancels"), self)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        layout.addWidget(self.answering)
        layout.addWidget(self.editor)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        QWidget.setTabOrder(self.editor, ok)
        self.resize(420, 220)

    def body(self) -> str:
        """The note as typed, trimmed."""
        return self.editor.toPlainText().strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Return (or Ctrl+Enter) in the text saves the note."""
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Cancel; when the editor typed something, only after asking."""
        if self.body() != self.initial.strip() and self.body() and not self.confirm_discard():
            self.editor.setFocus()
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Whether the editor agrees to throw the typed note away."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("NoteDialog", "Discard note"))
        box.setText(translate("NoteDialog", "Discard the note you typed?"))
        box.setInformativeText(translate("NoteDialog", "What you wrote will be lost."))
        discard = box.addButton(
            translate("NoteDialog", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("NoteDialog", "Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        try:
            box.exec()
            return box.clickedButton() is discard
        finally:
            box.deleteLater()


def ask_note_text(
    parent: QWidget | None, quote: str, body: str = "", answering: str = ""
) -> str | None:
    """Show :class:`NoteDialog`; the note text, or None when cancelled or left empty.
    ``answering``: for a reply, the words saying which note it answers."""
    dialog = NoteDialog(parent, quote, body, answering)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.body() or None
    finally:
        dialog.deleteLater()


def answering_words(note: Note) -> str:
    """What a reply's box says it answers: "In reply to Chief Sub: “Check the spelling”"."""
    said = f"“{_short(note.body, 120)}”"
    if note.author:
        return translate("NoteDialog", "In reply to {author}: {note}").format(
            author=note.author, note=said
        )
    return translate("NoteDialog", "In reply to your note: {note}").format(note=said)


def who_wrote(note: Note) -> str:
    """The name a note shows: its author's; "You" for a note typed here without one;
    "(no name)" for a comment that came in a Word file without one (not the editor's)."""
    if note.author:
        return note.author
    if note.origin:
        return translate("NotesPanel", "(no name)")
    return translate("NotesPanel", "You")


def _byline(note: Note) -> str:
    """Who wrote a note, and when (for its tooltip)."""
    who = who_wrote(note)
    day = note.created[:10]
    return f"{who}, {day}" if day else who


class NotesPanel(QWidget):
    """Lists the article's notes as threads; reply, edit, resolve/reopen and delete them."""

    note_activated = Signal(int)
    edit_requested = Signal(int)
    reply_requested = Signal(int)
    resolve_toggled = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.table = RecordTable(
            "notesTable",
            translate("NotesPanel", "Notes"),
            [
                translate("NotesPanel", "Passage"),
                translate("NotesPanel", "Note"),
                translate("NotesPanel", "State"),
                translate("NotesPanel", "By"),
            ],
            self,
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # the passage keeps its share of the width as the panel narrows and widens (a
        # fixed width crushed the note to nothing in a narrow dock); dragging the
        # column's edge sets a new share
        self._passage_share = PASSAGE_SHARE
        self._fitting = False
        self._authors: set[str] = set()  # whole names, for the width they would take
        self._short_authors = False  # the authors' column shows initials
        header.sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        self.edit_button = QPushButton(translate("NotesPanel", "Edit…"), self)
        self.reply_button = QPushButton(translate("NotesPanel", "Reply…"), self)
        self.resolve_button = QPushButton(translate("NotesPanel", "Resolve"), self)
        self.delete_button = QPushButton(translate("NotesPanel", "Delete"), self)
        self.buttons = (
            self.edit_button,
            self.reply_button,
            self.resolve_button,
            self.delete_button,
        )
        buttons = button_row(
            self,
            (
                (self.edit_button, translate("NotesPanel", "Change the selected note's text")),
                (
                    self.reply_button,
                    translate(
                        "NotesPanel", "Answer the selected note in its thread (Ctrl+Shift+M)"
                    ),
                ),
                (
                    self.resolve_button,
                    translate(
                        "NotesPanel", "Mark the selected note's thread resolved, or reopen it"
                    ),
                ),
                (
                    self.delete_button,
                    translate("NotesPanel", "Delete the selected note (and the replies to it)"),
                ),
            ),
        )
        self.hint = QLabel(self)
        self.show_article_open(False)  # until the window opens an article
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.cellClicked.connect(self._clicked)
        # Enter on a row shows its passage in the draft, as in the issues and revisions
        # lists (the keyboard had no way to a note's words)
        self.table.activated.connect(lambda index: self._clicked(index.row(), index.column()))
        self.table.cellDoubleClicked.connect(
            lambda row, _c: self.table.emit_id(self.edit_requested, row)
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.edit_button.clicked.connect(lambda: self.table.emit_id(self.edit_requested))
        self.reply_button.clicked.connect(lambda: self.table.emit_id(self.reply_requested))
        self.resolve_button.clicked.connect(lambda: self.table.emit_id(self.resolve_toggled))
        self.delete_button.clicked.connect(lambda: self.table.emit_id(self.delete_requested))
        self._resolved: dict[int, bool] = {}
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Keep the columns' shares when the table is resized."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _room(self) -> int:
        """The width the passage and the note share (the state and author take theirs)."""
        return self.table.viewport().width() - self.table.columnWidth(2) - self.table.columnWidth(3)

    def _author_text(self, author: str) -> str:
        return initials(author) if self._short_authors else author

    def _authors_crowd(self) -> bool:
        """Whether the whole names would take more than :data:`AUTHOR_SHARE` of the
        table: at 1280 pixels "Randy Bartels" took the width the note needed."""
        if not self._authors:
            return False
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(a) for a in self._authors) + _CELL_PAD
        return widest > AUTHOR_SHARE * self.table.viewport().width()

    def _show_authors(self) -> None:
        """Whole names or initials in the authors' column, as the width allows now."""
        short = self._authors_crowd()
        if short == self._short_authors:
            return
        self._short_authors = short
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 3)
            if item is not None:
                item.setText(self._author_text(str(item.data(Qt.ItemDataRole.UserRole))))

    def _fit_columns(self) -> None:
        self._fitting = True
        try:
            self._show_authors()
            width = round(self._room() * self._passage_share)
            self.table.setColumnWidth(0, max(MIN_COLUMN, width))
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        room = self._room()
        if self._fitting or room <= 0:
            return
        if column == 0:
            self._passage_share = min(0.8, max(0.15, new / room))
        elif column in (2, 3):  # "Resolved" is wider than "Open"; authors differ
            self._fit_columns()

    def column_shares(self) -> tuple[float, float]:
        """The passage's and the note's shares of the room the columns have."""
        room = max(1, self._room())
        return self.table.columnWidth(0) / room, self.table.columnWidth(1) / room

    def show_article_open(self, open_: bool) -> None:
        """The hint says how to add a note, or (no article open) that there is none to
        add one to, as the issues panel does: Ctrl+M does nothing then."""
        self.hint.setText(
            translate("NotesPanel", "Select a passage in the draft and press Ctrl+M to add a note.")
            if open_
            else translate("NotesPanel", "No article open")
        )

    def set_notes(self, notes: list[Note]) -> None:
        """Show ``notes`` as threads, replies indented under the note they answer
        (keeping the selection when the same note is still there)."""
        selected = self.selected_id()
        rows = threads(notes)
        self._authors = {who_wrote(n) for n, _ in rows}
        self._short_authors = self._authors_crowd()
        self.table.setRowCount(len(rows))
        self._resolved = {}
        faint = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row, (note, depth) in enumerate(rows):
            indent = "    " * depth
            if depth:
                passage = indent + translate("NotesPanel", "↳ reply")
            else:
                passage = f"“{_short(note.quote)}”" if note.quote else ""
                if note.start == note.end:  # the words it was on were deleted from the draft
                    passage = (
                        translate("NotesPanel", "{passage} (passage deleted)")
                        .format(passage=passage)
                        .strip()
                    )
            if depth:
                state = ""
            elif note.resolved:
                state = translate("NotesPanel", "Resolved")
            else:
                state = translate("NotesPanel", "Open")
            body = f"↳ {_short(note.body, 200)}" if depth else _short(note.body, 200)
            author = who_wrote(note)
            cells = (passage, body, state, self._author_text(author))
            for col, text in enumerate(cells):
                item = self.table.tag(QTableWidgetItem(text), note.id)
                if col in (1, 3):
                    item.setToolTip(f"{_byline(note)}: {note.body}")
                if col == 3:
                    item.setData(Qt.ItemDataRole.UserRole, author)
                if col == 0 and depth:
                    item.setForeground(faint)
                self.table.setItem(row, col, item)
            if note.id is not None:
                self._resolved[note.id] = note.resolved
            if note.id == selected:
                self.table.selectRow(row)
        self._update_buttons()

    def select_note(self, note_id: int) -> None:
        """Select the row of a note."""
        self.table.select_id(note_id)

    def selected_id(self) -> int | None:
        """The selected note's id."""
        return self.table.selected_id()

    def _clicked(self, row: int, _col: int) -> None:
        self.table.emit_id(self.note_activated, row)

    def _update_buttons(self) -> None:
        note_id = self.selected_id()
        has = note_id is not None
        for button in self.buttons:
            button.setEnabled(has)
        resolved = self._resolved.get(note_id, False) if note_id is not None else False
        self.resolve_button.setText(
            translate("NotesPanel", "Reopen") if resolved else translate("NotesPanel", "Resolve")
        )
