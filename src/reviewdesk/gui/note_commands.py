"""What the window does for notes: add on the selection, select, edit, reply, resolve,
delete. A reply joins its note's thread; resolving resolves the whole thread, and deleting
a note deletes its replies, as Word does.

The library work is :mod:`reviewdesk.desk.operations`; the commands ask for the note's
text (:data:`NotePrompt`), run the operation, and show the result in the draft (the
anchors) and the notes panel. They need the session, the panel and a parent for the
questions, not the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QMessageBox, QWidget

from reviewdesk.core.models import Note
from reviewdesk.core.text.paragraphs import quoted_for_screen
from reviewdesk.desk import operations as ops
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.notes_panel import NotesPanel, answering_words, ask_note_text
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import StoreError

# Asks for a note's text: (parent, quoted passage, current text) -> new text or None;
# a reply adds ``answering=`` (the words naming the note it answers).
NotePrompt = Callable[..., "str | None"]


class NoteCommands:
    """Note commands of the review window."""

    def __init__(self, session: ReviewSession, panel: NotesPanel, parent: QWidget) -> None:
        self.session = session
        self.panel = panel
        self.parent = parent
        self.prompt: NotePrompt = ask_note_text

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self.parent, translate("NoteCommands", "Note"), str(exc))

    def add(self) -> None:
        """Add a note on the draft's selected passage."""
        session, article = self.session, self.session.article
        if article is None:
            return
        if session.read_only:  # another window edits this article
            session.message.emit(
                translate("NoteCommands", "This article is read-only here; no note was added")
            )
            return
        draft = session.pane(DRAFT)
        start, end = draft.span()
        if start == end:
            session.message.emit(translate("NoteCommands", "Select a passage in the draft first"))
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
            self._bring_forward()
            session.noted()
            session.message.emit(
                translate("NoteCommands", "Note added on {passage}").format(
                    passage=quoted_for_screen(change.note.quote)
                )
            )

    def _bring_forward(self) -> None:
        """Show the new note: with the panels tabbed, the notes' tab comes to the front
        (behind the issues tab, adding a note seemed to do nothing). A panel the editor
        closed stays closed."""
        dock = self.panel.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None and not dock.isHidden():
            dock.raise_()

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

    def reply(self, note_id: int | None = None) -> None:
        """Answer a note (the one selected in the panel) in its thread."""
        note_id = self.panel.selected_id() if note_id is None else note_id
        note = self.session.notes.note(note_id) if note_id is not None else None
        if note is None:
            self.session.message.emit(
                translate("NoteCommands", "Select a note in the Notes panel to reply to it")
            )
            return
        body = self.prompt(self.parent, note.quote, "", answering=answering_words(note))
        if not body:
            return
        docmap = self.session.docmap(DRAFT)
        thread = self.thread(note.id or 0)
        root = thread[0] if thread else note
        try:
            # the reply shares the thread's passage as it is now
            root = self.session.notes.now(root.id or 0, docmap) or root
            change = ops.reply_to_note(self.session.writes, root, body)
        except (ops.Refused, StoreError) as exc:
            self._failed(exc)
            return
        if change.note is not None and change.note.id is not None:
            self.session.notes.put(change.note, docmap)
            self.panel.select_note(change.note.id)
            self.session.noted()
            self.session.message.emit(change.message)

    def thread(self, note_id: int) -> list[Note]:
        """The note's whole thread: its first note and every reply below it."""
        notes = {n.id: n for n in self.session.notes.notes()}
        root = notes.get(note_id)
        seen: set[int | None] = set()
        while root is not None and root.parent_id in notes and root.id not in seen:
            seen.add(root.id)
            root = notes[root.parent_id]
        return [root, *self._replies(root, notes)] if root is not None else []

    def _replies(self, note: Note, notes: dict[int | None, Note]) -> list[Note]:
        found = [n for n in notes.values() if n.parent_id == note.id and n.id != note.id]
        for reply in list(found):
            found.extend(self._replies(reply, notes))
        return found

    def delete(self, note_id: int) -> None:
        """Delete a note and the replies to it (after asking)."""
        note = self.session.notes.note(note_id)
        if note is None:
            return
        replies = self._replies(note, {n.id: n for n in self.session.notes.notes()})
        question = translate("NoteCommands", "Delete this note?")
        if len(replies) == 1:
            question = translate("NoteCommands", "Delete this note and its reply?")
        elif replies:
            question = translate(
                "NoteCommands", "Delete this note and its {count} replies?"
            ).format(count=len(replies))
        answer = QMessageBox.question(
            self.parent, translate("NoteCommands", "Delete note"), question
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            ops.delete_note(self.session.writes, note)
        except StoreError as exc:
            self._failed(exc)
            return
        for reply in replies:
            if reply.id is not None:
                self.session.notes.remove(reply.id)
        self.session.notes.remove(note_id)

    def toggle_resolved(self, note_id: int) -> None:
        """Resolve or reopen a note's thread."""
        thread = self.thread(note_id)
        if not thread:
            return
        try:
            change = ops.resolve_thread(self.session.writes, thread, not thread[0].resolved)
        except StoreError as exc:
            self._failed(exc)
            return
        for note in change.notes:
            self.session.notes.update(note)
