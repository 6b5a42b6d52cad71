"""Read a .docx the way Word shows it with every change accepted, or every change rejected.

python-docx's ``paragraph.text`` silently drops runs inside ``w:ins`` and ``w:del``; this
reader walks ``word/document.xml`` itself. It understands ``w:ins``/``w:del`` (and
``w:moveTo``/``w:moveFrom``) around runs, ``w:delText``, tabs and breaks, and revision marks
on paragraph marks (``w:pPr/w:rPr/w:ins|w:del``: the paragraph joins the next one when the
mark goes away). It also lists comments with the text they are anchored on.

Used by tests and to verify a tracked-changes export before it is written.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from reviewdesk.formats.errors import FormatError, damaged

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART_BYTES = 64 * 1024 * 1024

State = Literal["equal", "insert", "delete"]

_INSERT_TAGS = {W + "ins", W + "moveTo"}
_DELETE_TAGS = {W + "del", W + "moveFrom"}
# Elements whose text is not part of the body text (field codes, properties, ...).
_SKIP_TAGS = {W + "pPr", W + "rPr", W + "instrText", W + "delInstrText", W + "fldData"}


@dataclass(frozen=True, slots=True)
class Revision:
    """One change as a reviewer sees it: a maximal run of inserted or deleted text."""

    kind: Literal["insert", "delete"]
    text: str
    author: str
    date: str


@dataclass(frozen=True, slots=True)
class AnchoredComment:
    """A comment and the passage it is anchored on (offsets into the accept-all text)."""

    id: str
    author: str
    initials: str
    date: str
    body: str
    start: int
    end: int
    anchor: str


@dataclass(slots=True)
class RevisionView:
    """A document read with revisions understood."""

    accepted: str
    rejected: str
    revisions: list[Revision] = field(default_factory=list)
    revision_elements: int = 0
    revision_ids: list[str] = field(default_factory=list)
    comments: list[AnchoredComment] = field(default_factory=list)

    @property
    def insertions(self) -> list[Revision]:
        """The inserted runs."""
        return [r for r in self.revisions if r.kind == "insert"]

    @property
    def deletions(self) -> list[Revision]:
        """The deleted runs."""
        return [r for r in self.revisions if r.kind == "delete"]


@dataclass(slots=True)
class _Piece:
    state: State
    text: str
    author: str = ""
    date: str = ""


@dataclass(slots=True)
class _Para:
    pieces: list[_Piece | tuple[str, str]] = field(default_factory=list)  # text or (marker, id)
    mark: State = "equal"
    mark_author: str = ""
    mark_date: str = ""


def _parse(data: bytes, name: str) -> Element:
    try:
        return SafeET.fromstring(data)
    except DefusedXmlException:
        raise FormatError(f"{name}: contains unsafe XML (entities or DTDs)") from None
    except SafeET.ParseError:
        raise damaged(name) from None


def _read_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise FormatError(f"{name} is too large ({info.file_size // 1_000_000} MB)")
    with archive.open(info) as fh:
        data = fh.read(MAX_PART_BYTES + 1)
    if len(data) > MAX_PART_BYTES:
        raise FormatError(f"{name} is too large")
    return data


class _BodyWalker:
    def __init__(self) -> None:
        self.paragraphs: list[_Para] = []
        self.elements = 0
        self.ids: list[str] = []

    def walk(self, element: Element) -> None:
        for child in element:
            if child.tag == W + "p":
                self.paragraph(child)
            elif child.tag in {W + "sectPr", W + "txbxContent"}:
                continue
            else:  # tables, sdt, customXml...: paragraphs nested inside, in order
                self.walk(child)

    def _note_revision(self, element: Element) -> tuple[str, str]:
        self.elements += 1
        self.ids.append(element.get(W + "id", ""))
        return element.get(W + "author", ""), element.get(W + "date", "")

    def paragraph(self, p: Element) -> None:
        para = _Para()
        rpr = p.find(f"{W}pPr/{W}rPr")
        if rpr is not None:
            for child in rpr:
                if child.tag in _INSERT_TAGS | _DELETE_TAGS:
                    para.mark = "insert" if child.tag in _INSERT_TAGS else "delete"
                    para.mark_author, para.mark_date = self._note_revision(child)
        self._content(p, para, "equal", "", "")
        self.paragraphs.append(para)

    def _content(self, element: Element, para: _Para, state: State, author: str, date: str) -> None:
        for child in element:
            tag = child.tag
            if tag in _SKIP_TAGS:
                continue
            if tag in _INSERT_TAGS or tag in _DELETE_TAGS:
                who, when = self._note_revision(child)
                inner: State = "insert" if tag in _INSERT_TAGS else "delete"
                self._content(child, para, inner, who, when)
            elif tag == W + "commentRangeStart":
                para.pieces.append(("start", child.get(W + "id", "")))
            elif tag == W + "commentRangeEnd":
                para.pieces.append(("end", child.get(W + "id", "")))
            elif tag in {W + "t", W + "delText"}:
                para.pieces.append(_Piece(state, child.text or "", author, date))
            elif tag == W + "tab":
                para.pieces.append(_Piece(state, "\t", author, date))
            elif tag in {W + "br", W + "cr"}:
                para.pieces.append(_Piece(state, "\n", author, date))
            elif tag == W + "noBreakHyphen":
                para.pieces.append(_Piece(state, "\u2011", author, date))
            elif tag == W + "softHyphen":
                para.pieces.append(_Piece(state, "\u00ad", author, date))
            elif tag == W + "p":  # a text box's paragraphs are not body text
                continue
            else:
                self._content(child, para, state, author, date)


def _texts(paragraphs: list[_Para]) -> tuple[str, str, dict[str, tuple[int, int]]]:
    """Accept-all and reject-all texts, and comment ranges in accept-all offsets."""
    accepted: list[str] = []
    rejected: list[str] = []
    acc_len = 0
    open_at: dict[str, int] = {}
    ranges: dict[str, tuple[int, int]] = {}
    for i, para in enumerate(paragraphs):
        for piece in para.pieces:
            if isinstance(piece, tuple):
                marker, cid = piece
                if marker == "start":
                    open_at[cid] = acc_len
                else:
                    ranges[cid] = (open_at.pop(cid, acc_len), acc_len)
                continue
            if piece.state != "delete":
                accepted.append(piece.text)
                acc_len += len(piece.text)
            if piece.state != "insert":
                rejected.append(piece.text)
        if i == len(paragraphs) - 1:
            break
        if para.mark != "delete":
            accepted.append("\n")
            acc_len += 1
        if para.mark != "insert":
            rejected.append("\n")
    return "".join(accepted), "".join(rejected), ranges


def _revisions(paragraphs: list[_Para]) -> list[Revision]:
    """Merge adjacent inserted (or deleted) text, paragraph marks included, into revisions."""
    out: list[Revision] = []
    last: Revision | None = None

    def push(kind: State, text: str, author: str, date: str) -> None:
        nonlocal last
        if kind == "equal":
            last = None
            return
        if last is not None and last.kind == kind and last.author == author:
            merged = Revision(last.kind, last.text + text, author, last.date)
            out[-1] = merged
            last = merged
            return
        last = Revision(kind, text, author, date)
        out.append(last)

    for i, para in enumerate(paragraphs):
        for piece in para.pieces:
            if isinstance(piece, _Piece) and piece.text:
                push(piece.state, piece.text, piece.author, piece.date)
        if i < len(paragraphs) - 1 or para.mark != "equal":
            push(para.mark, "\n", para.mark_author, para.mark_date)
    return out


def _comments(archive: zipfile.ZipFile) -> list[tuple[str, str, str, str, str]]:
    data = _read_part(archive, "word/comments.xml")
    if data is None:
        return []
    root = _parse(data, "word/comments.xml")
    found = []
    for comment in root.iter(W + "comment"):
        paragraphs = []
        for p in comment.iter(W + "p"):
            walker = _BodyWalker()
            walker.paragraph(p)
            paragraphs.append(
                "".join(x.text for x in walker.paragraphs[0].pieces if isinstance(x, _Piece))
            )
        found.append(
            (
                comment.get(W + "id", ""),
                comment.get(W + "author", ""),
                comment.get(W + "initials", ""),
                comment.get(W + "date", ""),
                "\n".join(paragraphs),
            )
        )
    return found


def read_revisions(source: str | Path | bytes) -> RevisionView:
    """Read a .docx (path or bytes) with its tracked changes and comments understood."""
    name = "document" if isinstance(source, bytes) else Path(source).name
    try:
        handle = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")  # noqa: SIM115
    except OSError as exc:
        raise FormatError(f"{name}: cannot read ({exc.strerror})") from None
    try:
        with handle, zipfile.ZipFile(handle) as archive:
            data = _read_part(archive, "word/document.xml")
            if data is None:
                raise damaged(name)
            root = _parse(data, name)
            comments = _comments(archive)
    except (zipfile.BadZipFile, EOFError):
        raise damaged(name) from None
    body = root.find(W + "body")
    walker = _BodyWalker()
    if body is not None:
        walker.walk(body)
    accepted, rejected, ranges = _texts(walker.paragraphs)
    anchored = []
    for cid, author, initials, date, text in comments:
        start, end = ranges.get(cid, (-1, -1))
        anchor = accepted[start:end] if start >= 0 else ""
        anchored.append(AnchoredComment(cid, author, initials, date, text, start, end, anchor))
    return RevisionView(
        accepted=accepted,
        rejected=rejected,
        revisions=_revisions(walker.paragraphs),
        revision_elements=walker.elements,
        revision_ids=walker.ids,
        comments=anchored,
    )
