"""Noticing when the library file, or its write-ahead log, is deleted or replaced under us.

SQLite keeps writing into the files it opened, so a deleted ``-wal`` file (a clean-up
tool, a user tidying the folder) goes unnoticed: every commit lands in a file no longer
in the folder, and a crash then loses all of it. Before each operation the library
compares the files' identities (device and inode) with those it opened; two ``stat``
calls, microseconds.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from enum import Enum
from pathlib import Path

from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import Problem, StoreError

log = logging.getLogger(__name__)


class FileChange(Enum):
    """What happened to the library's files since they were opened."""

    LIBRARY_GONE = "library-gone"  # deleted, moved or replaced by another file
    JOURNAL_GONE = "journal-gone"  # the -wal file was deleted
    JOURNAL_REPLACED = "journal-replaced"  # another -wal file took its place


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def wal_path(path: Path) -> Path:
    """The write-ahead log beside the library file."""
    return path.with_name(path.name + "-wal")


class FileWatch:
    """The identities of the library file and its log when opened; :meth:`check` compares."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._library = _identity(path)
        self._journal = _identity(wal_path(path))

    def check(self) -> FileChange | None:
        """What changed since the files were opened, or None."""
        library = _identity(self.path)
        if library is None or library != self._library:
            return FileChange.LIBRARY_GONE
        journal = _identity(wal_path(self.path))
        if self._journal is None:
            self._journal = journal  # the log appears with the first read or write
            return None
        if journal is None:
            return FileChange.JOURNAL_GONE
        if journal != self._journal:
            return FileChange.JOURNAL_REPLACED
        return None


def make_files_good(watch: FileWatch, db: Database) -> bool:
    """Check the library's files before an operation; whether the connection must be
    opened again (its log was deleted or replaced).

    A deleted ``-wal`` file still holds the latest commits through the open connection:
    they are folded into the library file (a checkpoint) first, so that a crash then
    loses nothing. A library file deleted or replaced is refused: writing on would go
    nowhere.
    """
    change = watch.check()
    if change is None:
        return False
    if change is FileChange.LIBRARY_GONE:
        raise StoreError(
            f"{watch.path}: the library file was deleted or replaced while reviewdesk was "
            "using it; nothing more is written to it",
            Problem.GONE,
        )
    log.warning("library %s: its -wal file was %s; writing it again", watch.path, change.value)
    if change is FileChange.JOURNAL_GONE:  # only we can still read those pages
        try:
            busy, _log, _done = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error as exc:
            log.error("folding the deleted log into %s failed: %s", watch.path, exc)
            busy = 1
        if busy:  # another connection is mid-write: fold it in on the next try
            raise StoreError(
                f"{watch.path}: the library's journal file was deleted; writing it again",
                Problem.BUSY,
            )
    return True
