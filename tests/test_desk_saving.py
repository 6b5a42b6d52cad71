"""The library writer: drafts written off the caller's thread, failures retried and
reported truthfully. Real SQLite files; the "other program" holding the write lock is a
real second connection.
"""

from __future__ import annotations

import queue
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from full_disk import small_disk
from reviewdesk.core.models import Article, Note
from reviewdesk.desk.saving import (
    DraftSnapshot,
    LibraryWriter,
    Outcome,
    Store,
    WriteReport,
)
from reviewdesk.store import Library
from reviewdesk.store.claims import Claims, Owner
from reviewdesk.store.errors import Problem

WAIT_S = 30.0  # a bound on waiting for a report, not a timing assertion
FAST_RETRIES = (0.05, 0.1, 0.2)


class Reports:
    """Reports as the writer sends them (from its thread)."""

    def __init__(self) -> None:
        self.queue: queue.Queue[WriteReport] = queue.Queue()

    def __call__(self, report: WriteReport) -> None:
        self.queue.put(report)

    def next(self) -> WriteReport:
        return self.queue.get(timeout=WAIT_S)

    def until(self, outcome: Outcome) -> WriteReport:
        while True:
            report = self.next()
            if report.outcome is outcome:
                return report


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    with Library(path) as lib:
        lib.add_article(Article(None, "Council", "The first draft.", "The first draft."))
    return path


@pytest.fixture
def reports() -> Reports:
    return Reports()


@pytest.fixture
def writer(library_path: Path, reports: Reports) -> Iterator[LibraryWriter]:
    w = LibraryWriter(
        lambda: Library(library_path, busy_timeout=0.05), reports, delays=FAST_RETRIES
    )
    w.start()
    yield w
    w.close(timeout=WAIT_S)


def _draft(text: str, notes: tuple[tuple[int, int, int], ...] = ()) -> DraftSnapshot:
    return DraftSnapshot(1, "Council", text, notes)


def test_drafts_are_written_and_reported_saved(
    writer: LibraryWriter, reports: Reports, library_path: Path
) -> None:
    writer.opened(1, 0)
    writer.save_draft(_draft("Second draft 😀."))
    report = reports.until(Outcome.SAVED)
    assert report.text == "Second draft 😀." and report.revision == 1
    assert writer.wait_idle(WAIT_S)
    with Library(library_path) as lib:
        assert lib.get_article(1).draft == "Second draft 😀."


def test_a_busy_lock_never_blocks_the_caller_and_the_save_is_retried(
    writer: LibraryWriter, reports: Reports, library_path: Path
) -> None:
    """Old code: autosave waited on the UI thread for the whole 10 s busy timeout, then
    a traceback, and the save was never tried again."""
    writer.opened(1, 0)
    assert writer.wait_idle(WAIT_S)
    other = sqlite3.connect(library_path)
    other.execute("BEGIN IMMEDIATE")  # a backup tool, an sqlite3 shell
    try:
        writer.save_draft(_draft("Typed while the library was busy."))
        # the call came back while the lock is still held: the caller did not wait
        failed = reports.until(Outcome.RETRYING)
        assert failed.problem is Problem.BUSY and failed.retry_in is not None
        assert "busy" in failed.message and "trying again" in failed.message
        # the trouble without when it is tried again: the same for every attempt, so the
        # window tells of it once (DraftKeeper)
        again = reports.until(Outcome.RETRYING)
        assert "busy" in failed.reason and "trying again" not in failed.reason
        assert again.reason == failed.reason and again.message != failed.message
        assert not writer.idle
        assert [d.text for d in writer.unsaved_drafts()] == ["Typed while the library was busy."]
    finally:
        other.rollback()
        other.close()
    saved = reports.until(Outcome.SAVED)
    assert saved.text == "Typed while the library was busy." and saved.message == "Saved after all"
    assert writer.wait_idle(WAIT_S) and writer.unsaved_drafts() == []


