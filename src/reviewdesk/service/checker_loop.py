"""The checker process's side: the loop that answers the window's requests.

Started by :class:`~reviewdesk.service.check_process.RemoteService` (through
:mod:`reviewdesk.service.checker_entry`), it builds the fast engines, says it is
:class:`~reviewdesk.service.messages.Ready`, then answers one numbered request at a time
until the window closes or goes away (see :mod:`reviewdesk.service.check_process` for the
protocol). A check polls the socket as it runs, so a cancel or the next request stops it
early; results go back as changes from the last one sent for the pane. Kept apart from
the window's side so each reads in one sitting, and so what runs in which process is
plain from the file name.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
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
    """Messages from the window; a check polls it to learn it has been cancelled.

    A dialect guess is handed to a thread of its own wherever it arrives: it neither
    waits for a check nor cancels one."""

    def __init__(self, conn: Channel) -> None:
        self.conn = conn
        self.queue: deque[Request] = deque()
        self.closing = False
        self.current = -1  # the number of the request being answered
        self.views: dict[str, View] = {}  # what the window shows, by pane

    def receive(self) -> Request:
        if self.queue:
            return self.queue.popleft()
        return expect(self.conn.recv(), Check, MergeSlow, Cancel, Focus, GuessDialect, Close)

    def view(self, pane: str) -> View | None:
        """The lines of ``pane`` the window said it shows (read after :meth:`cancelled`)."""
        return self.views.get(pane)

    def cancelled(self) -> bool:
        """Whether the window has sent anything since the request (a cancel, a close)."""
        while self.conn.poll():
            try:
                message = self.receive()
            except (EOFError, ProtocolError):  # the window is gone, or is not one
                self.closing = True
                return True
            if isinstance(message, Close):
                self.closing = True
            elif isinstance(message, Focus):
                self.views[message.pane] = (message.first, message.last)
            elif isinstance(message, GuessDialect):
                guess_on_thread(message, self.conn.send)
            elif isinstance(message, Cancel):
                if message.number == self.current:
                    return True
            else:  # the next request: this one is superseded
                self.queue.append(message)
                return True
        return self.closing


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


def _send_partial(conn: Channel, sent: _Sent, number: int, early: CheckOutcome) -> None:
    conn.send(PartialAnswer(number, pieces_first(conn, number, sent(early))))


def serve(connection: Connection, ready: Mapping[str, Sequence[Checker]] | None = None) -> int:
    """The checker process's loop: answer requests until the window closes or goes away.

    ``ready`` holds engines already built (Harper, warming up since the process began).
    """
    conn = Channel(connection)
    inbox = _Inbox(conn)
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
    conn.send(Ready(tuple(names)))
    # a window that asked before the checker was ready sends its request as Ready
    # arrives: then there is nothing to check ahead, and reading the file would only
    # delay the answer (the precheck9 section of benchmarks/README.md)
    if start.precheck is not None and not conn.poll(PRECHECK_GRACE_S):
        # imported only then: reading files (formats) is no part of the checker otherwise,
        # and the window imports this module before its first paint
        from reviewdesk.service.precheck import precheck_article

        precheck_article(service, start.precheck, inbox.cancelled)
    sent = _Sent(service.split_of)
    trim_due = False
    while not inbox.closing:
        if trim_due and not inbox.queue and not conn.poll(TRIM_AFTER_IDLE_S):
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
        except ProtocolError as exc:
            log.error("%s; the checker stops", exc)
            break
        if isinstance(message, Close):
            break
        if isinstance(message, Cancel):  # arrived after its request was answered
            continue
        if isinstance(message, Focus):
            inbox.views[message.pane] = (message.first, message.last)
            continue
        if isinstance(message, GuessDialect):
            guess_on_thread(message, conn.send)
            continue
        inbox.current = message.number
        if isinstance(message, Check) and len(message.request.text) >= TRIM_AFTER_CHARS:
            trim_due = True
        reply: Reply
        try:
            if isinstance(message, Check):
                answer = service.check(
                    message.request,
                    inbox.cancelled,
                    functools.partial(_send_partial, conn, sent, message.number),
                    _ProgressSender(conn, message.number),
                    inbox.view,
                )
            else:
                answer = service.merge_slow(message.slow)
            assert answer is None or isinstance(answer, CheckOutcome)  # a fast service
            reply = Answer(
                message.number,
                pieces_first(conn, message.number, sent(answer)) if answer is not None else None,
            )
        except Cancelled:
            reply = CancelledAnswer(message.number)
        except Exception as exc:  # a bug in an engine must not end the checker
            log.exception("checking failed")
            reply = ErrorAnswer(message.number, f"Checking failed: {exc}")
        try:
            conn.send(reply)
        except OSError:
            break
    service.close()
    return 0


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
