"""A long article fills the panes a slice at a time; the window answers meanwhile."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit
from writes import settle

from reviewdesk.core import memory
from reviewdesk.gui import heap_trim
from reviewdesk.gui.loading import WHOLE
from reviewdesk.service.panes import DRAFT, ORIGINAL
from reviewdesk.store.claims import Claims, Owner

DEMO = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "reviewdesk"
    / "resources"
    / "demo"
    / "newsroom-demo.txt"
)


def _long(tmp_path: Path, copies: int = 0) -> tuple[Path, str]:
    demo = DEMO.read_text(encoding="utf-8")
    long = max(WHOLE, heap_trim.LONG_CHARS)  # filled in slices, and worth a heap trim
    parts = [
        demo.replace("Port Aldren", f"Port Aldren {n}")
        for n in range(copies or long // len(demo) + 4)
    ]
    text = "\n\n".join(parts)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    return path, text


def test_a_long_article_arrives_in_slices_and_whole(
    qtbot, tmp_path, make_window, wait_checked, monkeypatch
) -> None:
    trims: list[str] = []

    def trim() -> bool:
        trims.append(threading.current_thread().name)
        return True

    monkeypatch.setattr(memory, "release_free_pages", trim)
    path, text = _long(tmp_path)
    window = make_window()
    window.open_file(path)
    # opening returned before the panes were whole: the rest comes from the event loop
    assert window.session.loading
    assert len(window.draft.toPlainText()) < len(text)
    assert window.draft.isReadOnly()  # nothing to type into until it is whole
    window.session.save_now()  # an early save must not store half the draft
    assert window.library.get_article(window.session.article.id).draft == text
    qtbot.waitUntil(lambda: not window.session.loading, timeout=30_000)
    assert window.draft.toPlainText() == text and window.original.toPlainText() == text
    assert not window.draft.isReadOnly()
    assert not window.draft.document().isUndoAvailable()  # loading is not an edit
    wait_checked(window)
    assert window.session.pane(DRAFT).issues and window.session.pane(ORIGINAL).issues
    # idle after a long article's results: the window gives its free heap pages back,
    # off the UI thread
    qtbot.waitUntil(lambda: bool(trims), timeout=3 * heap_trim.IDLE_MS + 10_000)
    assert trims[0] == "heap-trim"


def test_a_short_article_leaves_the_heap_alone(qtbot, monkeypatch) -> None:
    trims: list[bool] = []
    monkeypatch.setattr(memory, "release_free_pages", lambda: trims.append(True) or True)
    monkeypatch.setattr(heap_trim, "IDLE_MS", 0)
    editors = {pane: QPlainTextEdit() for pane in (ORIGINAL, DRAFT)}

    class Session(QObject):
        checked = Signal(str)

        def editor(self, pane: str) -> QPlainTextEdit:
            return editors[pane]

    session = Session()
    trimmer = heap_trim.HeapTrim(session)  # type: ignore[arg-type]
    editors[DRAFT].setPlainText("A short article.\n" * 100)
    session.checked.emit(DRAFT)
    qtbot.wait(50)
    assert not trims and not trimmer._timer.isActive()
    editors[ORIGINAL].setPlainText("x" * heap_trim.LONG_CHARS)
    session.checked.emit(ORIGINAL)
    qtbot.waitUntil(lambda: bool(trims), timeout=5_000)


def test_closing_while_filling_stops_it(qtbot, tmp_path, make_window) -> None:
    path, _text = _long(tmp_path)
    window = make_window()
    window.open_file(path)
    assert window.session.loading
    window.session.close_article()
    assert not window.session.loading
    assert window.draft.toPlainText() == ""
    qtbot.wait(200)  # no slice arrives after the close
    assert window.draft.toPlainText() == ""


def test_an_article_found_taken_while_filling_stays_read_only(
    qtbot, tmp_path, make_window, library
) -> None:
    # The window looks up who edits the article before filling the panes; another window
    # may claim it just after, and this window's writer then finds it taken while a long
    # article is still filling in. The draft must stay read-only once it is whole (the
    # filler gave it back editable: typing there was never saved).
    path, text = _long(tmp_path, copies=8 * (WHOLE // len(DEMO.read_text(encoding="utf-8"))))
    window = make_window()
    assert window.open_file(path)
    article_id = window.session.article.id
    qtbot.waitUntil(lambda: not window.session.loading, timeout=30_000)
    window.session.close_article()
    settle(window)
    # another reviewdesk window (a live process: this one's parent) claims the article
    other = Owner(os.getppid(), socket.gethostname(), "t0")
    assert Claims(library, other).claim(article_id) is None
    window.session.keeper.holder = lambda _article_id: None  # looked before the claim
    window.open_article(library.get_article(article_id))
    assert window.session.loading
    qtbot.waitUntil(lambda: window.session.read_only and not window.session.loading, timeout=30_000)
    assert window.draft.toPlainText() == text
    assert window.draft.isReadOnly()
    assert "(read-only)" in window.windowTitle()
