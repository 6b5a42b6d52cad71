"""The GUI side of checking: worker threads, revisions, and dropping stale results.

Every edit of a pane bumps its revision; a result is used only if it was computed for
the pane's current revision, so a late answer for old text never lands on new text.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.dialect import DialectGuess
from reviewdesk.desk.engines import (
    EngineSettings,
    build_slow_pipeline,
    has_slow_engines,
)
from reviewdesk.gui.check_worker import (
    CheckOutcome,
    CheckRequest,
    CheckWorker,
    ServiceFactory,
    SlowRaw,
)
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.focus import FocusBoard
from reviewdesk.service.messages import DialectAnswer, DialectQuestion, GuessDialect
from reviewdesk.service.panes import PANES

if TYPE_CHECKING:
    from reviewdesk.service.check_service import CheckService, PipelineFactory

log = logging.getLogger(__name__)


def in_process(build: PipelineFactory, *, slow: bool = False) -> CheckService:
    """A check service running ``build``'s pipeline on the calling thread (a worker's).

    Its module (the pipeline, the merge, the redline) is imported here, when a worker
    starts one: the fast worker normally talks to the checker process instead, and the
    slow worker starts after the window is shown (issue 14, the first highlights).
    """
    from reviewdesk.service.check_service import CheckService

    return CheckService(build, slow=slow)


class CheckCoordinator(QObject):
    """Owns the fast and (optional) slow check workers and their threads.

    The fast engines run in a checker process (see :mod:`reviewdesk.service.check_process`);
    ``launched`` is one started early, before Qt, so that it warms up meanwhile. A
    ``fast_factory`` runs the given pipeline on the worker thread instead (tests).
    """

    outcome_ready = Signal(object)  # a CheckOutcome for a pane's current revision
    busy_changed = Signal(bool)
    progress_changed = Signal(float)  # how far a long check has got (0..1)
    ready = Signal()  # the fast engines are built and warm
    failed = Signal(str)  # a user-facing message

    def __init__(
        self,
        settings: EngineSettings | None = None,
        parent: QObject | None = None,
        *,
        fast_factory: PipelineFactory | None = None,
        slow_factory: PipelineFactory | None = None,
        warm_language: str = "en-US",
        launched: RemoteService | None = None,
        focus: FocusBoard | None = None,
    ) -> None:
        super().__init__(parent)
        # the lines each pane shows: a huge article is checked from there (the window writes)
        self.focus = focus if focus is not None else FocusBoard()
        self.settings = settings or EngineSettings()
        chosen = self.settings
        remote = launched or RemoteService(chosen)
        self._fast_factory: ServiceFactory = (
            (lambda: remote) if fast_factory is None else (lambda: in_process(fast_factory))
        )
        slow_build = slow_factory or (lambda: build_slow_pipeline(chosen))
        # no slow engine switched on (LanguageTool is off by default): no slow worker, so
        # no thread importing the in-process service while the window starts
        self._wants_slow = slow_factory is not None or has_slow_engines(chosen)
        self._slow_factory: ServiceFactory = lambda: in_process(slow_build, slow=True)
        self._warm_language = warm_language
        self._revision: dict[str, int] = dict.fromkeys(PANES, 0)
        self._threads: list[tuple[CheckWorker, QThread]] = []
        self._fast: CheckWorker | None = None
        self._slow: CheckWorker | None = None
        self._slow_enabled = True
        self._busy = {"fast": False, "slow": False}
        self._batch: list[CheckRequest] | None = None  # requests held by together()
        self.is_ready = False
        self.engines: list[str] = []
        self.slow_engines: list[str] = []
        # dialect guesses out: ticket -> who is told (on the UI thread)
        self._guesses: dict[int, Callable[[DialectGuess | None], None]] = {}
        self._ticket = 0

    def start(self) -> None:
        """Start the worker threads; the engines warm up in the background.

        Every worker signal is connected before its thread starts: a worker whose start-up
        is quick (a warm checker, a loaded machine that runs the new thread first) emits
        ``ready`` at once, and a ``ready`` nobody hears leaves the window "Starting…" with
        its busy bar shown for good (flaky8).
        """
        if self._threads:
            return
        self._fast = self._spawn(self._fast_factory, slow=False)
        self._fast.ready.connect(self._on_fast_ready)
        self._fast.outcome.connect(self._on_outcome)
        self._fast.busy.connect(self._on_fast_busy)
        self._fast.progress.connect(self._on_progress)
        self._fast.guessed.connect(self._on_guessed)
        if self._wants_slow:
            self._slow = self._spawn(self._slow_factory, slow=True)
            self._slow.ready.connect(self._on_slow_ready)
            self._slow.raw_ready.connect(self._on_slow_raw)
            self._slow.busy.connect(self._on_slow_busy)
        else:
            self._slow_enabled = False
        for _worker, thread in self._threads:
            thread.start()

    def _spawn(self, factory: ServiceFactory, *, slow: bool) -> CheckWorker:
        """A worker moved to a new thread that is not started yet (see :meth:`start`)."""
        thread = QThread()
        thread.setObjectName("slow-check" if slow else "fast-check")
        worker = CheckWorker(
            factory, warm_language=self._warm_language, focus=None if slow else self.focus.get
        )
        worker.moveToThread(thread)
        thread.started.connect(worker.start_up)
        worker.failed.connect(self.failed)
        self._threads.append((worker, thread))
        return worker

    @property
    def checker_pid(self) -> int | None:
        """The checker process's id (for measurements), if it runs."""
        return self._fast.checker_pid if self._fast is not None else None

    # -- revisions --------------------------------------------------------------------

    def revision(self, pane: str) -> int:
        """The pane's current revision."""
        return self._revision[pane]

    def invalidate(self, pane: str) -> int:
        """The pane's text changed: results computed before now are stale."""
        self._revision[pane] += 1
        return self._revision[pane]

    def request(
        self,
        pane: str,
        text: str,
        ctx: CheckContext,
        original: str | None = None,
        doc: int = 0,
    ) -> int:
        """Check a snapshot of a pane; returns the revision its result will carry.

        ``doc`` names the document (the article id), so results for another article are
        never merged into this one's.
        """
        revision = self.invalidate(pane)
        request = CheckRequest(pane, revision, text, ctx, original, doc)
        if self._batch is not None:
            self._batch.append(request)
        else:
            self._submit([request])
        return revision

    @contextlib.contextmanager
    def together(self) -> Iterator[None]:
        """Requests made inside reach the workers at once, when the block ends.

        A worker that started on the first would not see the others; seen together, the
        check that waits for a warming engine brings their early results along.
        """
        if self._batch is not None:  # nested: the outer block hands them over
            yield
            return
        self._batch = []
        try:
            yield
        finally:
            batch, self._batch = self._batch, None
            if batch:
                self._submit(batch)

    def _submit(self, requests: list[CheckRequest]) -> None:
        if self._fast is not None:
            self._fast.submit(*requests)
        if self._slow is not None and self._slow_enabled:
            self._slow.submit(*requests)

    def guess_dialect(
        self, question: DialectQuestion, answered: Callable[[DialectGuess | None], None]
    ) -> None:
        """Have the checker process guess which English ``question``'s text is in;
        ``answered`` is called on the UI thread (with None when there is no clear
        answer, or no checker to ask)."""
        self._ticket += 1
        if self._fast is None:
            answered(None)
            return
        self._guesses[self._ticket] = answered
        self._fast.guess_dialect(GuessDialect(self._ticket, question))

    @Slot(object)
    def _on_guessed(self, message: DialectAnswer) -> None:
        answered = self._guesses.pop(message.ticket, None)
        if answered is not None:
            answered(message.guess)

    # -- results ----------------------------------------------------------------------

    @Slot(object)
    def _on_outcome(self, outcome: CheckOutcome) -> None:
        self.accept(outcome)

    def accept(self, outcome: CheckOutcome) -> bool:
        """Pass a result on if it is for the pane's current revision; drop it otherwise."""
        if outcome.revision != self._revision.get(outcome.pane):
            log.debug(
                "dropping stale %s result (revision %d, now %d)",
                outcome.pane,
                outcome.revision,
                self._revision.get(outcome.pane, -1),
            )
            return False
        self.outcome_ready.emit(outcome)
        return True

    @Slot(object)
    def _on_slow_raw(self, slow: SlowRaw) -> None:
        if self._fast is not None:
            self._fast.submit_slow_raw(slow)

    @Slot(list)
    def _on_fast_ready(self, engines: list[str]) -> None:
        self.engines = list(engines)
        self.is_ready = True
        self.ready.emit()

    @Slot(list)
    def _on_slow_ready(self, engines: list[str]) -> None:
        self.slow_engines = list(engines)
        if not engines:
            # no slow engine configured: let its thread go
            self._slow_enabled = False
            self._stop_worker(self._slow)
            self._slow = None

    @Slot(bool)
    def _on_fast_busy(self, busy: bool) -> None:
        self._set_busy("fast", busy)

    @Slot(str, float)
    def _on_progress(self, _pane: str, fraction: float) -> None:
        self.progress_changed.emit(fraction)

    @Slot(bool)
    def _on_slow_busy(self, busy: bool) -> None:
        self._set_busy("slow", busy)

    def _set_busy(self, which: str, busy: bool) -> None:
        before = any(self._busy.values())
        self._busy[which] = busy
        after = any(self._busy.values())
        if before != after:
            self.busy_changed.emit(after)

    @property
    def busy(self) -> bool:
        """Whether a worker is checking right now."""
        return any(self._busy.values())

    @property
    def idle(self) -> bool:
        """Started, warm, and nothing is being checked or waiting to be."""
        workers = [w for w in (self._fast, self._slow) if w is not None]
        return self.is_ready and not self.busy and not any(w.has_pending() for w in workers)

    @property
    def settled(self) -> bool:
        """Nothing is being checked or waiting to be (warm or not)."""
        workers = [w for w in (self._fast, self._slow) if w is not None]
        return not self.busy and not any(w.has_pending() for w in workers)

    # -- shutdown ---------------------------------------------------------------------

    def withdraw(self) -> None:
        """The window these checks were for has closed, and the checker stays (shared):
        drop the waiting requests, cancel the one under way, and let no late result land.

        Checking a closed window's article to the end would only delay the next one.
        """
        for worker in (self._fast, self._slow):
            if worker is not None:
                worker.withdraw()
        self._guesses.clear()  # the window that asked has gone
        for pane in PANES:
            self.invalidate(pane)

    def _stop_worker(self, worker: CheckWorker | None) -> None:
        for w, thread in list(self._threads):
            if w is worker:
                w.request_close()
                thread.wait()
                self._threads.remove((w, thread))

    def shutdown(self) -> None:
        """Stop the workers and wait for their threads to end (idempotent)."""
        for worker, _thread in self._threads:
            worker.request_close()
        for _worker, thread in self._threads:
            thread.wait()
        self._threads.clear()
        self._fast = None
        self._slow = None
