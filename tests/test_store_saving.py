"""Saving that tells the truth, at the store: a full disk, a busy lock, a deleted -wal,
a draft changed elsewhere, claims of two processes. Real SQLite files, real processes.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from full_disk import small_disk
from reviewdesk.core.models import Article, Note
from reviewdesk.store import Library, StoreError
from reviewdesk.store.claims import Claims, Owner
from reviewdesk.store.errors import ConflictError, Problem


def _article(lib: Library, text: str = "The first draft.") -> int:
    article = lib.add_article(Article(None, "Council", text, text))
    assert article.id is not None
    return article.id


def test_a_save_over_a_newer_draft_is_refused_and_the_newer_draft_kept(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library(path) as mine, Library(path) as theirs:
        article_id = _article(mine)
        opened = mine.get_article(article_id).revision
        assert theirs.save_draft(article_id, "Their edit.", revision=opened) == opened + 1
        with pytest.raises(ConflictError, match="changed elsewhere") as info:
            mine.save_draft(article_id, "My edit.", revision=opened)
        assert info.value.problem is Problem.CONFLICT and not info.value.retryable
        assert mine.get_article(article_id).draft == "Their edit."
        # saving from the newest revision goes through
        assert mine.save_draft(article_id, "My edit.", revision=opened + 1) == opened + 2


def test_note_positions_are_saved_with_the_draft(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite") as lib:
        article_id = _article(lib)
        note = lib.add_note(Note(None, article_id, 4, 9, "first", "check"))
        assert note.id is not None
        lib.save_draft(article_id, "Now the first draft.", note_positions=[(note.id, 8, 13)])
        (stored,) = lib.notes(article_id)
        assert (stored.start, stored.end) == (8, 13)


def test_a_busy_lock_fails_within_the_bounded_wait_as_busy(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        article_id = _article(lib)
    other = sqlite3.connect(path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with Library(path, busy_timeout=0.1) as lib:
            with pytest.raises(StoreError) as info:
                lib.save_draft(article_id, "An edit.")
            assert info.value.problem is Problem.BUSY and info.value.retryable
            assert "busy" in str(info.value)
    finally:
        other.rollback()
        other.close()


@pytest.mark.slow  # mounts a small tmpfs as a full disk
def test_a_full_disk_says_disk_is_full_and_keeps_the_last_good_state(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        path = disk.folder / "library.sqlite"
        with Library(path) as lib:
            article_id = _article(lib)
            lib.save_draft(article_id, "The last good draft.")
            disk.fill(lib.db)
            with pytest.raises(StoreError) as info:
                for n in range(200):  # a page or two may still fit
                    lib.save_draft(article_id, f"Draft {n} " + "words " * 3000)
            assert info.value.problem is Problem.FULL
            assert "the disk is full" in str(info.value)
            assert "disk error" not in str(info.value)
            disk.free()
        with Library(path) as lib:
            assert lib.get_article(article_id).draft.startswith(("The last good", "Draft "))
            assert lib.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"


@pytest.mark.slow  # mounts a small tmpfs as a full disk
def test_opening_on_a_full_disk_says_full_and_reading_still_works(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        if not disk.real:
            pytest.skip("needs a real full disk (mounting a tmpfs is not permitted here)")
        path = disk.folder / "library.sqlite"
        with Library(path) as lib:
            article_id = _article(lib)
        before = path.read_bytes()
        disk.fill()
        with pytest.raises(StoreError, match="the disk is full") as info:
            Library(path)
        assert info.value.problem is Problem.FULL
        with Library(path, read_only=True) as lib:  # what `reviewdesk check` uses
            assert lib.get_article(article_id).title == "Council"
        assert path.read_bytes() == before


WRITER = """
import sys
from reviewdesk.store import Library
lib = Library(sys.argv[1])
article_id = int(sys.argv[2])
for line in sys.stdin:
    lib.save_draft(article_id, line.strip())
    print("saved", lib.journal_recoveries, flush=True)
"""


@pytest.mark.slow  # starts a second Python process
def test_a_deleted_wal_is_noticed_and_the_work_written_again(tmp_path: Path) -> None:
    """Old code: the window went on "saving" into the deleted file; after kill -9 the
    library had nothing of it (not even its tables when it was new)."""
    path = tmp_path / "library.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(WRITER), str(path), "1"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        with Library(path) as lib:  # the library is new: everything is still in the log
            assert _article(lib) == 1
        proc.stdin.write("Draft one.\n")
        proc.stdin.flush()
        assert proc.stdout.readline().split() == ["saved", "0"]
        path.with_name(path.name + "-wal").unlink()  # a clean-up tool, say
        proc.stdin.write("Draft two, after the log was deleted.\n")
        proc.stdin.flush()
        assert proc.stdout.readline().split() == ["saved", "1"]  # noticed
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with Library(path) as lib:
        assert lib.get_article(1).draft == "Draft two, after the log was deleted."


def test_a_library_file_deleted_while_open_is_reported_not_written_into(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        article_id = _article(lib)
        for leftover in ("", "-wal", "-shm"):
            path.with_name(path.name + leftover).unlink(missing_ok=True)
        with pytest.raises(StoreError, match="deleted or replaced") as info:
            lib.save_draft(article_id, "An edit.")
        assert info.value.problem is Problem.GONE and not info.value.retryable
    assert not path.exists()


CLAIMER = """
import sys, threading
from reviewdesk.store import Library
from reviewdesk.store.claims import Claims
with Library(sys.argv[1]) as lib:
    assert Claims(lib).claim(int(sys.argv[2])) is None
print("claimed", flush=True)
threading.Event().wait()
"""


@pytest.mark.slow  # starts a second Python process
def test_claims_of_two_processes(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        article_id = _article(lib)
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CLAIMER), str(path), str(article_id)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "claimed"
        with Library(path) as lib:
            claims = Claims(lib)
            other = claims.claim(article_id)
            assert other is not None and other.owner.pid == proc.pid
            assert claims.holder(article_id) == other
            assert claims.abandoned() == []
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with Library(path) as lib:
            claims = Claims(lib)
            (crashed,) = claims.abandoned()
            assert crashed.article_id == article_id and crashed.owner.pid == proc.pid
            assert claims.holder(article_id) is None
            assert claims.claim(article_id) is None  # free to edit again
            claims.release(article_id)
            claims.forget([crashed])
            assert claims.abandoned() == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_a_claim_of_a_process_id_now_used_by_another_process_is_dead(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite") as lib:
        article_id = _article(lib)
        me = Owner.this_process()
        reused = Owner(me.pid, me.host, "not-my-start-time")
        assert Claims(lib, reused).claim(article_id) is None
        if Path("/proc/self/stat").exists():
            assert Claims(lib).holder(article_id) is None
