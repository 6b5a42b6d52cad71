"""Export, history, the library list and opening a file wait for the library writer
without holding the window.

Another program (here a second sqlite3 connection, as an ``sqlite3`` shell or a backup
tool would) holds the library's write lock. Before, each of these commands waited right
there on the UI thread, ignoring input, for 2 s (open, history, library list) or 10 s
(export, print). Now the command returns at once with a busy message, the window takes
typing meanwhile, and the command goes on once the write lands.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from writes import settle

from reviewdesk.gui.dialogs import export as export_module
from reviewdesk.gui.dialogs.history import HistoryDialog
from reviewdesk.gui.dialogs.library import LibraryDialog
from reviewdesk.store import Library

pytestmark = pytest.mark.gui

WAIT_MS = 60_000  # a bound on waiting, not a timing assertion
TEXT = "The council met on Tuesday.\nMayor Alvarez said the plan was ready 😀.\n"


def _open(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "council.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert window.open_file(path)
    settle(window)


def _type(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    window.draft.setFocus()
    window.draft.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.draft, text)


def _message(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.statusBar().currentMessage())


@contextmanager
def _lock_held(library: Library) -> Iterator[sqlite3.Connection]:
    """Another program holds the library's write lock until the block ends (or the test
    lets it go earlier with ``rollback``)."""
    other = sqlite3.connect(library.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.rollback()
        other.close()


def _release_later(other: sqlite3.Connection, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Type while the command waits (the window answers), then let the lock go."""
    _type(window, qtbot, " Typed while it waited.")
    assert window.draft.toPlainText().endswith("Typed while it waited.")
    other.rollback()


