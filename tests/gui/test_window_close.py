"""Closing a window never waits for checking nobody will see.

A window on a checker it shares (a second window, as the GUI tests' windows do) takes its
checks back when it closes: the check under way is cancelled rather than run to its end,
and the checker is free at once for the next window's article. Closing a window that owns
its checker, however busy the checker process, is tested in test_check_process.py.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, CheckContext
from reviewdesk.core.models import Issue
from reviewdesk.core.pipeline import Cancelled, CheckPipeline
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

SLOW_TEXT = "A paragraph this engine takes an age over."


class HeldChecker(BaseChecker):
    """Stands in for an engine deep in a long check: it works on SLOW_TEXT until it is
    cancelled (or released), and says which happened."""

    name = "held"

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.cancelled = threading.Event()

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        if any(SLOW_TEXT in t for t in texts):
            self.started.set()
            while not self.release.wait(0.01):
                try:
                    cancel.raise_if_cancelled()
                except Cancelled:
                    self.cancelled.set()
                    raise
        return [[] for _ in texts]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_closed_window_takes_its_check_back_from_a_shared_checker(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path,
    library,
    message_boxes,
) -> None:
    held = HeldChecker()
    coordinator = CheckCoordinator(
        fast_factory=lambda: CheckPipeline([held]), slow_factory=lambda: None
    )
    windows: list[MainWindow] = []
    try:
        first = MainWindow(library, coordinator=coordinator)  # shared: the window does not own it
        windows.append(first)
        first.show()
        assert first.open_file(_write(tmp_path, "slow.txt", SLOW_TEXT))
        qtbot.waitUntil(held.started.is_set, timeout=30_000)

        first.close()
        # the check under way is cancelled, not waited for (it would never end here)
        qtbot.waitUntil(lambda: coordinator.settled, timeout=30_000)
        assert held.cancelled.is_set()
        assert not held.release.is_set()

        second = MainWindow(library, coordinator=coordinator)
        windows.append(second)
        second.show()
        assert second.open_file(_write(tmp_path, "next.txt", "The next story, checked at once."))
        qtbot.waitUntil(lambda: second.session.is_current(DRAFT), timeout=30_000)
    finally:
        held.release.set()
        for window in windows:
            window.close()
        coordinator.shutdown()
    assert not coordinator._threads
