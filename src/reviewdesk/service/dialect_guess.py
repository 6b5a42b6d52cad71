"""The dialect guess, answered in the checker process on a thread of its own.

The guess asks, of each British or American spelling, whether it (or its twin) is an
English word: the lemma table, whose first read costs ~1.3 s of Python. The checker reads
it anyway (the grammar engine's warm-up), so the guess is asked here, not in the window,
where that read held the interpreter the UI thread needed while it filled the panes
(benchmarks/README.md, stall4 and stall5). A thread, so a check under way is not held up,
and it waits for a warm-up that is reading the table rather than competing with the
first check for it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable

from reviewdesk.core.dialect import from_page_language, guess_dialect
from reviewdesk.core.engines.grammar.lexicon import lemmas_ready
from reviewdesk.service.messages import DialectAnswer, GuessDialect

log = logging.getLogger(__name__)

WAIT_STEP_S = 0.05  # how often the guess looks whether the warm-up has read the table


def answer(message: GuessDialect) -> DialectAnswer:
    """The answer to ``message``, on this thread (a guess that fails offers nothing)."""
    question = message.question
    try:
        guess = guess_dialect(question.text, question.page_language)
    except Exception:  # it never ends the checker or the worker
        log.exception("could not guess the article's dialect")
        guess = None
    return DialectAnswer(message.ticket, guess)


def guess_on_thread(message: GuessDialect, send: Callable[[DialectAnswer], None]) -> None:
    """Answer ``message`` through ``send`` from a thread of its own (``send`` must be safe
    to call beside the checker's main thread)."""
    threading.Thread(target=_guess, args=(message, send), name="dialect-guess", daemon=True).start()


def _guess(message: GuessDialect, send: Callable[[DialectAnswer], None]) -> None:
    counting = not from_page_language(message.question.page_language)
    while counting and not lemmas_ready():  # a warm-up reads the table: wait, not compete
        time.sleep(WAIT_STEP_S)
    reply = answer(message)
    with contextlib.suppress(OSError):  # the window has gone
        send(reply)
