"""A huge article in the window: the paragraphs in view are checked first.

Before, a huge article's issues came all at once at the end of the check (186 s at
200,000 words), wherever the editor was looking. Now the checker goes through the
paragraphs the draft shows first, then the rest, and sends what it has as it goes; after
scrolling to the middle, the middle's issues arrive before the end's. Order, not time:
this machine's speed says nothing here (timings are in benchmarks/bench_huge.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewdesk.core.lines import Lines
from reviewdesk.service.check_service import CheckOutcome
from reviewdesk.service.panes import DRAFT
from reviewdesk.service.priority import PRIORITY_CHARS

pytestmark = pytest.mark.gui

PARAGRAPH = (
    "The council met on Tuesday to discuss the harbour budget for the coming year, "
    "and the mayor said teh plan was ready for residents to read before the vote."
)


def _lines_with_typos(outcome: CheckOutcome) -> set[int]:
    """The lines on which this result marks the misspelt "teh"."""
    lines = Lines.of(outcome.text)
    return {lines.line_of(i.start) for i in outcome.issues if i.text == "teh"}


@pytest.mark.slow  # more than a second: checks a long generated article
def test_the_paragraphs_in_view_are_checked_before_the_end(
    qtbot, tmp_path: Path, make_window, wait_checked
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    coordinator = window.coordinator  # shared by the session's windows: let go after
    qtbot.waitUntil(lambda: coordinator.is_ready, timeout=60_000)
    count = PRIORITY_CHARS * 11 // 10 // len(PARAGRAPH)
    text = "\n".join(f"{n}. {PARAGRAPH}" for n in range(count))
    assert len(text) >= PRIORITY_CHARS
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    draft = window.session.editor(DRAFT)
    seen: list[set[int]] = []  # per draft result, in order: the lines with "teh" marked
    labels: list[str] = []

    def on_outcome(outcome: CheckOutcome) -> None:
        if outcome.pane == DRAFT:
            seen.append(_lines_with_typos(outcome))

    def on_progress(_fraction: float) -> None:
        labels.append(window.busy_label.text())

    coordinator.outcome_ready.connect(on_outcome)
    coordinator.progress_changed.connect(on_progress)
    try:
        assert window.open_file(path)
        qtbot.waitUntil(lambda: draft.blockCount() == count, timeout=30_000)
        bar = draft.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)  # the editor reads the middle of the article
        view = coordinator.focus.get(DRAFT)
        assert view is not None and count // 3 < view[0] < 2 * count // 3, view
        wait_checked(window, (DRAFT,))
    finally:
        coordinator.outcome_ready.disconnect(on_outcome)
        coordinator.progress_changed.disconnect(on_progress)
    # the middle line of the view: the layout may still move the view by a few lines
    # after the scroll (the checker takes ten lines either side), so the view read
    # here is not exactly the one the checker was told
    in_view = {(view[0] + view[1]) // 2}
    end = {count - 1}
    first_view = next(n for n, lines in enumerate(seen) if in_view <= lines)
    first_end = next(n for n, lines in enumerate(seen) if end <= lines)
    assert first_view < first_end, [len(lines) for lines in seen]
    assert not end & seen[first_view]  # the view's issues came with the end's still to check
    assert in_view | end <= seen[-1]  # and the full result has them all
    assert any(label.startswith("Checking… ") and label.endswith("%") for label in labels)
