"""Garbage collection on the UI thread only.

Python's collector runs in whichever thread happens to allocate when a generation's
threshold is crossed. A pass on a worker thread (a background job, the check worker)
that frees a cycle holding a Qt wrapper runs that object's C++ destructor there, and Qt
objects must die on their own thread: the suite saw it as a segfault in a download job's
thread, "Garbage-collecting" on top of its stack (2026-12-07). So the automatic collector
stays off once the window is up, and this clock collects on the UI thread, by Python's
own thresholds, a few times a second. A pass costs what the automatic one would have;
only the thread and the moment change.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 250


def due_generation(counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> int | None:
    """The generation Python's collector would collect at these counts (the oldest one
    over its threshold), or None when none is due."""
    (c0, c1, c2), (t0, t1, t2) = counts, thresholds
    if t0 <= 0:
        return None  # collection switched off by threshold
    if c2 > t2:
        return 2
    if c1 > t1:
        return 1
    if c0 > t0:
        return 0
    return None


class GcClock(QObject):
    """Turns the automatic collector off and collects on this (the UI) thread instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        threshold = gc.get_threshold()
        self._thresholds = (threshold[0], threshold[1], threshold[2])
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def tick(self) -> None:
        """Collect the generation that is due, if any (called by the timer)."""
        count = gc.get_count()
        generation = due_generation((count[0], count[1], count[2]), self._thresholds)
        if generation is not None:
            gc.collect(generation)

    def stop(self) -> None:
        """Stop the clock and give collection back to Python (at quit)."""
        self._timer.stop()
        gc.enable()
