"""The checker service's typed messages and the Redline value, without a process or Qt.

A CheckService runs a real (editorial) pipeline on this thread; messages cross a real
pickle round trip, as they do between the window and the checker process.
"""

from __future__ import annotations

import dataclasses
import pickle
import threading
import time
from multiprocessing import Pipe
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service.check_service import CheckService
from reviewdesk.service.checker_loop import serve
from reviewdesk.service.layout import KIND_DELETED, KIND_INSERTED
from reviewdesk.service.messages import (
    Answer,
    Check,
    CheckOutcome,
    CheckRequest,
    Close,
    PartialAnswer,
    Piece,
    ProgressAnswer,
    Ready,
    Start,
)
from reviewdesk.service.outcome import LineDelta, LineOutcome, apply_delta
from reviewdesk.service.pieces import join
from reviewdesk.service.redline import Redline

DEMO = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "reviewdesk"
    / "resources"
    / "demo"
    / "newsroom-demo.txt"
)

ORIGINAL = "😀 The council met at noon.\nIt said nothing.\n"
DRAFT = "😀 The council met at midday.He said nothing.\nIt said nothing.\n"


def _service() -> CheckService:
    service = CheckService(lambda: CheckPipeline([MechanicsChecker()]))
    service.start_up("en-US")
    return service


def test_the_draft_outcome_carries_its_redline_as_one_value() -> None:
    request = CheckRequest("draft", 3, DRAFT, CheckContext(), original=ORIGINAL, doc=1)
    outcome = _service().check(request, lambda: False)
    assert isinstance(outcome, CheckOutcome)
    redline = outcome.redline
    assert isinstance(redline, Redline)
    # applying the ops to the original gives the draft
    rebuilt, pos = [], 0
    for op in redline.ops:
        rebuilt += [ORIGINAL[pos : op.a_start], DRAFT[op.b_start : op.b_end]]
        pos = op.a_end
    assert "".join(rebuilt) + ORIGINAL[pos:] == DRAFT
    # laid out per block in Qt's UTF-16 units: the emoji takes two
    (block,) = redline.draft_blocks
    spans = redline.draft_blocks[block]
    assert spans.text == DRAFT.split("\n")[0]
    starts = [s for s, _e, kind, _ref in spans.ranges if kind == KIND_INSERTED]
    assert starts[0] == DRAFT.index("midday") + 1
    kinds = [r[2] for b in redline.original_blocks.values() for r in b.ranges]
    assert kinds and set(kinds) == {KIND_DELETED}  # "noon." was replaced
    assert redline.mapper is not None
    assert redline.mapper.map_block(1, from_draft=True) == 1


def test_the_original_has_no_redline() -> None:
    request = CheckRequest("original", 1, ORIGINAL, CheckContext(), doc=1)
    outcome = _service().check(request, lambda: False)
    assert isinstance(outcome, CheckOutcome) and outcome.redline is None


def test_messages_are_frozen_and_cross_pickle_whole() -> None:
    request = CheckRequest("draft", 3, DRAFT, CheckContext(), original=ORIGINAL, doc=1)
    outcome = _service().check(request, lambda: False)
    assert isinstance(outcome, CheckOutcome)
    answer = pickle.loads(pickle.dumps(Answer(7, outcome)))
    assert isinstance(answer, Answer) and answer.number == 7
    got = answer.outcome
    assert got is not None and got.redline is not None and outcome.redline is not None
    assert dataclasses.replace(got, redline=None) == dataclasses.replace(outcome, redline=None)
    assert got.redline.ops == outcome.redline.ops
    assert got.redline.draft_blocks == outcome.redline.draft_blocks
    check = pickle.loads(pickle.dumps(Check(8, request)))
    assert check.request == request
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.revision = 4  # type: ignore[misc]