def test_export_waits_without_holding_the_window_and_goes_on_when_the_write_lands(
    qtbot, tmp_path, make_window, library, message_boxes, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    exported: list[str] = []
    monkeypatch.setattr(
        export_module, "export_article", lambda _p, _l, article, _w: exported.append(article.draft)
    )
    window = make_window()
    _open(window, tmp_path)
    with _lock_held(library) as other:
        _type(window, qtbot, " Late news from the council.")
        window.commands["export"].trigger()  # returns at once: nothing waits on the UI thread
        assert exported == []
        assert "Waiting for the library" in _message(window)
        assert QApplication.overrideCursor() is not None  # the busy pointer
        _release_later(other, window, qtbot)
        qtbot.waitUntil(lambda: bool(exported), timeout=WAIT_MS)
    assert "Late news from the council." in exported[0]  # the draft as it was asked for
    assert QApplication.overrideCursor() is None


def test_history_and_the_library_list_open_once_the_write_lands(
    qtbot, tmp_path, make_window, library, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _open(window, tmp_path)
    for command, kind in (("history", HistoryDialog), ("openLibrary", LibraryDialog)):
        shown: list[str] = []

        def close_it(kind: type = kind, shown: list[str] = shown) -> None:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, kind) and widget.isVisible():
                    shown.append(library.list_articles()[0].draft)
                    widget.reject()
                    return
            QTimer.singleShot(20, close_it)

        with _lock_held(library) as other:
            _type(window, qtbot, f" Before {command}.")
            QTimer.singleShot(0, close_it)
            window.commands[command].trigger()
            assert shown == [] and "Waiting for the library" in _message(window)
            _release_later(other, window, qtbot)
            qtbot.waitUntil(lambda shown=shown: bool(shown), timeout=WAIT_MS)
        assert f"Before {command}." in shown[0]  # it lists the article as it was when asked


def test_a_lock_never_let_go_is_said_plainly(
    qtbot, tmp_path, make_window, library, message_boxes, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.gui import print_commands

    monkeypatch.setattr(print_commands, "WRITTEN_WAIT_S", 0.5)  # not the 10 s a desk gets
    window = make_window()
    _open(window, tmp_path)
    built: list[object] = []
    monkeypatch.setattr(window.printing, "_pdf", lambda *args: built.append(args))
    monkeypatch.setattr(
        window.printing, "_ask", lambda *, pdf: (print_commands.Printout.REPORT, tmp_path / "r.pdf")
    )
    with _lock_held(library):
        _type(window, qtbot, " Never stored while the lock is held.")
        assert window.printing.export_pdf() is None  # waiting: nothing started yet
        qtbot.waitUntil(lambda: "Cannot print the report yet" in _message(window), timeout=WAIT_MS)
        assert "another program may be writing to it" in _message(window)
    assert built == []
    assert QApplication.overrideCursor() is None


def test_opening_a_file_goes_on_once_the_write_lands(
    qtbot, tmp_path, make_window, library, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _open(window, tmp_path)
    second = tmp_path / "harbour.txt"
    second.write_text("The harbour opens in May.\n", encoding="utf-8")
    with _lock_held(library) as other:
        _type(window, qtbot, " Kept before the next file opens.")
        # not yet: it waits for the library, the window answering meanwhile
        assert not window.open_file(second, until_waiting=True)
        assert "Waiting for the library" in _message(window)
        assert window.session.article.title != "harbour"
        _release_later(other, window, qtbot)
        qtbot.waitUntil(
            lambda: window.draft.toPlainText() == "The harbour opens in May.\n", timeout=WAIT_MS
        )
    (council,) = [a for a in library.list_articles() if "council" in a.draft]
    assert council.draft.endswith("Kept before the next file opens. Typed while it waited.")


def test_a_file_opened_while_the_last_is_still_being_stored_opens_once_it_lands(
    qtbot, tmp_path, make_window, library, message_boxes, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A slow writer (a loaded machine, a slow disk; no lock): the second file's open
    says it waits for the library, then shows the article, and ``open_file`` answers
    with that outcome rather than with its first look (which made callers give up)."""
    import threading

    from reviewdesk.desk import saving as desk_saving

    window = make_window()
    _open(window, tmp_path)
    let_go = threading.Event()
    real_submit = desk_saving.LibraryWriter.submit

    def submit(writer, op, what):  # type: ignore[no-untyped-def]
        def held_up(store):  # type: ignore[no-untyped-def]
            let_go.wait(WAIT_MS / 1000)  # the writer is still busy with the article before
            return op(store)

        return real_submit(writer, held_up, what)

    monkeypatch.setattr(desk_saving.LibraryWriter, "submit", submit)
    window.session.saving.submit(lambda store: None, "the article before")
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    # let the writer go once the window says it is waiting (and has answered meanwhile)
    window.statusBar().messageChanged.connect(
        lambda text: let_go.set() if "Waiting for the library" in text else None
    )
    second = tmp_path / "harbour.txt"
    second.write_text("The harbour opens in May.\n", encoding="utf-8")
    assert window.open_file(second)
    assert window.draft.toPlainText() == "The harbour opens in May.\n"
    assert any("Waiting for the library" in m for m in messages)
    assert "Opened harbour.txt" in _message(window)
    assert message_boxes == []
    assert QApplication.overrideCursor() is None
    monkeypatch.undo()
    let_go.set()


def test_a_dialog_write_says_what_became_of_it(qtbot, library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``Writes.run`` through a real writer: the value when it lands; the reason, not
    "pending", when the write is refused or fails for good."""
    from reviewdesk.gui.saving import Saving
    from reviewdesk.gui.written_wait import Writes, Written

    saving = Saving(library.path)
    writes = Writes(library, saving)
    got: list[Written[object]] = []

    def refused(_lib: Library) -> None:
        raise ValueError("a title is needed")

    def broken(_lib: Library) -> None:
        raise RuntimeError("a bug")

    try:
        for n, op in enumerate((lambda lib: lib.get_setting("missing", 7), refused, broken)):
            writes.run(op, "a test", got.append, lambda _text: None)
            qtbot.waitUntil(lambda n=n: len(got) == n + 1, timeout=WAIT_MS)
    finally:
        saving.shutdown()
    assert got[0] == Written(True, 7)
    assert got[1] == Written(False, error="a title is needed")
    assert not got[2].landed and not got[2].pending and "a bug" in got[2].error


def test_the_wait_looks_again_soon_after_it_starts_then_at_its_usual_pace(
    qtbot, tmp_path, make_window, library, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    """A quick write (a new article's, as a file opens) is seen a few ms after it lands,
    not at the next 50 ms look: the first looks come soon, each next one twice as late up
    to ``POLL_MS`` (issue 14, the article shown sooner). The schedule is asserted, no time."""
    from reviewdesk.gui.written_wait import FIRST_POLL_MS, POLL_MS, after_written

    window = make_window()
    _open(window, tmp_path)
    saving = window.session.saving
    done: list[bool] = []
    with _lock_held(library) as other:
        # a write the lock holds up, as a new article's would be
        saving.submit(lambda store: store.library.set_setting("test", 1), "a test write")
        wait = after_written(saving, 30.0, done.append, lambda _t: None, "a test", window, 0.0)
        assert not wait.done and wait._timer.interval() == FIRST_POLL_MS
        seen = {wait._timer.interval()}
        qtbot.waitUntil(
            lambda: seen.add(wait._timer.interval()) or wait._timer.interval() == POLL_MS,
            timeout=WAIT_MS,
        )
        assert seen >= {FIRST_POLL_MS, POLL_MS} and min(seen) < POLL_MS and not done
        other.rollback()
        qtbot.waitUntil(lambda: done == [True], timeout=WAIT_MS)
