"""Harper's early pass: while its spelling tables are built (seconds after start), its
grammar findings go out in an early result, which the full one then replaces.

Real Harper throughout; only its warm-up is held back until the test lets it go (see
:mod:`harper_held`), so the early pass is taken every time, on any machine.
"""

from __future__ import annotations

import sys
import threading
import types
from collections import Counter

import pytest

from harper_held import TEXT, HeldHarper
from reviewdesk.core.checker import CheckContext, early_pass
from reviewdesk.core.engines.harper_pieces import SPELLING_RULES
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service.check_service import CheckOutcome, CheckRequest, CheckService


def _found(outcome: CheckOutcome, engine: str) -> list[tuple[str, str]]:
    return sorted(
        (outcome.text[i.start : i.end], i.rule) for i in outcome.issues if engine in i.engines
    )


def test_early_harper_result_is_marked_and_then_superseded() -> None:
    harper = HeldHarper()
    service = CheckService(lambda: CheckPipeline([harper, MechanicsChecker()]))
    early: list[CheckOutcome] = []

    # without an early pass the test fails after 30 s instead of waiting for the gate
    fallback = threading.Timer(30, harper.gate.set)

    def partial(outcome: CheckOutcome) -> None:
        early.append(outcome)
        if len(early) == 1:
            fallback.start()
        if _found(outcome, "harper"):
            harper.gate.set()  # the early pass is in: let the warm-up (and the full lint) go

    request = CheckRequest("draft", 3, TEXT, CheckContext(), original=TEXT, doc=1)
    try:
        assert service.start_up("en-US") == ["harper", "mechanics"]
        assert harper.offers_early_pass  # warming up: the tables are not built
        final = service.check(request, lambda: False, partial)
    finally:
        harper.gate.set()
        fallback.cancel()
        service.close()
    assert isinstance(final, CheckOutcome)
    # first the ready engine alone, then with Harper's early pass: both marked early
    assert len(early) == 2
    assert all(e.waiting_for == ("harper",) and e.revision == 3 for e in early)
    assert _found(early[0], "harper") == []
    assert {text for text, _ in _found(early[0], "mechanics")} == {"."}  # "noon.He"
    early_harper = _found(early[1], "harper")
    assert any(text == "their" for text, _ in early_harper)  # grammar, offsets past emoji
    assert not any(rule in SPELLING_RULES for _, rule in early_harper)
    assert "buget" not in {text for text, _ in early_harper}
    # the full result: not marked, Harper's spelling added, nothing shown twice
    assert not final.waiting_for
    full_harper = _found(final, "harper")
    assert "buget" in {text for text, _ in full_harper}
    assert set(early_harper) <= set(full_harper)
    for outcome in (*early, final):
        shown = Counter((i.start, i.end, i.rule) for i in outcome.issues)
        assert max(shown.values()) == 1, f"an issue shown twice: {shown}"
    # the same finding keeps its identity from the early result to the full one
    their_early = next(i for i in early[1].issues if TEXT[i.start : i.end] == "their")
    their_full = next(i for i in final.issues if TEXT[i.start : i.end] == "their")
    assert their_early.key == their_full.key
    assert not harper.offers_early_pass  # warm now: no more early passes


def test_an_early_pass_lints_without_the_spelling_rules() -> None:
    harper = HeldHarper()  # never warmed: the early linter alone
    ctx = CheckContext(words=frozenset({"Zbrovnikova"}))
    try:
        [early] = harper.check([TEXT], early_pass(ctx))
    finally:
        harper.gate.set()
        harper.close()
    assert {TEXT[i.start : i.end] for i in early} >= {"their"}
    assert not any(i.rule in SPELLING_RULES or i.text == "buget" for i in early)
    assert all(TEXT[i.start : i.end] == i.text for i in early)


class _CountedHarper(HeldHarper):
    """Counts the warm-ups that reach Harper's thread; the first ``failing`` of them fail."""

    def __init__(self, failing: int = 0) -> None:
        super().__init__()
        self.warm_ups: list[str] = []
        self.failing = failing

    def _warm_up(self, language: str, early: bool = False) -> None:
        self.warm_ups.append(language)
        if len(self.warm_ups) <= self.failing:
            raise RuntimeError("no dictionary")
        super()._warm_up(language, early)