def test_only_the_changed_lines_cross_the_process_boundary() -> None:
    # the checker's loop on a thread, over a real pipe, with the editorial engines
    ours, theirs = Pipe()
    loop = threading.Thread(target=serve, args=(theirs,), daemon=True)
    loop.start()
    ours.send(Start(EngineSettings().switch(harper=False), "en-US", 30))
    assert isinstance(ours.recv(), Ready)
    # the grammar engine warms up in the background: until it is warm a check sends an
    # early result first (a loaded machine takes longer), so wait for it on another pane
    for probe in range(100, 400):
        ours.send(Check(probe, CheckRequest("original", probe, "The mayor spoke.", CheckContext())))
        replies = [ours.recv()]
        while isinstance(replies[-1], PartialAnswer | ProgressAnswer):
            replies.append(ours.recv())
        if not any(isinstance(r, PartialAnswer) for r in replies):
            break  # no early result: every engine is warm
        time.sleep(0.05)
    article = DEMO.read_text(encoding="utf-8")
    text = "\n\n".join([article] * 8)  # about 7,000 words
    paras = text.split("\n")
    k = next(n for n in range(len(paras) // 2, len(paras)) if " the " in paras[n])
    paras[k] = paras[k].replace(" the ", " teh  the ", 1)  # a typo and a double space
    edited = "\n".join(paras)
    answers, crossed = [], []
    for n, draft in enumerate((text, edited), 1):
        ours.send(Check(n, CheckRequest("draft", n, draft, CheckContext(), doc=1)))
        replies = [ours.recv()]
        # a long text's check says how far it got; a large result comes in pieces first
        while isinstance(replies[-1], ProgressAnswer | Piece):
            replies.append(ours.recv())
        answers.append(replies[-1])
        crossed.append(sum(len(pickle.dumps(r)) for r in replies))
        pieces = [r.entries for r in replies if isinstance(r, Piece)]
        answers[-1] = dataclasses.replace(
            replies[-1],
            outcome=dataclasses.replace(
                replies[-1].outcome, change=join(replies[-1].outcome.change, pieces)
            ),
        )
    ours.send(Close())
    loop.join(timeout=30)
    first, second = (a.outcome for a in answers)
    assert isinstance(first.change, LineOutcome)  # the first result goes whole
    assert isinstance(second.change, LineDelta)
    assert list(second.change.changed) == [k]  # then only the edited line
    assert crossed[1] * 20 < crossed[0]
    # the window rebuilds exactly what a fresh check of the edited text gives
    rebuilt = apply_delta(first.change, second.change)
    fresh = CheckService(lambda: build_fast_pipeline(EngineSettings().switch(harper=False)))
    fresh.start_up("en-US")
    want = fresh.check(CheckRequest("draft", 2, edited, CheckContext(), doc=1), lambda: False)
    assert isinstance(want, CheckOutcome)
    assert rebuilt.issues == want.lines.issues and rebuilt.blocks == want.lines.blocks
    assert "double-space" in {i.rule for i in rebuilt.issues[k]}


def test_after_a_long_text_the_checker_gives_free_memory_back_once_idle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long article's check leaves tens of MB free inside malloc: the checker trims
    its heap once the window has sent nothing for a moment (not on every keystroke)."""
    from reviewdesk.service import checker_loop

    trimmed = threading.Event()
    calls: list[bool] = []

    def trim() -> bool:
        calls.append(True)
        trimmed.set()
        return True

    monkeypatch.setattr(checker_loop, "trim_heap", trim)
    monkeypatch.setattr(checker_loop, "TRIM_AFTER_CHARS", 40)  # a long text, in miniature
    monkeypatch.setattr(checker_loop, "TRIM_AFTER_IDLE_S", 0.05)
    ours, theirs = Pipe()
    loop = threading.Thread(target=serve, args=(theirs,), daemon=True)
    loop.start()
    ours.send(Start(EngineSettings().switch(harper=False, grammar=False), "en-US", 30))
    assert isinstance(ours.recv(), Ready)
    long = "The council met at noon and said nothing at all to anyone.\n"
    ours.send(Check(2, CheckRequest("original", 2, long, CheckContext())))
    while not isinstance(ours.recv(), Answer):
        pass
    assert trimmed.wait(30)  # a bounded wait for the pause, not a timing
    ours.send(Close())
    loop.join(timeout=30)
    assert calls == [True]  # once per pause
