"""Word .docx: the body text as it reads after accepting every tracked change, plus comments.

python-docx's ``paragraph.text`` drops runs inside ``w:ins``, so the XML is read here
directly (through :mod:`reviewdesk.formats.safety`: bounded unzip, no DTDs).

Layout of the imported text: each Word paragraph (heading, list item, table-cell
paragraph) becomes one line, and lines are separated by a single ``\\n`` — the app treats
each line as a paragraph, and the exporters turn each line back into one Word paragraph.
Empty Word paragraphs stay empty lines. Headings and list items keep exactly the writer's
text: no ``#`` marks and no bullets or numbers that Word generates itself. A soft line
break (``w:br``, ``w:cr``) becomes ``\\n``; a tab ``\\t``; page and column breaks only
separate text when text stands on both sides. Comments become notes anchored at
code-point offsets into that text. Text boxes, footnotes, headers and footers are not
imported (a warning says so when there were any).
"""

from __future__ import annotations

import logging
import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from reviewdesk.formats.errors import FormatError
from reviewdesk.formats.imported import ImportedDocument, ImportedNote
from reviewdesk.formats.safety import SafeZip, parse_xml

log = logging.getLogger(__name__)

_W_NS = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
_W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"

# Elements whose content is never body text.
_SKIP = frozenset(
    {
        "pPr",
        "rPr",
        "sectPr",
        "tblPr",
        "tblGrid",
        "tblPrEx",
        "trPr",
        "tcPr",
        "sdtPr",
        "sdtEndPr",
        "instrText",
        "delInstrText",
        "delText",
        "rt",
        "footnoteReference",
        "endnoteReference",
        "annotationRef",
        "fldData",
        "bookmarkStart",
        "bookmarkEnd",
        "proofErr",
        "permStart",
        "permEnd",
        "lastRenderedPageBreak",
    }
)
_SHAPES = frozenset({"drawing", "pict", "object", "AlternateContent", "txbxContent"})
_DELETED = frozenset({"del", "moveFrom"})


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _wattr(el: Element, name: str) -> str | None:
    for ns in _W_NS:
        value = el.get(f"{{{ns}}}{name}")
        if value is not None:
            return value
    return None


def _wchild(el: Element, name: str) -> Element | None:
    for ns in _W_NS:
        child = el.find(f"{{{ns}}}{name}")
        if child is not None:
            return child
    return None


@dataclass
class _Para:
    start: int
    end: int
    style: str
    outline: bool


