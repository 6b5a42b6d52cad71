"""The checker service's typed messages and the Redline value, without a process or Qt.

A CheckService runs a real (editorial) pipeline on this thread; messages cross a real
pickle round trip, as they do between the window and the checker process.
"""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service.check_service import CheckService
from reviewdesk.service.layout import KIND_DELETED, KIND_INSERTED
from reviewdesk.service.messages import Answer, Check, CheckOutcome, CheckRequest
from reviewdesk.service.redline import Redline

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
