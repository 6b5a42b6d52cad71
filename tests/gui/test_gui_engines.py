"""A slow second engine runs on its own thread: never delays, merges, reports errors.

LanguageTool cannot run here (no Java, no server), so these tests use a stand-in checker
named "languagetool" that is slow or down on demand. The fast side is a real engine.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtGui import QTextCursor

from reviewdesk.core.checker import (
    NEVER,
    BaseChecker,
    CancelToken,
    CheckContext,
    CheckerError,
    Scope,
)
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.models import Category, Issue, make_issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.gui import checking
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.service.check_service import carry_over
from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui

TEXT = "The plan,as agreed, was ready.\nThe mayour said so on Monday."


class StandInLanguageTool(BaseChecker):
    """Stands in for LanguageTool: flags "mayour", after the gate opens, or fails."""

    name = "languagetool"
    scope: Scope = "document"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.error: str | None = None
        self.fails_on: str | None = None  # with ``error``: fail only on texts holding it
        self.calls = 0

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        self.calls += 1
        self.gate.wait(timeout=30)
        if self.error and (self.fails_on is None or self.fails_on in texts[0]):
            raise CheckerError(self.error)
        text = texts[0]
        found = []
        if "mayour" in text:
            start = text.index("mayour")
            found.append(
                make_issue(
                    text,
                    start,
                    start + 6,
                    category=Category.SPELLING,
                    rule="MORFOLOGIK",
                    engine=self.name,
                    message="Possible spelling mistake",
                    replacements=["mayor"],
                )
            )
        return [found]


@pytest.fixture
def stand_in(qtbot, library, message_boxes):  # type: ignore[no-untyped-def]
    lt = StandInLanguageTool()
    coordinator = CheckCoordinator(
        fast_factory=lambda: CheckPipeline([MechanicsChecker()]),
        slow_factory=lambda: CheckPipeline([lt]),
    )
    window = MainWindow(library, coordinator=coordinator)
    window.show()
    yield lt, window
    lt.gate.set()
    window.close()
    coordinator.shutdown()
    assert not coordinator._threads


def _open(tmp_path: Path, window: MainWindow) -> None:
    path = tmp_path / "slow.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert window.open_file(path)


def test_fast_results_do_not_wait_for_the_slow_engine(qtbot, tmp_path, stand_in) -> None:
    lt, window = stand_in
    _open(tmp_path, window)
    qtbot.waitUntil(lambda: window.session.matches_screen(DRAFT), timeout=20_000)
    engines = {e for i in window.session.pane(DRAFT).issues for e in i.engines}
    assert engines == {"mechanics"}  # shown while the slow engine is still busy
    # the slow engine's thread may pick its request up a moment after the fast results
    # are shown (on a loaded machine): the bar shows once it has, and stays until it ends
    qtbot.waitUntil(window.busy_bar.isVisible, timeout=20_000)
    assert not any("languagetool" in i.engines for i in window.session.pane(DRAFT).issues)

    lt.gate.set()
    qtbot.waitUntil(
        lambda: any("languagetool" in i.engines for i in window.session.pane(DRAFT).issues),
        timeout=20_000,
    )
    assert {e for i in window.session.pane(DRAFT).issues for e in i.engines} == {
        "mechanics",
        "languagetool",
    }
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=20_000)

    # typing: until the slow engine answers again, its issue moves with the text
    lt.gate.clear()
    QTextCursor(window.draft.document()).insertText("Now: ")
    window.session.check_draft()
    qtbot.waitUntil(lambda: window.session.is_current(DRAFT), timeout=20_000)
    text = window.draft.toPlainText()
    moved = [i for i in window.session.pane(DRAFT).issues if "languagetool" in i.engines]
    assert [text[i.start : i.end] for i in moved] == ["mayour"]


class StartedUpThread(QThread):
    """A real QThread whose start() returns only once its worker has started up.

    It plays the loaded machine of flaky8 by hand: there the new thread ran first, and a
    worker that warms up quickly emitted ``ready`` before the window listened to it.
    """

    def start(self, *args: object) -> None:
        started_up = threading.Event()
        # connected after the worker's start_up, so it runs once start_up has returned
        self.started.connect(started_up.set, Qt.ConnectionType.DirectConnection)
        super().start(*args)  # type: ignore[arg-type]
        assert started_up.wait(timeout=30)


def test_checking_bar_ends_when_the_workers_start_up_at_once(
    qtbot, tmp_path, library, message_boxes, monkeypatch
) -> None:
    """flaky8: a "Checking…" bar that never went away when the check threads were quick."""
    monkeypatch.setattr(checking, "QThread", StartedUpThread)
    lt = StandInLanguageTool()
    lt.gate.set()
    coordinator = CheckCoordinator(
        fast_factory=lambda: CheckPipeline([MechanicsChecker()]),
        slow_factory=lambda: CheckPipeline([lt]),
    )
    window = MainWindow(library, coordinator=coordinator)
    window.show()
    try:
        _open(tmp_path, window)
        qtbot.waitUntil(
            lambda: any("languagetool" in i.engines for i in window.session.pane(DRAFT).issues),
            timeout=20_000,
        )
        qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=20_000)
        assert window.busy_label.text() == ""  # not "Starting…" nor "Checking…"
    finally:
        window.close()
        coordinator.shutdown()
    assert not coordinator._threads


def test_slow_engine_errors_show_and_other_issues_stay(qtbot, tmp_path, stand_in) -> None:
    lt, window = stand_in
    lt.error = "server not reachable at http://127.0.0.1:9"
    lt.gate.set()
    _open(tmp_path, window)
    qtbot.waitUntil(lambda: "server not reachable" in window.engine_label.text(), timeout=20_000)
    assert window.engine_label.text().startswith("LanguageTool: server not reachable")
    assert window.session.pane(DRAFT).issues  # the fast engine's issues stay on screen


def test_an_engine_failing_on_the_draft_stays_said_when_the_original_checks_clean(
    qtbot, tmp_path, stand_in
) -> None:
    """The status bar said only the last result's errors, whichever pane it was for: the
    original's clean result (its LanguageTool answer long known) arriving after the
    draft's "server not reachable" took the message away while the server was still down
    (seen as a CI failure of test_server_going_down_mid_session under load)."""
    lt, window = stand_in
    lt.gate.set()
    _open(tmp_path, window)
    qtbot.waitUntil(
        lambda: any("languagetool" in i.engines for i in window.session.pane(DRAFT).issues),
        timeout=20_000,
    )
    lt.error, lt.fails_on = "server not reachable at http://127.0.0.1:9", "Later."
    window.draft.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.draft, " Later.")
    window.session.check_draft()
    qtbot.waitUntil(lambda: "server not reachable" in window.engine_label.text(), timeout=20_000)
    calls = lt.calls
    window.session.recheck()  # both panes again: the draft fails, the original does not
    qtbot.waitUntil(lambda: lt.calls >= calls + 2, timeout=20_000)
    qtbot.waitUntil(
        lambda: window.session.is_current(DRAFT) and window.session.is_current(ORIGINAL),
        timeout=20_000,
    )
    qtbot.wait(200)  # the last result shown
    assert window.engine_label.text().startswith("LanguageTool: server not reachable")
    lt.error = None  # the server is back: the next check of the draft says nothing
    window.session.check_draft()
    qtbot.waitUntil(lambda: window.engine_label.text() == "", timeout=20_000)


def test_carry_over_keeps_only_issues_in_unchanged_text() -> None:
    old = "One wrod here. Two wrods there."
    new = "One word here. Extra. Two wrods there."
    issues = [
        make_issue(old, 4, 8, category=Category.SPELLING, rule="r", engine="e", message="m"),
        make_issue(old, 19, 24, category=Category.SPELLING, rule="r", engine="e", message="m"),
    ]
    (kept,) = carry_over(issues, old, new)
    assert new[kept.start : kept.end] == "wrods"
