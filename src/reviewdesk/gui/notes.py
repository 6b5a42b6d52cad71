"""Notes anchored in the draft: one :class:`~reviewdesk.core.anchors.Anchor` per note.

Each anchor follows the draft's edits by core's rules (``follow``), fed by the document's
``contentsChange``; cursors are made from anchors only to show or select a passage. (A
Qt cursor would collapse when a fix replaces exactly the noted words.) Anchors are kept
in Qt's UTF-16 positions and converted to code points (through
:class:`~reviewdesk.service.docmap.DocMap`) only when saved, together with the draft.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextBlock, QTextCursor

from reviewdesk.core.anchors import Anchor, Change, follow
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
        self._anchors: dict[int, Anchor] = {}  # UTF-16 positions in the draft
        # each note's passage as the draft has it now (read again when an edit touches
        # it): what finds it inside one change reported over it (see _found_inside)
        self._passages: dict[int, str] = {}
        editor.highlighter.extra_ranges = self.block_ranges
        editor.document().contentsChange.connect(self._on_change)

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
            self._anchors[note.id] = self._clamped(start, end, note.quote)
            self._passages[note.id] = self._read(self._anchors[note.id])
        # the draft's blocks were drawn as the panes filled, before any note was
        # anchored: without this, a reopened article's notes (a Word file's comments)
        # had no background until an edit or a check redrew their paragraphs
        for note_id in self._anchors:
            self._rehighlight(note_id)
        self.changed.emit()

    def clear(self) -> None:
        """Forget every note (the article is closing)."""
        self._notes.clear()
        self._anchors.clear()
        self._passages.clear()
        self.article_id = None
        self.changed.emit()

    def _clamped(self, start: int, end: int, quote: str) -> Anchor:
        last = max(0, self.editor.document().characterCount() - 1)
        start = max(0, min(start, last))
        return Anchor(start, max(start, min(end, last)), quote)

    def _on_change(self, position: int, removed: int, added: int) -> None:
        if not self._anchors or (removed == 0 and added == 0):
            return
        change = Change(position, removed, added)
        c_end = position + removed
        for note_id, anchor in self._anchors.items():
            if c_end < anchor.start or position > anchor.end:
                self._anchors[note_id] = follow(anchor, (change,))  # moved, words the same
                continue
            found = None
            if position < anchor.start and anchor.end < c_end:
                found = self._found_inside(note_id, anchor, change)
            self._anchors[note_id] = found or follow(anchor, (change,))
            self._passages[note_id] = self._read(self._anchors[note_id])

    def _found_inside(self, note_id: int, anchor: Anchor, change: Change) -> Anchor | None:
        """The passage again, inside a change that spans it with text on both sides.

        Qt reports one undo step as one change from its first edit to its last: undoing
        Replace all (or Apply all) around a note is "everything from the first match to
        the last was replaced", which would stretch the note over all of it. The words
        of the passage, if still in the replacement, are the note's: the occurrence
        nearest its old distance from the change's start.
        """
        passage = self._passages.get(note_id)
        if not passage:
            return None
        region = self._read(Anchor(change.start, change.start + change.added))
        offset = anchor.start - change.start
        best = -1
        at = region.find(passage)
        while at != -1:
            if best < 0 or abs(at - offset) < abs(best - offset):
                best = at
            at = region.find(passage, at + 1)
        if best < 0:
            return None
        start = change.start + best
        return replace(anchor, start=start, end=start + len(passage))

    def _read(self, anchor: Anchor) -> str:
        """The draft's text of ``anchor`` (UTF-16 positions, as Qt gives it)."""
        if anchor.end <= anchor.start:
            return ""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(anchor.start)
        cursor.setPosition(anchor.end, QTextCursor.MoveMode.KeepAnchor)
        return str(cursor.selectedText())

    # -- queries ----------------------------------------------------------------------

    @property
    def anchored(self) -> bool:
        """Whether any note is anchored in the draft (its edits must then be reported
        one by one: see :func:`reviewdesk.gui.draft_edits.apply_edits_to_document`)."""
        return bool(self._anchors)

    def notes(self) -> list[Note]:
        """Notes in document order (positions as last saved)."""
        return sorted(
            self._notes.values(),
            key=lambda n: self._anchors[n.id].start if n.id in self._anchors else 0,
        )

    def note(self, note_id: int) -> Note | None:
        """One note by id."""
        return self._notes.get(note_id)

    def now(self, note_id: int, docmap: DocMap) -> Note | None:
        """One note with its passage where the draft (``docmap``) has it now."""
        note, anchor = self._notes.get(note_id), self._anchors.get(note_id)
        if note is None or anchor is None:
            return note
        return replace(note, start=docmap.to_cp(anchor.start), end=docmap.to_cp(anchor.end))

    def cursor(self, note_id: int) -> QTextCursor | None:
        """A cursor whose selection is the note's passage now."""
        anchor = self._anchors.get(note_id)
        if anchor is None:
            return None
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(anchor.start)
        cursor.setPosition(anchor.end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def block_ranges(self, block: QTextBlock) -> list[tuple[int, int, str]]:
        """Note ranges inside ``block`` (UTF-16, relative), for the draft's highlighter."""
        if not self._anchors:
            return []
        b_start = block.position()
        b_end = b_start + block.length() - 1
        out: list[tuple[int, int, str]] = []
        for note_id, anchor in self._anchors.items():
            lo, hi = anchor.start, anchor.end
            if hi <= b_start or lo >= b_end or hi <= lo:
                continue
            kind = KIND_NOTE_RESOLVED if self._notes[note_id].resolved else KIND_NOTE
            out.append((max(lo, b_start) - b_start, min(hi, b_end) - b_start, kind))
        return out

    # -- changes ----------------------------------------------------------------------

    def put(self, note: Note, docmap: DocMap) -> None:
        """Show a note just stored (:func:`reviewdesk.desk.operations.add_note`), anchored
        at its code points in the draft (``docmap`` is the draft's text)."""
        if note.id is None:
            return
        start, end = docmap.to_qt(note.start), docmap.to_qt(note.end)
        self._notes[note.id] = note
        self._anchors[note.id] = self._clamped(start, end, note.quote)
        self._passages[note.id] = self._read(self._anchors[note.id])
        self._rehighlight(note.id)
        self.changed.emit()

    def update(self, note: Note) -> None:
        """Show a note's new text or state (its anchor stays where the draft has it)."""
        if note.id is None or note.id not in self._notes:
            return
        current = self._notes[note.id]
        self._notes[note.id] = replace(note, start=current.start, end=current.end)
        self._rehighlight(note.id)
        self.changed.emit()

    def remove(self, note_id: int) -> None:
        """Take a deleted note off the draft and the list."""
        self._notes.pop(note_id, None)
        anchor = self._anchors.pop(note_id, None)
        self._passages.pop(note_id, None)
        if anchor is not None:
            self._rehighlight_span(anchor.start, anchor.end)
        self.changed.emit()

    def positions(self) -> tuple[tuple[int, int, int], ...]:
        """Where each note's passage is now: (note id, start, end) in UTF-16 positions,
        for the draft's snapshot (cheap: the writer converts them, off the UI thread)."""
        return tuple((note_id, a.start, a.end) for note_id, a in self._anchors.items())

    def positions_saved(self, positions: tuple[tuple[int, int, int], ...]) -> None:
        """The writer stored the notes at these code-point spans, with the draft.

        The quote stays the passage the note was written on, so the report and the Word
        comment still say what the note was about after the words were fixed.
        """
        moved = False
        for note_id, start, end in positions:
            note = self._notes.get(note_id)
            if note is not None and (note.start, note.end) != (start, end):
                self._notes[note_id] = replace(note, start=start, end=end)
                moved = True
        if moved:
            self.changed.emit()

    def _rehighlight(self, note_id: int) -> None:
        anchor = self._anchors.get(note_id)
        if anchor is not None:
            self._rehighlight_span(anchor.start, anchor.end)

    def _rehighlight_span(self, start: int, end: int) -> None:
        doc = self.editor.document()
        block = doc.findBlock(start)
        last = doc.findBlock(end)
        while block.isValid():
            self.editor.highlighter.rehighlightBlock(block)
            if block == last:
                break
            block = block.next()
