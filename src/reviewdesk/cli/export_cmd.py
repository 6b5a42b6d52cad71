"""``reviewdesk export ARTICLE --to FORMAT -o OUT``: export an article from the library.

ARTICLE is an article id, or the file the article was imported from. Notes and decisions
come from the library. An article imported from a Word file is written into that file
(kept in the library): the reporter's own document with the changes tracked in it (or,
for ``docx``, applied). An existing OUT is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from reviewdesk.cli.common import CommandError, warn

if TYPE_CHECKING:  # the exporters and the store load only when a command runs
    from reviewdesk.core.models import Article
    from reviewdesk.formats.export import ExportFormat
    from reviewdesk.store import Library

log = logging.getLogger(__name__)

#: ``--to`` choices: the values of :class:`reviewdesk.formats.export.ExportFormat`.
FORMATS = ("txt", "md", "html", "docx", "docx-tracked", "report")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``export``."""
    parser = subparsers.add_parser(
        "export",
        help="export an article's draft, tracked changes or review report",
        description="Export an article from the library: the corrected draft (txt, md, html, "
        "docx), a .docx with tracked changes and the notes as comments (docx-tracked), or the "
        "review report (report, an HTML file).",
    )
    parser.add_argument("article", metavar="ARTICLE", help="an article id, or its source file")
    parser.add_argument(
        "--to",
        dest="format",
        choices=FORMATS,
        help="what to write (default: from OUT's suffix; .docx gives a clean draft)",
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--author", help="author of the tracked changes and the report")


def default_author(args: argparse.Namespace, library_path: Path) -> str:
    """``--author``, else the library's author setting, else none."""
    from reviewdesk.desk.exporting import default_author as remembered
    from reviewdesk.store import Library, StoreError

    if getattr(args, "author", None):
        return str(args.author).strip()
    if not library_path.exists():
        return remembered(None)
    try:
        with Library(library_path) as library:
            return remembered(library)
    except StoreError as exc:
        log.info("cannot read the author setting: %s", exc)
        return remembered(None)


def output_path(args: argparse.Namespace) -> Path:
    """The output path; refuses an existing file without ``--force``."""
    out = Path(args.output).expanduser()
    if out.exists() and not args.force:
        raise CommandError(f"{out} already exists; use --force to replace it")
    return out


def _format_for(args: argparse.Namespace, out: Path) -> ExportFormat:
    from reviewdesk.formats.export import parse_format

    if args.format:
        return parse_format(args.format)
    by_suffix = {
        ".txt": "txt",
        ".md": "md",
        ".markdown": "md",
        ".html": "html",
        ".htm": "html",
        ".docx": "docx",
    }
    name = by_suffix.get(out.suffix.lower())
    if name is None:
        raise CommandError(f"cannot tell the format from {out.name!r}; give --to")
    return parse_format(name)


def find_article(library: Library, ref: str) -> Article:
    path = Path(ref).expanduser()
    if path.is_file():
        found = library.find_article_by_source(str(path.resolve()))
        if found is None:
            found = library.find_article_by_source(str(path))
        if found is None:
            raise CommandError(f"{ref}: no article in the library was imported from this file")
        return found
    if ref.isdigit():
        return library.get_article(int(ref))
    raise CommandError(f"{ref}: no such article id or file")


def run(args: argparse.Namespace, library_path: Path) -> int:
    """Export the article; 0 on success (errors raise and exit 2)."""
    from reviewdesk.formats.export import ExportFormat, OutputExistsError, export_draft
    from reviewdesk.store import Library

    out = output_path(args)
    fmt = _format_for(args, out)
    if not library_path.exists():
        raise CommandError(f"no library at {library_path}; import an article first")
    author = default_author(args, library_path)
    with Library(library_path) as library:
        article = find_article(library, args.article)
        assert article.id is not None
        notes = library.notes(article.id)
        decisions = library.decisions(article.id)
        source = library.source(article.id)
        structure = library.structure(article.id)
    try:
        result = export_draft(
            article,
            notes,
            out,
            fmt,
            author=author,
            decisions=decisions,
            overwrite=bool(args.force),
            source=source,
            structure=structure,
        )
    except OutputExistsError as exc:  # appeared meanwhile
        raise CommandError(f"{exc.path} already exists; use --force to replace it") from None
    from reviewdesk.desk.exporting import record_export

    with Library(library_path) as library:  # the history says what went out, and when
        record_export(library, article, fmt.value, result.path)
    extra = ""
    if fmt is ExportFormat.DOCX_TRACKED:
        extra = f", {result.revisions} changes, {result.comments} comments"
        if result.undecided:  # the file's own tracked changes, neither accepted nor rejected
            extra += f", {result.undecided} undecided changes from the original kept"
    for warning in result.warnings:
        warn(warning)
    print(f"wrote {result.path} ({fmt.value}{extra})")
    return 0
