"""Opening a file from the window does not hold it: the file is read off the UI thread,
stored through the writer, and the panes fill in slices; the window answers meanwhile.
A second open, a close or a bad file during an open each end the right way."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from writes import settle

from reviewdesk.gui.loading import WHOLE
from reviewdesk.store import Library

WAIT_MS = 30_000  # a bound on waiting, not a timing assertion
SHORT = "The harbour reopens in May, the council said.\n"


def _long(tmp_path: Path, name: str = "long.txt") -> tuple[Path, str]:
    """A text long enough to be filled into the panes in slices."""
    paragraph = "The council met on Tuesday to discuss the harbour, the ferry and the road. "
    text = "\n\n".join(f"{n}. {paragraph * 3}" for n in range(2 * WHOLE // len(paragraph)))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, text


def _short(tmp_path: Path, name: str = "harbour.txt", text: str = SHORT) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _ticking() -> tuple[QTimer, list[int]]:
    """A timer firing from the event loop as often as it can: it stops when the UI
    thread is held."""
    ticks = [0]
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    return timer, ticks


def test_a_long_file_opens_with_the_window_answering(qtbot, tmp_path, make_window) -> None:  # type: ignore[no-untyped-def]
    path, text = _long(tmp_path)
    window = make_window()
    timer, ticks = _ticking()
    seen: dict[str, int] = {}
    threads: list[str] = []
    window.session.article_changed.connect(lambda: seen.setdefault("announced", ticks[0]))
    original_read = window.files._read

    def read(*args: object) -> None:  # where the file's reading reports back
        threads.append(threading.current_thread().name)
        original_read(*args)  # type: ignore[arg-type]

    window.files._read = read  # type: ignore[method-assign]
    window.start_open(path)
    at_call = ticks[0]
    # the call returned before anything was read: the window says what it is opening
    assert window.session.article is None
    assert "Opening long.txt" in window.statusBar().currentMessage()
    assert window.files.busy_opening
    qtbot.waitUntil(lambda: window.session.article is not None, timeout=WAIT_MS)
    shown = ticks[0]
    assert shown > at_call  # the event loop ran while the file was read and stored
    assert window.session.loading  # the panes are still filling
    assert len(window.draft.toPlainText()) < len(text)
    qtbot.waitUntil(lambda: not window.session.loading, timeout=WAIT_MS)
    timer.stop()
    assert seen["announced"] > shown  # and while the panes filled
    assert window.draft.toPlainText() == text and window.original.toPlainText() == text
    assert threads == [threading.current_thread().name]  # the result comes to the UI thread
    assert not window.files.busy_opening
    assert "Opened long.txt" in window.statusBar().currentMessage()
    assert [Path(a.source_path or "").name for a in window.library.list_articles()] == ["long.txt"]


def test_a_second_open_replaces_the_first(qtbot, tmp_path, make_window, library: Library) -> None:  # type: ignore[no-untyped-def]
    first, _text = _long(tmp_path)
    second = _short(tmp_path)
    window = make_window()
    titles: list[str] = []
    window.session.article_changed.connect(
        lambda: titles.append(window.session.article.title if window.session.article else "")
    )
    window.start_open(first)
    window.start_open(second)  # the editor picked another file while the first was read
    qtbot.waitUntil(lambda: not window.files.busy_opening, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.session.loading, timeout=WAIT_MS)
    qtbot.wait(300)  # the first file's reading has ended: its result is not shown late
    assert window.draft.toPlainText() == SHORT
    assert titles == [window.session.article.title]  # the first never showed
    settle(window)
    assert [Path(a.source_path or "").name for a in library.list_articles()] == ["harbour.txt"]


def test_opening_from_the_library_during_an_open_wins(qtbot, tmp_path, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(_short(tmp_path))
    stored = window.session.article
    path, _text = _long(tmp_path)
    window.start_open(path)
    window.open_article(stored)  # e.g. from the library window, while the file is read
    qtbot.wait(500)
    qtbot.waitUntil(lambda: not window.files.busy_opening, timeout=WAIT_MS)
    assert window.session.article.id == stored.id
    assert window.draft.toPlainText() == SHORT


def test_closing_during_an_open_shows_nothing_half_opened(
    qtbot, tmp_path, make_window, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    path, _text = _long(tmp_path)
    window = make_window()
    window.start_open(path)
    assert window.close()
    assert window.session.article is None
    assert not window.files.busy_opening
    qtbot.wait(300)  # nothing arrives after the close
    assert window.session.article is None
    assert window.draft.toPlainText() == ""
    assert message_boxes == []


def test_a_bad_file_during_an_open_says_so_and_keeps_the_article(
    qtbot, tmp_path, make_window, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(_short(tmp_path))
    before = window.session.article
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    window.start_open(bad)
    assert message_boxes == []  # not yet: it is being read
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=WAIT_MS)
    ((box, title, text),) = message_boxes
    assert box == "warning" and title == "Cannot open this file"
    assert "scan.txt" in text and "Traceback" not in text
    assert window.session.article.id == before.id  # the open article stays, editable
    assert window.draft.toPlainText() == SHORT and not window.draft.isReadOnly()
    assert not window.files.busy_opening
    assert "Opening" not in window.statusBar().currentMessage()


def test_typing_during_an_open_is_kept_and_not_undone_into_the_next(
    qtbot, tmp_path, make_window, library: Library
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.open_file(_short(tmp_path))
    first_id = window.session.article.id
    path, text = _long(tmp_path)
    window.start_open(path)
    cursor = window.draft.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("Typed while the next file was read.")  # the first article is still open
    qtbot.waitUntil(lambda: window.session.article.id != first_id, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.session.loading, timeout=WAIT_MS)
    settle(window)
    assert library.get_article(first_id).draft == SHORT + "Typed while the next file was read."
    # the new article's draft starts with no history: undo cannot bring the first one back
    assert not window.draft.document().isUndoAvailable()
    assert not window.commands["undo"].isEnabled()
    window.draft.undo()
    assert window.draft.toPlainText() == text
    # and its autosave stores the new draft under the new article only
    cursor = window.draft.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(" The end.")
    window.session.save_now()
    settle(window)
    assert library.get_article(window.session.article.id).draft == text + " The end."
    assert library.get_article(first_id).draft == SHORT + "Typed while the next file was read."
