"""An article's structure laid out per block, for the window's highlighter and painter.

:class:`~reviewdesk.core.structure.Structure` holds spans over one text in code points;
the window draws per block (paragraph) in UTF-16 units, like the issue layers. This
module turns the spans into such a layer, ``{block number: BlockSpans}``, plain Python so
it runs off the UI thread on a 50k-word article. Each range's kind says how it is drawn:

- ``s:<kind>``: a character format (bold, italic, underline, link);
- ``b:<kind>[:<level>]``: a paragraph-level part (heading, list item, table row and cell,
  footnote, header, ...): typing at its edge stays inside it, as
  :meth:`Structure.follow` has it; the window draws labels, tints and rules for these;
- ``p:<kind>``: a place (a footnote mark, a picture), drawn as a small label in a gap.

A range's ``ref`` indexes :attr:`StructureLayout.details`, which says what the span is
(its label, its tooltip); the pieces of one span in several blocks share it, which is how
the painter tells the first paragraph of a table row or a footnote from the next.
Incoming revisions come out as positions (UTF-16, whole text), followed live by the window.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field, replace

from reviewdesk.core.anchors import Change
from reviewdesk.core.structure import (
    BLOCK_KINDS,
    Revision,
    Span,
    SpanKind,
    Structure,
    changes_between,
    follow_span,
)
from reviewdesk.service.docmap import BlockRange, BlockSpans, DocMap

STRUCT = "s:"
BLOCK = "b:"
POINT = "p:"
# incoming revisions (the window's own layer): "r:ins:<author>", "r:del:<author>:<gap>"
REV_INSERT = "r:ins"
REV_DELETE = "r:del"

#: Point kinds: drawn in a gap after the character before them.
POINT_KINDS = frozenset({SpanKind.NOTE_REFERENCE, SpanKind.PICTURE})

_STORY_LABELS = {
    SpanKind.FOOTNOTE: "Footnote",
    SpanKind.ENDNOTE: "Endnote",
    SpanKind.TEXT_BOX: "Text box",
    SpanKind.CAPTION: "Caption",
    SpanKind.HEADLINE: "Headline",
    SpanKind.STANDFIRST: "Standfirst",
    SpanKind.BYLINE: "Byline",
    SpanKind.PHOTO_CAPTION: "Photo caption",
}
STEP = 200  # spans followed or laid out between two yields of :func:`lay_out_steps`
_PAGE_PARTS = {"first": "First-page ", "even": "Even-page "}


@dataclass(frozen=True, slots=True)
class SpanDetail:
    """What one span is, for the painter (``label`` in the margin) and tooltips."""

    kind: SpanKind
    label: str = ""  # drawn in the margin at the span's first paragraph ("Footnote 1", "•")
    tip: str = ""  # tooltip text ("Link to https://…")
    level: int = 0  # heading or list level
    index: int = 0  # a table row's number in its table (from 1), a cell's in its row


@dataclass(slots=True)
class StructureLayout:
    """A structure laid out over one text: the layer, what its refs mean, the revisions."""

    text: str
    layer: dict[int, BlockSpans] = field(default_factory=dict)
    details: list[SpanDetail] = field(default_factory=list)
    # pending and decided revisions with their places, UTF-16 over the whole text
    revisions: list[tuple[Revision, int, int]] = field(default_factory=list)
    # the blocks holding places (footnote marks, pictures), which the window widens
    point_blocks: set[int] = field(default_factory=set)

    @property
    def has_margin(self) -> bool:
        """Whether any paragraph gets a label in the margin."""
        return any(d.label for d in self.details if d.kind not in POINT_KINDS)


def range_kind(span: Span) -> str:
    """The highlighter kind of a span."""
    if span.kind in POINT_KINDS:
        return f"{POINT}{span.kind}"
    if span.kind in BLOCK_KINDS:
        if span.kind is SpanKind.HEADING:
            level = _int(span.attr("level"), 1)
            return f"{BLOCK}heading:{min(max(level, 0), 6)}"
        return f"{BLOCK}{span.kind}"
    return f"{STRUCT}{span.kind}"


def is_block_kind(kind: str) -> bool:
    """Whether a range kind is paragraph-level (typing at its edge stays inside)."""
    return kind.startswith(BLOCK)


def is_point_kind(kind: str) -> bool:
    """Whether a range kind is a place drawn in a gap (a note mark, a deleted passage)."""
    return kind.startswith((POINT, REV_DELETE))


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _story_label(span: Span) -> str:
    if span.kind in (SpanKind.HEADER, SpanKind.FOOTER):
        name = "header" if span.kind is SpanKind.HEADER else "footer"
        prefix = _PAGE_PARTS.get(span.attr("type"), "")
        return f"{prefix}{name}".capitalize() if prefix else name.capitalize()
    base = _STORY_LABELS.get(span.kind, "")
    number = span.attr("number") if span.kind in (SpanKind.FOOTNOTE, SpanKind.ENDNOTE) else ""
    return f"{base} {number}".strip()


def _details(structure: Structure, text: str) -> list[SpanDetail]:
    """One detail per span, in the order of ``structure.spans``."""
    steps = _details_steps(structure, text)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return list(done.value)


def _details_steps(structure: Structure, text: str) -> Generator[None, None, list[SpanDetail]]:
    """:func:`_details`, yielding every :data:`STEP` spans."""
    notes = structure.of_kind(SpanKind.FOOTNOTE, SpanKind.ENDNOTE)
    numbers = {(str(s.kind), s.attr("id")): s for s in notes}
    rows = _row_numbers(structure)
    yield
    out: list[SpanDetail] = []
    for n, span in enumerate(structure.spans):
        if n % STEP == STEP - 1:
            yield
        kind = span.kind
        if kind is SpanKind.LIST_ITEM:
            label = span.attr("label") or ("•" if span.attr("kind") != "number" else "")
            out.append(SpanDetail(kind, label, level=_int(span.attr("level"), 0)))
        elif kind is SpanKind.HEADING:
            level = _int(span.attr("level"), 1)
            tip = "Title" if level == 0 else f"Heading {level}"
            out.append(SpanDetail(kind, tip=tip, level=level))
        elif kind is SpanKind.ROW:
            out.append(SpanDetail(kind, f"Row {rows.get(n, 0)}", index=rows.get(n, 0)))
        elif kind is SpanKind.CELL:
            out.append(SpanDetail(kind, index=rows.get(n, 0)))
        elif kind is SpanKind.LINK:
            target = span.attr("target")
            out.append(SpanDetail(kind, tip=f"Link to {target}" if target else "Link"))
        elif kind is SpanKind.NOTE_REFERENCE:
            note = numbers.get((span.attr("note", "footnote"), span.attr("id")))
            what = "Endnote" if span.attr("note") == "endnote" else "Footnote"
            number = note.attr("number") if note is not None else span.attr("id")
            body = _quote(text[note.start : note.end]) if note is not None else ""
            tip = f"{what} {number}: {body}" if body else f"{what} {number}"
            out.append(SpanDetail(kind, number or "*", tip))
        elif kind is SpanKind.PICTURE:
            about = " — ".join(x for x in (span.attr("name"), span.attr("description")) if x)
            out.append(SpanDetail(kind, "▣", f"Picture: {about}" if about else "Picture"))
        else:
            out.append(SpanDetail(kind, _story_label(span)))
    return out


def _row_numbers(structure: Structure) -> dict[int, int]:
    """Span index -> its row's number in its table (rows), its place in its row (cells).

    One sweep in text order (a table comes before its rows, a row before its cells);
    stacks keep nested tables apart."""
    out: dict[int, int] = {}
    tables: list[list[int]] = []  # [end, rows so far]
    rows: list[list[int]] = []  # [end, cells so far]
    for n, span in enumerate(structure.spans):
        if span.kind not in (SpanKind.TABLE, SpanKind.ROW, SpanKind.CELL):
            continue
        while tables and tables[-1][0] < span.start:
            tables.pop()
        while rows and rows[-1][0] < span.start:
            rows.pop()
        if span.kind is SpanKind.TABLE:
            tables.append([span.end, 0])
        elif span.kind is SpanKind.ROW:
            if tables:
                tables[-1][1] += 1
            out[n] = tables[-1][1] if tables else 1
            rows.append([span.end, 0])
        else:
            if rows:
                rows[-1][1] += 1
            out[n] = rows[-1][1] if rows else 1
    return out


def cut(
    start: int,
    end: int,
    block: int,
    bounds: Callable[[int], tuple[int, int]],
    count: int,
    paragraph: bool,
) -> Iterator[tuple[int, int, int, bool]]:
    """The pieces of a span ``start..end`` over paragraphs: (block, start, end, goes on)
    from ``block`` (the one holding ``start``) on; ``bounds(n)`` is where block ``n``'s
    text starts and ends. ``goes on`` says the span includes the line break after that
    paragraph: its range is stored one past the text (``end + 1``), so the span's extent
    survives paragraph by paragraph (a heading typed on past Enter goes on). A piece is
    kept when it holds text, when the whole span is empty (it stays where it was), when
    an empty paragraph lies inside a paragraph-level span, or when it is only the line
    break (drawn as nothing, but typing there joins the span)."""
    while block < count:
        b_start, b_end = bounds(block)
        lo, hi = max(start, b_start), min(end, b_end)
        more = end > b_end
        if (
            lo < hi
            or start == end
            or (paragraph and b_start == b_end and lo == hi)
            or (more and lo == b_end)
        ):
            yield block, lo, hi, more
        if not more:
            return
        block += 1


def units(text: str) -> int:
    """Length of ``text`` in UTF-16 units, the unit of a layer's ranges (at C speed)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def covers(spans: BlockSpans, start: int, end: int) -> bool:
    """Whether a range puts its paragraph in the span: it holds some of its text, or the
    paragraph is empty (not only its line break, nor an emptied span left there)."""
    return start < min(end, units(spans.text)) or not spans.text


