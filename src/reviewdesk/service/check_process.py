"""The checker process: Harper and the editorial engines run outside the window's process.

The window's process keeps only what it shows. The engines' memory (Harper's dictionary
and text cache, the names model) lives here, its garbage collections never pause the
window, and a crash in a native engine cannot take the draft down with it.

The two sides talk over a socket pair with :mod:`multiprocessing.connection` (pickled
messages). One request at a time; a ``cancel`` may follow it while it runs:

    window -> checker   ("start", EngineSettings, warm language, log level)
    checker -> window   ("ready", engine names) | ("failed", message)
    window -> checker   ("check", n, CheckRequest) | ("slow", n, SlowRaw) | ("cancel", n)
                        | ("close",)
    checker -> window   ("partial", n, CheckOutcome)* and ("progress", n, pane, fraction)*,
                        then ("outcome", n, CheckOutcome | None) | ("cancelled", n)
                        | ("error", n, message)

``n`` numbers the requests, so a cancel that arrives too late is never taken for the
next request's.

Run as ``python -m reviewdesk.service.check_process FD LIFELINE`` (in the frozen build,
the app itself re-invoked: :func:`reviewdesk.core.processes.module_command`);
:class:`RemoteService` starts it. ``LIFELINE`` is the read end of a
:class:`~reviewdesk.core.lifeline.Lifeline`: the checker ends at once when the window's
process dies, even mid-check (``kill -9`` of the window included), instead of running on
as an orphan.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import socket
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from multiprocessing.connection import Connection

from reviewdesk.core.checker import CheckerError
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.lifeline import Lifeline, watch_parent
from reviewdesk.core.pipeline import Cancelled
from reviewdesk.core.processes import environment_snapshot, module_command
from reviewdesk.service.check_service import (
    CheckOutcome,
    CheckRequest,
    CheckService,
    Partial,
    Progressed,
    SlowRaw,
    StopCheck,
)

log = logging.getLogger(__name__)

POLL_SECONDS = 0.02  # how often the window side looks for a cancel or a dead checker
START_TIMEOUT_S = 120.0  # building and warming the engines; seconds normally
CLOSE_TIMEOUT_S = 5.0
# This module by name: when run as a program, its __name__ is "__main__".
CHECKER_MODULE = "reviewdesk.service.check_process"


class CheckerCrashError(CheckerError):
    """The checker process ended without answering."""


# --- checker side ---------------------------------------------------------------------


class _Inbox:
    """Messages from the window; a check polls it to learn it has been cancelled."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.queue: deque[tuple[object, ...]] = deque()
        self.closing = False
        self.current: object = None  # the number of the request being answered

    def receive(self) -> tuple[object, ...]:
        if self.queue:
            return self.queue.popleft()
        message: tuple[object, ...] = self.conn.recv()
        return message

    def cancelled(self) -> bool:
        """Whether the window has sent anything since the request (a cancel, a close)."""
        while self.conn.poll():
            try:
                message: tuple[object, ...] = self.conn.recv()
            except EOFError:  # the window is gone
                self.closing = True
                return True
            if message[0] == "close":
                self.closing = True
            elif message[0] == "cancel":
                if message[1] == self.current:
                    return True
            else:  # the next request: this one is superseded
                self.queue.append(message)
                return True
        return self.closing


def _send_partial(conn: Connection, number: object, early: CheckOutcome) -> None:
    conn.send(("partial", number, early))


PROGRESS_EVERY_S = 0.25  # how often, at most, progress goes to the window


class _ProgressSender:
    """Sends how far a long check has got, a few times a second at most."""

    def __init__(self, conn: Connection, number: object) -> None:
        self.conn, self.number = conn, number
        self._last = 0.0

    def __call__(self, pane: str, fraction: float) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S or fraction >= 1.0:
            self._last = now
            self.conn.send(("progress", self.number, pane, fraction))