def test_newer_snapshots_replace_one_still_waiting(
    writer: LibraryWriter, reports: Reports, library_path: Path
) -> None:
    writer.opened(1, 0)
    assert writer.wait_idle(WAIT_S)
    other = sqlite3.connect(library_path)
    other.execute("BEGIN IMMEDIATE")
    try:
        for n in range(50):
            writer.save_draft(_draft(f"Version {n}."))
        reports.until(Outcome.RETRYING)
        assert len(writer.unsaved_drafts()) == 1
    finally:
        other.rollback()
        other.close()
    assert reports.until(Outcome.SAVED).text == "Version 49."
    assert writer.wait_idle(WAIT_S)
    with Library(library_path) as lib:
        assert lib.get_article(1).draft == "Version 49."
        assert lib.get_article(1).revision == 1  # one write, not fifty


@pytest.mark.slow  # mounts a small tmpfs as a full disk
def test_a_full_disk_is_retried_until_there_is_space(tmp_path: Path, reports: Reports) -> None:
    with small_disk(tmp_path / "disk") as disk:
        path = disk.folder / "library.sqlite"
        with Library(path) as lib:
            lib.add_article(Article(None, "Council", "First.", "First."))
        libraries: list[Library] = []

        def open_library() -> Library:
            libraries.append(Library(path, busy_timeout=0.05))
            return libraries[-1]

        writer = LibraryWriter(open_library, reports, delays=FAST_RETRIES)
        writer.start()
        try:
            writer.opened(1, 0)
            assert writer.wait_idle(WAIT_S)
            big = "Words of the story. " * 20_000  # needs pages the disk does not have
            filled = []
            writer.submit(lambda store: filled.append(disk.fill(store.library.db)), "filling")
            assert writer.wait_idle(WAIT_S) and filled
            writer.save_draft(_draft(big))
            failed = reports.until(Outcome.RETRYING)
            assert failed.problem is Problem.FULL and "the disk is full" in failed.message
            disk.free()
            assert reports.until(Outcome.SAVED).text == big
        finally:
            writer.close(timeout=WAIT_S)
        with Library(path) as lib:
            assert lib.get_article(1).draft == big


def test_a_draft_changed_elsewhere_is_not_overwritten_and_kept_for_the_user(
    writer: LibraryWriter, reports: Reports, library_path: Path
) -> None:
    writer.opened(1, 0)
    with Library(library_path) as other:
        other.save_draft(1, "Another window's edit.")
    writer.save_draft(_draft("My edit."))
    failed = reports.until(Outcome.FAILED)
    assert failed.problem is Problem.CONFLICT and "changed elsewhere" in failed.message
    assert [d.text for d in writer.unsaved_drafts()] == ["My edit."]
    assert not writer.close(timeout=WAIT_S)  # something could not be written
    with Library(library_path) as lib:
        assert lib.get_article(1).draft == "Another window's edit."


def test_an_article_claimed_by_a_live_window_is_refused(
    writer: LibraryWriter, reports: Reports, library_path: Path
) -> None:
    with Library(library_path) as lib:
        someone = Owner(1, "another-desk", "t0")
        Claims(lib, someone).claim(1)  # fresh heartbeat on another host: alive
    writer.opened(1, 0)
    refused = reports.until(Outcome.REFUSED)
    assert refused.holder is not None and "process 1 on another-desk" in refused.message
    writer.save_draft(_draft("Not to be written."))
    assert reports.until(Outcome.FAILED).problem is Problem.CONFLICT
    with Library(library_path) as lib:
        assert lib.get_article(1).draft == "The first draft."


def test_provisional_keys_name_rows_written_later(
    writer: LibraryWriter, reports: Reports, library_path: Path
) -> None:
    writer.opened(1, 0)
    key = writer.new_key()
    note = Note(None, 1, 4, 9, "first", "check the name")

    def add(store: Store) -> None:
        store.keys.bind(key, store.library.add_note(note).id)

    writer.submit(add, "a note")
    text = "Now 😀 the first draft."
    # the note's passage in UTF-16 positions, as the window counts (the emoji takes two)
    writer.save_draft(_draft(text, ((key, 11, 16),)))

    def edit(store: Store) -> None:
        real = store.keys.real(key)
        assert real is not None
        store.library.update_note(replace(note, id=real, start=10, end=15, body="edited"))

    reports.until(Outcome.SAVED)
    assert writer.wait_idle(WAIT_S)
    with Library(library_path) as lib:
        (stored,) = lib.notes(1)
        assert text[stored.start : stored.end] == "first"
    writer.submit(edit, "the note")
    assert writer.wait_idle(WAIT_S)
    with Library(library_path) as lib:
        assert lib.notes(1)[0].body == "edited"
