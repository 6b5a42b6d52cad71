"""What the window does for notes: add on the selection, select, edit, resolve, delete.

The library work is :mod:`reviewdesk.desk.operations`; the commands ask for the note's
text (:data:`NotePrompt`), run the operation, and show the result in the draft (the
anchors) and the notes panel. They need the session, the panel and a parent for the
questions, not the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from reviewdesk.desk import operations as ops
from reviewdesk.gui.notes_panel import NotesPanel, ask_note_text
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import StoreError

# Asks for a note's text: (parent, quoted passage, current text) -> new text or None.
NotePrompt = Callable[[QWidget | None, str, str], "str | None"]


class NoteCommands:
    """Note commands of the review window."""

    def __init__(self, session: ReviewSession, panel: NotesPanel, parent: QWidget) -> None:
        self.session = session
        self.panel = panel
        self.parent = parent
        self.prompt: NotePrompt = ask_note_text

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self.parent, "Note", str(exc))

    def add(self) -> None:
        """Add a note on the draft's selected passage."""
        session, article = self.session, self.session.article
        if article is None:
            return
        if session.read_only:  # another window edits this article
            session.message.emit("This article is read-only here; no note was added")
            return
        draft = session.pane(DRAFT)
        start, end = draft.span()
        if start == end:
            session.message.emit("Select a passage in the draft first")
            return
        docmap = draft.docmap()
        body = self.prompt(self.parent, docmap.text[start:end], "")
        if not body:
            return
        try:
            change = ops.add_note(session.writes, article, docmap.text, start, end, body)
        except (ops.Refused, StoreError) as exc:
            self._failed(exc)
            return
        if change.note is not None and change.note.id is not None:
            session.notes.put(change.note, docmap)
            self.panel.select_note(change.note.id)

    def select(self, note_id: int) -> None:
        """Select a note's passage in the draft."""
        cursor = self.session.notes.cursor(note_id)
        if cursor is not None:
            self.session.draft.setTextCursor(cursor)
            self.session.draft.ensureCursorVisible()

    def edit(self, note_id: int) -> None:
        """Change a note's text."""
        note = self.session.notes.note(note_id)
        if note is None:
            return
        body = self.prompt(self.parent, note.quote, note.body)
        if not body:
            return
        try:
            change = ops.edit_note(self.session.writes, note, body)
        except StoreError as exc:
            self._failed(exc)
            return
        if change.note is not None:
            self.session.notes.update(change.note)

    def delete(self, note_id: int) -> None:
        """Delete a note (after asking)."""
        note = self.session.notes.note(note_id)
        if note is None:
            return
        answer = QMessageBox.question(self.parent, "Delete note", "Delete this note?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            ops.delete_note(self.session.writes, note)
        except StoreError as exc:
            self._failed(exc)
            return
        self.session.notes.remove(note_id)

    def toggle_resolved(self, note_id: int) -> None:
        """Resolve or reopen a note."""
        note = self.session.notes.note(note_id)
        if note is None:
            return
        try:
            change = ops.toggle_note(self.session.writes, note)
        except StoreError as exc:
            self._failed(exc)
            return
        if change.note is not None:
            self.session.notes.update(change.note)
