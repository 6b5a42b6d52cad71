"""The dialect guess, asked of the checker: answered beside the checks, never instead of
one. The checker's loop runs on a thread over a real pipe (real engines, real pickling);
the last test starts the real checker process, as the window does."""

from __future__ import annotations

import threading
from multiprocessing import Pipe

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.checker_loop import serve
from reviewdesk.service.messages import (
    Answer,
    Check,
    CheckRequest,
    Close,
    DialectAnswer,
    DialectQuestion,
    GuessDialect,
    Ready,
    Start,
)

# emoji first: code points and UTF-16 units differ
BRITISH = (
    "😀 The council will organise a review of the harbour's colour scheme. Its favourite "
    "option was criticised by residents who recognise the old centre.\n"
)
AMERICAN = "😀 The council will organize a review of the harbor's color scheme.\n"
EDITORIAL = EngineSettings().switch(harper=False)


def _receive_until(conn, done) -> list[object]:  # type: ignore[no-untyped-def]
    got: list[object] = []
    while not done(got):
        assert conn.poll(120), f"the checker stopped answering; got {got}"
        got.append(conn.recv())
    return got


def test_a_guess_sent_during_a_check_is_answered_and_the_check_goes_on() -> None:
    ours, theirs = Pipe()
    loop = threading.Thread(target=serve, args=(theirs,), daemon=True)
    loop.start()
    try:
        ours.send(Start(EDITORIAL, "en-US", 30))
        assert isinstance(ours.recv(), Ready)
        request = CheckRequest("draft", 1, BRITISH * 40, CheckContext(), original=BRITISH, doc=1)
        ours.send(Check(1, request))
        ours.send(GuessDialect(7, DialectQuestion(BRITISH)))  # while the check runs
        got = _receive_until(
            ours,
            lambda got: any(isinstance(m, Answer) for m in got)
            and any(isinstance(m, DialectAnswer) for m in got),
        )
        (answer,) = [m for m in got if isinstance(m, Answer)]
        assert answer.number == 1 and answer.outcome is not None, "the check was not cancelled"
        (guessed,) = [m for m in got if isinstance(m, DialectAnswer)]
        assert guessed.ticket == 7 and guessed.guess is not None
        assert guessed.guess.language == "en-GB" and guessed.guess.british == 7

        # and when nothing is being checked; a page's lang wins over the spellings
        ours.send(GuessDialect(8, DialectQuestion(AMERICAN)))
        ours.send(GuessDialect(9, DialectQuestion(AMERICAN, page_language="en_GB")))
        ours.send(GuessDialect(10, DialectQuestion("😀 No dialect here.\n")))
        got = _receive_until(ours, lambda got: len(got) == 3)
        by_ticket = {m.ticket: m.guess for m in got if isinstance(m, DialectAnswer)}
        assert by_ticket[8] is not None and by_ticket[8].language == "en-US"
        assert by_ticket[9] is not None and by_ticket[9].from_page
        assert by_ticket[9].language == "en-GB"
        assert by_ticket[10] is None
    finally:
        ours.send(Close())
        loop.join(60)


@pytest.mark.slow  # starts the real checker process
def test_the_checker_process_answers_a_guess_between_checks_and_when_idle() -> None:
    service = RemoteService(EDITORIAL)
    answers: list[DialectAnswer] = []
    try:
        service.start_up("en-US")
        service.guess_dialect(GuessDialect(1, DialectQuestion(BRITISH)), answers.append)
        assert service.guessing
        outcome = service.check(CheckRequest("original", 1, AMERICAN, CheckContext()), bool)
        assert outcome is not None  # its answer may come during the check, or after
        service.wait_for_guesses(lambda: False)  # nothing else to do: wait for it
        assert not service.guessing
        assert [(a.ticket, a.guess.language if a.guess else None) for a in answers] == [
            (1, "en-GB")
        ]
    finally:
        service.close()
