"""``reviewdesk compare ORIGINAL EDITED -o OUT.docx``: tracked changes between two versions.

Like Word's Compare: both files may be in any format ``reviewdesk`` can import; the result
is a .docx whose tracked changes turn ORIGINAL into EDITED (comments in EDITED are kept).
When ORIGINAL is a Word file the result is that file, formatting and all, with the
differences tracked where they are; what cannot be compared is named in a warning.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from reviewdesk.cli.common import CommandError, warn
from reviewdesk.cli.export_cmd import default_author, output_path

log = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``compare``."""
    parser = subparsers.add_parser(
        "compare",
        help="compare two versions of an article into a tracked-changes .docx",
        description="Write OUT, a Word file whose tracked changes turn ORIGINAL into EDITED. "
        "Both may be .txt, .md, .docx or .html. When ORIGINAL is a Word file, OUT is that "
        "document with its formatting, the differences tracked where they are (body, "
        "tables, notes, headers, text boxes); anything it cannot compare is named in a "
        "warning.",
    )
    parser.add_argument("original", metavar="ORIGINAL", help="the version before editing")
    parser.add_argument("edited", metavar="EDITED", help="the edited version")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the .docx to write")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--author", help="author of the tracked changes")


def run(args: argparse.Namespace, library_path: Path) -> int:
    """Compare and write; 0 on success (errors raise and exit 2)."""
    from reviewdesk.formats.export import OutputExistsError, compare_files

    out = output_path(args)
    if out.suffix.lower() != ".docx":
        raise CommandError(f"{out.name}: the output of compare is a Word file; name it .docx")
    author = default_author(args, library_path)
    try:
        result = compare_files(
            args.original, args.edited, out, author=author, overwrite=bool(args.force)
        )
    except OutputExistsError as exc:
        raise CommandError(f"{exc.path} already exists; use --force to replace it") from None
    for warning in result.warnings:
        warn(warning)
    print(f"wrote {result.path} ({result.revisions} changes, {result.comments} comments)")
    return 0
