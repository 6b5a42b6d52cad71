"""A check worker: a QObject living on its own QThread, driving one check service.

The *fast* worker's service is normally a :class:`~reviewdesk.service.check_process.RemoteService`:
Harper and the editorial engines run in a checker process, and this thread only sends
snapshots and waits for the laid-out results, so neither the engines' work nor their
garbage collections hold the window's interpreter. A test may give it an in-process
:class:`~reviewdesk.service.check_service.CheckService` instead. The *slow* worker
(LanguageTool, network-bound) runs its service on its thread and only returns raw
per-engine issues; the fast worker has them merged with the fast engines' results, so a
slow or unreachable server never delays the fast engines.

Requests are coalesced: only the latest request per pane waits to be checked. A dialect
guess goes ahead of them: the checker process answers it beside its checks, and this
thread reads the answer among theirs (or waits for it when there is nothing to check).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from reviewdesk.core.checker import Cancelled, CheckerError
from reviewdesk.gui.i18n import translate
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.focus import FocusOf
from reviewdesk.service.messages import (
    CheckOutcome,
    CheckRequest,
    DialectAnswer,
    GuessDialect,
    SlowRaw,
)
from reviewdesk.service.panes import DRAFT, ORIGINAL

# The in-process service (its pipeline, merge and redline) is imported only where one is
# made: the window's fast worker talks to the checker process, and the slow worker
# (LanguageTool) makes its service on its own thread once started, so neither is on the
# way to the first paint (issue 14, the first highlights).
if TYPE_CHECKING:
    from reviewdesk.service.check_service import CheckService

__all__ = [
    "CheckOutcome",
    "CheckRequest",
    "CheckWorker",
    "ServiceFactory",
    "SlowRaw",
]

log = logging.getLogger(__name__)

ServiceFactory: TypeAlias = "Callable[[], CheckService | RemoteService]"


class CheckWorker(QObject):
    """Runs checks for the GUI on the thread it has been moved to."""

    ready = Signal(list)  # engine names; emitted once the pipeline is built and warm
    outcome = Signal(object)  # CheckOutcome (fast worker)
    raw_ready = Signal(object)  # SlowRaw (slow worker)
    busy = Signal(bool)
    progress = Signal(str, float)  # pane, fraction done: a long text's check going on
    guessed = Signal(object)  # DialectAnswer, for a guess_dialect()
    failed = Signal(str)
    _wake = Signal()
    _close = Signal()

    def __init__(
        self,
        make_service: ServiceFactory,
        *,
        warm_language: str = "en-US",
        focus: FocusOf | None = None,
    ) -> None:
        super().__init__()
        self._focus = focus  # what the window shows: a huge text is checked from there
        self._make_service = make_service
        self._warm_language = warm_language
        self._lock = threading.Lock()
        self._pending: dict[str, CheckRequest] = {}
        self._pending_slow: dict[str, SlowRaw] = {}
        self._pending_guesses: list[GuessDialect] = []
        self._stopping = False
        self._started = False
        # bumped by withdraw(): a check started in an earlier generation is cancelled
        self._generation = 0
        self._taken = 0  # the generation the check in hand was taken in
        self._service: CheckService | RemoteService | None = None
        self._wake.connect(self._process, Qt.ConnectionType.QueuedConnection)
        self._close.connect(self._shutdown, Qt.ConnectionType.QueuedConnection)

    @property
    def checker_pid(self) -> int | None:
        """The checker process's id, when the work is done in one."""
        service = self._service
        return service.pid if isinstance(service, RemoteService) else None

    # -- called from any thread -------------------------------------------------------

    def submit(self, *requests: CheckRequest) -> None:
        """Queue checks (given together, they are queued at once); an older request for the
        same pane that has not started is dropped."""
        with self._lock:
            for request in requests:
                self._pending[request.pane] = request
        self._wake.emit()

    def submit_slow_raw(self, slow: SlowRaw) -> None:
        """Merge a slow engine's raw result into this (fast) worker's next outcome."""
        with self._lock:
            self._pending_slow[slow.pane] = slow
        self._wake.emit()

    def guess_dialect(self, message: GuessDialect) -> None:
        """Have the checker guess a dialect (answered through :attr:`guessed`)."""
        with self._lock:
            self._pending_guesses.append(message)
        self._wake.emit()

    def withdraw(self) -> None:
        """Forget every request: those waiting are dropped, the one in hand is cancelled
        (the window that asked has closed; the worker stays for the next one)."""
        with self._lock:
            self._generation += 1
            self._pending.clear()
            self._pending_slow.clear()
            self._pending_guesses.clear()

    def has_pending(self) -> bool:
        """Whether requests wait to be checked."""
        with self._lock:
            return bool(self._pending or self._pending_slow or self._pending_guesses)

    def request_close(self) -> None:
        """Stop the current check, release the engines and end the thread.

        A checker process is told at once (not after its answer): closing the window
        never waits for a check or a warm-up nobody will see.
        """
        with self._lock:
            self._stopping = True
            self._pending.clear()
            self._pending_slow.clear()
            self._pending_guesses.clear()
        service = self._service
        if isinstance(service, RemoteService):
            service.abandon()
        self._close.emit()

    # -- worker thread ----------------------------------------------------------------

    def _is_stopping(self) -> bool:
        with self._lock:
            return self._stopping

    @Slot()
    def start_up(self) -> None:
        """Build the service and warm its engines up (the first Harper lint is slow)."""
        names: list[str] = []
        try:
            self._service = self._make_service()
            if isinstance(self._service, RemoteService):
                self._service.on_restart = self.failed.emit
            names = self._service.start_up(self._warm_language, self._is_stopping)
        except Exception as exc:  # an engine that cannot even be built
            log.exception("starting the checker failed")
            self.failed.emit(
                translate("CheckWorker", "The checker could not start: {error}").format(error=exc)
            )
            if not isinstance(self._service, RemoteService):
                # a checker process that failed to start is tried again at the next
                # request (RemoteService starts it on demand); a local pipeline is not
                self._service = None
        self._started = True
        self.ready.emit(names)
        self._process()

    @Slot()
    def _shutdown(self) -> None:
        if self._service is not None:
            try:
                self._service.close()
            except Exception:
                log.exception("closing the checker failed")
            self._service = None
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()

    @Slot()
    def _process(self) -> None:
        if not self._started:
            return
        announced = False
        while True:
            self._send_guesses()
            item = self._next()
            if item is None:
                service = self._service
                if isinstance(service, RemoteService) and service.guessing:
                    service.wait_for_guesses(self.has_pending)
                    if self.has_pending():
                        continue
                break
            if not announced:
                self.busy.emit(True)
                announced = True
            try:
                self._handle(item)
            except Cancelled:
                continue
            except CheckerError as exc:  # its message is meant for the user
                log.error("%s", exc)
                self.failed.emit(str(exc))
            except Exception as exc:  # a bug in an engine must not kill the worker
                log.exception("checking failed")
                self.failed.emit(
                    translate("CheckWorker", "Checking failed: {error}").format(error=exc)
                )
        if announced:
            self.busy.emit(False)

    def _send_guesses(self) -> None:
        """Ask the checker for the dialect guesses waiting (an in-process service, as in
        tests, answers at once on this thread)."""
        with self._lock:
            guesses, self._pending_guesses = self._pending_guesses, []
        service = self._service
        for message in guesses:
            if isinstance(service, RemoteService):
                service.guess_dialect(message, self.guessed.emit)
            elif service is not None:
                # imported here: only an in-process service (tests) answers in the window;
                # the guess's module brings in the grammar lexicon (issue 14, start-up)
                from reviewdesk.service.dialect_guess import answer

                self.guessed.emit(answer(message))
            else:  # no checker: no guess
                self.guessed.emit(DialectAnswer(message.ticket, None))

    def _next(self) -> CheckRequest | SlowRaw | None:
        with self._lock:
            self._taken = self._generation
            if self._stopping:
                return None
            if self._pending_slow:
                return self._pending_slow.pop(next(iter(self._pending_slow)))
            for pane in (DRAFT, ORIGINAL):
                if pane in self._pending:
                    return self._pending.pop(pane)
            if self._pending:
                return self._pending.pop(next(iter(self._pending)))
        return None

    def _superseded(self, pane: str) -> bool:
        with self._lock:
            return self._stopping or pane in self._pending or self._taken != self._generation

    def _still_checking(self, service: CheckService | RemoteService, pane: str) -> bool:
        """Asked while a check runs (every few ms for the checker process): whether it
        is superseded; and meanwhile, a slow engine's result that came goes to the
        checker process to be merged beside the check, not after it (the fast engines'
        first check can take tens of seconds on a busy machine: flaky16)."""
        if isinstance(service, RemoteService):
            with self._lock:
                slow = self._pending_slow
                self._pending_slow = {}
            for pane_slow in slow.values():
                if not service.merge_beside(pane_slow, self._merged_beside):
                    with self._lock:  # merged after the check, as before
                        self._pending_slow.setdefault(pane_slow.pane, pane_slow)
        return self._superseded(pane)

    def _merged_beside(self, outcome: CheckOutcome) -> None:
        """A slow result merged beside a check (its whole-text views built already)."""
        if not self._is_stopping():
            self.outcome.emit(outcome)

    def _handle(self, item: CheckRequest | SlowRaw) -> None:
        service = self._service
        if service is None:
            return
        result: CheckOutcome | SlowRaw | None
        if isinstance(item, SlowRaw):
            result = service.merge_slow(item)
        else:
            with self._lock:  # the other panes' requests, for early results while warming
                waiting = tuple(r for pane, r in self._pending.items() if pane != item.pane)
            request = replace(item, waiting=waiting) if waiting else item
            result = service.check(
                request,
                lambda: self._still_checking(service, item.pane),
                self.outcome.emit,
                self.progress.emit,
                self._focus,
            )
        if isinstance(result, SlowRaw):
            self.raw_ready.emit(result)
        elif result is not None:
            # built here, not on the UI thread
            _ = result.issues, result.issue_blocks, result.findings
            self.outcome.emit(result)
