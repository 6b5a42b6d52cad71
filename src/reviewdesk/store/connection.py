"""Opening the library file: checks, WAL mode and migrations."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from pathlib import Path

from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import DamagedLibraryError, Problem, StoreError, translate
from reviewdesk.store.files import wal_path
from reviewdesk.store.migrations import TABLE as MIGRATIONS_TABLE
from reviewdesk.store.migrations import migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0


def open_database(
    path: Path, busy_timeout: float = BUSY_TIMEOUT_S, *, log_folded_in: bool = False
) -> Database:
    """Open (or create) the library at ``path`` and bring its schema up to date.

    ``busy_timeout`` bounds how long a write waits for another program's write lock.
    Raises :class:`StoreError` with a plain message when the file cannot be used, and its
    subclass :class:`DamagedLibraryError` when the file is damaged, empty, a folder,
    read-only or missing its write-ahead log: in every case before anything is written.
    ``log_folded_in``: the write-ahead log is missing because its pages were just folded
    into the file (see :meth:`Library.ensure_files`), so that is no loss.
    """
    if path.is_dir():
        raise DamagedLibraryError(
            f"{path}: is a folder, not a library file", path=path, kind="folder"
        )
    _refuse_empty_file(path)
    _refuse_read_only(path)
    if not log_folded_in:
        _refuse_lost_wal(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"{path.parent}: cannot create the library folder ({exc.strerror})"
        ) from exc
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        db = Database(conn, execute_plugins=False)
        try:
            _check_is_library(db, path)
            _check_integrity(db, path)  # before anything is written into a damaged file
        except sqlite3.DatabaseError as exc:
            if not _is_damage(exc):
                raise
            log.warning("library %s cannot be read: %s", path, exc)
            what = (
                "is damaged or is not a reviewdesk library"
                if "not a database" in str(exc).lower()
                else "is damaged (part of it cannot be read)"
            )
            raise DamagedLibraryError(
                f"{path}: the library file {what}; it was left unchanged",
                path=path,
                kind="damaged",
            ) from exc
        db.enable_wal()
        # NORMAL is durable against a killed process (the WAL is in the OS cache) and
        # needs no fsync per commit, which keeps autosave cheap on the UI thread.
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        ran = migrate(db)
        if ran:
            log.info("library %s: applied migrations %s", path, ", ".join(ran))
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, path) from exc
        raise
    return db


def open_for_reading(path: Path) -> Database:
    """Open the library only to read it, for commands that never write (``check``).

    When the library cannot be opened for writing because the disk is full (SQLite cannot
    even make its ``-shm`` file), it is opened read-only instead, so a check still gets
    the desk's dictionary and settings. Without a write-ahead log to
    read, the file is read as it stands (``immutable``), which needs no new files at all.
    """
    try:
        return open_database(path)
    except DamagedLibraryError:
        raise  # a damaged, empty or read-only library is the same refusal everywhere
    except StoreError as exc:
        if exc.problem not in (Problem.FULL, Problem.IO):
            raise
        first = exc
    log.warning("%s; reading the library without writing to it", first)
    wal = wal_path(path)
    has_log = wal.exists() and wal.stat().st_size > 0
    uris = [f"{path.resolve().as_uri()}?mode=ro"]
    if not has_log:
        uris.append(f"{path.resolve().as_uri()}?mode=ro&immutable=1")
    for uri in uris:
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
        except sqlite3.Error:
            continue
        try:
            db = Database(conn, execute_plugins=False)
            _check_is_library(db, path)
            return db
        except sqlite3.Error:
            conn.close()
    raise first


def _check_is_library(db: Database, path: Path) -> None:
    """Refuse another program's SQLite database instead of adding our tables to it."""
    names = set(db.table_names())  # raises "file is not a database" for non-SQLite files
    if names and MIGRATIONS_TABLE not in names:
        raise StoreError(f"{path}: is an SQLite database, but not a reviewdesk library")


def _refuse_empty_file(path: Path) -> None:
    """A library file of 0 bytes is a failed copy or a truncated file, not a new library.

    SQLite would quietly treat it as an empty database and the desk would "lose" its
    articles; refusing leaves the file as it is for the user to look into. A 0-byte file
    whose write-ahead log holds data is left to SQLite, which reads the log.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return  # a new library
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the library ({exc.strerror})") from exc
    wal = path.with_name(path.name + "-wal")
    if size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise DamagedLibraryError(
            f"{path}: the library file is empty (0 bytes), perhaps a failed copy; "
            "it was left unchanged",
            path=path,
            kind="empty",
        )


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("not a database", "malformed", "corrupt"))


def _writable(path: Path) -> bool:
    """Whether ``path`` may be written: by the system's rules and by its mode bits.

    Root may write anything, but a library whose write bits were all taken away was made
    read-only on purpose (an archive copy, a locked-down share), so it is not written
    into either way.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _refuse_read_only(path: Path) -> None:
    """A read-only library (or folder: SQLite writes its log beside the file) is refused
    before SQLite fails half-way through opening it, or root quietly writes into it."""
    if not path.exists():
        return
    folder = path.parent
    if not _writable(path):
        raise DamagedLibraryError(
            f"{path}: the library file is read-only; it was left unchanged",
            path=path,
            kind="read-only",
        )
    if not _writable(folder):
        raise DamagedLibraryError(
            f"{path}: the library's folder is read-only, so the library cannot be written; "
            "it was left unchanged",
            path=path,
            kind="read-only",
        )


def _refuse_lost_wal(path: Path) -> None:
    """A library in WAL mode whose ``-shm`` is there but whose ``-wal`` is gone lost its
    latest changes (someone deleted the log, or copied the file without it).

    SQLite would open the older state without a word and delete the ``-shm`` on close,
    the last trace of the loss; refusing keeps both for the user to look into. (A closed
    library has neither file; a library in use has both.)
    """
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    if not shm.exists() or wal.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return  # the connection reports it
    if len(header) == 20 and header.startswith(b"SQLite format 3\x00") and header[18] == 2:
        raise DamagedLibraryError(
            f"{path}: the library's write-ahead log ({wal.name}) is missing, so its latest "
            "changes are lost; the file was left unchanged",
            path=path,
            kind="missing-wal",
        )


def _check_integrity(db: Database, path: Path) -> None:
    """Refuse a library damaged inside (``PRAGMA quick_check``), leaving it untouched.

    Without this, a file overwritten in the middle still opened and every command kept
    writing into it. quick_check reads each page once (milliseconds for a desk's library).
    """
    rows = db.execute("PRAGMA quick_check(5)").fetchall()
    problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
    if problems:
        log.warning("library %s fails its integrity check: %s", path, "; ".join(problems))
        raise DamagedLibraryError(
            f"{path}: the library is damaged (its integrity check failed); it was left unchanged",
            path=path,
            kind="damaged",
        )
