"""Rolling daily backups of the library with SQLite's online backup API.

A backup is a consistent copy taken while the library is in use (in WAL mode a reader
never blocks the writer), checked with ``quick_check`` before it is kept, and written
under a temporary name then renamed, so a half-written backup never counts. The newest
:data:`KEEP` are kept, in ``<library stem>-backups/`` beside the library file; a
damaged copy is never kept and never pushes a good one out.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reviewdesk.store.errors import StoreError, plain_message
from reviewdesk.store.migrations import TABLE as MIGRATIONS_TABLE

log = logging.getLogger(__name__)

KEEP = 7
_STAMP = "%Y%m%d-%H%M%S"
_NAME_RE = re.compile(r"-(\d{8}-\d{6})\.sqlite$")


def backup_folder(library: Path) -> Path:
    """Where the backups of ``library`` go: ``<stem>-backups`` beside it."""
    return library.parent / f"{library.stem}-backups"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: when it was taken, and whether it is a sound library."""

    path: Path
    taken: datetime  # local time, from its name
    articles: int | None  # None: the file is damaged or is not a library

    @property
    def when(self) -> str:
        """When it was taken, as people write it ("5 Dec 2025 10:42")."""
        return f"{self.taken.day} {self.taken:%b %Y %H:%M}"

    @property
    def sound(self) -> bool:
        """Whether the backup can be opened as a library."""
        return self.articles is not None


def _taken(path: Path) -> datetime | None:
    match = _NAME_RE.search(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None


def backup_files(library: Path) -> list[Path]:
    """The backups of ``library``, newest first (by the time in their names)."""
    folder = backup_folder(library)
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(f"{library.stem}-")]
    except OSError:
        return []
    dated = [(t, p) for p in candidates if p.is_file() and (t := _taken(p)) is not None]
    return [p for _t, p in sorted(dated, reverse=True)]


def inspect_backup(path: Path) -> BackupInfo:
    """A backup's time and article count (None when it fails its check)."""
    taken = _taken(path) or datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, taken, count_articles(path))


def count_articles(path: Path) -> int | None:
    """How many articles a library file holds, read-only; None when it is damaged, not a
    reviewdesk library, or cannot be read."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except (sqlite3.Error, OSError):
        return None
    try:
        ok = conn.execute("PRAGMA quick_check(1)").fetchone()
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not ok or ok[0] != "ok" or MIGRATIONS_TABLE not in names:
            return None
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def newest_good_backup(library: Path) -> BackupInfo | None:
    """The newest backup that passes its check, if any."""
    for path in backup_files(library):
        info = inspect_backup(path)
        if info.sound:
            return info
    return None


def backup_due(library: Path, now: datetime | None = None) -> bool:
    """Whether today's backup is still to be taken (local date)."""
    today = (now or datetime.now()).date()
    return not any((_taken(p) or datetime.min).date() == today for p in backup_files(library))


def take_backup(library: Path, *, keep: int = KEEP, now: datetime | None = None) -> Path:
    """Copy the library into its backup folder now; returns the backup's path.

    Safe while the app writes (one read transaction copies a consistent state). Raises
    :class:`StoreError` when the library cannot be read or the copy fails its check;
    the older backups are then left as they were.
    """
    if not library.is_file():
        raise StoreError(f"{library}: there is no library file to back up")
    folder = backup_folder(library)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot create the backup folder ({exc.strerror})") from exc
    stamp = (now or datetime.now()).strftime(_STAMP)
    final = folder / f"{library.stem}-{stamp}.sqlite"
    partial = folder / f".{final.name}.partial"
    partial.unlink(missing_ok=True)
    try:
        _copy(library, partial)
        os.replace(partial, final)
        _sync_folder(folder)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(plain_message(exc, library)) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"{final}: cannot write the backup ({exc.strerror or exc})") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("backed up %s to %s", library, final)
    prune(library, keep)
    return final


def _copy(library: Path, target: Path) -> None:
    source = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        copy = sqlite3.connect(str(target))
        try:
            source.backup(copy)  # all pages in one step: one consistent read
            copy.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            ok = copy.execute("PRAGMA quick_check(1)").fetchone()
            if not ok or ok[0] != "ok":
                raise StoreError(f"{library}: the backup copy failed its check; it was not kept")
            copy.commit()
        finally:
            copy.close()
    finally:
        source.close()
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can fsync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def prune(library: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` sound backups; returns those deleted.

    A damaged backup is deleted too (it can restore nothing), but never counts towards
    the ``keep`` good ones.
    """
    removed: list[Path] = []
    good = 0
    for path in backup_files(library):
        sound = count_articles(path) is not None
        if sound and good < keep:
            good += 1
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("cannot remove the old backup %s: %s", path, exc)
    return removed
