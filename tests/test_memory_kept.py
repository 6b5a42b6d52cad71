"""What the checker keeps between checks, kept once (issue 14 target 4, memory19).

The checker's record of the results it sent holds the lines the check itself split the
text into, rather than a split of its own (a second copy of every line, per pane); the
per-line records of the names and consistency engines share one empty set rather than
one of their own per paragraph. Each test checks that what is kept still answers the
same: the window rebuilds every result exactly, the names model finds the same.
"""

from __future__ import annotations

from pathlib import Path

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.engines.names.building import build
from reviewdesk.core.frozen import EMPTY, frozen
from reviewdesk.core.lines import Lines
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service.check_service import CheckService
from reviewdesk.service.checker_loop import _Sent
from reviewdesk.service.messages import CheckOutcome, CheckRequest
from reviewdesk.service.outcome import LineOutcome, apply_delta

DEMO = Path(__file__).resolve().parents[1] / "src/reviewdesk/resources/demo/newsroom-demo.txt"


def _service() -> CheckService:
    service = CheckService(lambda: CheckPipeline([MechanicsChecker()]))
    service.start_up("en-US")
    return service


def _edits(text: str) -> list[str]:
    """The article, then typed into: a double space, a paragraph split, one deleted."""
    paras = text.split("\n")
    k = next(n for n in range(len(paras) // 2, len(paras)) if " the " in paras[n])
    typed = [*paras[:k], paras[k].replace(" the ", " the  ", 1), *paras[k + 1 :]]
    split = [*typed[:3], typed[3][:20], typed[3][20:], *typed[4:]]
    deleted = [*split[:6], *split[7:]]
    return [text, "\n".join(typed), "\n".join(split), "\n".join(deleted)]


def test_the_record_of_what_was_sent_keeps_the_checks_own_lines_and_rebuilds_each_result() -> (
    None
):
    service = _service()
    sent = _Sent(service.split_of)
    article = DEMO.read_text(encoding="utf-8")
    original = "".join(list(article))  # equal, another object: as two panes' texts arrive
    shown: dict[str, LineOutcome] = {}
    requests = [CheckRequest("original", 1, original, CheckContext(), doc=1)]
    requests += [
        CheckRequest("draft", n, text, CheckContext(), original=original, doc=1)
        for n, text in enumerate(_edits(article), 2)
    ]
    for request in requests:
        outcome = service.check(request, lambda: False)
        assert isinstance(outcome, CheckOutcome)
        change = sent(outcome).change
        # the window rebuilds exactly the result the check gave
        shown[request.pane] = apply_delta(shown.get(request.pane), change)
        assert shown[request.pane] == outcome.lines
        # ... and the record holds the check's own split, not a copy of it
        kept = sent._last[request.pane][0]
        assert kept is service.split_of(request.pane, request.text)
        assert kept.lines == request.text.split("\n")
    assert "double-space" in {i.rule for found in shown["draft"].issues for i in found}


def test_without_the_checks_lines_a_panes_first_result_shares_the_other_panes_lines() -> None:
    sent = _Sent()
    service = _service()
    article = DEMO.read_text(encoding="utf-8")
    draft = "".join(list(article))
    for pane, text in (("original", article), ("draft", draft)):
        outcome = service.check(CheckRequest(pane, 1, text, CheckContext(), doc=1), lambda: False)
        assert isinstance(outcome, CheckOutcome)
        assert apply_delta(None, sent(outcome).change) == outcome.lines
    first, second = (sent._last[p][0] for p in ("original", "draft"))
    assert second.lines == first.lines
    # the same strings: the second pane's split cost no second copy of the article
    assert all(a is b for a, b in zip(first.lines, second.lines, strict=True))


def test_an_empty_frozen_set_is_the_one_shared_and_a_full_one_is_as_before() -> None:
    assert frozen([]) is EMPTY and frozen(x for x in "") is EMPTY
    assert frozen(["a", "b", "a"]) == frozenset({"a", "b"})


def test_the_names_models_lines_without_trimmed_words_share_one_empty_set() -> None:
    text = "\n\n".join([DEMO.read_text(encoding="utf-8")] * 3)
    model = build(Lines.of(text), {})
    empty = [line for line in model.lines if not line.trim_words]
    assert len(empty) > 10
    assert all(line.trim_words is EMPTY for line in empty)
    assert all(line.readd is EMPTY for line in model.lines if not line.readd)
