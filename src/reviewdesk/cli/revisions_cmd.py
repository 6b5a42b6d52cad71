"""``reviewdesk revisions ARTICLE``: the incoming tracked changes of a Word article.

Lists them (id, who, what, when, decided or not); ``--accept ID`` / ``--reject ID``
(repeatable) decide some, ``--accept-all`` / ``--reject-all`` every undecided one.
Undecided revisions go out again as they came in the tracked-changes export.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from reviewdesk.cli.common import CommandError

log = logging.getLogger(__name__)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``revisions``."""
    parser = subparsers.add_parser(
        "revisions",
        help="list, accept or reject the tracked changes a Word article came with",
        description="List the tracked changes (revisions) a Word article came with, and "
        "accept or reject them. Rejecting an insertion takes its text out of the draft; "
        "rejecting a deletion puts the text back. Undecided revisions go out again, with "
        "their authors and dates, in the tracked-changes export.",
    )
    parser.add_argument("article", metavar="ARTICLE", help="an article id, or its source file")
    parser.add_argument(
        "--accept",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="accept revision ID (as listed; may repeat)",
    )
    parser.add_argument(
        "--reject",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="reject revision ID (as listed; may repeat)",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--accept-all", action="store_true", help="accept every undecided one")
    group.add_argument("--reject-all", action="store_true", help="reject every undecided one")


def run(args: argparse.Namespace, library_path: Path) -> int:
    """Decide what was asked, then list the revisions; 0 on success."""
    from reviewdesk.cli.export_cmd import find_article
    from reviewdesk.desk.revisions import RevisionError, decide, decide_all, in_draft
    from reviewdesk.store import Library

    if not library_path.exists():
        raise CommandError(f"no library at {library_path}; import an article first")
    with Library(library_path) as library:
        article = find_article(library, args.article)
        assert article.id is not None
        try:
            for rid in args.accept:
                article = decide(library, article, rid, True)
            for rid in args.reject:
                article = decide(library, article, rid, False)
            if args.accept_all or args.reject_all:
                article, count = decide_all(library, article, bool(args.accept_all))
                log.info("decided %d revisions", count)
        except RevisionError as exc:
            raise CommandError(str(exc)) from None
        assert article.id is not None
        found = in_draft(article, library.structure(article.id))
    if not found:
        print("no tracked changes")
    for item in found:
        print(f"{item.revision.id}\t{item.label}")
    return 0