def test_the_checker_process_warm_up_is_not_queued_again_before_the_first_check() -> None:
    # checker_entry starts Harper's warm-up, then the pipeline's start-up asks again: a
    # second warm-up sat on Harper's thread between its tables and the first full lint
    harper = _CountedHarper()
    service = CheckService(lambda: CheckPipeline([harper, MechanicsChecker()]))
    try:
        started = harper.start_warm_up("en-US")
        assert service.start_up("en-US") == ["harper", "mechanics"]
        assert harper.start_warm_up("en-US") is started
        harper.gate.set()
        final = service.check(CheckRequest("draft", 1, TEXT, CheckContext()), lambda: False)
        assert isinstance(final, CheckOutcome)
        assert "buget" in {text for text, _ in _found(final, "harper")}  # tables built
        assert harper.warm_ups == ["en-US"]
        harper.start_warm_up("en-GB").result(timeout=60)  # another dialect: warmed again
        assert harper.warm_ups == ["en-US", "en-GB"]
    finally:
        harper.gate.set()
        service.close()


def test_a_failed_warm_up_is_started_again() -> None:
    harper = _CountedHarper(failing=1)
    harper.gate.set()
    try:
        failed = harper.start_warm_up("en-US")
        assert isinstance(failed.exception(timeout=60), RuntimeError)
        harper.start_warm_up("en-US").result(timeout=60)
        assert harper.warm_ups == ["en-US", "en-US"]
        assert harper.is_warm
    finally:
        harper.close()


def test_the_early_pass_does_not_wait_for_the_spelling_lists() -> None:
    # The early highlights (Harper's grammar, while its spelling tables are built) came
    # only after the word lists that rank spelling fixes were read, ~0.2 s of Python (the
    # lists by sound ~0.15 s of it), though the early pass has no spelling to rank. They
    # are read while the first full lint runs, and its spelling fixes are ranked by sound.
    from reviewdesk.core.engines import spelling

    spelling._read_words_by_length.cache_clear()
    spelling._read_words_by_sound.cache_clear()
    harper = HeldHarper()
    try:
        [early] = harper.start_check([TEXT], early_pass(CheckContext()))()
        lists_read_early = spelling._read_words_by_sound.cache_info().currsize
        harper.gate.set()
        text = "😀 The semetary is closed.\n"
        [full] = harper.start_check([text], CheckContext())()
    finally:
        harper.gate.set()
        harper.close()
    assert {TEXT[i.start : i.end] for i in early} >= {"their"}
    assert lists_read_early == 0
    [slip] = [i for i in full if text[i.start : i.end] == "semetary"]
    assert slip.replacements[0] == "cemetery"  # by sound, not "secretary" by letters


class _Linter:
    """A stand-in for ``harper.Linter`` that says when it is let go."""

    def __init__(self, gone: threading.Event) -> None:
        self._gone = gone

    def get_lint_config(self) -> dict[str, bool]:
        return {}

    def set_lint_config(self, _config: dict[str, bool]) -> None:
        return None

    def __del__(self) -> None:
        self._gone.set()


def test_the_early_linter_is_let_go_a_moment_after_the_tables_not_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Retired as Harper's spelling tables are built, the early linter is kept until
    :attr:`drop_after_s` has passed (its drop and the heap's trim would fall on the first
    full lint: cold21), then let go; closing the engine lets it go at once."""
    from reviewdesk.core.engines.harper_early import DROP_AFTER_S, EarlyLinter

    assert DROP_AFTER_S >= 0.5
    for close in (False, True):
        gone = threading.Event()
        harper = types.SimpleNamespace(Linter=lambda *_a, gone=gone: _Linter(gone), Dialect=int)
        monkeypatch.setitem(sys.modules, "harper", harper)
        early = EarlyLinter(lambda _linter: None)
        early.drop_after_s = 30.0 if close else 0.3
        early.prepare(0)
        early.submit(lambda: None).result(10)  # the linter is made
        early.retire()
        assert not gone.wait(0.1)  # kept while the first full lint would start
        if close:
            early.close()
        assert gone.wait(10)
