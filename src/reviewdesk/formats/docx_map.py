"""The whole text of a .docx, and a map from every character to its place in the package.

Layout, in this order, each story's paragraphs one per line and stories separated by one
``\\n``:

1. the body (headings, paragraphs, list items, table cells, captions, in document order);
2. the text boxes met in the body, in the order they appear;
3. footnotes, in the order they are called in the text, then endnotes likewise;
4. page headers, then page footers, in the order the sections use them (each part once).

Text boxes met inside a note, header or footer follow that story. Empty stories are left
out, and so are empty paragraphs at the end of a story. Each story after the body is a
:class:`~reviewdesk.core.structure.Span` of its kind, so the window can show it as what
it is, and the exporter knows where to write edits made in it.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field

from lxml import etree

from reviewdesk.core.structure import Span, SpanKind
from reviewdesk.formats.docx_package import W_NAMESPACES, Package
from reviewdesk.formats.docx_pieces import (
    SEP,
    PartContext,
    Piece,
    RevisionMark,
    TextBox,
    View,
    rel_id,
)
from reviewdesk.formats.docx_styles import Numbering, Styles, local, wattr, wchild
from reviewdesk.formats.docx_walk import StoryWalker
from reviewdesk.formats.errors import FormatError, damaged

log = logging.getLogger(__name__)

_SEPARATOR_NOTES = {"separator", "continuationSeparator", "continuationNotice"}


@dataclass(frozen=True, slots=True)
class Story:
    """One story's place in the text (``kind`` None for the body) and its XML part."""

    kind: SpanKind | None
    part: str
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture in the text: where it stands, its shape element and the part it is in."""

    offset: int
    shape: etree._Element
    part: str


@dataclass
class TextMap:
    """A document's text (one view: every change accepted, or every change rejected) with
    the place of each character, the structure spans, tracked changes and comment anchors."""

    text: str = ""
    pieces: list[Piece] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    marks: list[RevisionMark] = field(default_factory=list)
    starts: dict[str, int] = field(default_factory=dict)
    ends: dict[str, int] = field(default_factory=dict)
    refs: dict[str, int] = field(default_factory=dict)
    stories: list[Story] = field(default_factory=list)
    boxes: list[TextBox] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    skipped_shapes: bool = False
    pictures: list[Picture] = field(default_factory=list)
    _offsets: list[int] = field(default_factory=list)

    def piece_at(self, offset: int) -> Piece | None:
        """The piece holding the character at ``offset`` (None past the end)."""
        if not self._offsets or len(self._offsets) != len(self.pieces):
            self._offsets = [p.start for p in self.pieces]
        i = bisect.bisect_right(self._offsets, offset) - 1
        if i < 0:
            return None
        piece = self.pieces[i]
        return piece if piece.start <= offset < piece.start + piece.length else None


class _Assembler:
    """Lays the stories out one after another, shifting each story's offsets."""

    def __init__(self) -> None:
        self.map = TextMap()
        self._chunks: list[str] = []
        self._length = 0
        self._emitted = False
        self._last_para: etree._Element | None = None

    def add(
        self, kind: SpanKind | None, part: str, walker: StoryWalker, attrs: dict[str, str]
    ) -> None:
        walker.finish()
        text = _trimmed(walker)
        size = len(text)
        found = self.map
        found.skipped_shapes = found.skipped_shapes or walker.skipped_shapes
        if part not in found.parts:
            found.parts.append(part)
        # a story that had text and lost it all to the editor's deletions stays (empty), so
        # the text reads the same in both views; one that never had any is left out
        present = bool(text) or bool(walker.hidden_at)
        if not present and kind is not None:
            return
        offset = self._length
        if self._emitted:
            para = self._last_para
            assert para is not None
            found.pieces.append(Piece(offset, 1, SEP, para, para, locked=True))
            self._chunks.append("\n")
            offset += 1
        if present:  # the break after this story belongs to its last paragraph with text
            self._emitted = True
            kept = [p for p in walker.pieces if p.start < size]
            if kept and kept[-1].para is not None:
                self._last_para = kept[-1].para
            elif walker.paragraphs:
                self._last_para = walker.paragraphs[-1][0]
        for piece in walker.pieces:
            if piece.start >= size:
                break
            piece.start += offset
            found.pieces.append(piece)

        def at(value: int) -> int:
            return min(max(value, 0), size) + offset

        for span in walker.spans:
            found.spans.append(Span(span.kind, at(span.start), at(span.end), span.attrs))
        for place, shape in walker.pictures:
            found.pictures.append(Picture(at(place), shape, part))
        for mark in walker.marks:
            mark.start, mark.end = at(mark.start), at(mark.end)
            found.marks.append(mark)
        for source, target in (
            (walker.starts, found.starts),
            (walker.ends, found.ends),
            (walker.refs, found.refs),
        ):
            for key, value in source.items():
                target.setdefault(key, at(value))
        self._chunks.append(text)
        self._length = offset + size
        found.stories.append(Story(kind, part, offset, offset + size, attrs))
        if kind is not None:
            found.spans.append(Span(kind, offset, offset + size, attrs))

    def finish(self) -> TextMap:
        self.map.text = "".join(self._chunks)
        if self.map.text and self.map.text.endswith("\n"):
            log.debug("story layout ended in a newline")
        return self.map


