"""Exporting: one entry point for every output the desk sends, each written atomically.

- :func:`render` builds the bytes of an export in memory (nothing touches the disk);
- :func:`export_draft` renders an article and writes it to a file;
- :func:`compare_files` turns two versions of an article (any importable format) into a
  tracked-changes .docx, like Word's Compare.

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
from reviewdesk.core.models import Article, Decision, Note
from reviewdesk.formats.docx_export import build_clean_docx, xml_safe
from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.formats.docx_tracked import NoteLike, TrackedDocument, build_tracked_docx
from reviewdesk.formats.errors import FormatError
from reviewdesk.formats.export_text import render_html, render_md, render_txt
from reviewdesk.formats.importing import import_file
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
    """What was written: where, which format, how many bytes, revisions and comments."""

    path: Path
    format: ExportFormat
    size: int
    revisions: int = 0
    comments: int = 0


def parse_format(name: str) -> ExportFormat:
    """The :class:`ExportFormat` called ``name`` (``"docx-tracked"``, ``"txt"``, ...)."""
    try:
        return ExportFormat(name.lower().strip().lstrip("."))
    except ValueError:
        known = ", ".join(f.value for f in ExportFormat)
        raise FormatError(f"unknown export format {name!r} (use one of: {known})") from None


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
    the original, or nothing is written."""
    doc = build_tracked_docx(original, draft, notes, author=author, title=title, when=when)
    view = read_revisions(doc.data)
    if view.accepted != xml_safe(draft) or view.rejected != xml_safe(original):
        log.error("tracked-changes self-check failed")
        raise FormatError("could not build the tracked changes correctly (internal error)")
    return doc


def render(
    article: Article,
    notes: Sequence[Note],
    fmt: ExportFormat | str,
    *,
    author: str = "",
    decisions: Sequence[Decision] = (),
    when: datetime | None = None,
) -> tuple[bytes, int, int]:
    """The bytes of ``article`` exported as ``fmt``, with the revision and comment counts.

    Notes go into .docx with tracked changes (as comments) and into the report; decisions
    only into the report.
    """
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    if fmt is ExportFormat.TXT:
        return render_txt(article.draft), 0, 0
    if fmt is ExportFormat.MD:
        return render_md(article.draft), 0, 0
    if fmt is ExportFormat.HTML:
        return render_html(article.draft, title=article.title, language=article.language), 0, 0
    if fmt is ExportFormat.DOCX:
        return build_clean_docx(article.draft, title=article.title, author=author, when=when), 0, 0
    if fmt is ExportFormat.DOCX_TRACKED:
        doc = _tracked(
            article.original, article.draft, notes, author=author, title=article.title, when=when
        )
        return doc.data, doc.revisions, doc.comments
    return build_report(article, notes, decisions, reviewer=author, when=when), 0, 0


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
) -> ExportResult:
    """Export ``article`` as ``fmt`` to ``path`` (atomically). Raises :class:`FormatError`."""
    fmt = parse_format(fmt) if isinstance(fmt, str) else fmt
    path = Path(path)
    if path.exists() and not overwrite:  # fail before doing any work
        raise OutputExistsError(path)
    data, revisions, comments = render(
        article, notes, fmt, author=author, decisions=decisions, when=when
    )
    write_output(path, data, overwrite=overwrite)
    log.info("exported article %s as %s to %s", article.id, fmt, path)
    return ExportResult(path, fmt, len(data), revisions, comments)


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

    Both files may be in any importable format. Comments found in ``edited`` (e.g. a .docx
    with comments) become comments of the result.
    """
    out = Path(out)
    if out.exists() and not overwrite:
        raise OutputExistsError(out)
    before = import_file(original)
    after = import_file(edited)
    doc = _tracked(
        before.text, after.text, after.notes, author=author, title=after.title, when=when
    )
    write_output(out, doc.data, overwrite=overwrite)
    log.info("compared %s with %s into %s: %d revisions", original, edited, out, doc.revisions)
    return ExportResult(out, ExportFormat.DOCX_TRACKED, len(doc.data), doc.revisions, doc.comments)
