"""The checker process: the fast engines run outside the window's process.

These tests start the real checker process (real Harper) or run its loop on a thread
over a real pipe; nothing is faked.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from dataclasses import replace
from multiprocessing import Pipe

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.check_service import CheckOutcome, CheckRequest
from reviewdesk.service.checker_loop import serve
from reviewdesk.service.messages import Answer, Cancel, Check, Close, Ready, SentOutcome, Start
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.slow  # each test starts real processes

TEXT = "She said their was a problem. The mayor's office said nothing.\n"
EDITORIAL = EngineSettings().switch(harper=False, grammar=False, editorial=True)


def _request(number: int, text: str = TEXT) -> CheckRequest:
    return CheckRequest("draft", number, text, CheckContext(), original=text, doc=1)


def test_checker_process_finds_issues_and_survives_being_killed() -> None:
    restarts: list[str] = []
    service = RemoteService(EngineSettings())
    service.on_restart = restarts.append
    try:
        engines = service.start_up("en-US")
        assert "harper" in engines
        first_pid = service.pid
        assert first_pid is not None and first_pid != os.getpid()
        # the window is run first when both want the CPU (unless it is as low as it goes)
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, first_pid) > ours or ours >= 19

        outcome = service.check(_request(1), lambda: False)
        assert isinstance(outcome, CheckOutcome)
        flagged = {TEXT[i.start : i.end] for i in outcome.issues}
        assert "their" in flagged
        assert outcome.issue_blocks  # laid out per block for the highlighter

        os.kill(first_pid, signal.SIGKILL)  # a crash in a native engine, say
        again = service.check(_request(2), lambda: False)
        assert isinstance(again, CheckOutcome)
        assert {TEXT[i.start : i.end] for i in again.issues} == flagged
        assert service.pid not in (None, first_pid)
        assert restarts == ["The checker stopped unexpectedly and has been restarted."]
    finally:
        service.close()
    assert service.pid is None


def test_a_checker_that_ended_between_two_checks_is_restarted_not_a_broken_pipe() -> None:
    # Killed while idle and already gone when the next check is sent, the checker fails
    # the write (a broken pipe), not the read: the window logged "checking failed" with a
    # traceback and showed no results instead of restarting it (bench_memory's account).
    restarts: list[str] = []
    service = RemoteService(EDITORIAL)
    service.on_restart = restarts.append
    try:
        service.start_up("")
        assert isinstance(service.check(_request(1), lambda: False), CheckOutcome)
        first_pid = service.pid
        assert first_pid is not None
        os.kill(first_pid, signal.SIGKILL)
        os.waitpid(first_pid, 0)  # gone, its end of the pipe closed, before the check
        again = service.check(_request(2), lambda: False)
        assert isinstance(again, CheckOutcome)
        assert service.pid not in (None, first_pid)
        assert restarts == ["The checker stopped unexpectedly and has been restarted."]
    finally:
        service.close()


def test_checker_starts_while_another_thread_changes_the_environment(
    environment_churn,  # type: ignore[no-untyped-def]
) -> None:
    # The checker is started on the worker thread. Started with the inherited environment,
    # it failed with "Bad address" whenever the main thread changed a variable meanwhile
    # (one GUI test run in ten lost its shared checker this way).
    services = [RemoteService(EDITORIAL) for _ in range(6)]
    try:
        with environment_churn():
            for service in services:
                service.launch()
        for service in services:
            assert "names" in service.start_up("en-US")
            assert service.pid is not None
    finally:
        for service in services:
            service.close()


def test_closing_does_not_wait_for_a_checker_that_never_answers(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A checker deep in one long paragraph, or hung in a native engine, does not answer
    # the cancel that closing the window sends. Closing then waited for that answer for
    # ever: the window could not be closed. Now the check is abandoned and the checker
    # ended (it holds no data), and no checker process outlives the window.
    coordinator = CheckCoordinator(EDITORIAL)
    coordinator.start()
    qtbot.waitUntil(lambda: coordinator.is_ready, timeout=60_000)
    pid = coordinator.checker_pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # it takes the request in and never answers
    closed = threading.Event()
    try:
        coordinator.request(DRAFT, TEXT, CheckContext())
        qtbot.waitUntil(lambda: coordinator.busy, timeout=60_000)

        def close() -> None:
            coordinator.shutdown()
            closed.set()

        threading.Thread(target=close, daemon=True).start()
        # a guard against hanging, not a measure: closing ends within a second or two
        assert closed.wait(60), "closing waited for a checker that never answers"
    finally:
        with contextlib.suppress(ProcessLookupError):  # only if closing failed
            os.kill(pid, signal.SIGKILL)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # ended and reaped: it did not outlive the window


def test_a_late_cancel_does_not_cancel_the_next_request() -> None:
    ours, theirs = Pipe()
    loop = threading.Thread(target=serve, args=(theirs,), daemon=True)
    loop.start()
    ours.send(Start(EDITORIAL, "en-US", 30))
    assert isinstance(ours.recv(), Ready)

    ours.send(Check(1, _request(1)))
    answer = ours.recv()
    assert isinstance(answer, Answer) and answer.number == 1
    assert isinstance(answer.outcome, SentOutcome)
    ours.send(Cancel(1))  # the window gave up on request 1 just as it was answered
    ours.send(Check(2, _request(2, TEXT + "Another paragraph, same mayor.\n")))
    answer = ours.recv()
    assert isinstance(answer, Answer) and answer.number == 2
    assert answer.outcome is not None and answer.outcome.revision == 2

    ours.send(Close())
    loop.join(timeout=30)
    assert not loop.is_alive()


def test_checker_loop_ends_when_the_window_goes_away() -> None:
    ours, theirs = Pipe()
    loop = threading.Thread(target=serve, args=(theirs,), daemon=True)
    loop.start()
    ours.send(Start(EDITORIAL, "en-US", 30))
    assert isinstance(ours.recv(), Ready)
    ours.close()  # the window's process died: the checker must not linger
    loop.join(timeout=30)
    assert not loop.is_alive()


def test_checker_loop_stops_on_a_message_outside_the_protocol() -> None:
    ours, theirs = Pipe()
    loop = threading.Thread(target=serve, args=(theirs,), daemon=True)
    loop.start()
    ours.send(Start(EDITORIAL, "en-US", 30))
    assert isinstance(ours.recv(), Ready)
    ours.send(("check", 1, _request(1)))  # the old untyped form: refused, not guessed at
    loop.join(timeout=30)
    assert not loop.is_alive()


def test_the_window_checks_in_another_process(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    qtbot.waitUntil(lambda: window.coordinator.is_ready, timeout=60_000)
    pid = window.coordinator.checker_pid
    assert pid is not None and pid != os.getpid()
    assert "harper" in window.coordinator.engines


def test_ready_engines_answer_first_while_harper_warms_up() -> None:
    from reviewdesk.core.engines.harper_engine import HarperChecker
    from reviewdesk.core.engines.mechanics import MechanicsChecker
    from reviewdesk.core.pipeline import CheckPipeline
    from reviewdesk.service.check_service import CheckService

    text = "The council met at noon.He said their was a problem with Zbrovnikova.\n"
    original = "The council met at noon.He said their was a problem.The end.\n"
    # the original pane's request waits behind the draft's: it gets an early result too
    queued = CheckRequest("original", 7, original, CheckContext(), doc=1)
    request = replace(_request(1, text), original=original, waiting=(queued,))
    service = CheckService(lambda: CheckPipeline([HarperChecker(), MechanicsChecker()]))
    early: list[CheckOutcome] = []
    try:
        # Harper warms up on its own (new) thread: building its suggestion tables there
        # takes about a second, so the mechanics check answers first.
        assert service.start_up("en-US") == ["harper", "mechanics"]
        final = service.check(request, lambda: False, early.append)
    finally:
        service.close()
    # the ready engine's results first, for both panes; then (Harper still warming up)
    # both again with Harper's early pass (see tests/test_harper_early.py)
    assert [(e.pane, e.revision) for e in early[:2]] == [("draft", 1), ("original", 7)]
    assert all(e.waiting_for == ("harper",) for e in early)
    assert all({i.engine for i in e.issues} == {"mechanics"} for e in early[:2])
    assert [original[i.start : i.end] for i in early[1].issues] == [".", "."]
    assert [(e.pane, e.revision) for e in early[2:]] in ([], [("draft", 1), ("original", 7)])
    assert early[0].redline is not None and early[0].redline.draft_blocks  # changes shown
    assert isinstance(final, CheckOutcome) and not final.waiting_for
    assert (final.pane, final.revision) == ("draft", 1)  # the original is checked in full later
    assert {"harper", "mechanics"} <= {i.engine for i in final.issues}
    assert "their" in {text[i.start : i.end] for i in final.issues}
