"""The grammar engine's warm-up (its word tables: ~1.3 s of Python holding the
interpreter) waits until the ready engines' first result is out, so that result does not
share the interpreter with it; the full check still has the grammar engine's findings.
Real engines, a real CheckService, on this thread (the checker process runs the same)."""

from __future__ import annotations

import threading

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service.check_service import CheckOutcome, CheckRequest, CheckService

# emoji first: code points and UTF-16 units differ; "a apple" is the grammar engine's,
# the double space the mechanics engine's
TEXT = "😀 She ate a apple on the  bus.\n"


class _Recorded(Lexicon):
    """A fresh lexicon that notes when its tables are read."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def load(self) -> None:
        self.events.append("grammar tables read")
        super().load()


def test_the_grammar_warm_up_waits_for_the_first_early_result() -> None:
    events: list[str] = []
    grammar = GrammarChecker(_Recorded(events))
    service = CheckService(lambda: CheckPipeline([MechanicsChecker(), grammar]))
    service.start_up("en-US")
    assert not grammar.is_warm, "cold until its tables are read: not in the early result"

    early: list[CheckOutcome] = []

    def partial(outcome: CheckOutcome) -> None:
        events.append("early result out")
        early.append(outcome)

    request = CheckRequest("draft", 1, TEXT, CheckContext(), original=TEXT, doc=1)
    outcome = service.check(request, lambda: False, partial)
    grammar.start_warm_up("en-US").join(120)  # the warm-up's thread, under way or done
    assert events == ["early result out", "grammar tables read"]
    assert early and early[0].waiting_for == ("grammar",)
    assert {i.engine for i in early[0].issues} == {"mechanics"}
    assert isinstance(outcome, CheckOutcome) and not outcome.waiting_for
    assert {TEXT[i.start : i.end] for i in outcome.issues if i.engine == "grammar"} == {"a"}
    assert grammar.is_warm


def test_a_held_warm_up_goes_ahead_after_any_check_or_without_one() -> None:
    """No early result (a check that needs none), or no check at all: the tables are
    read all the same, so the engine is never left cold."""
    released = threading.Event()
    grammar = GrammarChecker(Lexicon())
    thread = grammar.start_warm_up("en-US", after=released)
    assert not grammar.is_warm
    released.set()
    thread.join(120)
    assert grammar.is_warm

    events: list[str] = []
    held = GrammarChecker(_Recorded(events))
    service = CheckService(lambda: CheckPipeline([held]))
    service.start_up("en-US")
    request = CheckRequest("original", 1, TEXT, CheckContext(), doc=1)
    service.check(request, lambda: False)  # no early results asked for
    held.start_warm_up("en-US").join(120)  # the warm-up's thread, under way
    assert events == ["grammar tables read"]
