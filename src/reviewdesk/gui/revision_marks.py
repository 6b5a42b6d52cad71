"""Incoming revisions in one pane: where each one is now, and how it is drawn.

The places come laid out with the structure (UTF-16 over the pane's text) and then
follow every edit of the pane by the structure's rules (an insertion grows with text
typed inside it; a deletion is a point pushed along by text typed there), like note
anchors. Pending revisions are drawn: an insertion in its author's colour, underlined;
a deletion as its text struck through in a gap where it was.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtGui import QTextDocument

from reviewdesk.core.anchors import Change
from reviewdesk.core.structure import Revision, RevisionKind, RevisionStatus, follow_span
from reviewdesk.core.text.paragraphs import passage_on_one_line
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.pane_text import document_text
from reviewdesk.gui.structure_follow import point_range
from reviewdesk.gui.structure_paint import GapLabel
from reviewdesk.gui.structure_style import author_colour
from reviewdesk.gui.structure_view import StructureView, gap_width
from reviewdesk.service.docmap import BlockRange, BlockSpans
from reviewdesk.service.structure_layout import REV_DELETE, REV_INSERT

SHOWN_DELETION = 36  # characters of a deleted passage drawn in the text (all in the tooltip)


@dataclass(frozen=True, slots=True)
class Mark:
    """A revision and its place in the pane now (UTF-16)."""

    revision: Revision
    start: int
    end: int


def when(date: str) -> str:
    """'14 Mar 2024, 09:00' from Word's '2024-03-14T09:00:00Z' (as given when odd)."""
    try:
        year, month, day = int(date[0:4]), int(date[5:7]), int(date[8:10])
    except (ValueError, IndexError):
        return date
    day_of = QDate(year, month, day)
    if not day_of.isValid():
        return date
    # the month's name in the user's language ("14 Mar 2024" in English)
    stamp = QLocale().toString(day_of, "d MMM yyyy")
    return f"{stamp}, {date[11:16]}" if len(date) >= 16 and date[13] == ":" else stamp


def describe(rev: Revision) -> str:
    """'Reporter inserted “will”' (one line, the text shortened)."""
    who = rev.author or translate("RevisionMarks", "Someone")
    shown = shown_text(rev.text, 60)
    if rev.kind is RevisionKind.INSERT:
        return translate("RevisionMarks", "{author} inserted “{text}”").format(
            author=who, text=shown
        )
    return translate("RevisionMarks", "{author} deleted “{text}”").format(author=who, text=shown)


def shown_text(text: str, limit: int = SHOWN_DELETION) -> str:
    """A passage on one line (paragraph breaks as ¶), its middle cut when long."""
    line = passage_on_one_line(text)
    if len(line) <= limit:
        return line
    half = (limit - 1) // 2
    return f"{line[:half]}…{line[-half:]}"


def tooltip(rev: Revision) -> str:
    """A revision's tooltip: who, what, when, and how to decide it."""
    head = html.escape(describe(rev), quote=False)
    date = f" · {html.escape(when(rev.date), quote=False)}" if rev.date else ""
    how = translate(
        "RevisionMarks", "Right-click to accept or reject (Ctrl+Shift+A / Ctrl+Shift+R)"
    )
    title = translate("RevisionMarks", "Revision")
    return f"<b>{html.escape(title)}</b><br>{head}{date}<br><i>{html.escape(how)}</i>"


