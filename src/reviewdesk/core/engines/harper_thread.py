"""Harper's own thread, which is renewed once idle after a long article.

Harper's linter is used from one thread at a time, and each thread that lints builds its
own spelling-suggestion tables (~1.5 s of CPU). What linting leaves behind is partly held
per thread: ending the thread after a 100k-word article in both panes gave back 43-105 MB
(benchmarks/README.md, memory5) beside what the linter's text cache held. So after much
new text, once no call has come for a moment, the thread is replaced: a new thread's
first call (queued before any other) waits for the old one to end and warms up again.
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
        self._submitted = 0  # calls ever submitted: an idle wait sees whether one came
        self._timer: threading.Timer | None = None
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
        self._submitted += 1
        return future

    def _finished(self, _future: Future[Any]) -> None:
        with self._lock:
            self._queued -= 1

    def renew_when_idle(self, after_s: float, rewarm: Rewarm) -> threading.Timer | None:
        """Renew the thread once ``after_s`` seconds pass with no call submitted (looking
        again every ``after_s`` while calls come); the new thread runs ``rewarm`` first. A
        later request replaces this one. Returns the first timer that waits (None when
        there is no thread to renew)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            if self._executor is None:  # closed, or never started: nothing is held
                self._timer = None
                return None
            timer = threading.Timer(after_s, self._renew, (self._submitted, rewarm, after_s))
            timer.daemon = True
            self._timer = timer
        timer.start()
        return timer

    def _renew(self, submitted: int, rewarm: Rewarm, after_s: float) -> None:
        with self._lock:
            old = self._executor
            if old is None or self._timer is not threading.current_thread():
                return  # closed, or this timer was replaced by a later request
            if self._queued or self._submitted != submitted:  # busy: wait for a pause
                timer = threading.Timer(after_s, self._renew, (self._submitted, rewarm, after_s))
                timer.daemon = True
                self._timer = timer
                timer.start()
                return
            self._timer = None
            self._executor = None
            self.renewals += 1
            future = self._submit_locked(rewarm, old)  # first on the new thread
        future.add_done_callback(self._finished)
        old.shutdown(wait=False)

    def close(self) -> None:
        """End the thread after the call it is running, if any."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)

    @property
    def started(self) -> bool:
        """Whether the thread is running (or about to)."""
        return self._executor is not None
