"""Errors the store raises. Their messages are plain and can be shown to users as they are."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar


class StoreError(Exception):
    """The library could not be opened, read or written. ``str(exc)`` is one plain line."""


class DamagedLibraryError(StoreError):
    """The library file is there but cannot be used as it is, and was left exactly as it was.

    ``kind`` says why (one of :data:`DAMAGE_KINDS`): the window and the CLI offer the same
    three ways on (the newest good backup, recover what can be read, start empty), none of
    which writes into the damaged file.
    """

    def __init__(self, message: str, *, path: Path, kind: str) -> None:
        super().__init__(message)
        self.path = path
        self.kind = kind


#: Why a library cannot be used: inside damage (or not SQLite at all), a 0-byte file, a
#: folder where the file should be, a read-only file or folder, a lost write-ahead log.
DAMAGE_KINDS = ("damaged", "empty", "folder", "read-only", "missing-wal")


class NotFoundError(StoreError, KeyError):
    """No article, note or decision has that id."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "not found"


def plain_message(exc: sqlite3.Error, path: Path) -> str:
    """Turn an SQLite error into one line a copy editor can act on."""
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{path}: the library file is damaged or is not a reviewdesk library"
    if "locked" in text or "busy" in text:
        return f"{path}: the library is busy (another reviewdesk is writing to it); try again"
    if "readonly" in text or "read-only" in text:
        return f"{path}: the library file is read-only"
    if "full" in text:
        return f"{path}: the disk is full; free some space and try again"
    if "unable to open" in text:
        return f"{path}: the library file cannot be opened (check the folder and permissions)"
    if "disk i/o" in text:
        return f"{path}: the library could not be read or written (disk error)"
    return f"{path}: library error: {exc}"


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """A :class:`StoreError` for ``exc``; raise it ``from exc`` to keep the original."""
    return StoreError(plain_message(exc, path))


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
            return fn(self, *args, **kwargs)
        except sqlite3.ProgrammingError:
            raise  # a bug (closed library, wrong thread), not a user problem
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    return wrapper