@dataclass
class _Builder:
    """Walks WordprocessingML in document order, writing the after-accept text."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    starts: dict[str, int] = field(default_factory=dict)
    ends: dict[str, int] = field(default_factory=dict)
    refs: dict[str, int] = field(default_factory=dict)
    paragraphs: list[_Para] = field(default_factory=list)
    skipped_shapes: bool = False
    skipped_notes: bool = False
    _para_has_text: bool = False
    _pending_break: bool = False

    def emit(self, text: str) -> None:
        if not text:
            return
        if self._pending_break:
            self._pending_break = False
            self._append("\n")
        self._append(text)
        self._para_has_text = True

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def walk(self, el: Element, deleted: bool = False) -> None:
        ns, local = _split(el.tag)
        if ns == _M_NS:
            if local == "t" and not deleted:
                self.emit((el.text or "").replace("\n", " "))
            else:
                for child in el:
                    self.walk(child, deleted)
            return
        if ns not in _W_NS:
            if local in _SHAPES:
                self.skipped_shapes = self.skipped_shapes or _has_text(el)
                return
            for child in el:  # smart tags and custom XML wrap body content
                self.walk(child, deleted)
            return
        if local in _SKIP:
            if local in ("footnoteReference", "endnoteReference"):
                self.skipped_notes = True
            return
        if local in _SHAPES:
            self.skipped_shapes = self.skipped_shapes or _has_text(el)
            return
        if local == "p":
            self._paragraph(el, deleted)
        elif local == "t":
            if not deleted:
                self.emit((el.text or "").replace("\r", " ").replace("\n", " "))
        elif local in ("tab", "ptab"):
            if not deleted:
                self.emit("\t")
        elif local in ("br", "cr"):
            if not deleted:
                self._break(_wattr(el, "type") or "textWrapping")
        elif local == "noBreakHyphen":
            if not deleted:
                self.emit("-")
        elif local == "sym":
            code = _wattr(el, "char") or ""
            try:
                value = int(code, 16)
            except ValueError:
                value = 0
            if not deleted and 0x20 <= value < 0xE000:
                self.emit(chr(value))
        elif local == "commentRangeStart":
            self.starts.setdefault(_wattr(el, "id") or "", self.length)
        elif local == "commentRangeEnd":
            self.ends[_wattr(el, "id") or ""] = self.length
        elif local == "commentReference":
            self.refs.setdefault(_wattr(el, "id") or "", self.length)
        elif local == "tr":
            row_pr = _wchild(el, "trPr")
            row_deleted = row_pr is not None and _wchild(row_pr, "del") is not None
            for child in el:
                self.walk(child, deleted or row_deleted)
        else:
            is_deleted = deleted or local in _DELETED
            for child in el:
                self.walk(child, is_deleted)

    def _break(self, kind: str) -> None:
        if kind in ("page", "column"):
            self._pending_break = self._para_has_text
        else:
            self._pending_break = False
            self._append("\n")
            self._para_has_text = True

    def _paragraph(self, el: Element, deleted: bool) -> None:
        start = self.length
        self._para_has_text = False
        self._pending_break = False
        props = _wchild(el, "pPr")
        style = ""
        outline = False
        mark_deleted = deleted
        if props is not None:
            style_el = _wchild(props, "pStyle")
            style = (_wattr(style_el, "val") or "") if style_el is not None else ""
            outline = _wchild(props, "outlineLvl") is not None
            run_props = _wchild(props, "rPr")
            if run_props is not None and (
                _wchild(run_props, "del") is not None or _wchild(run_props, "moveFrom") is not None
            ):
                mark_deleted = True
        for child in el:
            self.walk(child, deleted)
        self._pending_break = False
        self.paragraphs.append(_Para(start, self.length, style, outline))
        if not mark_deleted:  # a deleted paragraph mark joins this paragraph to the next
            self._append("\n")


def _has_text(el: Element) -> bool:
    return any(_split(node.tag)[1] == "t" and (node.text or "").strip() for node in el.iter())


def _rels(zf: SafeZip, path: Path, part: str) -> dict[str, str]:
    """Relationship type suffix → target part name, for ``part`` (``""`` for the package)."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels_name not in zf.names():
        return {}
    result: dict[str, str] = {}
    for rel in parse_xml(zf.read(rels_name), path, rels_name):
        if _split(rel.tag) != (_REL_NS, "Relationship") or rel.get("TargetMode") == "External":
            continue
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if target.startswith("/"):
            resolved = target.lstrip("/")
        else:
            resolved = posixpath.normpath(posixpath.join(folder, target))
        result.setdefault(kind, resolved)
    return result


def _not_word(zf: SafeZip, path: Path) -> FormatError:
    names = zf.names()
    if "xl/workbook.xml" in names:
        return FormatError(f"{path.name}: is an Excel workbook, not a Word document")
    if "ppt/presentation.xml" in names:
        return FormatError(f"{path.name}: is a PowerPoint file, not a Word document")
    if "content.xml" in names and "mimetype" in names:
        return FormatError(
            f"{path.name}: is an OpenDocument file; save it as .docx (Word) and open that"
        )
    return zf.damaged()


def _heading_styles(zf: SafeZip, path: Path, part: str | None) -> tuple[set[str], set[str]]:
    """Style ids of headings and of the Title style, from styles.xml."""
    headings: set[str] = set()
    titles: set[str] = set()
    if not part or part not in zf.names():
        return headings, titles
    for style in parse_xml(zf.read(part), path, part):
        if _split(style.tag)[1] != "style":
            continue
        style_id = _wattr(style, "styleId") or ""
        name_el = _wchild(style, "name")
        name = ((_wattr(name_el, "val") or "") if name_el is not None else "").lower()
        props = _wchild(style, "pPr")
        if name == "title":
            titles.add(style_id)
        elif name.startswith("heading") or (
            props is not None and _wchild(props, "outlineLvl") is not None
        ):
            headings.add(style_id)
    return headings, titles


def _core_meta(zf: SafeZip, path: Path) -> dict[str, str]:
    part = "docProps/core.xml"
    if part not in zf.names():
        return {}
    meta: dict[str, str] = {}
    root = parse_xml(zf.read(part), path, part)
    for key, tag in (
        ("title", f"{_DC}title"),
        ("author", f"{_DC}creator"),
        ("date", f"{_DCTERMS}created"),
        ("modified", f"{_DCTERMS}modified"),
    ):
        el = root.find(tag)
        if el is not None and (el.text or "").strip():
            meta[key] = (el.text or "").strip()
    return meta


