"""Harper's early pass: its grammar, punctuation and style findings before its spelling's.

Harper's first lint on a thread builds that thread's spelling-suggestion tables (a
Levenshtein automaton kept per thread by harper-core: 1.7-1.9 s of CPU here, in one call
nobody can interrupt). The main linter's thread builds them during the warm-up, right
after the dictionary (``Linter()``, about a second). Meanwhile a second linter with the
spelling rules off lints on a thread of its own: the same text takes 0.29 s there, and
the dictionary is shared (built once per process), so it costs little to make. Its
findings go to the window as an early result (see
:meth:`reviewdesk.service.check_service.CheckService.check`); the full lint replaces them.

Once the main thread's tables are built the early linter is dropped (its memory back to
the system): a check then lints in full at once. It is dropped a moment later
(:data:`DROP_AFTER_S`), not as the tables are done: the drop holds the GIL and the heap's
trim its arenas' locks just when Harper's thread goes on to the first full lint and the
checker's main thread to its findings (cold21).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from reviewdesk.core.checker import CheckerError
from reviewdesk.core.engines.harper_pieces import spelling_off
from reviewdesk.core.memory import trim_heap

if TYPE_CHECKING:
    from harper import Linter

log = logging.getLogger(__name__)

T = TypeVar("T")

# Harper's rules that look words up for spelling fixes: off in the early pass. Two edits
# away is what costs (SpellCheck); the others split, merge or re-spell words against the
# dictionary, and are spelling flags a reader takes together with SpellCheck's.


# How long after the spelling tables are built the early linter is dropped. Dropped at
# once, its ~5-7 ms of Rust freeing under the GIL and the heap's trim (malloc_trim takes
# each arena's lock) fell on the first full lint's start and the findings' read after it:
# Harper's thread waited 0-35 ms for the GIL between its tables and its full lint
# (benchmarks/README.md, cold21). A second later the first article's full result is out.
DROP_AFTER_S = 1.0


def _nothing() -> None:
    """A first call that only starts the thread (:meth:`EarlyLinter.start`)."""


class EarlyLinter:
    """A linter without the spelling rules, on a thread of its own, for the seconds the
    main linter's thread spends building its spelling tables.

    ``configure`` sets a new linter up as the main one is (the rules the house turns off);
    the spelling rules go off on top. Every call to the linter runs on this thread.
    """

    def __init__(self, configure: Callable[[Linter], None]) -> None:
        self._configure = configure
        self._thread: ThreadPoolExecutor | None = None
        self._linter: Linter | None = None
        self._dialect = -1
        self._words: frozenset[str] = frozenset()
        self._lock = threading.Lock()  # guards the thread's start and end
        self._closed = threading.Event()  # a retired thread's pause ends at once
        self.drop_after_s = DROP_AFTER_S

    def submit(self, fn: Callable[..., T], *args: object) -> Future[T]:
        """Run ``fn`` on the early thread (started on first use, or again after
        :meth:`retire`)."""
        with self._lock:
            if self._thread is None:
                self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="harper-early")
            return self._thread.submit(fn, *args)

    def start(self) -> None:
        """Start the thread now, with nothing to do yet: called just after the main
        linter's thread starts, so the two begin allocating one after the other.

        The checker caps glibc's malloc arenas at two (``service.spawn``); a thread takes
        one at its first allocation, in turn, so two threads started back to back get
        different ones. Started later (at the first early pass), this thread's arena
        depended on how many threads came between: one more (the checker's reader,
        ltfirst16) put it on the main linter's, and the two lints (this one, and the main
        one building its spelling tables) then waited on the arena's lock: 44-96 waits
        per lint instead of 0-3, Harper's full result 60-100 ms later
        (benchmarks/README.md, ltfirst19)."""
        self.submit(_nothing)

    def linter(self, dialect: int, words: frozenset[str]) -> Linter:
        """The early linter for ``dialect`` with the article's ``words`` (on its thread)."""
        try:
            import harper
        except ImportError as exc:  # pragma: no cover - it is a hard dependency
            raise CheckerError(f"Harper is not installed: {exc}") from exc
        linter = self._linter
        if linter is None or dialect != self._dialect:
            linter = self._linter = harper.Linter(harper.Dialect(dialect))
            self._configure(linter)
            linter.set_lint_config(spelling_off(linter.get_lint_config()))
            self._dialect, self._words = dialect, frozenset()
        if words != self._words:
            linter.clear_words()
            if words:
                linter.import_words(sorted(words))
            self._words = words
        return linter

    def prepare(self, dialect: int) -> None:
        """Make the early linter now, on its thread (the dictionary is built: it costs
        milliseconds), so the first early pass lints at once."""
        self.submit(self.linter, dialect, frozenset())

    def retire(self) -> None:
        """Drop the linter and end the thread once what is queued on it is done and
        :attr:`drop_after_s` has passed (the main linter's tables are built: early passes
        are over, and the first full lint is starting)."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is None:
            return
        thread.submit(self._drop)
        thread.shutdown(wait=False)

    def _drop(self) -> None:
        # the linter is let go on the thread that made it, and a later early pass (a new
        # thread) makes its own
        linter, self._linter = self._linter, None
        if linter is None:
            return
        self._closed.wait(self.drop_after_s)  # the full lint goes first; closing ends it
        del linter
        log.debug("Harper's early linter dropped (heap trimmed: %s)", trim_heap())

    def close(self) -> None:
        """End the thread and wait for it."""
        self._closed.set()
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.shutdown(wait=True)
        self._linter = None
