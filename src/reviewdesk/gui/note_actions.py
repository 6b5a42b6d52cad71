"""What the window does for notes: add on the selection, select, edit, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from reviewdesk.service.panes import DRAFT
from reviewdesk.store import StoreError

if TYPE_CHECKING:
    from reviewdesk.gui.window_base import ReviewWindowBase

# (parent, quoted passage, current body) -> the note's text, or None when cancelled


class NoteActions:
    """Note commands of a :class:`~reviewdesk.gui.main_window.MainWindow`."""

    def __init__(self, window: ReviewWindowBase) -> None:
        self.window = window

    def add(self) -> None:
        """Add a note on the draft's selected passage."""
        w = self.window
        session = w.session
        if session.article is None:
            return
        cursor = w.draft.textCursor()
        if not cursor.hasSelection():
            w.statusBar().showMessage("Select a passage in the draft first", 5000)
            return
        docmap = session.docmap(DRAFT)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        quote = docmap.text[docmap.to_cp(start) : docmap.to_cp(end)]
        body = w.note_prompt(w, quote, "")
        if not body:
            return
        try:
            note = session.notes.add(start, end, body, docmap)
        except StoreError as exc:
            QMessageBox.warning(w, "Note", str(exc))
            return
        if note.id is not None:
            w.notes_panel.select_note(note.id)

    def select(self, note_id: int) -> None:
        """Select a note's passage in the draft."""
        cursor = self.window.session.notes.cursor(note_id)
        if cursor is not None:
            self.window.draft.setTextCursor(cursor)
            self.window.draft.ensureCursorVisible()

    def edit(self, note_id: int) -> None:
        """Change a note's text."""
        notes = self.window.session.notes
        note = notes.note(note_id)
        if note is None:
            return
        body = self.window.note_prompt(self.window, note.quote, note.body)
        if body and body != note.body:
            try:
                notes.update_body(note_id, body)
            except StoreError as exc:
                QMessageBox.warning(self.window, "Note", str(exc))

    def delete(self, note_id: int) -> None:
        """Delete a note (after asking)."""
        answer = QMessageBox.question(self.window, "Delete note", "Delete this note?")
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.window.session.notes.delete(note_id)
            except StoreError as exc:
                QMessageBox.warning(self.window, "Note", str(exc))

    def toggle_resolved(self, note_id: int) -> None:
        """Resolve or reopen a note."""
        try:
            self.window.session.notes.toggle_resolved(note_id)
        except StoreError as exc:
            QMessageBox.warning(self.window, "Note", str(exc))
