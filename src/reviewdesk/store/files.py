"""Noticing when the library file, or its write-ahead log, is deleted or replaced under us.

SQLite keeps writing into the files it opened, so a deleted ``-wal`` file (a clean-up
tool, a user tidying the folder) goes unnoticed: every commit lands in a file no longer
in the folder, and a crash then loses all of it. Before each operation the library
compares the files' identities (device and inode) with those it opened; two ``stat``
calls, microseconds.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path


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