def serve(conn: Connection) -> int:
    """The checker process's loop: answer requests until the window closes or goes away."""
    inbox = _Inbox(conn)
    try:
        _, settings, warm_language, level = inbox.receive()
    except EOFError:
        return 0
    assert isinstance(level, int)
    logging.basicConfig(level=level, format="%(levelname)s checker %(name)s: %(message)s")
    assert isinstance(settings, EngineSettings) and isinstance(warm_language, str)
    service = CheckService(lambda: build_fast_pipeline(settings))
    try:
        names = service.start_up(warm_language)
    except Exception as exc:
        log.exception("building the check pipeline failed")
        conn.send(("failed", f"The checker could not start: {exc}"))
        return 1
    conn.send(("ready", names))
    while not inbox.closing:
        try:
            message = inbox.receive()
        except EOFError:
            break
        kind = message[0]
        if kind == "close":
            break
        if kind == "cancel":  # arrived after its request was answered
            continue
        number, payload = message[1], message[2]
        inbox.current = number
        try:
            if kind == "check":
                assert isinstance(payload, CheckRequest)
                answer: object = service.check(
                    payload,
                    inbox.cancelled,
                    functools.partial(_send_partial, conn, number),
                    _ProgressSender(conn, number),
                )
            else:
                assert isinstance(payload, SlowRaw)
                answer = service.merge_slow(payload)
            reply: tuple[object, ...] = ("outcome", number, answer)
        except Cancelled:
            reply = ("cancelled", number)
        except Exception as exc:  # a bug in an engine must not end the checker
            log.exception("checking failed")
            reply = ("error", number, f"Checking failed: {exc}")
        try:
            conn.send(reply)
        except OSError:
            break
    service.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the checker process: ``python -m reviewdesk.service.check_process FD
    [LIFELINE]``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1:
        watch_parent(int(args[1]))  # before the engines are built: that takes seconds
    conn = Connection(int(args[0]))
    try:
        return serve(conn)
    except (EOFError, OSError, KeyboardInterrupt):
        return 0
    finally:
        conn.close()


# --- window side ----------------------------------------------------------------------