def _comments(
    zf: SafeZip, path: Path, rels: dict[str, str], body: _Builder, text_len: int
) -> list[ImportedNote]:
    part = rels.get("comments", "word/comments.xml")
    if part not in zf.names():
        return []
    root = parse_xml(zf.read(part), path, part)
    parents = _reply_parents(zf, path, rels.get("commentsExtended"), root)
    notes: list[ImportedNote] = []
    for comment in root:
        if _split(comment.tag)[1] != "comment":
            continue
        cid = _wattr(comment, "id") or ""
        inner = _Builder()
        for child in comment:
            inner.walk(child)
        text = inner.text.strip("\n").strip()
        anchor = cid if (cid in body.starts or cid in body.refs) else parents.get(cid, cid)
        start = body.starts.get(anchor, body.refs.get(anchor))
        if start is None:
            log.info("comment %s in %s has no anchor; placed at the start", cid, path)
            start = 0
        end = body.ends.get(anchor, body.refs.get(anchor, start))
        start, end = sorted((min(start, text_len), min(end, text_len)))
        notes.append(ImportedNote(start, end, text, _wattr(comment, "author") or ""))
    return notes


def _reply_parents(zf: SafeZip, path: Path, part: str | None, comments: Element) -> dict[str, str]:
    """Reply comment id → parent comment id, from commentsExtended.xml (Word 2013+)."""
    if not part or part not in zf.names():
        return {}
    para_to_comment: dict[str, str] = {}
    for comment in comments:
        for p in comment.iter():
            para_id = p.get(f"{{{_W14_NS}}}paraId")
            if para_id:
                para_to_comment[para_id] = _wattr(comment, "id") or ""
    result: dict[str, str] = {}
    for ex in parse_xml(zf.read(part), path, part):
        child = para_to_comment.get(ex.get(f"{{{_W15_NS}}}paraId") or "")
        parent = para_to_comment.get(ex.get(f"{{{_W15_NS}}}paraIdParent") or "")
        if child and parent:
            result[child] = parent
    return result


def _title(
    body: _Builder,
    text: str,
    meta: dict[str, str],
    styles: tuple[set[str], set[str]],
    fallback: str,
) -> str:
    if meta.get("title"):
        return meta["title"][:120]
    headings, titles = styles
    for wanted in (titles, headings):
        for para in body.paragraphs:
            line = text[para.start : para.end].strip()
            if line and (para.style in wanted or (wanted is headings and para.outline)):
                return line[:120]
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:120]
    return fallback


def import_docx(path: Path) -> ImportedDocument:
    """Read a .docx file (read-only) as it would read after accepting all tracked changes."""
    with SafeZip(path) as zf:
        package = _rels(zf, path, "")
        main = package.get("officeDocument", "word/document.xml")
        if main not in zf.names():
            raise _not_word(zf, path)
        root = parse_xml(zf.read(main), path, main)
        if _split(root.tag)[1] != "document":
            raise zf.damaged()
        rels = _rels(zf, path, main)
        body = _Builder()
        body_el = _wchild(root, "body")
        try:
            if body_el is not None:
                body.walk(body_el)
            text = body.text.rstrip("\n")
            notes = _comments(zf, path, rels, body, len(text))
        except RecursionError:
            raise FormatError(
                f"{path.name}: is nested too deeply to be a genuine Word document"
            ) from None
        meta = _core_meta(zf, path)
        styles = _heading_styles(zf, path, rels.get("styles", "word/styles.xml"))
        warnings: list[str] = []
        if body.skipped_shapes:
            warnings.append("Text in text boxes and shapes was not imported")
        if body.skipped_notes:
            warnings.append("Footnotes and endnotes were not imported")
        if "altChunk" in rels:
            warnings.append("Embedded documents (alternative format chunks) were not imported")
        if not text.strip():
            warnings.append("The document has no text")
        title = _title(body, text, meta, styles, path.stem)
    log.info("imported %s: %d characters, %d comments", path, len(text), len(notes))
    return ImportedDocument(
        text=text,
        title=title,
        format="docx",
        encoding="utf-8",
        notes=notes,
        meta=meta,
        warnings=warnings,
    )
