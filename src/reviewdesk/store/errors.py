"""Errors the store raises. Their messages are plain and can be shown to users as they are."""

from __future__ import annotations

import functools
import shutil
import sqlite3
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

# Less free space than this on the library's disk counts as full: SQLite reports a full
# disk as "disk I/O error" when it cannot even create its -shm file.
NEARLY_FULL_BYTES = 256 * 1024


class Problem(StrEnum):
    """What kind of failure a :class:`StoreError` is: whether trying again can help."""

    BUSY = "busy"  # another program holds the write lock: try again shortly
    FULL = "full"  # the disk is full: try again once space is freed
    READ_ONLY = "read-only"
    IO = "io"  # a disk error
    DAMAGED = "damaged"
    GONE = "gone"  # the library file was deleted or replaced while open
    CONFLICT = "conflict"  # changed elsewhere since it was read
    NOT_FOUND = "not-found"
    OTHER = "other"


RETRYABLE = frozenset({Problem.BUSY, Problem.FULL, Problem.READ_ONLY, Problem.IO})


class StoreError(Exception):
    """The library could not be opened, read or written. ``str(exc)`` is one plain line;
    :attr:`problem` says what kind of failure it is."""

    def __init__(self, message: str, problem: Problem = Problem.OTHER) -> None:
        super().__init__(message)
        self.problem = problem

    @property
    def retryable(self) -> bool:
        """Whether the same write may succeed later (busy, disk full, a disk error)."""
        return self.problem in RETRYABLE


class DamagedLibraryError(StoreError):
    """The library file is there but cannot be used as it is, and was left exactly as it was.

    ``kind`` says why (one of :data:`DAMAGE_KINDS`): the window and the CLI offer the same
    three ways on (the newest good backup, recover what can be read, start empty), none of
    which writes into the damaged file.
    """

    def __init__(self, message: str, *, path: Path, kind: str) -> None:
        super().__init__(message, Problem.READ_ONLY if kind == "read-only" else Problem.DAMAGED)
        self.path = path
        self.kind = kind


#: Why a library cannot be used: inside damage (or not SQLite at all), a 0-byte file, a
#: folder where the file should be, a read-only file or folder, a lost write-ahead log.
DAMAGE_KINDS = ("damaged", "empty", "folder", "read-only", "missing-wal")


class NotFoundError(StoreError, KeyError):
    """No article, note or decision has that id."""

    def __init__(self, message: str) -> None:
        super().__init__(message, Problem.NOT_FOUND)

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "not found"


class ConflictError(StoreError):
    """The article was changed elsewhere (another window or program) since it was read,
    so writing would overwrite that change."""

    def __init__(self, message: str) -> None:
        super().__init__(message, Problem.CONFLICT)


def disk_is_full(path: Path) -> bool:
    """Whether the disk holding ``path`` (a file or folder, existing or not) is full."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def classify(exc: sqlite3.Error, path: Path) -> tuple[Problem, str]:
    """The kind of an SQLite error, and one line a copy editor can act on."""
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        damaged = f"{path}: the library file is damaged or is not a reviewdesk library"
        return Problem.DAMAGED, damaged
    if "locked" in text or "busy" in text:
        return (
            Problem.BUSY,
            f"{path}: the library is busy (another program is writing to it); try again",
        )
    if "full" in text or (("disk i/o" in text or "unable to open" in text) and disk_is_full(path)):
        return Problem.FULL, f"{path}: the disk is full; free some space and try again"
    if "readonly" in text or "read-only" in text:
        return Problem.READ_ONLY, f"{path}: the library file is read-only"
    if "unable to open" in text:
        return (
            Problem.IO,
            f"{path}: the library file cannot be opened (check the folder and permissions)",
        )
    if "disk i/o" in text:
        return Problem.IO, f"{path}: the library could not be read or written (disk error)"
    return Problem.OTHER, f"{path}: library error: {exc}"


def plain_message(exc: sqlite3.Error, path: Path) -> str:
    """Turn an SQLite error into one line a copy editor can act on."""
    return classify(exc, path)[1]


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """A :class:`StoreError` for ``exc``; raise it ``from exc`` to keep the original."""
    problem, message = classify(exc, path)
    return StoreError(message, problem)


def os_problem(exc: OSError) -> Problem:
    """The kind of an operating-system error met while writing."""
    import errno

    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return Problem.FULL
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Problem.READ_ONLY
    return Problem.IO


class _HasPath(Protocol):
    path: Path


S = TypeVar("S", bound=_HasPath)
P = ParamSpec("P")
R = TypeVar("R")


def guarded(fn: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Decorate a method so SQLite failures become a :class:`StoreError` (chained)."""

    @functools.wraps(fn)
    def wrapper(self: S, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            # the library checks its files first (a deleted -wal, see store.files)
            ensure_files = getattr(self, "ensure_files", None)
            if ensure_files is not None:
                ensure_files()
            return fn(self, *args, **kwargs)
        except sqlite3.ProgrammingError:
            raise  # a bug (closed library, wrong thread), not a user problem
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    return wrapper
