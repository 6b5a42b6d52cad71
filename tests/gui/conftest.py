"""Fixtures for driving the real window offscreen: a library, windows, message boxes."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.gc_clock import GcClock
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.service.panes import DRAFT, ORIGINAL
from reviewdesk.store import Library

# A guard against hanging, not a measure. The first check a worker's shared checker
# makes waits for its warm-up (Harper's tables, the grammar lexicon: seconds on a quiet
# machine), which no teardown waits out any more; the checker runs niced, and on a machine
# whose two cores carry a dozen busy processes that warm-up took over a minute.
CHECK_TIMEOUT_MS = 180_000


@pytest.fixture(scope="session")
def fresh_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library just created and migrated by this code, closed (no -wal file left)."""
    path = tmp_path_factory.mktemp("fresh-library") / "library.sqlite"
    Library(path).close()
    return path


@pytest.fixture
def library(isolated_library: Path, fresh_library_file: Path) -> Iterator[Library]:
    """The test's own library file (``$REVIEWDESK_LIBRARY`` points at it too).

    A copy of a freshly created one: the same file every new library starts as, without
    running every migration again for each of some 500 window tests (the store's tests
    create theirs from nothing).
    """
    shutil.copyfile(fresh_library_file, isolated_library)
    lib = Library(isolated_library)
    yield lib
    lib.close()


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Capture QMessageBox calls (kind, title, text) instead of blocking on them."""
    shown: list[tuple[str, str, str]] = []

    def fake(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., object]:
        def show(_parent: object, title: str, text: str, *args: object) -> object:
            shown.append((kind, title, text))
            return answer

        return show

    ok = QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "warning", fake("warning", ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", ok))
    monkeypatch.setattr(QMessageBox, "information", fake("information", ok))
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture(scope="session")
def shared_checker(qapp) -> Iterator[CheckCoordinator]:  # type: ignore[no-untyped-def]
    """One set of check threads for the whole GUI test session.

    Harper's first lint on a new thread costs seconds, so windows share this one unless a
    test asks for a window that owns its checker (that path is tested too).
    """
    coordinator = CheckCoordinator(EngineSettings())
    coordinator.start()
    yield coordinator
    coordinator.shutdown()


@pytest.fixture
def make_window(
    qtbot,  # type: ignore[no-untyped-def]
    library: Library,
    message_boxes: list[tuple[str, str, str]],
    shared_checker: CheckCoordinator,
) -> Iterator[Callable[..., MainWindow]]:
    """Build real main windows; after the test every one is closed, and the check threads
    are drained (shared) or joined (owned by the window)."""
    windows: list[MainWindow] = []
    unexpected: list[str] = []

    def unexpected_prompt(_parent: object, message: str) -> str:
        # the real question is a modal box nobody answers here: the run would hang
        unexpected.append(message)
        return "discard"

    def make(lib: Library | None = None, *, own_checker: bool = False) -> MainWindow:
        coordinator = None if own_checker else shared_checker
        window = MainWindow(lib or library, coordinator=coordinator)
        window.note_commands.prompt = lambda _parent, _quote, _body: None
        window.unsaved_prompt = unexpected_prompt  # a test that expects it sets its own
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        if window.coordinator is not shared_checker:
            assert not window.coordinator._threads, "check threads still running after close"
    # Closing took the windows' checks back (CheckCoordinator.withdraw): nothing waits, and
    # a check under way is cancelled; its late answer (the first check of a worker's
    # checker may wait for Harper's warm-up) is dropped by revision, and the next test
    # that waits for a check waits behind it, while tests that do not check go on.
    for window in windows:
        window.deleteLater()
    # delete them now, rather than sleeping until the event loop comes round to it
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not unexpected, f"closing asked about unsaved work nobody expected: {unexpected}"


@pytest.fixture
def story_window(qtbot, make_window, tmp_path):  # type: ignore[no-untyped-def]
    """The window on the Word desk story (tracked changes, a list, a table), its
    structure read: the Word tests' common start."""
    from word_window import wait_structure

    from fixtures_import.word_desk import write_desk_story

    window = make_window()
    assert window.open_file(write_desk_story(tmp_path / "story.docx"))
    wait_structure(qtbot, window)
    return window


def settle_window(window: MainWindow) -> None:
    """Wait until the window's library writer has written everything handed to it (the
    window writes off its UI thread)."""
    assert window.session.saving.settle(CHECK_TIMEOUT_MS / 1000), "the writer did not finish"


@pytest.fixture
def settle() -> Callable[[MainWindow], None]:
    """Wait until a window's writes are in the library (see :func:`settle_window`)."""
    return settle_window


@pytest.fixture
def wait_checked(qtbot) -> Callable[..., None]:  # type: ignore[no-untyped-def]
    """Wait until a window's panes show results for the text on screen."""

    def wait(window: MainWindow, panes: tuple[str, ...] = (ORIGINAL, DRAFT)) -> None:
        qtbot.waitUntil(
            lambda: all(window.session.is_current(p) for p in panes), timeout=CHECK_TIMEOUT_MS
        )
        for pane in panes:  # big updates reach blocks off screen a batch at a time
            window.session.editor(pane).highlighter.flush()

    return wait


def format_ranges(window: MainWindow, pane: str) -> list[tuple[int, int, int]]:
    """(block number, start, length) of every highlight format in a pane."""
    editor = window.session.editor(pane)
    out = []
    block = editor.document().firstBlock()
    while block.isValid():
        for fr in block.layout().formats():
            out.append((block.blockNumber(), fr.start, fr.length))
        block = block.next()
    return out


@pytest.fixture
def highlights() -> Callable[[MainWindow, str], list[tuple[int, int, int]]]:
    """(block, start, length) of the highlight formats in a window's pane."""
    return format_ranges


@pytest.fixture
def when_shown(qtbot) -> Callable[..., list[bool]]:  # type: ignore[no-untyped-def]
    """Act on a modal window of a given kind once it is on screen (inside its exec()).

    Returns a list that gets ``True`` once ``act`` ran, so a test can tell an act that
    never happened (the window never came) from one that did; polling stops after
    ``timeout_ms`` so a window that never comes cannot hang the test.
    """

    def schedule(
        kind: type[QWidget], act: Callable[[Any], None], timeout_ms: int = 5000
    ) -> list[bool]:
        done: list[bool] = []
        deadline = [timeout_ms // 20]

        def poll() -> None:
            found = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()
                ),
                None,
            )
            if found is None:
                deadline[0] -= 1
                if deadline[0] > 0:
                    QTimer.singleShot(20, poll)
                return
            done.append(True)
            act(found)

        QTimer.singleShot(0, poll)
        return done

    return schedule


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """The app collects garbage on the UI thread only (``gui/gc_clock.py``), and so do the
    window's tests: a pass that ran on a download job's thread freed a Qt object there and
    crashed the suite ("Garbage-collecting", a segfault). What the test left is collected
    here, on this thread, before the collector is given back."""
    clock = GcClock()
    try:
        yield
    finally:
        clock.stop()
        gc.collect(1)  # what the test made; a full pass here cost ~0.1 s a test
