"""Notes anchored in the draft: one QTextCursor per note, which Qt moves with every edit.

Positions are converted to code points (through :class:`~reviewdesk.service.docmap.DocMap`)
only when they are saved to the library, together with the draft.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextBlock, QTextCursor

from reviewdesk.core.models import Note
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.palette import KIND_NOTE, KIND_NOTE_RESOLVED
from reviewdesk.service.docmap import DocMap
from reviewdesk.store import Library

log = logging.getLogger(__name__)


class NoteAnchors(QObject):
    """The open article's notes and their anchors in the draft document."""

    changed = Signal()

    def __init__(self, library: Library, editor: ReviewEditor) -> None:
        super().__init__(editor)
        self.library = library
        self.editor = editor
        self.article_id: int | None = None
        self._notes: dict[int, Note] = {}
        self._cursors: dict[int, QTextCursor] = {}
        editor.highlighter.extra_ranges = self.block_ranges

    # -- loading ----------------------------------------------------------------------

    def load(self, article_id: int, notes: list[Note], docmap: DocMap | None) -> None:
        """Anchor the article's stored notes in the (freshly loaded) draft (``docmap``)."""
        self.clear()
        self.article_id = article_id
        for note in notes:
            if docmap is None:
                raise ValueError("notes need the draft's DocMap to be anchored")
            if note.id is None:
                continue
            self._notes[note.id] = note
            start, end = docmap.to_qt(note.start), docmap.to_qt(note.end)
            self._cursors[note.id] = self._make_cursor(start, end)
        self.changed.emit()

    def clear(self) -> None:
        """Forget every note (the article is closing)."""
        self._notes.clear()
        self._cursors.clear()
        self.article_id = None
        self.changed.emit()

    def _make_cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.editor.document())
        last = max(0, self.editor.document().characterCount() - 1)
        cursor.setPosition(max(0, min(start, last)))
        cursor.setPosition(max(0, min(end, last)), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- queries ----------------------------------------------------------------------

    def notes(self) -> list[Note]:
        """Notes in document order (positions as last saved)."""
        return sorted(
            self._notes.values(),
            key=lambda n: self._cursors[n.id].selectionStart() if n.id in self._cursors else 0,
        )

    def note(self, note_id: int) -> Note | None:
        """One note by id."""
        return self._notes.get(note_id)

    def cursor(self, note_id: int) -> QTextCursor | None:
        """A copy of the note's anchor (its selection is the passage)."""
        cursor = self._cursors.get(note_id)
        return QTextCursor(cursor) if cursor is not None else None

    def block_ranges(self, block: QTextBlock) -> list[tuple[int, int, str]]:
        """Note ranges inside ``block`` (UTF-16, relative), for the draft's highlighter."""
        if not self._cursors:
            return []
        b_start = block.position()
        b_end = b_start + block.length() - 1
        out: list[tuple[int, int, str]] = []
        for note_id, cursor in self._cursors.items():
            lo, hi = cursor.selectionStart(), cursor.selectionEnd()
            if hi <= b_start or lo >= b_end or hi <= lo:
                continue
            kind = KIND_NOTE_RESOLVED if self._notes[note_id].resolved else KIND_NOTE
            out.append((max(lo, b_start) - b_start, min(hi, b_end) - b_start, kind))
        return out

    # -- changes ----------------------------------------------------------------------

    def add(self, start: int, end: int, body: str, docmap: DocMap) -> Note:
        """Add a note on Qt positions ``start..end`` of the draft (``docmap`` is its text)."""
        if self.article_id is None:
            raise RuntimeError("no article is open")
        cp_start, cp_end = docmap.to_cp(start), docmap.to_cp(end)
        note = self.library.add_note(
            Note(
                id=None,
                article_id=self.article_id,
                start=cp_start,
                end=cp_end,
                quote=docmap.text[cp_start:cp_end],
                body=body,
            )
        )
        assert note.id is not None
        self._notes[note.id] = note
        self._cursors[note.id] = self._make_cursor(start, end)
        self._rehighlight(note.id)
        self.changed.emit()
        return note

    def update_body(self, note_id: int, body: str) -> None:
        """Change a note's text."""
        note = replace(self._notes[note_id], body=body)
        self.library.update_note(note)
        self._notes[note_id] = note
        self.changed.emit()

    def toggle_resolved(self, note_id: int) -> None:
        """Resolve an open note, or reopen a resolved one."""
        note = replace(self._notes[note_id], resolved=not self._notes[note_id].resolved)
        self.library.update_note(note)
        self._notes[note_id] = note
        self._rehighlight(note_id)
        self.changed.emit()

    def delete(self, note_id: int) -> None:
        """Delete a note."""
        self.library.delete_note(note_id)
        self._notes.pop(note_id, None)
        cursor = self._cursors.pop(note_id, None)
        if cursor is not None:
            self._rehighlight_span(cursor.selectionStart(), cursor.selectionEnd())
        self.changed.emit()

    def save_positions(self, docmap: DocMap) -> None:
        """Store where each note's passage now is (``docmap`` describes the current draft)."""
        if self.article_id is None or not self._notes:
            return
        positions: list[tuple[int, int, int]] = []
        moved = False
        for note_id, cursor in self._cursors.items():
            start, end = docmap.to_cp(cursor.selectionStart()), docmap.to_cp(cursor.selectionEnd())
            note = self._notes[note_id]
            quote = docmap.text[start:end]
            if (note.start, note.end, note.quote) != (start, end, quote):
                moved = True
                self._notes[note_id] = replace(note, start=start, end=end, quote=quote)
                if quote != note.quote:
                    self.library.update_note(self._notes[note_id])
            positions.append((note_id, start, end))
        if moved:
            self.library.save_note_positions(self.article_id, positions)
            self.changed.emit()

    def _rehighlight(self, note_id: int) -> None:
        cursor = self._cursors.get(note_id)
        if cursor is not None:
            self._rehighlight_span(cursor.selectionStart(), cursor.selectionEnd())

    def _rehighlight_span(self, start: int, end: int) -> None:
        doc = self.editor.document()
        block = doc.findBlock(start)
        last = doc.findBlock(end)
        while block.isValid():
            self.editor.highlighter.rehighlightBlock(block)
            if block == last:
                break
            block = block.next()
