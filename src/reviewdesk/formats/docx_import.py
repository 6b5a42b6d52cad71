"""Word .docx: the text as it reads with every tracked change accepted, its structure, the
tracked changes themselves (as revisions), and comments (as notes, replies included).

The layout of the text (see :mod:`reviewdesk.formats.docx_map`): the body, one line per
Word paragraph (heading, list item, table-cell paragraph), then the document's text boxes,
footnotes, endnotes, page headers and page footers, each a story of its own, one line per
paragraph. Headings and list items keep exactly the writer's text: no ``#`` marks and no
bullets or numbers that Word generates (those are in the structure, with the label Word
shows). A soft line break becomes ``\\n``; a tab ``\\t``; page and column breaks only
separate text when text stands on both sides.

The file's bytes come back with the document, so the library can keep them and the
exports can write the editor's changes into the document itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from reviewdesk.core.structure import Revision, RevisionKind, Span, SpanKind, Structure
from reviewdesk.formats.docx_comments import read_comments
from reviewdesk.formats.docx_map import TextMap, map_document
from reviewdesk.formats.docx_package import W_NAMESPACES, Package
from reviewdesk.formats.docx_pieces import RevisionMark
from reviewdesk.formats.docx_styles import local
from reviewdesk.formats.errors import FormatError, damaged
from reviewdesk.formats.imported import ImportedDocument
from reviewdesk.formats.limits import (
    MAX_TRACKED_CHANGES,
    TRACKED_CHANGE_TAGS,
    check_tracked_changes,
)
from reviewdesk.formats.safety import MAX_DOCX_BYTES, read_limited

log = logging.getLogger(__name__)

_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"


def _not_word(package: Package, path: Path) -> FormatError:
    names = set(package.names())
    if "xl/workbook.xml" in names:
        return FormatError(f"{path.name}: is an Excel workbook, not a Word document")
    if "ppt/presentation.xml" in names:
        return FormatError(f"{path.name}: is a PowerPoint file, not a Word document")
    if "content.xml" in names and "mimetype" in names:
        return FormatError(
            f"{path.name}: is an OpenDocument file; save it as .docx (Word) and open that"
        )
    return damaged(path.name)


def _core_meta(package: Package) -> dict[str, str]:
    part = "docProps/core.xml"
    if not package.has(part):
        return {}
    meta: dict[str, str] = {}
    root = package.xml(part)
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


def _title(textmap: TextMap, meta: dict[str, str], fallback: str) -> str:
    """The core properties' title, else the Title paragraph, else the first heading,
    else the first line of the body."""
    if meta.get("title"):
        return meta["title"][:120]
    body_end = textmap.stories[0].end if textmap.stories and textmap.stories[0].kind is None else 0
    headings = [s for s in textmap.spans if s.kind is SpanKind.HEADING and s.end <= body_end]
    for wanted in (lambda s: s.attr("level") == "0", lambda s: True):
        for span in headings:
            line = textmap.text[span.start : span.end].strip()
            if line and wanted(span):
                return line[:120]
    for line in textmap.text[:body_end].split("\n"):
        if line.strip():
            return line.strip()[:120]
    for line in textmap.text.split("\n"):
        if line.strip():
            return line.strip()[:120]
    return fallback


def revisions_of(marks: list[RevisionMark]) -> list[Revision]:
    """Tracked-change elements grouped into the changes a reviewer sees: neighbouring
    elements of the same kind, author and date make one revision."""
    found: list[Revision] = []
    for mark in marks:
        kind = RevisionKind.INSERT if mark.kind == "insert" else RevisionKind.DELETE
        if found:
            last = found[-1]
            joins = (
                last.kind is kind
                and last.author == mark.author
                and last.date == mark.date
                and (
                    (kind is RevisionKind.INSERT and last.end == mark.start)
                    or (kind is RevisionKind.DELETE and last.start == mark.start)
                )
            )
            if joins:
                found[-1] = Revision(
                    last.id,
                    kind,
                    last.start,
                    mark.end if kind is RevisionKind.INSERT else last.end,
                    last.text + mark.text,
                    last.author,
                    last.date,
                    places=(*last.places, mark.place),
                )
                continue
        found.append(
            Revision(
                len(found) + 1,
                kind,
                mark.start,
                mark.end,
                mark.text,
                mark.author,
                mark.date,
                places=(mark.place,),
            )
        )
    return found


def document_structure(textmap: TextMap) -> Structure:
    """The structure an importer stores: spans and incoming revisions (their inserted
    text filled in from the text)."""
    revisions = [
        r if r.kind is RevisionKind.DELETE else Revision(
            r.id, r.kind, r.start, r.end, textmap.text[r.start : r.end], r.author, r.date,
            places=r.places,
        )
        for r in revisions_of(textmap.marks)
    ]  # fmt: skip
    spans = sorted(textmap.spans, key=lambda s: (s.start, -s.end, str(s.kind)))
    return Structure(tuple(spans), tuple(revisions))


def _warnings(package: Package, textmap: TextMap, structure: Structure) -> list[str]:
    warnings: list[str] = []
    if textmap.skipped_shapes:
        warnings.append("Text in shapes other than text boxes (such as WordArt) was not imported")
    main = package.main_part() or ""
    if package.related(main, "aFChunk"):
        warnings.append("Embedded documents (alternative format chunks) were not imported")
    if structure.revisions:
        authors = sorted({r.author for r in structure.revisions if r.author})
        who = f" by {', '.join(authors)}" if authors else ""
        count = len(structure.revisions)
        warnings.append(
            f"{count} tracked change{'s' if count != 1 else ''}{who} "
            f"{'are' if count != 1 else 'is'} kept as revisions: accept or reject them, or "
            "they go out again as they are"
        )
    if not textmap.text.strip():
        warnings.append("The document has no text")
    return warnings


def _spans_summary(spans: list[Span]) -> str:
    kinds: dict[str, int] = {}
    for span in spans:
        kinds[str(span.kind)] = kinds.get(str(span.kind), 0) + 1
    return ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))


@dataclass(frozen=True, slots=True)
class OpenedWord:
    """A .docx as imported, with the package and map it was read from (compare hands
    them to the tracked export instead of reading the same file twice)."""

    document: ImportedDocument
    package: Package
    textmap: TextMap


def import_docx(path: Path, max_tracked: int = MAX_TRACKED_CHANGES) -> ImportedDocument:
    """Read a .docx file (read-only): text, structure, revisions, comments, and its bytes.

    A body with more than ``max_tracked`` tracked changes is refused before it is read."""
    return open_docx(path, max_tracked).document


def open_docx(path: Path, max_tracked: int = MAX_TRACKED_CHANGES) -> OpenedWord:
    """:func:`import_docx`, keeping the opened package and its map."""
    data = read_limited(path, MAX_DOCX_BYTES, "a Word document")
    package = Package.open(data, path.name)
    main = package.main_part()
    if main is None:
        raise _not_word(package, path)
    if local(package.xml(main)) != "document":
        raise damaged(path.name)
    marks = (f"{{{ns}}}{tag}" for ns in W_NAMESPACES for tag in TRACKED_CHANGE_TAGS)
    check_tracked_changes(package.xml(main).iter(*marks), path.name, max_tracked)
    textmap = map_document(package)
    notes = read_comments(package, textmap)
    structure = document_structure(textmap)
    meta = _core_meta(package)
    title = _title(textmap, meta, path.stem)
    warnings = _warnings(package, textmap, structure)
    log.info(
        "imported %s: %d characters, %d comments, %d revisions; %s",
        path,
        len(textmap.text),
        len(notes),
        len(structure.revisions),
        _spans_summary(list(structure.spans)),
    )
    document = ImportedDocument(
        text=textmap.text,
        title=title,
        format="docx",
        encoding="utf-8",
        notes=notes,
        meta=meta,
        warnings=warnings,
        structure=structure,
        source=data,
    )
    return OpenedWord(document, package, textmap)
