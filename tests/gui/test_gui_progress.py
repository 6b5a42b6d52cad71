"""A long article in the window: the quick engines' issues come first, and the status
bar shows how far the check has got (it said only "Checking…", and the first issues
came after Harper had gone through everything: minutes for a very long article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewdesk.core.pipeline import CHUNK_CHARS
from reviewdesk.service.check_service import EARLY_RESULT_CHARS
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

PARAGRAPH = (
    "The council met on Tuesday to discuss the harbour budget for the coming year. "
    "Mayor Alvarez said teh plan was ready, and residents can comment online. "
)


@pytest.mark.slow  # more than a second: checks a long generated article
def test_a_long_article_shows_early_issues_and_its_progress(
    qtbot, tmp_path: Path, make_window, wait_checked
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    wait_checked_at_start = window.coordinator  # the shared checker, already warm
    qtbot.waitUntil(lambda: wait_checked_at_start.is_ready, timeout=60_000)
    lines = [f"{n}. {PARAGRAPH}" for n in range(11 * EARLY_RESULT_CHARS // 10 // len(PARAGRAPH))]
    text = "\n".join(lines)
    assert len(text) > max(EARLY_RESULT_CHARS, 2 * CHUNK_CHARS)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    outcomes: list[tuple[str, tuple[str, ...], int]] = []
    progress: list[float] = []
    labels: list[str] = []

    def on_outcome(o) -> None:  # type: ignore[no-untyped-def]
        outcomes.append((o.pane, o.waiting_for, len(o.issues)))

    def on_progress(fraction: float) -> None:
        progress.append(fraction)
        labels.append(window.busy_label.text())

    coordinator = window.coordinator  # shared by the session's windows: let go after
    coordinator.outcome_ready.connect(on_outcome)
    coordinator.progress_changed.connect(on_progress)
    try:
        assert window.open_file(path)
        wait_checked(window, (DRAFT,))
    finally:
        coordinator.outcome_ready.disconnect(on_outcome)
        coordinator.progress_changed.disconnect(on_progress)
    draft = [(waiting, n) for pane, waiting, n in outcomes if pane == DRAFT]
    # early: the quick engines' issues, while Harper (and the grammar engine) still work
    assert "harper" in draft[0][0] and draft[0][1] > 0, draft
    assert draft[-1][0] == ()  # then everything
    assert 1.0 in progress
    draft_progress = progress[: progress.index(1.0) + 1]
    assert len(draft_progress) >= 2 and draft_progress == sorted(draft_progress)
    assert any(label.startswith("Checking… ") and label.endswith("%") for label in labels)
    assert any(i.text == "teh" for i in window.session.pane(DRAFT).issues)
