"""The output side of walking a story: the text written so far, its pieces, and the
bold/italic/underline spans that grow as text is written (see :mod:`docx_walk`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from reviewdesk.core.structure import Span, SpanKind
from reviewdesk.formats.docx_pieces import CHAR, PartContext, Piece, RevisionMark, TextBox

_PLAIN = (False, False, False)
_CLOSED = [None, None, None]


@dataclass
class FieldFrame:
    """A Word field being read: its code, where its result starts, whether a form field."""

    instr: str = ""
    result_start: int | None = None
    form: bool = False  # a legacy form field (drop-down, check box, text input)
    counted: bool = False
    display: str = ""  # what Word shows for a check box or drop-down (no text in the file)


@dataclass
class WalkerBase:
    """What a story walker writes: text, pieces, spans, marks, anchors (offsets from 0)."""

    ctx: PartContext
    chunks: list[str] = field(default_factory=list)
    length: int = 0
    pieces: list[Piece] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    marks: list[RevisionMark] = field(default_factory=list)
    starts: dict[str, int] = field(default_factory=dict)
    ends: dict[str, int] = field(default_factory=dict)
    refs: dict[str, int] = field(default_factory=dict)
    note_refs: list[tuple[str, str]] = field(default_factory=list)
    boxes: list[TextBox] = field(default_factory=list)
    paragraphs: list[tuple[etree._Element, Piece | None]] = field(default_factory=list)
    skipped_shapes: bool = False
    pictures: list[tuple[int, etree._Element]] = field(default_factory=list)  # (offset, shape)
    # where text this view does not show was passed (a deletion, in the accept view)
    hidden_at: list[int] = field(default_factory=list)
    _para: etree._Element | None = None
    _para_has_text: bool = False
    _pending_break: etree._Element | None = None
    _after_note_mark: bool = False
    _flags: tuple[bool, bool, bool] = (False, False, False)
    _open: list[tuple[int, int] | None] = field(default_factory=lambda: [None, None, None])
    _fields: list[FieldFrame] = field(default_factory=list)
    _form: int = 0  # inside a form control: its text is a value, not prose to edit

    @property
    def text(self) -> str:
        """The story's text so far."""
        return "".join(self.chunks)

    # -- output -------------------------------------------------------------------------

    def _add(
        self,
        text: str,
        kind: str,
        node: etree._Element,
        offset: int = 0,
        locked: bool = False,
        rev: RevisionMark | None = None,
        flags: tuple[bool, bool, bool] = (False, False, False),
    ) -> None:
        why = ("form" if self._form else "odd") if locked or self._form else ""
        piece = Piece(self.length, len(text), kind, node, self._para, offset, bool(why), why=why)
        self.pieces.append(piece)
        self.chunks.append(text)
        self.length += len(text)
        if rev is not None and rev.kind == "insert":
            if rev.end == rev.start == -1:
                rev.start = piece.start
            rev.end = self.length
        if flags == _PLAIN and self._open == _CLOSED:
            return  # plain text after plain text: no span to grow, open or close
        for i, on in enumerate(flags):
            current = self._open[i]
            if on and current is not None and current[1] == piece.start:
                self._open[i] = (current[0], self.length)
                continue
            if current is not None:
                self._close(i)
            if on:
                self._open[i] = (piece.start, self.length)

    def _close(self, i: int) -> None:
        current = self._open[i]
        if current is not None:
            kind = (SpanKind.BOLD, SpanKind.ITALIC, SpanKind.UNDERLINE)[i]
            self.spans.append(Span(kind, current[0], current[1]))
            self._open[i] = None

    def close_formatting(self) -> None:
        """End the open bold/italic/underline spans (at the end of the story)."""
        for i in range(3):
            self._close(i)

    def _emit(
        self,
        text: str,
        kind: str,
        node: etree._Element,
        rev: RevisionMark | None,
        offset: int = 0,
        locked: bool = False,
    ) -> None:
        if not text:
            return
        if self._pending_break is not None:
            br, self._pending_break = self._pending_break, None
            self._add("\n", CHAR, br, rev=rev)
        self._add(text, kind, node, offset, locked, rev, self._flags)
        self._para_has_text = True

    # -- walking ------------------------------------------------------------------------
