"""Exporting: one entry point for every output the desk sends, each written atomically.

- :func:`render` builds the bytes of an export in memory (nothing touches the disk);
- :func:`export_draft` renders an article and writes it to a file;
- :func:`compare_files` turns two versions of an article (any importable format) into a
  tracked-changes .docx, like Word's Compare.

An article imported from a Word file is exported *into that file* (its bytes are kept in
the library): the tracked .docx is the reporter's own document with the editor's changes
as revisions and the notes as comments, and the clean .docx the same document with every
change applied (:mod:`reviewdesk.formats.docx_rewrite`). Other articles get a new
document built from the text.

An existing file is replaced only with ``overwrite=True``; otherwise
:class:`OutputExistsError` (a :class:`FormatError`) is raised so the caller can ask.
Failures (full disk, read-only folder) raise :class:`FormatError` with a plain message and
leave the target as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from reviewdesk.core.fileio import atomic_write_bytes
from reviewdesk.core.models import Article, Decision, Note, SourceFile
from reviewdesk.core.structure import SpanKind, Structure
from reviewdesk.formats.docx_compare import compare_warnings
from reviewdesk.formats.docx_export import build_clean_docx, word_paragraphs, xml_safe
from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.formats.docx_rewrite import (
    Rewritten,
    SourceMismatchError,
    clean_from_source,
    tracked_from_source,
)
from reviewdesk.formats.docx_tracked import NoteLike, TrackedDocument, build_tracked_docx
from reviewdesk.formats.errors import FormatError
from reviewdesk.formats.export_text import render_html, render_md, render_txt
from reviewdesk.formats.imported import ImportedDocument
from reviewdesk.formats.importing import import_file, import_file_opened
from reviewdesk.formats.report import build_report

log = logging.getLogger(__name__)


class ExportFormat(StrEnum):
    """What can be exported."""

    TXT = "txt"
    MD = "md"
    HTML = "html"
    DOCX = "docx"
    DOCX_TRACKED = "docx-tracked"
    REPORT = "report"


#: The usual file suffix of each format.
SUFFIXES: dict[ExportFormat, str] = {
    ExportFormat.TXT: ".txt",
    ExportFormat.MD: ".md",
    ExportFormat.HTML: ".html",
    ExportFormat.DOCX: ".docx",
    ExportFormat.DOCX_TRACKED: ".docx",
    ExportFormat.REPORT: ".html",
}

#: Labels for menus and file dialogs.
LABELS: dict[ExportFormat, str] = {
    ExportFormat.TXT: "Plain text (.txt)",
    ExportFormat.MD: "Markdown (.md)",
    ExportFormat.HTML: "Web page (.html)",
    ExportFormat.DOCX: "Word document (.docx)",
    ExportFormat.DOCX_TRACKED: "Word document with tracked changes and comments (.docx)",
    ExportFormat.REPORT: "Review report (.html)",
}


class OutputExistsError(FormatError):
    """The output file exists and ``overwrite`` was not given."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists")
        self.path = path


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written: where, which format, how many bytes, revisions and comments, and
    what the editor should know (changes that could not be tracked, what compare could
    not compare). ``undecided``: the tracked changes the Word file came with that the
    editor neither accepted nor rejected, which the tracked export keeps as they came."""

    path: Path
    format: ExportFormat
    size: int
    revisions: int = 0
    comments: int = 0
    warnings: tuple[str, ...] = ()
    undecided: int = 0


@dataclass(frozen=True, slots=True)
class Rendered:
    """The bytes of an export and what they hold."""

    data: bytes
    revisions: int = 0
    comments: int = 0
    warnings: tuple[str, ...] = ()
    undecided: int = 0  # incoming tracked changes kept undecided (see ExportResult)


def parse_format(name: str) -> ExportFormat:
    """The :class:`ExportFormat` called ``name`` (``"docx-tracked"``, ``"txt"``, ...)."""
    try:
        return ExportFormat(name.lower().strip().lstrip("."))
    except ValueError:
        known = ", ".join(f.value for f in ExportFormat)
        raise FormatError(f"unknown export format {name!r} (use one of: {known})") from None


@dataclass(frozen=True, slots=True)
class _NoteAt:
    """A note's passage moved to the draft as Word paragraphs (:func:`word_paragraphs`)."""

    start: int
    end: int
    body: str
    author: str


