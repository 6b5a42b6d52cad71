"""Garbage is collected on the UI thread, never on a worker's (gui/gc_clock.py): a pass on
a job's thread that frees a Qt object there crashes the app."""

from __future__ import annotations

import gc
import threading

from reviewdesk.gui.gc_clock import GcClock, due_generation

FREED_ON: list[int] = []


class _Cycle:
    """A cycle whose freeing records the thread it happened on."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        FREED_ON.append(threading.get_ident())


def test_the_oldest_generation_over_its_threshold_is_due() -> None:
    assert due_generation((10, 0, 0), (700, 10, 10)) is None
    assert due_generation((701, 0, 0), (700, 10, 10)) == 0
    assert due_generation((701, 11, 0), (700, 10, 10)) == 1
    assert due_generation((701, 11, 11), (700, 10, 10)) == 2
    assert due_generation((5000, 0, 0), (0, 10, 10)) is None  # switched off


def test_a_worker_allocating_a_lot_frees_nothing_and_the_ui_thread_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = GcClock(interval_ms=20)
    try:
        assert not gc.isenabled()
        gc.collect()
        FREED_ON.clear()
        _Cycle()  # garbage now, freed by the next pass that reaches it

        kept: list[list[int]] = []

        def allocate() -> None:
            # well past the first generation's threshold: with automatic collection on,
            # a pass (and the cycle's freeing) would run here, on this thread
            kept.extend([i] for i in range(50_000))

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert FREED_ON == []
        qtbot.waitUntil(lambda: bool(FREED_ON), timeout=5000)
        assert [threading.get_ident()] == FREED_ON
        assert len(kept) == 50_000
    finally:
        clock.stop()
    assert gc.isenabled()
