"""The status bar's "Checking…": the moving bar only for a wait that lasts (issue 14).

A bar with no known progress is repainted sixty times a second by Qt's styles; a start's
first check and every keystroke's re-check are shorter than a second, so the label says
it alone and the bar joins it only once the wait has lasted ``BAR_AFTER_MS``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMainWindow

from reviewdesk.gui.status_line import STARTING, StatusLine

pytestmark = pytest.mark.gui


@pytest.fixture
def line(qtbot) -> Iterator[StatusLine]:
    window = QMainWindow()  # held here: the status line's widgets live in it
    qtbot.addWidget(window)
    status = StatusLine(window.statusBar())
    window.show()
    yield status
    window.close()


def _moving(status: StatusLine) -> bool:
    bar = status.busy_bar
    return bar.isVisible() and (bar.minimum(), bar.maximum()) == (0, 0)


def test_a_short_check_says_checking_and_never_shows_the_bar(line: StatusLine) -> None:
    assert line.busy.text() == STARTING  # the window's checker is starting
    assert not line.busy_bar.isVisible()
    line.set_busy(False)  # ready, nothing to check
    assert line.busy.text() == "" and not line.bar_soon.isActive()

    line.set_busy(True)
    assert line.busy.text() == "Checking…"
    assert not line.busy_bar.isVisible(), "the bar waits for the check to last"
    line.set_busy(False)  # done within the second
    assert line.busy.text() == ""
    assert not line.busy_bar.isVisible()
    assert not line.bar_soon.isActive(), "nothing left to show the bar after the check"


def test_a_long_check_shows_the_moving_bar_until_it_ends(qtbot, line: StatusLine) -> None:
    line.set_busy(True)
    qtbot.waitUntil(lambda: _moving(line), timeout=10_000)
    assert line.busy.text() == "Checking…"
    line.set_busy(True)  # the next check follows at once: the bar stays
    assert _moving(line)
    line.set_busy(False)
    assert not line.busy_bar.isVisible() and line.busy.text() == ""


def test_a_long_articles_progress_shows_at_once_then_moves_again(line: StatusLine) -> None:
    line.set_busy(True)
    line.set_progress(0.42)
    bar = line.busy_bar
    assert bar.isVisible() and (bar.maximum(), bar.value()) == (100, 42)
    assert line.busy.text() == "Checking… 42%"
    assert not line.bar_soon.isActive()
    line.set_busy(True)  # a check without progress follows: the bar moves again
    assert _moving(line)


def test_a_checker_that_takes_long_to_start_shows_the_bar(qtbot, line: StatusLine) -> None:
    line.starting()
    assert line.busy.text() == STARTING
    qtbot.waitUntil(lambda: _moving(line), timeout=10_000)
