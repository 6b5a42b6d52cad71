"""A UI-thread heartbeat for GUI tests: shows whether the window kept responding."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QTimer


class Heartbeat:
    """A 20 ms QTimer on the UI thread that records when it actually fired."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.ticks.append(time.monotonic()))

    def start(self) -> None:
        """Start recording."""
        self.ticks = [time.monotonic()]
        self.timer.start()

    def stop(self) -> float:
        """Stop; return :meth:`longest_gap`."""
        self.timer.stop()
        self.ticks.append(time.monotonic())
        return self.longest_gap()

    def longest_gap(self) -> float:
        """The longest time the event loop did not get round to the timer."""
        return max(b - a for a, b in itertools.pairwise(self.ticks))
