"""The last results, dimmed, while a re-check runs.

A pane whose marks are not the result of its latest check (the text changed, or the
context did) keeps them on screen, drawn faint, until the new ones arrive. Only a
re-check that takes a while dims (``DIM_AFTER_MS``): most edits are re-checked sooner,
and dimming them would make the panes flicker at every pause in typing. The original's
redline comes with the draft's result, so it waits with the draft.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from reviewdesk.gui.highlighter import IssueHighlighter
from reviewdesk.service.panes import DRAFT, ORIGINAL, PANES, Pane

DIM_AFTER_MS = 400


class WaitingMarks(QObject):
    """Dims and undims the panes' layers as their re-checks start and finish."""

    def __init__(
        self,
        waiting: Callable[[Pane], bool],
        highlighters: dict[Pane, IssueHighlighter],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.waiting = waiting
        self.highlighters = highlighters
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DIM_AFTER_MS)
        self.timer.timeout.connect(self._show)

    def changed(self) -> None:
        """A check was asked for or a result arrived: undim at once, dim only later."""
        if not any(self.waiting(p) for p in PANES):
            self.timer.stop()
            self._show()
        elif self.timer.interval() <= 0:
            self._show()
        else:
            self._show(undim_only=True)
            if not self.timer.isActive():
                self.timer.start()

    def stop(self) -> None:
        """The article closed."""
        self.timer.stop()

    @Slot()
    def _show(self, *, undim_only: bool = False) -> None:
        draft, original = self.waiting(DRAFT), self.waiting(ORIGINAL)
        wanted = {
            DRAFT: {"issues", "redline"} if draft else set(),
            ORIGINAL: ({"issues"} if original else set()) | ({"redline"} if draft else set()),
        }
        for pane, names in wanted.items():
            highlighter = self.highlighters[pane]
            if undim_only:
                names = names & highlighter.dimmed
            highlighter.set_dimmed(names)
