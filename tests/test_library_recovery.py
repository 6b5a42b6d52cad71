"""Damaged libraries through the CLI: a plain line with the choices, the file untouched,
and each way on (backup, recover, start empty) leaving the damaged file as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from damaged_libraries import (
    ARTICLES,
    KINDS,
    MESSAGES,
    Damaged,
    build_library,
    cleanup,
    make_damaged,
)
from reviewdesk.cli import main
from reviewdesk.core.models import Article
from reviewdesk.store import DamagedLibraryError, Library, StoreError
from reviewdesk.store.backup import KEEP, backup_due, backup_files, newest_good_backup, take_backup
from reviewdesk.store.recovery import recover

ARTICLE = "The council will mete on Tuesday.\n"


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(params=KINDS)
def damaged(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Damaged]:
    item = make_damaged(request.param, tmp_path / "desk" / "library.sqlite")
    yield item
    cleanup(item)


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("reviewdesk: error: ") and "Traceback" not in err[0]
    return err[0]


def test_every_command_refuses_a_damaged_library_in_one_line(
    damaged: Damaged, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = ["--library", str(damaged.path)]
    for argv in (
        ["check", str(article_file), *lib],
        ["import", str(article_file), *lib],
        ["search", "minsk", *lib],
        ["export", "1", "-o", str(article_file.with_suffix(".docx")), *lib],
        ["library", "check", *lib],
        ["library", "backup", *lib],
    ):
        assert main(argv) == 2, argv
        line = _one_error_line(capsys)
        assert MESSAGES[damaged.kind] in line, line
        assert "reviewdesk library start-empty" in line  # the choices, named
        if damaged.kind != "folder":
            assert "reviewdesk library recover" in line
        assert damaged.unchanged(), f"{argv[0]} changed the damaged library"


def test_recover_keeps_the_damaged_file_and_what_could_be_read(
    damaged: Damaged, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lib = ["--library", str(damaged.path)]
    if damaged.kind == "folder":
        assert main(["library", "recover", *lib]) == 2
        assert "is a folder" in _one_error_line(capsys)
        target = tmp_path / "new.sqlite"
        assert main(["library", "start-empty", *lib, "--to", str(target)]) == 0
        assert damaged.unchanged()
        with Library(target) as fresh:
            assert fresh.list_articles() == []
        return
    assert main(["library", "recover", *lib]) == 0
    out = capsys.readouterr().out
    (kept,) = _kept(damaged.path.parent)
    assert str(kept) in out and damaged.unchanged(kept)
    with Library(damaged.path) as library:  # the library works again at its own path
        articles = library.list_articles()
        found = library.search.find("quote")
    expected = {"zero-bytes": 0, "read-only": ARTICLES, "missing-wal": ARTICLES}
    if damaged.kind in expected:
        assert len(articles) == expected[damaged.kind]
    else:  # what could be read, and not more
        assert 0 < len(articles) <= ARTICLES
    assert f"Recovered {len(articles)} article" in out
    assert len(found) == min(len(articles), 20)  # notes came along, in the search index


def test_the_damaged_file_is_never_overwritten_by_a_way_on(tmp_path: Path) -> None:
    damaged = make_damaged("overwritten", tmp_path / "library.sqlite")
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"someone else's file")
    with pytest.raises(StoreError, match="already exists"):
        recover(damaged.path, to=taken)
    assert taken.read_bytes() == b"someone else's file"
    assert damaged.unchanged()


def test_restore_backup_brings_back_the_newest_good_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], article_file: Path
) -> None:
    path = tmp_path / "library.sqlite"
    build_library(path, count=3)
    take_backup(path, now=datetime(2025, 3, 1, 9, 0))
    with Library(path) as library:
        library.add_article(Article(None, "After the backup", "x", "x"))
    take_backup(path, now=datetime(2025, 3, 2, 9, 0))
    damaged = make_damaged_in_place(path)
    assert main(["check", str(article_file), "--library", str(path)]) == 2
    line = _one_error_line(capsys)
    assert "'reviewdesk library restore-backup --library" in line and "2 Mar 2025 09:00" in line
    assert main(["library", "restore-backup", "--library", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Restored the backup of 2 Mar 2025 09:00 (4 articles)" in out
    with Library(path) as library:
        assert len(library.list_articles()) == 4
    (kept,) = _kept(tmp_path)
    assert kept.read_bytes() == damaged


def _kept(folder: Path) -> list[Path]:
    """The damaged library kept aside (its -wal/-shm go along under the same name)."""
    found = folder.glob("library.sqlite.damaged-*")
    return [p for p in found if not p.name.endswith(("-wal", "-shm"))]


def make_damaged_in_place(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 4096] = bytes((n * 37) % 256 for n in range(4096))
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_sound_library_needs_force_for_a_way_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "library.sqlite"
    build_library(path, count=2)
    before = path.read_bytes()
    assert main(["library", "start-empty", "--library", str(path)]) == 2
    assert "not damaged" in _one_error_line(capsys)
    assert path.read_bytes() == before
    assert main(["library", "check", "--library", str(path)]) == 0
    assert "sound; 2 articles" in capsys.readouterr().out


def test_backups_are_checked_daily_and_only_seven_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    build_library(path, count=2)
    start = datetime(2025, 1, 1, 8, 30)
    assert backup_due(path, start)
    for day in range(10):
        take_backup(path, now=start + timedelta(days=day))
    files = backup_files(path)
    assert len(files) == KEEP
    assert files[0].name == "library-20250110-083000.sqlite"  # the newest first
    assert not backup_due(path, start + timedelta(days=9, hours=5))
    assert backup_due(path, start + timedelta(days=10))
    with sqlite3.connect(files[0]) as conn:  # a plain, self-contained SQLite file
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    # a backup damaged later is never chosen, and never pushes a good one out
    files[0].write_bytes(files[0].read_bytes()[:4096])
    newest = newest_good_backup(path)
    assert newest is not None and newest.path == files[1]
    take_backup(path, now=start + timedelta(days=11))
    names = [p.name for p in backup_files(path)]
    assert len(names) == KEEP and "library-20250110-083000.sqlite" not in names


def test_a_backup_taken_while_another_connection_writes_is_consistent(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    build_library(path, count=2)
    with Library(path) as library:
        with library.db.atomic():  # a write in progress, not committed
            library.add_article(Article(None, "Half-way", "x", "x"))
            backup = take_backup(path)
        assert len(library.list_articles()) == 3
    with Library(backup) as copy:
        assert [a.title for a in copy.list_articles()] == ["Story 1", "Story 0"]


def test_opening_refuses_each_kind_before_writing(damaged: Damaged) -> None:
    with pytest.raises(DamagedLibraryError) as info:
        Library(damaged.path)
    assert info.value.kind in ("damaged", "empty", "folder", "read-only", "missing-wal")
    assert MESSAGES[damaged.kind] in str(info.value)
    assert "\n" not in str(info.value)
    assert damaged.unchanged()
