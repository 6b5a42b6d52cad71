"""Looking after the library file: the ways on from damage, and daily backups.

The window's recovery dialog and ``reviewdesk library …`` offer the same three choices
in the same words, and carry them out through :func:`carry_out`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewdesk.store import DamagedLibraryError, StoreError
from reviewdesk.store.backup import BackupInfo, backup_due, newest_good_backup, take_backup
from reviewdesk.store.recovery import Outcome, Progress, recover, restore_backup, start_empty

log = logging.getLogger(__name__)

RESTORE_BACKUP = "restore-backup"
RECOVER = "recover"
START_EMPTY = "start-empty"


@dataclass(frozen=True)
class Choice:
    """One way on from a damaged library."""

    key: str  # also the ``reviewdesk library`` subcommand
    label: str
    explanation: str
    available: bool = True


def choices(path: Path, backup: BackupInfo | None = None) -> list[Choice]:
    """The three ways on, with the newest good backup named (or marked unavailable)."""
    backup = backup if backup is not None else newest_good_backup(path)
    if backup is not None:
        restore = Choice(
            RESTORE_BACKUP,
            "Open the newest good backup",
            f"The library as it was on {backup.when} ({backup.articles} articles); "
            "later changes are not in it.",
        )
    else:
        restore = Choice(
            RESTORE_BACKUP,
            "Open the newest good backup",
            "There is no good backup of this library yet.",
            available=False,
        )
    return [
        restore,
        Choice(
            RECOVER,
            "Recover what can be read",
            "Copy every article, note and setting that can still be read into a new library.",
        ),
        Choice(START_EMPTY, "Start with an empty library", "Begin again with no articles."),
    ]


def kept_aside_note(path: Path) -> str:
    """What happens to the damaged file, said once for all three choices."""
    if path.is_dir():
        return "The folder is left as it is; you choose a file for the new library."
    return (
        f"The damaged file is never written to: it is kept, unchanged, as "
        f"{path.name}.damaged-<date> beside the new library."
    )


def cli_hint(error: DamagedLibraryError) -> str:
    """The choices as one line for the command line."""
    library = f" --library {error.path}"
    to = " --to NEW_FILE" if error.kind == "folder" else ""
    backup = newest_good_backup(error.path) if error.kind != "folder" else None
    first = (
        f"'reviewdesk library restore-backup{library}{to}' (the backup of {backup.when})"
        if backup is not None
        else None
    )
    rest = [
        f"'reviewdesk library recover{library}{to}' (copy what can be read into a new library)",
        f"'reviewdesk library start-empty{library}{to}'",
    ]
    if error.kind == "folder":
        rest = rest[1:]
    options = [o for o in (first, *rest) if o]
    return "to go on, run " + " or ".join(options)


def carry_out(
    key: str,
    path: Path,
    *,
    to: Path | None = None,
    backup: Path | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """Do what the choice ``key`` says; raises :class:`StoreError` in plain words."""
    if key == RESTORE_BACKUP:
        return restore_backup(path, backup, to=to)
    if key == RECOVER:
        return recover(path, to=to, progress=progress)
    if key == START_EMPTY:
        return start_empty(path, to=to)
    raise ValueError(f"unknown choice {key!r}")


def backup_if_due(path: Path, now: datetime | None = None) -> Path | None:
    """Take today's backup unless there is one; its path, or None when not due."""
    if not backup_due(path, now):
        return None
    return take_backup(path, now=now)


__all__ = [
    "RECOVER",
    "RESTORE_BACKUP",
    "START_EMPTY",
    "Choice",
    "DamagedLibraryError",
    "Outcome",
    "StoreError",
    "backup_if_due",
    "carry_out",
    "choices",
    "cli_hint",
    "kept_aside_note",
]
