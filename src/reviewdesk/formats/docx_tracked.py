"""A .docx whose tracked changes turn the original into the draft, with notes as comments.

Every word-level difference (``reviewdesk.core.diff.word_diff``) becomes a Word revision:
``w:ins`` holding runs of ``w:t``, ``w:del`` holding runs of ``w:delText``. Paragraph marks
take part too: a paragraph mark that only the original has is marked deleted
(``w:pPr/w:rPr/w:del``) and one that only the draft has is marked inserted
(``w:pPr/w:rPr/w:ins``), so accepting every change gives exactly the draft and rejecting every
change gives exactly the original, paragraphs included.

Notes (code-point offsets into the draft) become comments: ``w:commentRangeStart`` /
``w:commentRangeEnd`` around the passage and a ``w:commentReference`` run after it, in the
paragraph, between revisions (a reference that falls inside an insertion is marked inserted).
The comments part itself comes from python-docx's comments API.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from lxml import etree

from reviewdesk.core.diff import word_diff
from reviewdesk.formats.docx_comments import initials
from reviewdesk.formats.docx_edit import text_run
from reviewdesk.formats.docx_export import document_bytes, new_document, revision_date, xml_safe
from reviewdesk.formats.errors import FormatError

log = logging.getLogger(__name__)

Kind = Literal["equal", "insert", "delete"]


class NoteLike(Protocol):
    """What a comment needs from a note: a span of the draft, a body and an author."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def body(self) -> str: ...
    @property
    def author(self) -> str: ...


@dataclass(frozen=True, slots=True)
class TrackedDocument:
    """A tracked-changes .docx and what it holds.

    ``revisions`` counts the changes a reviewer sees: each maximal run of inserted (or
    deleted) text, paragraph marks included, counts once, however many ``w:ins``/``w:del``
    elements it needed (comment anchors split them).
    """

    data: bytes
    revisions: int
    insertions: int
    deletions: int
    comments: int
    # places where a comment ends inside an insertion: LibreOffice cannot keep its comment
    # anchor inside the insertion, so it lists that insertion as two changes
    comment_splits: int = 0


@dataclass(frozen=True, slots=True)
class _Segment:
    kind: Kind
    text: str
    pos: int  # draft offset where the segment starts (deletions take no room in the draft)
    revision: int  # index of the logical revision (-1 for equal text)


@dataclass(frozen=True, slots=True)
class _Marker:
    kind: Literal["start", "end"]
    comment_id: int
    inside: int = -1  # the insertion (revision index) the marker falls inside, if any


@dataclass(slots=True)
class _Paragraph:
    items: list[_Segment | _Marker] = field(default_factory=list)
    mark: Kind = "equal"


def _diff_segments(original: str, draft: str) -> list[_Segment]:
    """The original and the draft as one stream of equal, deleted and inserted text.

    Equal + deleted text spells the original; equal + inserted text spells the draft.
    """
    segments: list[_Segment] = []
    revision = 0

    def add(kind: Kind, text: str, pos: int) -> None:
        nonlocal revision
        if not text:
            return
        if segments and segments[-1].kind == kind and kind != "equal":
            prev = segments[-1]
            segments[-1] = _Segment(kind, prev.text + text, prev.pos, prev.revision)
            return
        if kind == "equal":
            segments.append(_Segment(kind, text, pos, -1))
        else:
            segments.append(_Segment(kind, text, pos, revision))
            revision += 1

    for op in word_diff(original, draft):
        old = original[op.a_start : op.a_end]
        new = draft[op.b_start : op.b_end]
        if op.tag == "equal" and old == new:
            add("equal", old, op.b_start)
        else:
            add("delete", old, op.b_start)
            add("insert", new, op.b_start)
    rebuilt_a = "".join(s.text for s in segments if s.kind != "insert")
    rebuilt_b = "".join(s.text for s in segments if s.kind != "delete")
    if rebuilt_a != original or rebuilt_b != draft:  # a bug in the diff, never the user's fault
        raise FormatError("could not work out the changes between the two texts (internal error)")
    return segments


def _clamp_notes(notes: Sequence[NoteLike], length: int) -> list[tuple[int, int]]:
    spans = []
    for note in notes:
        start = min(max(note.start, 0), length)
        end = min(max(note.end, start), length)
        spans.append((start, end))
    return spans


def _with_markers(
    segments: list[_Segment], spans: list[tuple[int, int]], comment_ids: list[int], length: int
) -> Iterator[_Segment | _Marker]:
    """Interleave comment range markers with the segments at the right draft offsets.

    A comment starts before any deletion at its start offset and ends right after its last
    character, before any deletion that follows.
    """
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    points: dict[int, list[int]] = {}
    for (start, end), cid in zip(spans, comment_ids, strict=True):
        if start == end:
            points.setdefault(start, []).append(cid)
        else:
            starts.setdefault(start, []).append(cid)
            ends.setdefault(end, []).append(cid)
    done: set[int] = set()

    def markers_at(pos: int, inside: int = -1) -> Iterator[_Marker]:
        if pos in done:
            return
        done.add(pos)
        for cid in ends.get(pos, ()):
            yield _Marker("end", cid, inside)
        for cid in starts.get(pos, ()):
            yield _Marker("start", cid, inside)
        for cid in points.get(pos, ()):
            yield _Marker("start", cid, inside)
            yield _Marker("end", cid, inside)

    cuts = sorted(set(starts) | set(ends) | set(points))
    for seg in segments:
        yield from markers_at(seg.pos)
        if seg.kind == "delete":
            yield seg
            continue
        pos, text, seg_end = seg.pos, seg.text, seg.pos + len(seg.text)
        first = bisect.bisect_right(cuts, pos)
        last = bisect.bisect_left(cuts, seg_end)
        for cut in cuts[first:last]:  # cuts strictly inside the segment
            head = cut - pos
            yield _Segment(seg.kind, text[:head], pos, seg.revision)
            text, pos = text[head:], cut
            yield from markers_at(cut, seg.revision if seg.kind == "insert" else -1)
        yield _Segment(seg.kind, text, pos, seg.revision)
    yield from markers_at(length)