def lay_out_steps(
    structure: Structure, text: str, changes: Sequence[Change] = ()
) -> Generator[None, None, StructureLayout]:
    """:func:`lay_out` cut in small steps: a generator that yields after every
    :data:`STEP` spans and returns the layout. The window runs it a few milliseconds per
    turn of its event loop, so a 50k-word article's structure never holds the UI thread
    (a worker thread would: it competes for Python's lock with every UI callback).

    ``changes`` (in the order :meth:`Structure.follow` takes them, e.g. from
    :func:`~reviewdesk.core.structure.changes_between`) carry the structure over the
    edits that made ``text`` first, as :meth:`Structure.follow` does.
    """
    if changes:
        spans: list[Span] = []
        for n, span in enumerate(structure.spans, 1):
            start, end = span.start, span.end
            inclusive = span.kind in BLOCK_KINDS
            for change in changes:
                start, end = follow_span(start, end, change, inclusive)
            spans.append(
                span
                if (start, end) == (span.start, span.end)
                else replace(span, start=start, end=end)
            )
            if n % STEP == 0:
                yield
        revisions = []
        for rev in structure.revisions:
            start, end = rev.start, rev.end
            for change in changes:
                start, end = follow_span(start, end, change, False)
            revisions.append(
                rev if (start, end) == (rev.start, rev.end) else replace(rev, start=start, end=end)
            )
        structure = Structure(tuple(spans), tuple(revisions))
    layout = StructureLayout(text)
    if not structure:
        return layout
    docmap = DocMap(text)
    yield
    layout.details = yield from _details_steps(structure, text)
    per_block: dict[int, list[BlockRange]] = {}
    count = docmap.block_count
    text_len = len(text)

    def bounds(block: int) -> tuple[int, int]:
        b_end = docmap.block_start(block + 1) - 1 if block + 1 < count else text_len
        return docmap.block_start(block), b_end

    for ref, span in enumerate(structure.spans):
        kind = range_kind(span)
        start = max(0, min(span.start, text_len))
        end = max(start, min(span.end, text_len))
        first = docmap.block_of(start)
        if span.kind in POINT_KINDS:
            layout.point_blocks.add(first)
        for block, lo, hi, more in cut(start, end, first, bounds, count, is_block_kind(kind)):
            base = docmap.to_qt(docmap.block_start(block))
            per_block.setdefault(block, []).append(
                (docmap.to_qt(lo) - base, docmap.to_qt(hi) - base + more, kind, ref)
            )
        if ref % STEP == STEP - 1:
            yield
    for n, (block, ranges) in enumerate(per_block.items(), 1):
        b_start, b_end = bounds(block)
        layout.layer[block] = BlockSpans(text[b_start:b_end], tuple(ranges))
        if n % (STEP * 5) == 0:
            yield
    layout.revisions = [
        (rev, docmap.to_qt(rev.start), docmap.to_qt(rev.end)) for rev in structure.revisions
    ]
    return layout


def lay_out(structure: Structure, text: str, changes: Sequence[Change] = ()) -> StructureLayout:
    """The structure's spans as a per-block layer over ``text`` (which it describes, once
    ``changes`` are made), in one go."""
    steps = lay_out_steps(structure, text, changes)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def lay_out_draft(structure: Structure, original: str, draft: str) -> StructureLayout:
    """The structure of ``original`` carried over to ``draft`` (its edits), laid out."""
    return lay_out(structure, draft, changes_between(original, draft) if original != draft else ())
