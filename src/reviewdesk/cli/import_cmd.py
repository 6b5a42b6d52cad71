"""``reviewdesk import FILE...``: bring articles into the library without opening a window.

Each file becomes an article whose original and draft are the imported text; comments in
a .docx become notes. One line per imported file on stdout:
``ID<TAB>TITLE<TAB>FORMAT<TAB>ENCODING<TAB>WARNINGS`` (``-`` when there are none).
A file that cannot be imported gets one plain line on stderr. Exit status: 0 when every
file was imported, 2 when any failed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from reviewdesk.cli.common import one_line, print_error
from reviewdesk.core.models import DEFAULT_LANGUAGE, LANGUAGES
from reviewdesk.formats.errors import FormatError

log = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``import``."""
    parser = subparsers.add_parser(
        "import",
        help="import articles into the library",
        description="Import each FILE (.txt, .md, .docx, .html) into the library as a new "
        "article; comments in Word files become notes. A file already imported with the "
        "same text is not added twice. Exit status: 0 all imported, 2 any failed.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="articles to import")
    parser.add_argument("--encoding", help="read text, Markdown and HTML files with this encoding")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help="language variant of the new articles (default: the dialect for new articles "
        "set in the window's Checking settings, else the house style sheet's, "
        f"else {DEFAULT_LANGUAGE})",
    )


def _line(*fields: object) -> str:
    return "\t".join(one_line(f) or "-" for f in fields)


def run(args: argparse.Namespace, library_path: Path) -> int:
    """Import every file in ``args.files``; 0 when all were imported, 2 otherwise."""
    from reviewdesk.desk.context import default_language
    from reviewdesk.desk.opening import add_imported_article, find_in_library, read_file
    from reviewdesk.store import Library

    failed = 0
    with Library(library_path) as library:
        language = args.language or default_language(library)
        for name in args.files:
            path = Path(name).expanduser().resolve()
            try:
                doc = read_file(path, encoding=args.encoding)
            except FormatError as exc:
                print_error(str(exc))
                failed += 1
                continue
            existing = find_in_library(library, path, doc).article
            if existing is not None and existing.original == doc.text:
                warnings = ["already in the library", *doc.warnings]
                print(
                    _line(
                        existing.id, existing.title, doc.format, doc.encoding, "; ".join(warnings)
                    )
                )
                continue
            article = add_imported_article(library, doc, str(path), language)
            log.info("imported %s as article %s", path, article.id)
            print(
                _line(article.id, article.title, doc.format, doc.encoding, "; ".join(doc.warnings))
            )
    sys.stdout.flush()
    return 2 if failed else 0
