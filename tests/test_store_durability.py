"""The library survives a killed process, refuses bad files, and migrates once."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reviewdesk.core.models import Article
from reviewdesk.store import Library, StoreError
from reviewdesk.store.migrations import MIGRATIONS, applied_migrations

WRITER = """
import sys
from reviewdesk.store import Library
lib = Library(sys.argv[1])
article_id = int(sys.argv[2])
n = 0
while True:
    n += 1
    lib.save_draft(article_id, f"draft {n} " + "x" * 5000 + " end")
    print(n, flush=True)
"""


@pytest.mark.slow  # starts a Python process and kills it
def test_draft_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        article = lib.add_article(Article(None, "t", "orig", "orig"))
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(article.id)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    last = 0
    try:
        for line in proc.stdout:
            last = int(line)
            if last >= 30:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL and last >= 30
    with Library(path) as lib:
        draft = lib.get_article(article.id).draft
    match = re.fullmatch(r"draft (\d+) x{5000} end", draft)
    assert match, "the saved draft is incomplete"
    assert int(match.group(1)) >= last  # every acknowledged save is there


def test_migrations_run_once(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        article = lib.add_article(Article(None, "t", "orig", "draft"))
        assert applied_migrations(lib.db) == [name for name, _ in MIGRATIONS]
        assert lib.db.journal_mode == "wal"
    for _ in range(2):
        with Library(path) as lib:
            assert applied_migrations(lib.db) == [name for name, _ in MIGRATIONS]
            assert lib.get_article(article.id).draft == "draft"


def test_library_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO _migrations VALUES ('999_future', '2099-01-01')")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        Library(path)


@pytest.mark.parametrize(
    "content",
    [
        b"This is a plain text file, not a database at all.\n" * 50,
        b"SQLite format 3\x00" + b"\xff" * 4080,
        bytes(range(256)) * 16,
    ],
    ids=["text", "bad-header", "binary"],
)
def test_corrupt_library_file_gives_plain_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        Library(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    assert "damaged" in message or "not a reviewdesk library" in message


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not a reviewdesk library"):
        Library(path)
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.close()
    assert names == ["contacts"]


def test_zero_byte_library_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"")  # a failed copy
    with pytest.raises(StoreError, match="empty"):
        Library(path)
    assert path.read_bytes() == b""
    assert not path.with_name(path.name + "-wal").exists()


def _library_with_articles(path: Path, count: int = 40) -> None:
    with Library(path) as lib:
        for n in range(count):
            body = f"Article {n}. " + "Words of the story go here. " * 200
            lib.add_article(Article(None, f"Story {n}", body, body))
    # fold the write-ahead log into the file, as a closed library is on disk
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_library_overwritten_in_the_middle_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _library_with_articles(path)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096  # one whole page in the middle
    data[middle : middle + 4096] = bytes((n * 37) % 256 for n in range(4096))
    path.write_bytes(bytes(data))
    for leftover in ("-wal", "-shm"):
        path.with_name(path.name + leftover).unlink(missing_ok=True)
    with pytest.raises(StoreError, match="damaged"):
        Library(path)
    assert path.read_bytes() == bytes(data)


def test_a_sound_library_passes_the_integrity_check(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _library_with_articles(path, count=3)
    with Library(path) as lib:
        assert len(lib.list_articles()) == 3
