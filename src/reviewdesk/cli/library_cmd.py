"""``reviewdesk library …``: check, back up and recover the library file.

* ``check``: the integrity check; one line about the library and its backups.
* ``backup`` / ``backups``: take a backup now / list the backups.
* ``restore-backup``, ``recover``, ``start-empty``: the three ways on from a damaged
  library, as the window offers them. Each builds a new library and, unless ``--to``
  names another file, puts it in the library's place and keeps the old file, unchanged,
  as ``<name>.damaged-<time>``. On a library that is not damaged they need ``--force``.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from reviewdesk.cli.common import CommandError, add_global_options

log = logging.getLogger(__name__)

WAYS_ON = ("restore-backup", "recover", "start-empty")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register ``library`` and its own subcommands."""
    parser = subparsers.add_parser(
        "library",
        help="check, back up or recover the library file",
        description="Look after the library file: check it, back it up, or recover from "
        "damage. restore-backup (the newest good backup, or --from FILE), recover and "
        "start-empty build a new library in the library's place and keep the old file, "
        "unchanged, as NAME.damaged-TIME; --to FILE writes the new library there instead and "
        "leaves the old one where it is; on a library that is not damaged they need --force. "
        "The damaged file itself is never written to.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    subs = [
        actions.add_parser("check", help="check the library (integrity, articles, backups)"),
        actions.add_parser("backup", help="take a backup now"),
        actions.add_parser("backups", help="list the backups, newest first"),
    ]
    restore = actions.add_parser(
        "restore-backup", help="make the newest good backup (or --from FILE) the library"
    )
    restore.add_argument("--from", dest="source", metavar="FILE", help="the backup to restore")
    subs.append(restore)
    subs.append(actions.add_parser("recover", help="copy what can be read into a new library"))
    subs.append(actions.add_parser("start-empty", help="start a new, empty library"))
    for sub in subs[3:]:
        sub.add_argument(
            "--to", metavar="FILE", help="write the new library here; leave the old one in place"
        )
        sub.add_argument(
            "--force", action="store_true", help="also when the library is not damaged"
        )
    for sub in subs:  # the dispatcher adds these to ``library``, not to its actions
        add_global_options(sub, top=False)


def run(args: argparse.Namespace, library_path: Path) -> int:
    """Run the chosen action; 0 on success (errors raise and exit 2)."""
    if args.action == "check":
        return _check(library_path)
    if args.action == "backup":
        return _backup(library_path)
    if args.action == "backups":
        return _list_backups(library_path)
    return _way_on(args, library_path)


def _check(path: Path) -> int:
    from reviewdesk.store import Library
    from reviewdesk.store.backup import backup_files, newest_good_backup

    if not path.exists():
        raise CommandError(f"no library at {path}")
    with Library(path) as library:  # a damaged library raises, with the ways on
        active = len(library.list_articles())
        binned = library.catalog.in_bin()
    backup = newest_good_backup(path)
    newest = f"newest good backup {backup.taken:%Y-%m-%d %H:%M}" if backup else "no backup yet"
    count = len(backup_files(path))
    print(f"{path}: sound; {active} articles, {binned} in the bin; {count} backups, {newest}")
    return 0


def _backup(path: Path) -> int:
    from reviewdesk.store import Library
    from reviewdesk.store.backup import take_backup

    if not path.exists():
        raise CommandError(f"no library at {path}")
    Library(path).close()  # never back up a damaged library over good backups
    print(take_backup(path))
    return 0


def _list_backups(path: Path) -> int:
    from reviewdesk.store.backup import backup_files, inspect_backup

    files = backup_files(path)
    if not files:
        print(f"{path}: no backups yet")
        return 0
    for file in files:
        info = inspect_backup(file)
        state = f"{info.articles} articles" if info.sound else "damaged"
        print(f"{file}\t{info.taken:%Y-%m-%d %H:%M:%S}\t{state}")
    return 0


def _way_on(args: argparse.Namespace, path: Path) -> int:
    from reviewdesk.desk.library_care import carry_out
    from reviewdesk.store import DamagedLibraryError, Library, StoreError

    if not args.force and path.exists() and args.to is None:
        try:
            Library(path).close()
        except DamagedLibraryError:
            pass  # what these actions are for
        except StoreError as exc:
            raise CommandError(
                f"{exc}; this is not damage that {args.action} can help with"
            ) from exc
        else:
            raise CommandError(
                f"{path}: the library is not damaged; use --force to {args.action} anyway "
                "(the current file is kept as it is, under a new name)"
            )
    source = Path(args.source).expanduser() if getattr(args, "source", None) else None
    to = Path(args.to).expanduser() if args.to else None
    outcome = carry_out(args.action, path, to=to, backup=source)
    print(outcome.summary())
    if to is not None:
        print(f"open it with: reviewdesk --library {to}")
    return 0