def _tracked(
    original: str,
    draft: str,
    notes: Sequence[NoteLike],
    *,
    author: str,
    title: str,
    when: datetime | None,
) -> TrackedDocument:
    """Build the tracked .docx and read it back: accept-all must give the draft, reject-all
    the original (each as Word paragraphs, blank lines left out), or nothing is written."""
    before, after = word_paragraphs(xml_safe(original)), word_paragraphs(xml_safe(draft))
    placed = [_NoteAt(after.offset(n.start), after.offset(n.end), n.body, n.author) for n in notes]
    doc = build_tracked_docx(before.text, after.text, placed, author=author, title=title, when=when)
    view = read_revisions(doc.data)
    if view.accepted != after.text or view.rejected != before.text:
        log.error("tracked-changes self-check failed")
        raise FormatError("could not build the tracked changes correctly (internal error)")
    return doc


def _word_source(source: SourceFile | None) -> SourceFile | None:
    return source if source is not None and source.format == "docx" else None


def _into_source(
    article: Article,
    notes: Sequence[Note],
    source: SourceFile,
    structure: Structure | None,
    *,
    tracked: bool,
    author: str,
    when: datetime | None,
) -> Rendered | None:
    """The export written into the article's own Word file; None when the stored file no
    longer reads as the article's original (then a new document is built instead)."""
    try:
        if tracked:
            done: Rewritten = tracked_from_source(
                source.data, article.original, article.draft, notes, structure,
                author=author, when=when, name=source.name,
            )  # fmt: skip
        else:
            done = clean_from_source(
                source.data, article.original, article.draft, structure,
                author=author, when=when, name=source.name,
            )  # fmt: skip
    except SourceMismatchError as exc:
        log.warning("%s; exporting a new document instead", exc)
        return None
    # the clean export accepts every change; the tracked one keeps the undecided as they came
    undecided = sum(1 for r in structure.revisions if r.pending) if tracked and structure else 0
    return Rendered(done.data, done.revisions, done.comments, done.warnings, undecided)


def render_document(
    article: Article,
    notes: Sequence[Note],
    fmt: ExportFormat | str,
    *,
    author: str = "",
    decisions: Sequence[Decision] = (),
    when: datetime | None = None,
    source: SourceFile | None = None,
    structure: Structure | None = None,
) -> Rendered:
    """The bytes of ``article`` exported as ``fmt``, with counts and warnings.

    Notes go into .docx with tracked changes (as comments) and into the report; decisions
    only into the report. A Word ``source`` is written into rather than rebuilt.
    """
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    if fmt is ExportFormat.TXT:
        return Rendered(render_txt(article.draft))
    if fmt is ExportFormat.MD:
        return Rendered(render_md(article.draft))
    if fmt is ExportFormat.HTML:
        return Rendered(render_html(article.draft, title=article.title, language=article.language))
    word = _word_source(source)
    if fmt in (ExportFormat.DOCX, ExportFormat.DOCX_TRACKED) and word is not None:
        done = _into_source(
            article, notes, word, structure,
            tracked=fmt is ExportFormat.DOCX_TRACKED, author=author or "reviewdesk", when=when,
        )  # fmt: skip
        if done is not None:
            return done
        mismatch: tuple[str, ...] = (
            "The stored Word file no longer matches this article's text, so a new document "
            "was built from the text",
        )
    else:
        mismatch = ()
    if fmt is ExportFormat.DOCX:
        data = build_clean_docx(article.draft, title=article.title, author=author, when=when)
        return Rendered(data, warnings=mismatch)
    if fmt is ExportFormat.DOCX_TRACKED:
        doc = _tracked(
            article.original, article.draft, notes, author=author, title=article.title, when=when
        )
        return Rendered(doc.data, doc.revisions, doc.comments, mismatch)
    return Rendered(build_report(article, notes, decisions, reviewer=author, when=when))


