"""Opening the library file: checks, WAL mode and migrations."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from reviewdesk.store.errors import Problem, StoreError, translate
from reviewdesk.store.files import wal_path
from reviewdesk.store.migrations import TABLE as MIGRATIONS_TABLE
from reviewdesk.store.migrations import migrate

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0


def open_database(path: Path, busy_timeout: float = BUSY_TIMEOUT_S) -> Database:
    """Open (or create) the library at ``path`` and bring its schema up to date.

    ``busy_timeout`` bounds how long a write waits for another program's write lock.
    Raises :class:`StoreError` with a plain message when the file cannot be used: a
    folder, a file that is not SQLite, another program's database, a damaged file.
    """
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a library file")
    _refuse_empty_file(path)
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
        _check_is_library(db, path)
        _check_integrity(db, path)  # before anything is written into a damaged file
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

    When the library cannot be opened for writing (a full disk, where SQLite cannot even
    make its ``-shm`` file; a read-only folder), it is opened read-only instead, so a
    check still gets the desk's dictionary and settings. Without a write-ahead log to
    read, the file is read as it stands (``immutable``), which needs no new files at all.
    """
    try:
        return open_database(path)
    except StoreError as exc:
        if exc.problem not in (Problem.FULL, Problem.READ_ONLY, Problem.IO):
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
        raise StoreError(
            f"{path}: the library file is empty (0 bytes), perhaps a failed copy; "
            "it was left unchanged. Restore it from a backup or choose another library"
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
        raise StoreError(
            f"{path}: the library is damaged (its integrity check failed); it was left "
            "unchanged. Restore it from a backup or choose another library"
        )
