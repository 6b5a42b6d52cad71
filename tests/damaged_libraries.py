"""Libraries damaged in each way the desk has met, for the CLI, store and window tests.

Each ``make_damaged(kind, path)`` builds a real library of :data:`ARTICLES` articles at
``path``, damages it, and returns a :class:`Damaged` that can tell whether the damaged
file (and its companions) are still byte for byte as they were left.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from reviewdesk.core.models import Article, Note
from reviewdesk.store import Library

ARTICLES = 12
KINDS = ("truncated", "overwritten", "zero-bytes", "folder", "read-only", "missing-wal")
#: The words each kind's message must contain (the message says what is wrong).
MESSAGES = {
    "truncated": "damaged",
    "overwritten": "damaged",
    "zero-bytes": "empty (0 bytes)",
    "folder": "is a folder",
    "read-only": "read-only",
    "missing-wal": "write-ahead log",
}


def build_library(path: Path, count: int = ARTICLES) -> None:
    """A sound library with ``count`` articles and a note on each, folded into one file."""
    with Library(path) as lib:
        for n in range(count):
            body = f"Story {n} from the Minsk desk. " + "Words of the story go here. " * 150
            article = lib.add_article(Article(None, f"Story {n}", body, body))
            assert article.id is not None
            lib.add_note(Note(None, article.id, 0, 5, "Story", f"Check the quote {n}"))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@dataclass
class Damaged:
    """A damaged library and the exact bytes it was left with."""

    path: Path
    kind: str
    files: dict[str, bytes]  # file name (in the library's folder, or inside it) -> bytes

    def snapshot(self, where: Path | None = None) -> dict[str, bytes]:
        """The bytes of the damaged file(s) as they are now (at ``where`` if moved)."""
        base = where or self.path
        if self.kind == "folder":
            return {p.name: p.read_bytes() for p in sorted(base.iterdir()) if p.is_file()}
        out = {}
        for suffix in ("", "-wal", "-shm"):
            file = base.with_name(base.name + suffix)
            if file.exists():
                out[suffix] = file.read_bytes()
        return out

    def unchanged(self, where: Path | None = None) -> bool:
        """Whether the damaged file(s) are still exactly as they were left."""
        return self.snapshot(where) == self.files


def make_damaged(kind: str, path: Path) -> Damaged:
    """Build a library at ``path`` and damage it the ``kind`` way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "folder":
        path.mkdir()
        (path / "notes.txt").write_text("someone's folder, not a library", encoding="utf-8")
    elif kind == "missing-wal":
        _lose_the_log(path)
    else:
        build_library(path)
        data = path.read_bytes()
        if kind == "truncated":
            path.write_bytes(data[: len(data) * 4 // 5])  # the last fifth lost
        elif kind == "overwritten":
            middle = len(data) // 2 // 4096 * 4096
            garbage = bytes((n * 37) % 256 for n in range(4096))
            path.write_bytes(data[:middle] + garbage + data[middle + 4096 :])
        elif kind == "zero-bytes":
            path.write_bytes(b"")
        elif kind == "read-only":
            path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        else:
            raise ValueError(kind)
    damaged = Damaged(path, kind, {})
    damaged.files = damaged.snapshot()
    return damaged


def _lose_the_log(path: Path) -> None:
    """A library whose latest changes sit in its ``-wal`` when the ``-wal`` is deleted
    (as after a crash and a careless clean-up): the ``-shm`` stays behind."""
    build_library(path)
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("UPDATE articles SET title = 'Changed after the last checkpoint'")
        writer.commit()
        scratch = path.with_name(path.name + ".copy")
        shutil.copyfile(path, scratch)  # the file and its -shm as a crash left them
        shutil.copyfile(path.with_name(path.name + "-shm"), str(scratch) + "-shm")
    finally:
        writer.close()
    os.replace(scratch, path)
    os.replace(str(scratch) + "-shm", path.with_name(path.name + "-shm"))
    path.with_name(path.name + "-wal").unlink(missing_ok=True)


def cleanup(damaged: Damaged) -> None:
    """Give write permission back, so the test's temporary folder can be removed."""
    for file in damaged.path.parent.iterdir():
        if file.is_file():
            file.chmod(file.stat().st_mode | stat.S_IWUSR)
