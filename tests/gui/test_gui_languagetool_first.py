"""LanguageTool's findings on screen as they come, not after the fast engines' first check.

The window's checker loop runs on a thread here (the same ``serve`` the checker process
runs, over a real pipe), with its Harper replaced by an engine double that holds the first
full check as Harper's warm-up does on a busy machine (24-37 s at load 15, flaky16): it
asks no cancel meanwhile. LanguageTool is the real engine talking to the ``/v2/check``
double (UTF-16 offsets), which answers at once. Its findings must be on screen, at their
characters past the emoji, while that check is still held; and a result for an older
snapshot of the text never lands on the new one.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator, Sequence
from multiprocessing import Pipe
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from fake_languagetool import FakeLanguageTool, fake_lt_server_fixture  # noqa: F401
from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, CheckContext
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.core.lifeline import Lifeline
from reviewdesk.core.models import Issue
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.checker_loop import serve
from reviewdesk.service.messages import CheckOutcome
from reviewdesk.service.panes import DRAFT
from reviewdesk.service.spawn import Spawned
from reviewdesk.store import Library

pytestmark = [pytest.mark.gui, pytest.mark.slow]

LT = "languagetool"
GUARD_MS = 120_000  # against hanging on a loaded machine, not a measure
# an emoji and an astral character before and inside the finding only LanguageTool makes
ARTICLE = (
    "Home » News » Local\n"
    "The council met on Tuesday to discuss the budget.\n"
    '😀 The mayor said "we 𝄞 agree" and left early.\n'
)
QUOTED = '"we 𝄞 agree"'


class HeldHarper(BaseChecker):
    """Stands in for Harper warming up: cold, and its check waits for :attr:`gate`
    without asking the cancel token, as the first full check waits for Harper's tables."""

    name = "harper"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()

    @property
    def is_warm(self) -> bool:
        return self.gate.is_set()

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        self.entered.set()
        self.gate.wait(GUARD_MS / 1000)
        return [[] for _ in texts]


class _LoopOnThread:
    """The checker process's place in :class:`Spawned`: ``serve`` on a thread."""

    pid = -1

    def __init__(self, ready: dict[str, Sequence[BaseChecker]], harper: HeldHarper) -> None:
        self._harper = harper
        ours, theirs = Pipe()
        self.conn = ours
        self._theirs = theirs
        self.returncode: int | None = None
        self._thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self._thread.start()

    def _run(self, ready: dict[str, Sequence[BaseChecker]]) -> None:
        try:
            self.returncode = serve(self._theirs, ready)
        finally:
            self._theirs.close()

    def poll(self) -> int | None:
        return None if self._thread.is_alive() else (self.returncode or 0)

    def wait(self, timeout: float | None = None) -> int | None:
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise subprocess.TimeoutExpired("checker loop", timeout or 0)
        return self.returncode

    def kill(self) -> None:
        self._harper.gate.set()  # lets the held check end; the loop then sees the close


@pytest.fixture
def held_window(
    qtbot: QtBot, library: Library, fake_lt_server: FakeLanguageTool, message_boxes: list
) -> Iterator[tuple[MainWindow, HeldHarper, list[tuple[CheckOutcome, str]]]]:
    harper = HeldHarper()
    settings = EngineSettings(languagetool_url=fake_lt_server.url, languagetool_timeout=20)
    settings = settings.switch(languagetool=True)
    loop = _LoopOnThread({"harper": [harper]}, harper)
    remote = RemoteService(settings)
    remote.launch(spawned=Spawned(loop, loop.conn, Lifeline(), ""))  # type: ignore[arg-type]
    coordinator = CheckCoordinator(settings, launched=remote)
    window = MainWindow(library, settings, coordinator=coordinator, owns_checker=True)
    window.note_commands.prompt = lambda _parent, _quote, _body: None
    shown: list[tuple[CheckOutcome, str]] = []  # each result shown, and the text then
    coordinator.outcome_ready.connect(lambda o: shown.append((o, window.draft.toPlainText())))
    window.show()
    qtbot.waitUntil(lambda: coordinator.is_ready, timeout=GUARD_MS)
    try:
        yield window, harper, shown
    finally:
        harper.gate.set()
        window.close()
        assert not coordinator._threads, "check threads still running after close"
        window.deleteLater()
        qtbot.wait(10)


def _lt_marks(window: MainWindow) -> list[str]:
    """The draft's characters under LanguageTool's issues, once its result is current."""
    text = window.draft.toPlainText()
    return [text[i.start : i.end] for i in window.session.pane(DRAFT).issues if LT in i.engines]


def _lt_in(outcome: CheckOutcome) -> list[str]:
    """The characters under LanguageTool's issues in the text the result was made for."""
    return [outcome.text[i.start : i.end] for i in outcome.issues if LT in i.engines]


def _painted(window: MainWindow, block: int) -> list[str]:
    """The characters under the draft's issue highlights in ``block`` (UTF-16 ranges)."""
    window.draft.highlighter.flush()
    spans = window.session.editor(DRAFT).highlighter.layer("issues").get(block)
    if spans is None:
        return []
    units = spans.text.encode("utf-16-le")
    return [units[2 * s : 2 * e].decode("utf-16-le") for s, e, *_ in spans.ranges]


def test_languagetool_shows_while_the_fast_engines_first_check_is_held(
    qtbot: QtBot,
    tmp_path: Path,
    held_window: tuple[MainWindow, HeldHarper, list[tuple[CheckOutcome, str]]],
) -> None:
    window, harper, shown = held_window
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert window.open_file(path)

    qtbot.waitUntil(lambda: _lt_marks(window) == [QUOTED], timeout=GUARD_MS)
    # on screen while Harper's first full check is still held: an early result with it
    assert harper.entered.is_set() and not harper.gate.is_set()
    with_lt = [o for o, _text in shown if o.pane == DRAFT and _lt_in(o)]
    assert with_lt and "harper" in with_lt[0].waiting_for
    assert QUOTED in _painted(window, 2)  # highlighted at its characters past the emoji
    # the early findings of the ready engines are still there beside it
    engines = {e for i in window.session.pane(DRAFT).issues for e in i.engines}
    assert "debris" in engines, engines

    # typed before the finding while the check is held: LanguageTool is asked again and
    # its new answer may come before the held check ends; no result shown is for another
    # text than the draft's then, and LanguageTool's findings are on its quote in each
    window.draft.setFocus()
    window.draft.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(window.draft, "Today: ")
    qtbot.wait(1000)
    harper.gate.set()
    qtbot.waitUntil(lambda: window.session.is_current(DRAFT), timeout=GUARD_MS)
    qtbot.waitUntil(lambda: _lt_marks(window) == [QUOTED], timeout=GUARD_MS)
    assert window.draft.toPlainText().startswith("Today: Home")
    assert QUOTED in _painted(window, 2)
    drafts = [(o, text) for o, text in shown if o.pane == DRAFT]
    assert drafts[-1][0].text.startswith("Today: ") and not drafts[-1][0].waiting_for
    for outcome, text in drafts:
        assert outcome.text == text, "a result for another snapshot of the text was shown"
        assert _lt_in(outcome) in ([], [QUOTED])