def render(
    article: Article,
    notes: Sequence[Note],
    fmt: ExportFormat | str,
    *,
    author: str = "",
    decisions: Sequence[Decision] = (),
    when: datetime | None = None,
    source: SourceFile | None = None,
    structure: Structure | None = None,
) -> tuple[bytes, int, int]:
    """:func:`render_document` as (bytes, revisions, comments); warnings go to the log."""
    done = render_document(
        article, notes, fmt, author=author, decisions=decisions, when=when,
        source=source, structure=structure,
    )  # fmt: skip
    for warning in done.warnings:
        log.warning("export: %s", warning)
    return done.data, done.revisions, done.comments


def write_output(path: str | Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; refuse to replace a file unless ``overwrite``."""
    path = Path(path)
    if path.is_dir():
        raise FormatError(f"{path} is a folder; give a file name")
    if path.exists() and not overwrite:
        raise OutputExistsError(path)
    if not path.parent.is_dir():
        problem = "is not a folder" if path.parent.exists() else "does not exist"
        raise FormatError(f"cannot write {path}: {path.parent} {problem}")
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:  # WriteError carries a plain message in strerror
        raise FormatError(exc.strerror or f"cannot write {path}") from None


def export_draft(
    article: Article,
    notes: Sequence[Note],
    path: str | Path,
    fmt: ExportFormat | str,
    *,
    author: str,
    decisions: Sequence[Decision] = (),
    overwrite: bool = False,
    when: datetime | None = None,
    source: SourceFile | None = None,
    structure: Structure | None = None,
) -> ExportResult:
    """Export ``article`` as ``fmt`` to ``path`` (atomically). Raises :class:`FormatError`."""
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    path = Path(path)
    if path.exists() and not overwrite:  # fail before doing any work
        raise OutputExistsError(path)
    done = render_document(
        article, notes, fmt, author=author, decisions=decisions, when=when,
        source=source, structure=structure,
    )  # fmt: skip
    write_output(path, done.data, overwrite=overwrite)
    log.info("exported article %s as %s to %s", article.id, fmt, path)
    return ExportResult(
        path, fmt, len(done.data), done.revisions, done.comments, done.warnings, done.undecided
    )


def _has_pictures(*docs: ImportedDocument) -> bool:
    return any(doc.structure.of_kind(SpanKind.PICTURE) for doc in docs)


def compare_files(
    original: str | Path,
    edited: str | Path,
    out: str | Path,
    *,
    author: str,
    overwrite: bool = False,
    when: datetime | None = None,
) -> ExportResult:
    """Write a tracked-changes .docx turning ``original`` into ``edited``.

    Both files may be in any importable format. When ``original`` is a Word file, the
    result is that file with the differences tracked in it (its formatting kept, changes
    in tables, notes, headers and text boxes tracked where they are); differences that are
    not text (pictures, notes or tables added, formatting) are named in the warnings.
    Comments found in ``edited`` (e.g. a .docx with comments) become comments of the result.
    """
    out = Path(out)
    if out.exists() and not overwrite:
        raise OutputExistsError(out)
    before, opened = import_file_opened(original)
    after = import_file(edited)
    if before.source is not None and before.format == "docx":
        done = tracked_from_source(
            before.source, None, after.text, after.review_notes(), None,
            author=author, when=when, name=Path(original).name,
            compare_with=after.source if _has_pictures(before, after) else None,
            opened=(opened.package, opened.textmap) if opened is not None else None,
        )  # fmt: skip
        warnings = compare_warnings(
            before.structure, before.text, after.structure, after.text, after.format == "docx",
            pictures=after.source is None,
        )  # fmt: skip
        result = Rendered(done.data, done.revisions, done.comments, (*done.warnings, *warnings))
    else:
        doc = _tracked(
            before.text, after.text, after.notes, author=author, title=after.title, when=when
        )
        result = Rendered(doc.data, doc.revisions, doc.comments)
    write_output(out, result.data, overwrite=overwrite)
    log.info("compared %s with %s into %s: %d revisions", original, edited, out, result.revisions)
    return ExportResult(
        out,
        ExportFormat.DOCX_TRACKED,
        len(result.data),
        result.revisions,
        result.comments,
        result.warnings,
    )
