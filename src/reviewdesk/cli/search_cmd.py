"""``reviewdesk search QUERY``: find articles in the library by their words.

Searches titles, drafts, originals and notes, as the library window's search box does,
best match first. One line per article: ``ID<TAB>TITLE<TAB>STATUS<TAB>FIELD<TAB>SNIPPET``
with the matched words in ``**…**``; ``--format json`` gives the same as a list of
objects (the snippet plain, with the matches as ``[start, end]`` code-point spans).
Exit status: 0 when something was found, 1 when nothing was, 2 on an error.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from reviewdesk.cli.common import CommandError, one_line

log = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``search``."""
    parser = subparsers.add_parser(
        "search",
        help="search the library's titles, drafts, originals and notes",
        description="Search the library. Every word must match (in any field); put words "
        'in "double quotes" to find them together, end a word with * to find words that '
        "begin so. Accents and case do not matter. Exit status: 0 found, 1 nothing found.",
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="the words to look for")
    parser.add_argument(
        "--format",
        choices=("tsv", "json"),
        default="tsv",
        help="output format (default: tsv, one tab-separated line per article)",
    )
    parser.add_argument(
        "--limit", type=int, default=20, help="at most this many articles (default: 20)"
    )
    parser.add_argument("--bin", action="store_true", help="also search articles in the bin")


def run(args: argparse.Namespace, library_path: Path) -> int:
    """Print the matches; 0 when there are some, 1 when there are none."""
    from reviewdesk.store import Library

    if args.limit < 1:
        raise CommandError("--limit must be at least 1")
    if not library_path.exists():
        raise CommandError(f"no library at {library_path}; import an article first")
    text = " ".join(args.query)
    with Library(library_path) as library:
        hits = library.search.find(text, limit=args.limit, include_bin=args.bin)
    if args.format == "json":
        print(json.dumps([hit.to_json() for hit in hits], ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            status = "archived" if hit.archived else hit.status
            fields = (hit.article_id, hit.title, status, hit.field, hit.marked("**", "**"))
            print("\t".join(one_line(f) for f in fields))
    return 0 if hits else 1
