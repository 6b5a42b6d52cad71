"""A slow engine's result (LanguageTool's) merged beside a check that is still running.

The fast engines' first check can wait tens of seconds for Harper's warm-up on a busy
machine; LanguageTool's findings, back in a fraction of a second, are merged into what
the window shows then (the early result), without stopping that check. Here an engine
double holds the check (as Harper's warm-up does: it asks no cancel while it waits), the
service on a thread and the checker's loop over a real pipe, without Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from multiprocessing import Pipe

import pytest

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, CheckContext
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service import checker_loop
from reviewdesk.service.check_service import CheckService
from reviewdesk.service.messages import (
    Answer,
    Check,
    CheckOutcome,
    CheckRequest,
    Close,
    MergeBeside,
    Merged,
    PartialAnswer,
    Ready,
    SlowRaw,
    Start,
)
from reviewdesk.service.outcome import LineDelta, LineOutcome, apply_delta

# an emoji and an astral character before LanguageTool's finding (offsets), and one the
# mechanics engine finds ("noon.He")
TEXT = '😀 The council met at noon.He said "we 𝄞 agree" and left.\n'
QUOTED = '"we 𝄞 agree"'
LT = "languagetool"


class HeldEngine(BaseChecker):
    """Cold until :attr:`gate` is set, and its check waits for it without asking the
    cancel token, as a first check waiting for Harper's warm-up does."""

    name = "held"

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()

    @property
    def is_warm(self) -> bool:
        return self.gate.is_set()

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        self.entered.set()
        assert self.gate.wait(60), "the test never let the held check go"
        return [[] for _ in texts]


class QuotesDouble(BaseChecker):
    """LanguageTool's straight-quotes finding, over the whole text."""

    name = LT
    scope = "document"

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        out = []
        for text in texts:
            at = text.find(QUOTED)
            found = (
                []
                if at < 0
                else [
                    Issue(
                        at,
                        at + len(QUOTED),
                        QUOTED,
                        Category.TYPOGRAPHY,
                        "QUOTES",
                        LT,
                        "Use typographic quotation marks.",
                        ("“we 𝄞 agree”",),
                    )
                ]
            )
            out.append(found)
        return out


def _slow_raw(revision: int, text: str = TEXT) -> SlowRaw:
    slow = CheckService(lambda: CheckPipeline([QuotesDouble()]), slow=True)
    slow.start_up("en-US")
    raw = slow.check(CheckRequest("draft", revision, text, CheckContext(), doc=1), lambda: False)
    assert isinstance(raw, SlowRaw)
    return raw


def _found(outcome: CheckOutcome) -> dict[str, str]:
    return {i.engine: outcome.text[i.start : i.end] for i in outcome.issues}


@pytest.fixture
def held() -> Iterator[HeldEngine]:
    engine = HeldEngine()
    yield engine
    engine.gate.set()


def test_a_slow_result_is_merged_into_the_early_result_while_the_check_waits(
    held: HeldEngine,
) -> None:
    fast = CheckService(lambda: CheckPipeline([MechanicsChecker(), held]))
    fast.start_up("en-US")
    request = CheckRequest("draft", 2, TEXT, CheckContext(), doc=1)
    early: list[CheckOutcome] = []
    done: list[object] = []
    thread = threading.Thread(
        target=lambda: done.append(fast.check(request, lambda: False, early.append))
    )
    thread.start()
    assert held.entered.wait(30)  # the full check is under way, held
    assert early and early[-1].waiting_for == ("held",)

    merged = fast.merge_beside(_slow_raw(2))
    assert merged is not None and merged.revision == 2
    # the fast engines' findings as shown, and LanguageTool's, at its very characters
    assert _found(merged) == {"mechanics": ".", LT: QUOTED}
    assert merged.waiting_for == ("held",)  # still the early result: the full one follows
    assert merged.made > early[-1].made
    # one for an older snapshot (the quote further on) lands on this snapshot's text,
    # carried over where the text is unchanged: never at its old offsets
    older = fast.merge_beside(_slow_raw(1, TEXT.replace("noon", "midday")))
    assert older is not None and older.revision == 2
    assert _found(older) == {"mechanics": ".", LT: QUOTED}
    # one for a snapshot not shown yet waits for that snapshot's check
    assert fast.merge_beside(_slow_raw(3, TEXT.replace("noon", "one"))) is None
    assert thread.is_alive() and not done  # the check was neither stopped nor finished

    held.gate.set()
    thread.join(30)
    (full,) = done
    assert isinstance(full, CheckOutcome) and not full.waiting_for
    assert _found(full)[LT] == QUOTED  # the full result keeps LanguageTool's finding
    assert full.made > older.made


def test_the_checker_answers_a_merge_beside_the_check_it_is_held_in(
    held: HeldEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        checker_loop,
        "build_fast_pipeline",
        lambda *_a, **_k: CheckPipeline([MechanicsChecker(), held]),
    )
    ours, theirs = Pipe()
    loop = threading.Thread(target=checker_loop.serve, args=(theirs,), daemon=True)
    loop.start()
    try:
        ours.send(Start(EngineSettings(), "en-US", 30))
        assert isinstance(ours.recv(), Ready)
        ours.send(Check(1, CheckRequest("draft", 2, TEXT, CheckContext(), doc=1)))
        partial = ours.recv()
        assert isinstance(partial, PartialAnswer)
        assert held.entered.wait(30)  # the loop's thread is held in the engine now
        ours.send(MergeBeside(7, _slow_raw(2)))
        assert ours.poll(30), "no answer while the check was held"
        merged = ours.recv()
        assert isinstance(merged, Merged) and merged.ticket == 7 and merged.outcome is not None
        assert isinstance(partial.outcome.change, LineOutcome)
        assert isinstance(merged.outcome.change, LineDelta)  # changes from the early result
        lines = apply_delta(partial.outcome.change, merged.outcome.change)
        rules = {i.rule for line in lines.issues for i in line}
        assert "QUOTES" in rules and len(rules) == 2
        assert merged.outcome.waiting_for == ("held",)
        assert not ours.poll(0.2)  # nothing else: the check goes on
        held.gate.set()
        answer = ours.recv()
        assert isinstance(answer, Answer) and answer.number == 1 and answer.outcome is not None
        full = apply_delta(lines, answer.outcome.change)
        assert {i.rule for line in full.issues for i in line} == rules
    finally:
        held.gate.set()
        ours.send(Close())
        loop.join(30)
    assert not loop.is_alive()