def _trimmed(walker: StoryWalker) -> str:
    """The story's text without its empty paragraphs at the end.

    A paragraph stays when text this view does not show follows it, or its mark is a
    tracked change: so an export whose last paragraph the editor emptied (or added) reads
    the same in both views as the draft does.
    """
    text = walker.text
    size = len(text)
    last_hidden = max(walker.hidden_at, default=-1)
    index = len(walker.pieces) - 1
    while size and text[size - 1] == "\n":
        piece = walker.pieces[index]
        if last_hidden >= size or piece.revised:
            break
        size -= 1
        index -= 1
    return text[:size]


class _Document:
    """Walks the stories of a package in layout order."""

    def __init__(self, package: Package, main: str, view: View) -> None:
        self.package = package
        self.main = main
        self.view = view
        styles_part = next(iter(package.related(main, "styles")), None)
        numbering_part = next(iter(package.related(main, "numbering")), None)
        self.styles = Styles.read(package.xml(styles_part) if styles_part else None)
        self.numbering = Numbering(package.xml(numbering_part) if numbering_part else None)
        self.out = _Assembler()
        self.note_refs: dict[str, list[str]] = {"footnote": [], "endnote": []}
        self._contexts: dict[str, PartContext] = {}

    def context(self, part: str) -> PartContext:
        ctx = self._contexts.get(part)
        if ctx is None:
            links = {
                rel.id: rel.target
                for rel in self.package.relationships(part)
                if rel.kind == "hyperlink"
            }
            ctx = PartContext(
                part, self.package.xml(part), self.styles, self.numbering, links, self.view
            )
            self._contexts[part] = ctx
        return ctx

    def story(
        self,
        kind: SpanKind | None,
        part: str,
        container: etree._Element,
        attrs: dict[str, str],
    ) -> None:
        walker = StoryWalker(self.context(part))
        for child in container:
            walker.walk(child)
        for note, ident in walker.note_refs:
            if ident not in self.note_refs[note]:
                self.note_refs[note].append(ident)
        self.out.add(kind, part, walker, attrs)
        for box in walker.boxes:
            self.out.map.boxes.append(box)
            self.story(SpanKind.TEXT_BOX, part, box.content, {"part": part})

    def notes(self, rel_kind: str, kind: SpanKind, note: str) -> None:
        parts = self.package.related(self.main, rel_kind)
        if not parts:
            return
        part = parts[0]
        by_id: dict[str, etree._Element] = {}
        for el in self.package.xml(part):
            if local(el) in ("footnote", "endnote"):
                if (wattr(el, "type") or "normal") in _SEPARATOR_NOTES:
                    continue
                by_id.setdefault(wattr(el, "id") or "", el)
        for number, ident in enumerate(self.note_refs[note], start=1):
            el = by_id.get(ident)
            if el is not None:
                self.story(kind, part, el, {"id": ident, "number": str(number)})

    def headers_and_footers(self, body: etree._Element) -> None:
        rels = {rel.id: rel for rel in self.package.relationships(self.main)}
        found: dict[str, list[tuple[str, str]]] = {"header": [], "footer": []}
        seen: set[str] = set()
        for sect in body.iter(*(f"{{{ns}}}sectPr" for ns in W_NAMESPACES)):
            for ref in sect:
                name = local(ref)
                if name not in ("headerReference", "footerReference"):
                    continue
                rel = rels.get(rel_id(ref) or "")
                if rel is None or rel.external or not self.package.has(rel.target):
                    continue
                if rel.target in seen:
                    continue
                seen.add(rel.target)
                found[name[:6]].append((rel.target, wattr(ref, "type") or "default"))
        for name in ("header", "footer"):  # parts no section uses, as other readers show them
            for part in self.package.related(self.main, name):
                if part not in seen:
                    seen.add(part)
                    found[name].append((part, "unused"))
        for key, kind in (("header", SpanKind.HEADER), ("footer", SpanKind.FOOTER)):
            for part, page in found[key]:
                self.story(kind, part, self.package.xml(part), {"part": part, "type": page})


def map_document(package: Package, view: View = "accept") -> TextMap:
    """The text of ``package`` in the given view, with its map. Raises :class:`FormatError`."""
    main = package.main_part()
    if main is None:
        raise damaged(package.name)
    root = package.xml(main)
    if local(root) != "document":
        raise damaged(package.name)
    doc = _Document(package, main, view)
    body = wchild(root, "body")
    try:
        if body is not None:
            doc.story(None, main, body, {})
        doc.notes("footnotes", SpanKind.FOOTNOTE, "footnote")
        doc.notes("endnotes", SpanKind.ENDNOTE, "endnote")
        if body is not None:
            doc.headers_and_footers(body)
    except RecursionError:
        raise FormatError(
            f"{package.name}: is nested too deeply to be a genuine Word document"
        ) from None
    return doc.out.finish()


def visible_text(textmap: TextMap) -> str:
    """The text without stories left empty (as a document reads once every change in it
    is accepted: a story whose text was all deleted is then gone, with its break)."""
    out: list[str] = []
    emitted = False
    for story in textmap.stories:
        piece = textmap.text[story.start : story.end]
        if story.kind is not None and not piece:
            continue
        if emitted:
            out.append("\n")
        out.append(piece)
        emitted = emitted or bool(piece)
    return "".join(out)


def story_parts(package: Package) -> list[str]:
    """Every XML part that holds text of the document: main, notes, headers, footers."""
    main = package.main_part()
    if main is None:
        return []
    parts = [main]
    for kind in ("footnotes", "endnotes", "header", "footer"):
        parts.extend(p for p in package.related(main, kind) if p not in parts)
    return parts
