"""Harper's own thread, which can be renewed to give back what it holds.

Harper's linter is used from one thread at a time, and each thread that lints builds its
own spelling-suggestion tables (~1.5 s of CPU). What linting leaves behind is partly held
per thread: ending the thread after a 100k-word article gave back 43-105 MB
(benchmarks/README.md, memory5) beside what the linter's text cache held. So when the
checker is idle after much new text, the thread is replaced: the new thread's first call
(queued before any other) waits for the old one to end and warms up again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

# The new thread's first call: given the old thread's executor, it waits for it to end.
Rewarm = Callable[[ThreadPoolExecutor], None]


class LintThread:
    """One worker thread (started on first use) that can be renewed when idle."""

    def __init__(self, name: str = "harper") -> None:
        self._name = name
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()  # guards the thread's start, renewal and end
        self._queued = 0  # calls submitted and not finished yet
        self.renewals = 0  # times the thread was renewed

    def submit(self, fn: Callable[..., T], *args: object) -> Future[T]:
        """Run ``fn`` on the thread (started now if need be)."""
        with self._lock:
            future = self._submit_locked(fn, *args)
        future.add_done_callback(self._finished)
        return future

    def _submit_locked(self, fn: Callable[..., T], *args: object) -> Future[T]:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        future = self._executor.submit(fn, *args)
        self._queued += 1
        return future

    def _finished(self, _future: Future[Any]) -> None:
        with self._lock:
            self._queued -= 1

    def renew(self, rewarm: Rewarm) -> bool:
        """Move to a new thread if this one has nothing to do; the new thread runs
        ``rewarm`` first. Whether it was renewed (not while a call is queued or running)."""
        with self._lock:
            old = self._executor
            if old is None or self._queued:
                return False
            self._executor = None
            self.renewals += 1
            future = self._submit_locked(rewarm, old)  # first on the new thread
        future.add_done_callback(self._finished)
        old.shutdown(wait=False)
        return True

    def close(self) -> None:
        """End the thread after the call it is running, if any."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)