class RevisionMarks(QObject):
    """The incoming revisions of one pane, following its edits."""

    def __init__(self, editor: ReviewEditor, view: StructureView) -> None:
        super().__init__(editor)
        self.editor = editor
        self.view = view
        self.authors: list[str] = []
        self._marks: dict[int, Mark] = {}
        editor.document().contentsChange.connect(self._on_change)

    def load(self, places: list[tuple[Revision, int, int]], authors: list[str]) -> None:
        """Take the revisions at their places (UTF-16) in the pane's text as it is now."""
        self.authors = authors
        self._marks = {rev.id: Mark(rev, start, end) for rev, start, end in places}
        self.relayout()

    def clear(self) -> None:
        """No revisions (another article)."""
        self._marks = {}
        self.view.show_revisions({}, {}, {})

    def marks(self) -> list[Mark]:
        """Every revision, in text order."""
        return sorted(self._marks.values(), key=lambda m: (m.start, m.revision.id))

    def get(self, revision_id: int) -> Mark | None:
        """One revision by id."""
        return self._marks.get(revision_id)

    def at(self, start: int, end: int | None = None) -> Mark | None:
        """The pending revision at a caret (touching it) or overlapping a selection. A
        deletion is drawn in a gap beside its place, where a click lands one position
        off either way: it counts there too."""
        end = start if end is None else end
        near = None
        for mark in self.marks():
            if not mark.revision.pending:
                continue
            if mark.start == mark.end or start == end:
                if start <= mark.end and mark.start <= end:
                    return mark
                if mark.start == mark.end and start - 1 <= mark.start <= end + 1:
                    near = near or mark
            elif start < mark.end and mark.start < end:
                return mark
        return near

    def set_status(self, revision_id: int, status: RevisionStatus) -> None:
        """A revision was decided (or taken back); an insertion taken back covers its
        text again when the text is back where it was."""
        mark = self._marks.get(revision_id)
        if mark is None:
            return
        rev = replace(mark.revision, status=status)
        start, end = mark.start, mark.end
        if rev.kind is RevisionKind.INSERT and start == end and rev.pending:
            text = document_text(self.editor.document())
            length = len(rev.text.encode("utf-16-le")) // 2
            if self._text(text, end - length, end) == rev.text:
                start = end - length
        self._marks[revision_id] = Mark(rev, start, end)
        self.relayout()

    @staticmethod
    def _text(text: str, start: int, end: int) -> str:
        raw = text.encode("utf-16-le")
        return raw[max(0, start) * 2 : max(0, end) * 2].decode("utf-16-le", "replace")

    def _on_change(self, position: int, removed: int, added: int) -> None:
        if not self._marks or (removed == 0 and added == 0):
            return
        change = Change(position, removed, added)
        for rev_id, mark in self._marks.items():
            start, end = follow_span(mark.start, mark.end, change, False)
            if (start, end) != (mark.start, mark.end):
                self._marks[rev_id] = Mark(mark.revision, start, end)

    # -- drawing ------------------------------------------------------------------------

    def relayout(self) -> None:
        """Lay the pending revisions out per block and show them."""
        document = self.editor.document()
        font = self.editor.font()
        palette = self.editor.palette()
        per_block: dict[int, list[BlockRange]] = {}
        labels: dict[int, GapLabel] = {}
        tips: dict[int, str] = {}
        for mark in self.marks():
            rev = mark.revision
            if not rev.pending:
                continue
            colour = self.author_index(rev.author)
            tips[rev.id] = tooltip(rev)
            if rev.kind is RevisionKind.DELETE:
                text = shown_text(rev.text)
                width = gap_width(text, font)
                labels[rev.id] = GapLabel(text, width, author_colour(colour, palette), strike=True)
                number, offset = self._deletion_place(document, mark.start)
                kind = f"{REV_DELETE}:{colour}:{width:g}"
                text = document.findBlockByNumber(number).text()
                after = self._inserted_before(mark.start)
                per_block.setdefault(number, []).append(
                    point_range(offset, kind, rev.id, text, after=after)
                )
                continue
            block = document.findBlock(mark.start)
            while block.isValid() and block.position() <= mark.end:
                lo = max(mark.start, block.position()) - block.position()
                hi = min(mark.end, block.position() + block.length() - 1) - block.position()
                if hi > lo:
                    per_block.setdefault(block.blockNumber(), []).append(
                        (lo, hi, f"{REV_INSERT}:{colour}", rev.id)
                    )
                block = block.next()
        layer = {
            n: BlockSpans(document.findBlockByNumber(n).text(), tuple(sorted(ranges)))
            for n, ranges in per_block.items()
        }
        self.view.show_revisions(layer, labels, tips)

    def _inserted_before(self, position: int) -> bool:
        """Whether the character before ``position`` is in a pending insertion."""
        return any(
            m.revision.pending and m.start < position <= m.end and m.start < m.end
            for m in self._marks.values()
        )

    @staticmethod
    def _deletion_place(document: QTextDocument, position: int) -> tuple[int, int]:
        """(block, offset) where a deleted passage is drawn: at its place, or at the end
        of the paragraph before when its place starts a paragraph (a deleted paragraph
        reads where it was, and a gap needs a character before it)."""
        block = document.findBlock(position)
        offset = position - block.position()
        previous = block.previous()
        if offset == 0 and previous.isValid() and previous.length() > 1:
            return previous.blockNumber(), previous.length() - 1
        return block.blockNumber(), offset

    def author_index(self, author: str) -> int:
        """The author's colour number (in order of appearance in the article)."""
        if author not in self.authors:
            self.authors.append(author)
        return self.authors.index(author)
