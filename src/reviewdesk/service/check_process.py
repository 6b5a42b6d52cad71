"""The checker process, seen from the window: :class:`RemoteService` starts it and asks.

Harper and the editorial engines run outside the window's process.

The window's process keeps only what it shows. The engines' memory (Harper's dictionary
and text cache, the names model) lives here, its garbage collections never pause the
window, and a crash in a native engine cannot take the draft down with it.

The two sides talk over a socket pair with :mod:`multiprocessing.connection`, in the
typed messages of :mod:`reviewdesk.service.messages` (pickled; its docstring gives the
protocol). One request at a time; a :class:`~reviewdesk.service.messages.Cancel` may
follow it while it runs. Requests are numbered, so a cancel that arrives too late is
never taken for the next request's. A dialect guess is answered beside them
(:mod:`reviewdesk.service.dialect_guess`), and so is a slow engine's result sent while a
check runs (:meth:`RemoteService.merge_beside`): LanguageTool's findings are shown as
they come, merged into the fast engines' as the window has them, not after the check.

Run as ``python -m reviewdesk.service.checker_entry FD LANGUAGE [LIFELINE]`` (in the
frozen build, the app itself re-invoked: :func:`reviewdesk.core.processes.module_command`);
:class:`RemoteService` starts it; the loop that answers in the child is
:mod:`reviewdesk.service.checker_loop`. ``LIFELINE`` is the read end of a
:class:`~reviewdesk.core.lifeline.Lifeline`: the checker ends at once when the window's
process dies, even mid-check (``kill -9`` of the window included), instead of running on
as an orphan.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import subprocess
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from reviewdesk.core.checker import Cancelled, CheckerError
from reviewdesk.core.engines.registry import HARPER, EngineSettings
from reviewdesk.core.lifeline import Lifeline
from reviewdesk.service.focus import FocusOf, View
from reviewdesk.service.layout import BlockMapper
from reviewdesk.service.messages import (
    Answer,
    Cancel,
    CancelledAnswer,
    Check,
    CheckOutcome,
    CheckRequest,
    Close,
    DialectAnswer,
    ErrorAnswer,
    Failed,
    Focus,
    GuessDialect,
    MergeBeside,
    Merged,
    MergeSlow,
    PartialAnswer,
    Piece,
    Precheck,
    ProgressAnswer,
    Ready,
    Reply,
    SentOutcome,
    SlowRaw,
    Start,
    expect,
)
from reviewdesk.service.outcome import LineDelta, LineOutcome, apply_delta, keep_shown
from reviewdesk.service.pieces import Entry, join
from reviewdesk.service.received import IssueJoiner
from reviewdesk.service.spawn import Spawned, spawn_checker

if TYPE_CHECKING:
    from reviewdesk.service.check_service import Partial, Progressed, StopCheck

log = logging.getLogger(__name__)

POLL_SECONDS = 0.02  # how often the window side looks for a cancel or a dead checker
# How often a worker waiting for dialect guesses looks for new work: it waits so while an
# article opens (the dialect offer asks just before the first check), and the first
# highlights' request waited up to POLL_SECONDS there (~12-16 ms, first14). Only while a
# guess is out, a few tenths of a second at most.
GUESS_POLL_SECONDS = 0.002
START_TIMEOUT_S = 120.0  # building and warming the engines; seconds normally
# Closing: a warm, idle checker ends on Close within a fraction of a second; one still
# warming up (Harper's tables, the grammar lexicon) or inside a long check would make the
# window wait seconds for work nobody needs, so after this grace it is ended. It holds no
# data: nothing is lost.
CLOSE_GRACE_S = 0.5


class CheckerCrashError(CheckerError):
    """The checker process ended without answering."""


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
        # the last result received for each pane, which the next one's changes apply to
        self._received: dict[str, LineOutcome] = {}
        self._full: dict[str, LineOutcome] = {}  # the last full result per pane
        self._joined: dict[str, IssueJoiner] = {}  # ... and its whole-text issues
        self._mappers: dict[str, tuple[str, str, BlockMapper]] = {}  # original, text, map
        self._texts: dict[str, str] = {}  # the texts asked about, by pane
        self._revisions: dict[str, tuple[int, int]] = {}  # ... and their (doc, revision)
        self._originals: dict[str, str | None] = {}  # ... and the originals they diff against
        self._focus: tuple[str, FocusOf] | None = None  # the pane being checked, its view
        self._view_sent: View | None = None
        self._abandoned = threading.Event()  # the window is closing: stop waiting for answers
        # dialect guesses sent and not answered yet: ticket -> who is told
        self._guesses: dict[int, Callable[[DialectAnswer], None]] = {}
        # slow results sent to merge beside a check, not answered yet: ticket -> who is told
        self._merges: dict[int, tuple[int, Callable[[CheckOutcome], None]]] = {}  # doc
        self._ticket = 0

    @property
    def pid(self) -> int | None:
        """The checker process's id while it runs."""
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def launch(
        self,
        warm_language: str = "en-US",
        spawned: Spawned | None = None,
        precheck: Precheck | None = None,
    ) -> None:
        """Start the checker process without waiting for it (it warms up meanwhile);
        given ``spawned`` (:func:`~reviewdesk.service.spawn.spawn_checker`, called before
        this module was imported), take that process instead of starting one. Given
        ``precheck``, it checks that article as soon as it is ready, ahead of the window's
        first request (:mod:`reviewdesk.service.precheck`)."""
        if self._conn is not None:
            return
        self._warm_language = warm_language
        if spawned is None:
            # Harper warms up from the first moment of the process (see checker_entry)
            early = warm_language if self.settings.is_on(HARPER) else ""
            try:
                spawned = spawn_checker(early)  # started on the worker thread
            except OSError as exc:
                raise CheckerError(f"The checker process could not be started: {exc}") from exc
        self._proc, self._lifeline, self._conn = spawned.proc, spawned.lifeline, spawned.conn
        self._conn.send(Start(self.settings, warm_language, logging.getLogger().level, precheck))

    def start_up(self, warm_language: str, stopping: StopCheck = lambda: False) -> list[str]:
        """Start the checker process (unless :meth:`launch` did) and wait until it is warm."""
        self.launch(warm_language)
        assert self._conn is not None and self._proc is not None
        waited = 0.0
        while not self._conn.poll(POLL_SECONDS):
            waited += POLL_SECONDS
            if stopping() or self._abandoned.is_set():
                return []
            if self._proc.poll() is not None or waited > START_TIMEOUT_S:
                self._discard()
                raise CheckerCrashError("The checker process stopped while starting.")
        message = expect(self._receive(), Ready, Failed)
        if isinstance(message, Failed):
            self._discard()
            raise CheckerError(message.message)
        engines = list(message.engines)
        log.info("checker process %s ready: %s", self.pid, ", ".join(engines))
        return engines

    def check(
        self,
        request: CheckRequest,
        cancelled: StopCheck,
        partial: Partial | None = None,
        progress: Progressed | None = None,
        focus: FocusOf | None = None,
    ) -> CheckOutcome | None:
        """Check a snapshot in the checker process (see :meth:`CheckService.check`);
        ``focus`` is asked what the window shows while it runs, and the checker told."""
        for asked in (request, *request.waiting):
            self._texts[asked.pane] = asked.text
            self._revisions[asked.pane] = (asked.doc, asked.revision)
            self._originals[asked.pane] = asked.original
        self._focus = (request.pane, focus) if focus is not None else None
        try:
            return self._ask(lambda number: Check(number, request), cancelled, partial, progress)
        finally:
            self._focus = None

    def merge_slow(self, slow: SlowRaw) -> CheckOutcome | None:
        """Merge a slow engine's issues in the checker process."""
        self._texts.setdefault(slow.pane, slow.text)
        self._revisions.setdefault(slow.pane, (slow.doc, slow.revision))
        return self._ask(lambda number: MergeSlow(number, slow), lambda: False)

    def merge_beside(self, slow: SlowRaw, merged: Callable[[CheckOutcome], None]) -> bool:
        """Have the checker merge a slow engine's result beside the check under way
        (without cancelling it); ``merged`` is called on this thread with the pane's
        outcome, if there is one to show, while a check waits for its answer or in
        :meth:`wait_for_guesses`. False if the checker is not running (then merge it
        with :meth:`merge_slow` after the check)."""
        if self._conn is None or self._abandoned.is_set():
            return False
        self._ticket += 1
        try:
            self._conn.send(MergeBeside(self._ticket, slow))
        except OSError as exc:
            log.warning("could not send a slow result to the checker: %s", exc)
            return False
        self._merges[self._ticket] = (slow.doc, merged)
        return True

    def guess_dialect(
        self, message: GuessDialect, answered: Callable[[DialectAnswer], None]
    ) -> None:
        """Ask the checker process to guess a dialect; ``answered`` is called (on this
        thread) when the answer comes, while a check waits for its own answer or in
        :meth:`wait_for_guesses`. A checker that cannot be started answers None."""
        try:
            if self._conn is None:
                self.start_up(self._warm_language)
            assert self._conn is not None
            self._conn.send(message)
        except (CheckerError, OSError) as exc:
            log.warning("could not ask the checker for the dialect: %s", exc)
            answered(DialectAnswer(message.ticket, None))
            return
        self._guesses[message.ticket] = answered

    @property
    def guessing(self) -> bool:
        """Whether a dialect guess (or a slow result to merge beside) is out."""
        return bool(self._guesses or self._merges)

    def wait_for_guesses(self, stop: StopCheck) -> None:
        """Read the checker's answers until every guess and merge beside is answered or
        ``stop()`` (new work for this thread); nothing else comes while no request is out."""
        while self.guessing and self._conn is not None and self._proc is not None:
            if stop() or self._abandoned.is_set():
                return
            if not self._conn.poll(GUESS_POLL_SECONDS):
                if self._proc.poll() is not None:
                    self._discard()
                continue
            try:
                message = self._receive()
            except CheckerCrashError:
                self._discard()
                return
            if isinstance(message, DialectAnswer):
                self._guessed(message)
            elif isinstance(message, Merged):
                self._merged(message)
            else:
                log.debug("dropping a late answer from the checker: %s", type(message).__name__)

    def _guessed(self, message: DialectAnswer) -> None:
        answered = self._guesses.pop(message.ticket, None)
        if answered is not None:
            answered(message)

    def _merged(self, message: Merged) -> None:
        """A slow result merged beside a check: applied to the pane's last result (the
        checker sent it as changes from that), and passed on if it is for the snapshot
        this side asked about last (an older one's would be dropped as stale anyway)."""
        doc, merged = self._merges.pop(message.ticket, (None, None))
        sent = message.outcome
        if sent is None:
            return
        if doc is None or self._revisions.get(sent.pane) != (doc, sent.revision):
            self._received[sent.pane] = apply_delta(self._received.get(sent.pane), sent.change)
            if not sent.waiting_for:
                self._full[sent.pane] = self._received[sent.pane]
            return
        outcome = self._received_outcome(sent)
        if merged is not None:
            merged(outcome)

    def abandon(self) -> None:
        """The window is closing (callable from any thread): a request under way stops
        waiting for its answer at once, and none is sent or retried after it.

        Without it, closing waited for the check in hand to notice its cancel, which an
        engine deep in a long paragraph (or a checker that hangs) may never do.
        """
        self._abandoned.set()

    def close(self) -> None:
        """Ask the checker process to end; end it if it has not within a short grace.

        A checker still warming up cannot read the Close until its engines are built, and
        its warm-up threads would hold its exit for seconds more: the window does not wait
        for that. The checker keeps nothing worth saving, so ending it loses nothing.
        """
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(Close())
        proc = self._proc
        if proc is not None and proc.poll() is None:
            try:
                proc.wait(CLOSE_GRACE_S)
            except subprocess.TimeoutExpired:
                # SIGKILL, not SIGTERM: the checker has no handler to run (SIGTERM would end
                # it just as abruptly) and a stopped or hung process ignores SIGTERM
                log.info("the checker process is still busy (warming up or checking); ending it")
                proc.kill()
                proc.wait()
        self._discard()

    # -- internals ----------------------------------------------------------------------

    def _ask(
        self,
        make: Callable[[int], Check | MergeSlow],
        cancelled: StopCheck,
        partial: Partial | None = None,
        progress: Progressed | None = None,
    ) -> CheckOutcome | None:
        for attempt in (1, 2):
            if self._abandoned.is_set():  # closing: no new request, no restart
                raise Cancelled
            try:
                if self._conn is None:
                    self.start_up(self._warm_language)
                assert self._conn is not None
                self._number += 1
                self._send(make(self._number))
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
        self._view_sent = None
        pieces: dict[str, list[tuple[Entry, ...]]] = {}  # of the next result, by pane
        while True:
            self._send_view(number)
            while not self._conn.poll(POLL_SECONDS):
                if self._abandoned.is_set():  # the window is closing: close() ends it
                    raise Cancelled
                self._send_view(number)
                if self._proc.poll() is not None:
                    raise CheckerCrashError("The checker process stopped.")
                if not sent_cancel and cancelled():
                    self._send(Cancel(number))
                    sent_cancel = True
            received = self._receive()
            if isinstance(received, DialectAnswer):  # beside the checks, at any time
                self._guessed(received)
                continue
            if isinstance(received, Merged):  # ... and so is a slow result merged
                self._merged(received)
                continue
            message: Reply = expect(
                received,
                Piece,
                PartialAnswer,
                ProgressAnswer,
                Answer,
                CancelledAnswer,
                ErrorAnswer,
            )
            if message.number != number:
                log.debug("dropping a late answer from the checker: %s", type(message).__name__)
                continue
            if isinstance(message, Piece):
                pieces.setdefault(message.pane, []).append(message.entries)
                continue
            if isinstance(message, ProgressAnswer):
                if progress is not None:
                    progress(message.pane, message.fraction)
                continue
            if isinstance(message, PartialAnswer):
                early = self._received_outcome(
                    message.outcome, pieces.pop(message.outcome.pane, [])
                )
                if partial is not None:
                    partial(early)
                continue
            break
        if isinstance(message, CancelledAnswer):
            raise Cancelled
        if isinstance(message, ErrorAnswer):
            raise CheckerError(message.message)
        if message.outcome is None:
            return None
        return self._received_outcome(message.outcome, pieces.pop(message.outcome.pane, []))

    def _send_view(self, number: int) -> None:
        """Tell the checker what the window shows now, if that changed (a huge text's
        check goes on from there)."""
        if self._focus is None or self._conn is None:
            return
        pane, focus = self._focus
        view = focus(pane)
        if view is not None and view != self._view_sent:
            self._view_sent = view
            self._send(Focus(number, pane, *view))

    def _received_outcome(
        self, sent: SentOutcome, pieces: list[tuple[Entry, ...]] | None = None
    ) -> CheckOutcome:
        """The whole outcome from the changes sent (and the pieces sent ahead of them);
        its whole-text views built here, on the check thread, so the UI thread gets them
        ready."""
        change = join(sent.change, pieces or [])
        base = self._received.get(sent.pane)
        lines = apply_delta(base, change)
        full = self._full.get(sent.pane)
        if not sent.waiting_for and full is not None and full is not base:
            # a full result after an early one: the lines equal to the full result the
            # window shows become its very objects (compared here, not on the UI thread)
            entries = change.changed if isinstance(change, LineDelta) else range(len(lines.blocks))
            keep_shown(full, lines, entries)
        self._received[sent.pane] = lines
        if not sent.waiting_for:
            self._full[sent.pane] = lines
        text = self._texts[sent.pane]
        redline = sent.redline
        original = self._originals.get(sent.pane)
        if redline is not None and redline.mapper is None and original is not None:
            last = self._mappers.get(sent.pane)
            if last is not None and last[0] is original and last[1] is text:
                mapper = last[2] if last[2].ops == list(redline.ops) else None
            else:
                mapper = None
            if mapper is None:  # the same texts' results share one (it splits both texts)
                mapper = BlockMapper(original, text, redline.ops)
                self._mappers[sent.pane] = (original, text, mapper)
            redline = dataclasses.replace(redline, mapper=mapper)
        outcome = CheckOutcome(
            pane=sent.pane,
            revision=sent.revision,
            text=text,
            lines=lines,
            engines=sent.engines,
            errors=sent.errors,
            redline=redline,
            paragraphs_checked=sent.paragraphs_checked,
            elapsed=sent.elapsed,
            waiting_for=sent.waiting_for,
        )
        # its whole-text issues from the last result's (cached_property's own slot)
        joiner = self._joined.setdefault(sent.pane, IssueJoiner())
        outcome.__dict__["issues"] = joiner.join(text, lines.issues)
        _ = outcome.issue_blocks, outcome.findings  # here, on the receiving thread
        return outcome

    def _send(self, message: object) -> None:
        """Send to the checker during a request. A checker that ended between two requests
        (killed, or its pipe closed) fails the write, not the read: that is the same crash,
        so the request restarts it rather than the window logging a broken pipe."""
        assert self._conn is not None
        try:
            self._conn.send(message)
        except OSError as exc:  # BrokenPipeError, ConnectionResetError
            raise CheckerCrashError("The checker process stopped.") from exc

    def _receive(self) -> object:
        assert self._conn is not None
        try:
            return self._conn.recv()
        except (EOFError, OSError) as exc:
            raise CheckerCrashError("The checker process stopped.") from exc

    def _discard(self) -> None:
        self._received.clear()  # a new checker process sends whole results first
        self._full.clear()
        guesses, self._guesses = self._guesses, {}
        for ticket, answered in guesses.items():  # a new checker does not know them
            answered(DialectAnswer(ticket, None))
        self._merges.clear()  # nor these: the next check's result is whole
        self._joined.clear()
        self._mappers.clear()
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