class RemoteService:
    """Stands in for a :class:`CheckService`, doing the work in a checker process.

    Used from one worker thread. If the process dies, it is started again and the request
    is sent once more; a second death in a row is reported as an error.
    """

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        # told (with a message for the user) when the process had to be started again
        self.on_restart: Callable[[str], None] | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._lifeline: Lifeline | None = None
        self._warm_language = "en-US"
        self._number = 0

    @property
    def pid(self) -> int | None:
        """The checker process's id while it runs."""
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def launch(self, warm_language: str = "en-US") -> None:
        """Start the checker process without waiting for it (it warms up meanwhile)."""
        if self._conn is not None:
            return
        self._warm_language = warm_language
        ours, theirs = socket.socketpair()
        lifeline = Lifeline()
        try:
            self._proc = subprocess.Popen(
                module_command(CHECKER_MODULE, [str(theirs.fileno()), str(lifeline.child_fd)]),
                pass_fds=(theirs.fileno(), lifeline.child_fd),
                stdin=subprocess.DEVNULL,
                close_fds=True,
                env=environment_snapshot(),  # started on the worker thread
            )
        except OSError as exc:
            ours.close()
            lifeline.cut()
            raise CheckerError(f"The checker process could not be started: {exc}") from exc
        finally:
            theirs.close()
            lifeline.spawned()
        self._lifeline = lifeline
        self._conn = Connection(ours.detach())
        self._conn.send(("start", self.settings, warm_language, logging.getLogger().level))

    def start_up(self, warm_language: str, stopping: StopCheck = lambda: False) -> list[str]:
        """Start the checker process (unless :meth:`launch` did) and wait until it is warm."""
        self.launch(warm_language)
        assert self._conn is not None and self._proc is not None
        waited = 0.0
        while not self._conn.poll(POLL_SECONDS):
            waited += POLL_SECONDS
            if stopping():
                return []
            if self._proc.poll() is not None or waited > START_TIMEOUT_S:
                self._discard()
                raise CheckerCrashError("The checker process stopped while starting.")
        message = self._receive()
        if message[0] == "failed":
            self._discard()
            raise CheckerError(str(message[1]))
        engines = list(message[1])  # type: ignore[call-overload]
        log.info("checker process %s ready: %s", self.pid, ", ".join(engines))
        return engines

    def check(
        self,
        request: CheckRequest,
        cancelled: StopCheck,
        partial: Partial | None = None,
        progress: Progressed | None = None,
    ) -> CheckOutcome | None:
        """Check a snapshot in the checker process (see :meth:`CheckService.check`)."""
        return self._ask("check", request, cancelled, partial, progress)

    def merge_slow(self, slow: SlowRaw) -> CheckOutcome | None:
        """Merge a slow engine's issues in the checker process."""
        return self._ask("slow", slow, lambda: False)

    def close(self) -> None:
        """Ask the checker process to end; kill it if it does not."""
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(("close",))
        if self._proc is not None:
            try:
                self._proc.wait(CLOSE_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                log.warning("the checker process did not stop; killing it")
                self._proc.kill()
                self._proc.wait()
        self._discard()

    # -- internals ----------------------------------------------------------------------

    def _ask(
        self,
        kind: str,
        payload: object,
        cancelled: StopCheck,
        partial: Partial | None = None,
        progress: Progressed | None = None,
    ) -> CheckOutcome | None:
        for attempt in (1, 2):
            try:
                if self._conn is None:
                    self.start_up(self._warm_language)
                assert self._conn is not None
                self._number += 1
                self._conn.send((kind, self._number, payload))
                return self._answer(self._number, cancelled, partial, progress)
            except CheckerCrashError:
                code = self._proc.returncode if self._proc is not None else None
                log.error("the checker process ended (exit %s) during a request", code)
                self._discard()
                if attempt == 2:
                    raise CheckerCrashError(
                        "The checker process stopped twice in a row; checking is paused "
                        "until the next edit."
                    ) from None
                if self.on_restart is not None:
                    self.on_restart("The checker stopped unexpectedly and has been restarted.")
        return None  # pragma: no cover - the loop returns or raises

    def _answer(
        self,
        number: int,
        cancelled: StopCheck,
        partial: Partial | None,
        progress: Progressed | None = None,
    ) -> CheckOutcome | None:
        assert self._conn is not None and self._proc is not None
        sent_cancel = False
        while True:
            while not self._conn.poll(POLL_SECONDS):
                if self._proc.poll() is not None:
                    raise CheckerCrashError("The checker process stopped.")
                if not sent_cancel and cancelled():
                    self._conn.send(("cancel", number))
                    sent_cancel = True
            message = self._receive()
            if message[1] == number and message[0] == "partial":
                if partial is not None and isinstance(message[2], CheckOutcome):
                    partial(message[2])
                continue
            if message[0] == "progress":
                if message[1] == number and progress is not None:
                    progress(str(message[2]), float(message[3]))  # type: ignore[arg-type]
                continue
            if message[1] == number:
                break
            log.debug("dropping a late answer from the checker: %s", message[0])
        if message[0] == "cancelled":
            raise Cancelled
        if message[0] == "error":
            raise CheckerError(str(message[2]))
        outcome = message[2]
        assert outcome is None or isinstance(outcome, CheckOutcome)
        return outcome

    def _receive(self) -> tuple[object, ...]:
        assert self._conn is not None
        try:
            message: tuple[object, ...] = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise CheckerCrashError("The checker process stopped.") from exc
        return message

    def _discard(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None
        if self._lifeline is not None:
            self._lifeline.cut()
            self._lifeline = None
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        self._proc = None


if __name__ == "__main__":
    raise SystemExit(main())
