"""A huge text's check goes the paragraphs in view first, and follows the view as it moves.

The window side (the real window and checker process) is in tests/gui/test_gui_huge.py;
here the service's order is seen paragraph by paragraph, with a tiny real checker.
"""

from __future__ import annotations

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.lines import Lines
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service.check_service import CheckOutcome, CheckRequest, CheckService
from reviewdesk.service.focus import FocusBoard
from reviewdesk.service.panes import DRAFT
from reviewdesk.service.priority import PRIORITY_CHARS
from test_core_pipeline import CountingChecker

LINES = 2_000


def _text() -> str:
    size = PRIORITY_CHARS // LINES + 20
    return "\n".join(
        f"{n}. Paragraph {n} says teh council met. ".ljust(size, "x") for n in range(LINES)
    )


def _typo_lines(outcome: CheckOutcome) -> set[int]:
    lines = Lines.of(outcome.text)
    return {lines.line_of(i.start) for i in outcome.issues}


def test_the_view_first_then_where_it_moves_then_the_rest() -> None:
    counter = CountingChecker()
    service = CheckService(lambda: CheckPipeline([counter]))
    service.start_up("en-US")
    text = _text()
    assert len(text) >= PRIORITY_CHARS
    board = FocusBoard()
    board.set(DRAFT, 1000, 1010)
    early: list[set[int]] = []

    def partial(outcome: CheckOutcome) -> None:
        early.append(_typo_lines(outcome))
        board.set(DRAFT, 1800, 1810)  # the editor scrolls on after the first result

    request = CheckRequest(DRAFT, 1, text, CheckContext())
    final = service.check(request, lambda: False, partial, None, board.get)
    assert isinstance(final, CheckOutcome)
    order = [int(p.split(".", 1)[0]) for p in counter.seen]
    assert sorted(order) == list(range(LINES))  # every paragraph once
    assert set(order[:31]) == set(range(990, 1021))  # the view (and a margin) first
    assert order.index(1805) < order.index(1100)  # then where the view moved to
    assert order.index(1999) < order.index(0)  # then on from there, the top last
    assert set(range(1000, 1011)) <= early[0] and 1999 not in early[0]
    assert _typo_lines(final) == set(range(LINES))


def test_a_short_text_is_checked_in_order() -> None:
    counter = CountingChecker()
    service = CheckService(lambda: CheckPipeline([counter]))
    service.start_up("en-US")
    text = "\n".join(f"{n}. teh paragraph" for n in range(50))
    board = FocusBoard()
    board.set(DRAFT, 40, 45)
    service.check(
        CheckRequest(DRAFT, 1, text, CheckContext()), lambda: False, None, None, board.get
    )
    assert [int(p.split(".", 1)[0]) for p in counter.seen] == list(range(50))
