"""The checker process's side: the loop that answers the window's requests.

Started by :class:`~reviewdesk.service.check_process.RemoteService` (through
:mod:`reviewdesk.service.checker_entry`), it builds the fast engines, says it is
:class:`~reviewdesk.service.messages.Ready`, then answers one numbered request at a time
until the window closes or goes away (see :mod:`reviewdesk.service.check_process` for the
protocol). A thread reads the window's messages as they come (:class:`_Inbox`); a check
polls what it read, so a cancel or the next request stops it early, and a slow engine's
result is merged beside it on a thread of its own; results go back as changes from the
last one sent for the pane. Kept apart from
the window's side so each reads in one sitting, and so what runs in which process is
plain from the file name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection

from reviewdesk.core.checker import Checker
from reviewdesk.core.engines.registry import build_fast_pipeline
from reviewdesk.core.lines import Lines
from reviewdesk.core.memory import trim_heap
from reviewdesk.core.pipeline import Cancelled
from reviewdesk.service.check_service import CheckService
from reviewdesk.service.dialect_guess import guess_on_thread
from reviewdesk.service.focus import View
from reviewdesk.service.messages import (
    Answer,
    Cancel,
    CancelledAnswer,
    Check,
    CheckOutcome,
    Close,
    ErrorAnswer,
    Failed,
    Focus,
    GuessDialect,
    MergeBeside,
    Merged,
    MergeSlow,
    PartialAnswer,
    Piece,
    ProgressAnswer,
    ProtocolError,
    Ready,
    Reply,
    Request,
    SentOutcome,
    Start,
    expect,
)
from reviewdesk.service.outcome import LineOutcome, delta
from reviewdesk.service.pieces import split

log = logging.getLogger(__name__)


class Channel:
    """The connection to the window, safe to send on from two threads (the loop's, and
    the dialect guess's: :mod:`reviewdesk.service.dialect_guess`): a large message is
    written in two parts, which another thread's must not come between."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._sending = threading.Lock()

    def send(self, message: object) -> None:
        with self._sending:
            self.conn.send(message)

    def recv(self) -> object:
        return self.conn.recv()

    def poll(self, timeout: float = 0.0) -> bool:
        return self.conn.poll(timeout)


class _Inbox:
    """Messages from the window, read on a thread of their own as they come; a check
    polls the inbox to learn it has been cancelled.

    Read on a thread, not by the check's polls: a check blocked in an engine (the first
    full check waits for Harper's warm-up, asking nothing) would leave the socket unread.
    A dialect guess and a slow engine's result to merge beside the check are handed on
    wherever they arrive: they neither wait for a check nor cancel one.
    """

    def __init__(self, conn: Channel, beside: Callable[[MergeBeside], None]) -> None:
        self.conn = conn
        self._beside = beside
        self._arrived = threading.Condition()
        self.queue: deque[Request] = deque()
        self.closing = False
        self._ended: BaseException | None = None  # EOFError or ProtocolError: no more input
        self.current = -1  # the number of the request being answered
        self.views: dict[str, View] = {}  # what the window shows, by pane

    def start(self) -> None:
        """Start reading (once the Start message has been read on the caller's thread)."""
        threading.Thread(target=self._read, name="checker-inbox", daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                message = expect(
                    self.conn.recv(),
                    Check,
                    MergeSlow,
                    MergeBeside,
                    Cancel,
                    Focus,
                    GuessDialect,
                    Close,
                )
            except (EOFError, OSError, ProtocolError) as exc:  # the window is gone, or is not one
                if isinstance(exc, ProtocolError):
                    log.error("%s; the checker stops", exc)
                with self._arrived:
                    self._ended = exc if isinstance(exc, ProtocolError) else EOFError()
                    self.closing = True
                    self._arrived.notify_all()
                return
            if isinstance(message, Focus):
                self.views[message.pane] = (message.first, message.last)
            elif isinstance(message, GuessDialect):
                guess_on_thread(message, self.conn.send)
            elif isinstance(message, MergeBeside):
                self._beside(message)
            else:
                with self._arrived:
                    self.queue.append(message)
                    if isinstance(message, Close):
                        self.closing = True
                    self._arrived.notify_all()
                if isinstance(message, Close):
                    return

    def wait(self, timeout: float) -> bool:
        """Whether a request (or the window's going) arrives within ``timeout`` seconds."""
        with self._arrived:
            return self._arrived.wait_for(lambda: bool(self.queue) or self.closing, timeout)

    def receive(self) -> Request:
        """The next request, waiting for it; EOFError (or the ProtocolError read) once
        the window has gone and every request it sent has been taken."""
        with self._arrived:
            self._arrived.wait_for(lambda: self.queue or self._ended is not None)
            if self.queue:
                return self.queue.popleft()
            assert self._ended is not None
            raise self._ended

    def view(self, pane: str) -> View | None:
        """The lines of ``pane`` the window said it shows."""
        return self.views.get(pane)

    def cancelled(self) -> bool:
        """Whether the window has sent anything since the request (a cancel, a close)."""
        with self._arrived:
            if self.closing:
                return True
            for message in self.queue:
                if not isinstance(message, Cancel) or message.number == self.current:
                    return True  # the next request supersedes this one; or its cancel
            return False


PROGRESS_EVERY_S = 0.25  # how often, at most, progress goes to the window
# How long after Ready the checker waits for a request the window already had before it
# checks the article named at launch (service.precheck): a window's thread waiting for
# Ready sends it at once.
PRECHECK_GRACE_S = 0.04
# After the check of a text this long, once the window has sent nothing for a moment, the
# engines give back what the check left them (Harper's thread and linter: see
# HarperChecker.release_memory) and the heap's free pages go back to the system: a
# 100k-word article's check left ~50 MB free inside malloc (the names pass, the results
# built and sent) that nothing else returned (benchmarks/README.md, memory5). Not after
# every keystroke's check: once typing pauses, and once per pause.
TRIM_AFTER_CHARS = 60_000
TRIM_AFTER_IDLE_S = 1.0


class _ProgressSender:
    """Sends how far a long check has got, a few times a second at most."""

    def __init__(self, conn: Channel, number: int) -> None:
        self.conn, self.number = conn, number
        self._last = 0.0

    def __call__(self, pane: str, fraction: float) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S or fraction >= 1.0:
            self._last = now
            self.conn.send(ProgressAnswer(self.number, pane, fraction))


class _Sent:
    """The last result sent for each pane, so the next is sent as changes only.

    ``known`` gives the lines the check itself split the pane's text into (None when it
    has none): kept here too, they cost nothing more, where a split of our own would keep
    a second copy of every line of the article, per pane (~1.4 MB each at 100k words).
    """

    def __init__(self, known: Callable[[str, str], Lines | None] | None = None) -> None:
        self._last: dict[str, tuple[Lines, LineOutcome]] = {}
        self._known = known

    def _lines(self, pane: str, text: str) -> Lines:
        """``text`` split, sharing the line strings of a split already held."""
        known = self._known(pane, text) if self._known is not None else None
        if known is not None:
            return known
        last = self._last.get(pane)
        if last is None and self._last:  # a pane's first result: the other pane's lines
            last = next(reversed(self._last.values()))
        # split where the text changed: unchanged lines are the last text's, compared by identity
        return Lines.of(text) if last is None else Lines.edited(last[0], text)

    def __call__(self, outcome: CheckOutcome) -> SentOutcome:
        last = self._last.get(outcome.pane)
        lines = self._lines(outcome.pane, outcome.text)
        change = delta(last, lines, outcome.lines)
        self._last[outcome.pane] = (lines, outcome.lines)
        redline = outcome.redline
        return SentOutcome(
            pane=outcome.pane,
            revision=outcome.revision,
            change=change,
            engines=outcome.engines,
            errors=outcome.errors,
            # the window maps blocks itself: it has both texts (the map is ~27 kB at 50k words)
            redline=dataclasses.replace(redline, mapper=None) if redline is not None else None,
            paragraphs_checked=outcome.paragraphs_checked,
            elapsed=outcome.elapsed,
            waiting_for=outcome.waiting_for,
        )


def pieces_first(conn: Channel, number: int, outcome: SentOutcome) -> SentOutcome:
    """Send the bulk of a large ``outcome`` ahead as :class:`Piece` messages; returns the
    rest, to send in the answer (the window unpickles no one message for long)."""
    pieces, rest = split(outcome.change)
    for entries in pieces:
        conn.send(Piece(number, outcome.pane, entries))
    return dataclasses.replace(outcome, change=rest) if pieces else outcome


class _Results:
    """Sends outcomes to the window, from the check's thread and the thread merging slow
    results beside it, one at a time: each as changes from the last one sent for its
    pane, which the window applies in the order they come.

    Of two outcomes for a pane, the one made later holds what the earlier does (a slow
    result merged beside a check was merged into the latest made then, and a check's
    later one merges it too): one made earlier than the last sent is not sent, so the
    window never goes back to a result without the slow engine's findings.
    """

    def __init__(
        self, conn: Channel, known: Callable[[str, str], Lines | None] | None = None
    ) -> None:
        self.conn = conn
        self.sent = _Sent(known)  # ``known``: the check's own lines (see _Sent)
        self._lock = threading.Lock()
        self._made: dict[str, int] = {}  # per pane: the last sent outcome's place

    def _current(self, outcome: CheckOutcome) -> bool:
        if outcome.made < self._made.get(outcome.pane, 0):
            log.debug("not sending an outcome made before the last sent for %s", outcome.pane)
            return False
        self._made[outcome.pane] = outcome.made
        return True

    def partial(self, number: int, early: CheckOutcome) -> None:
        with self._lock:
            if self._current(early):
                rest = pieces_first(self.conn, number, self.sent(early))
                self.conn.send(PartialAnswer(number, rest))

    def answer(self, number: int, outcome: CheckOutcome | None) -> None:
        """Request ``number``'s answer (with no outcome if a later one went first)."""
        with self._lock:
            if outcome is not None and not self._current(outcome):
                outcome = None
            change = (
                pieces_first(self.conn, number, self.sent(outcome)) if outcome is not None else None
            )
            self.conn.send(Answer(number, change))

    def merged(self, ticket: int, outcome: CheckOutcome | None) -> None:
        """The answer to a :class:`MergeBeside` (sent whole: a few lines' changes)."""
        with self._lock:
            if outcome is not None and not self._current(outcome):
                outcome = None
            self.conn.send(Merged(ticket, self.sent(outcome) if outcome is not None else None))


def _merge_beside(service: CheckService, results: _Results, message: MergeBeside) -> None:
    """Merge a slow result beside any check (on the merging thread) and answer it."""
    try:
        outcome = service.merge_beside(message.slow)
    except Exception:  # a bug in a filter must not end the checker; the check merges it
        log.exception("merging a slow result failed")
        outcome = None
    with contextlib.suppress(OSError):  # the window has gone
        results.merged(message.ticket, outcome)


def serve(connection: Connection, ready: Mapping[str, Sequence[Checker]] | None = None) -> int:
    """The checker process's loop: answer requests until the window closes or goes away.

    ``ready`` holds engines already built (Harper, warming up since the process began).
    """
    conn = Channel(connection)
    try:
        start: Start = expect(conn.recv(), Start)
    except (EOFError, ProtocolError) as exc:
        if isinstance(exc, ProtocolError):
            log.error("%s", exc)
        return 0
    logging.basicConfig(level=start.log_level, format="%(levelname)s checker %(name)s: %(message)s")
    settings = start.settings
    service = CheckService(lambda: build_fast_pipeline(settings, ready=ready or {}))
    try:
        names = service.start_up(start.warm_language)
    except Exception as exc:
        log.exception("building the check pipeline failed")
        conn.send(Failed(f"The checker could not start: {exc}"))
        return 1
    results = _Results(conn, service.split_of)
    # one thread merges slow results beside the checks, in the order they came
    merging = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checker-merge")
    inbox = _Inbox(conn, lambda m: _submit(merging, _merge_beside, service, results, m))
    conn.send(Ready(tuple(names)))
    inbox.start()
    # a window that asked before the checker was ready sends its request as Ready
    # arrives: then there is nothing to check ahead, and reading the file would only
    # delay the answer (the precheck9 section of benchmarks/README.md)
    if start.precheck is not None and not inbox.wait(PRECHECK_GRACE_S):
        # imported only then: reading files (formats) is no part of the checker otherwise,
        # and the window imports this module before its first paint
        from reviewdesk.service.precheck import precheck_article

        precheck_article(service, start.precheck, inbox.cancelled)
    trim_due = False
    while not inbox.closing:
        if trim_due and not inbox.wait(TRIM_AFTER_IDLE_S):
            trim_due = False
            try:
                service.release_memory()
            except Exception:  # giving memory back is best effort: never end the checker
                log.exception("releasing the engines' memory failed")
            log.debug("heap trimmed after a long check: %s", trim_heap())
        try:
            message = inbox.receive()
        except EOFError:
            break
        except ProtocolError:  # said by the inbox
            break
        if isinstance(message, Close):
            break
        if isinstance(message, Cancel):  # arrived after its request was answered
            continue
        if isinstance(message, (Focus, GuessDialect, MergeBeside)):  # the inbox's own
            continue
        inbox.current = message.number
        if isinstance(message, Check) and len(message.request.text) >= TRIM_AFTER_CHARS:
            trim_due = True
        try:
            if isinstance(message, Check):
                answer = service.check(
                    message.request,
                    inbox.cancelled,
                    functools.partial(results.partial, message.number),
                    _ProgressSender(conn, message.number),
                    inbox.view,
                )
            else:
                answer = service.merge_slow(message.slow)
            assert answer is None or isinstance(answer, CheckOutcome)  # a fast service
            results.answer(message.number, answer)
            continue
        except Cancelled:
            reply: Reply = CancelledAnswer(message.number)
        except OSError:  # the window has gone
            break
        except Exception as exc:  # a bug in an engine must not end the checker
            log.exception("checking failed")
            reply = ErrorAnswer(message.number, f"Checking failed: {exc}")
        try:
            conn.send(reply)
        except OSError:
            break
    merging.shutdown(wait=True, cancel_futures=True)
    service.close()
    return 0


def _submit(
    merging: ThreadPoolExecutor,
    merge: Callable[[CheckService, _Results, MergeBeside], None],
    service: CheckService,
    results: _Results,
    message: MergeBeside,
) -> None:
    with contextlib.suppress(RuntimeError):  # shut down: the checker is ending
        merging.submit(merge, service, results, message)


def main(
    argv: list[str] | None = None, ready: Mapping[str, Sequence[Checker]] | None = None
) -> int:
    """Entry point of the checker process: ``python -m reviewdesk.service.checker_loop FD``
    (``reviewdesk.service.checker_entry`` warms Harper up first and then calls this)."""
    args = sys.argv[1:] if argv is None else argv
    conn = Connection(int(args[0]))
    try:
        return serve(conn, ready)
    except (EOFError, OSError, KeyboardInterrupt):
        return 0
    finally:
        conn.close()


if __name__ == "__main__":
    raise SystemExit(main())
