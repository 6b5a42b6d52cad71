"""F6 and Shift+F6: move the keyboard focus from pane to panel and back.

Tab cannot do it: in the draft Tab types a tab, and a keyboard user would otherwise have
no way from the text to the issues list. F6 is the desktops' key for "next pane".
A panel that is a tab behind the other is brought to the front; a closed one is skipped.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget


class FocusRing:
    """Widgets in the order F6 visits them; each with the dock it lives in, if any."""

    def __init__(self, stops: Sequence[tuple[QWidget, QDockWidget | None]]) -> None:
        self.stops = list(stops)

    def _open(self, dock: QDockWidget | None) -> bool:
        return dock is None or dock.toggleViewAction().isChecked()

    def step(self, step: int) -> QWidget | None:
        """Give the focus to the next (``step`` 1) or previous (-1) stop; return it."""
        focus = QApplication.focusWidget()
        here = next(
            (
                n
                for n, (widget, _dock) in enumerate(self.stops)
                if focus is not None and (focus is widget or widget.isAncestorOf(focus))
            ),
            -1 if step > 0 else 0,
        )
        for k in range(1, len(self.stops) + 1):
            widget, dock = self.stops[(here + k * step) % len(self.stops)]
            if not self._open(dock) or not widget.isEnabled():
                continue
            if dock is not None:
                dock.raise_()  # a panel tabbed behind the other comes to the front
            if not widget.isVisibleTo(widget.window()):
                continue
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return widget
        return None