def _comment_splits(items: list[_Segment | _Marker]) -> int:
    """How many places a comment ends strictly inside an insertion."""
    count = 0
    previous_was_end = False
    for item in items:
        is_end = isinstance(item, _Marker) and item.kind == "end" and item.inside >= 0
        if is_end and not previous_was_end:
            count += 1
        previous_was_end = is_end or (previous_was_end and isinstance(item, _Marker))
    return count


def _paragraphs(items: Iterator[_Segment | _Marker]) -> list[_Paragraph]:
    """Split the stream at every newline; each newline is a paragraph mark of its kind."""
    paragraphs = [_Paragraph()]
    for item in items:
        if isinstance(item, _Marker):
            paragraphs[-1].items.append(item)
            continue
        parts = item.text.split("\n")
        for i, part in enumerate(parts):
            if i:
                paragraphs[-1].mark = item.kind
                paragraphs.append(_Paragraph())
            if part:
                paragraphs[-1].items.append(_Segment(item.kind, part, item.pos, item.revision))
    return paragraphs


class _Writer:
    """Builds the ``w:p`` elements; hands out unique revision ids."""

    def __init__(self, author: str, date: str, first_id: int) -> None:
        self.author = author
        self.date = date
        self.next_id = first_id
        self.elements = 0

    def _revision(self, tag: str) -> etree._Element:
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(self.next_id))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.date)
        self.next_id += 1
        self.elements += 1
        return element

    @staticmethod
    def _run(text: str, deleted: bool) -> etree._Element:
        return text_run(_w, text, deleted=deleted)

    def paragraph(self, para: _Paragraph) -> etree._Element:
        p = OxmlElement("w:p")
        if para.mark != "equal":
            ppr = OxmlElement("w:pPr")
            rpr = OxmlElement("w:rPr")
            rpr.append(self._revision("w:ins" if para.mark == "insert" else "w:del"))
            ppr.append(rpr)
            p.append(ppr)
        for item in para.items:
            if isinstance(item, _Marker):
                self._marker(p, item)
            elif item.kind == "equal":
                p.append(self._run(item.text, deleted=False))
            else:
                wrapper = self._revision("w:ins" if item.kind == "insert" else "w:del")
                wrapper.append(self._run(item.text, deleted=item.kind == "delete"))
                p.append(wrapper)
        return p

    def _marker(self, p: etree._Element, marker: _Marker) -> None:
        if marker.kind == "start":
            p.append(OxmlElement("w:commentRangeStart", {qn("w:id"): str(marker.comment_id)}))
            return
        p.append(OxmlElement("w:commentRangeEnd", {qn("w:id"): str(marker.comment_id)}))
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:rStyle", {qn("w:val"): "CommentReference"}))
        run.append(rpr)
        run.append(OxmlElement("w:commentReference", {qn("w:id"): str(marker.comment_id)}))
        if marker.inside >= 0:
            # inside an insertion the reference is inserted too, as Word does; an untracked
            # reference would cut the insertion in two in LibreOffice
            wrapper = self._revision("w:ins")
            wrapper.append(run)
            p.append(wrapper)
        else:
            p.append(run)


def _w(name: str) -> str:
    return qn(f"w:{name}")


def build_tracked_docx(
    original: str,
    draft: str,
    notes: Sequence[NoteLike] = (),
    *,
    author: str,
    title: str = "",
    when: datetime | None = None,
) -> TrackedDocument:
    """A .docx showing ``draft`` as tracked changes over ``original``, notes as comments.

    Characters XML cannot hold (stray control characters) are replaced by U+FFFD in both texts
    first, so the exactness holds for the texts as sanitised.
    """
    original, draft = xml_safe(original), xml_safe(draft)
    named = xml_safe(author).strip()
    author = named or "reviewdesk"  # a tracked change must name someone
    date = revision_date(when)
    document = new_document(title=title, author=named, when=when)  # no name: no byline

    comment_ids: list[int] = []
    for note in notes:
        note_author = xml_safe(note.author).strip() or author
        comment = document.comments.add_comment(
            text=xml_safe(note.body), author=note_author, initials=initials(note_author)
        )
        comment._comment_elm.set(qn("w:date"), date)  # python-docx stamps "now"; use ours
        comment_ids.append(comment.comment_id)

    segments = _diff_segments(original, draft)
    spans = _clamp_notes(notes, len(draft))
    items = list(_with_markers(segments, spans, comment_ids, len(draft)))
    splits = _comment_splits(items)
    paragraphs = _paragraphs(iter(items))

    writer = _Writer(author, date, first_id=max(comment_ids, default=0) + 1)
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    for para in paragraphs:
        element = writer.paragraph(para)
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            body.append(element)

    insertions = sum(1 for s in segments if s.kind == "insert")
    deletions = sum(1 for s in segments if s.kind == "delete")
    log.debug(
        "tracked docx: %d revisions in %d elements, %d comments",
        insertions + deletions,
        writer.elements,
        len(comment_ids),
    )
    return TrackedDocument(
        data=document_bytes(document),
        revisions=insertions + deletions,
        insertions=insertions,
        deletions=deletions,
        comments=len(comment_ids),
        comment_splits=splits,
    )
