"""At a cold start the window shows Harper's grammar highlights before its spelling
tables are built, then the full highlights in their place: nothing twice, nothing lost.

Real Harper on the window's check thread; only its warm-up is held until the early
highlights are on screen (see :mod:`harper_held`), so the early pass is taken every time.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QTimer

from harper_held import TEXT, HeldHarper
from reviewdesk.core.engines.mechanics import MechanicsChecker
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.gui.checking import CheckCoordinator
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.service.check_service import CheckOutcome
from reviewdesk.service.panes import DRAFT, ORIGINAL

CHECK_TIMEOUT_MS = 180_000  # a guard against hanging on a loaded machine, not a measure


def _highlighted(window: MainWindow, pane: str) -> list[str]:
    """The characters under each issue highlight of a pane, as painted (UTF-16 ranges)."""
    out: list[str] = []
    layer = window.session.editor(pane).highlighter.layer("issues")
    for spans in layer.values():
        units = spans.text.encode("utf-16-le")
        for start, end, *_ in spans.ranges:
            out.append(units[2 * start : 2 * end].decode("utf-16-le"))
    return sorted(out)


def _harper_texts(window: MainWindow, pane: str) -> list[str]:
    issues = window.session.pane(pane).issues
    return sorted(TEXT[i.start : i.end] for i in issues if "harper" in i.engines)


def test_early_harper_highlights_are_replaced_by_the_full_ones(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    library,  # type: ignore[no-untyped-def]
    message_boxes,  # type: ignore[no-untyped-def]
) -> None:
    harper = HeldHarper()
    coordinator = CheckCoordinator(
        fast_factory=lambda: CheckPipeline([harper, MechanicsChecker()]),
        slow_factory=lambda: None,
    )
    window = MainWindow(library, coordinator=coordinator)
    window.show()
    early: dict[str, tuple[list[str], list[str]]] = {}  # pane: Harper's issues, highlights
    fallback = QTimer(window)
    fallback.setSingleShot(True)
    fallback.setInterval(30_000)
    fallback.timeout.connect(harper.gate.set)

    arrived: dict[str, CheckOutcome] = {}  # the latest result of each pane not yet shown

    def on_outcome(outcome: CheckOutcome) -> None:
        # the window shows results one per event, a later one for a pane in place of one
        # not yet shown: keep the same account, and look when it says a pane was shown
        arrived[outcome.pane] = outcome

    def on_shown(pane: str) -> None:
        outcome = arrived.pop(pane, None)
        if outcome is None:
            return
        if not early and not fallback.isActive():
            fallback.start()  # without an early pass the test fails, after 30 s, not hangs
        if "harper" in outcome.waiting_for and _harper_texts(window, pane):
            early.setdefault(pane, (_harper_texts(window, pane), _highlighted(window, pane)))
            # let the spelling tables be built (the other pane's early pass is under way)
            harper.gate.set()

    coordinator.outcome_ready.connect(on_outcome)
    window.session.checked.connect(on_shown)
    path = tmp_path / "council.txt"
    path.write_text(TEXT, encoding="utf-8")
    try:
        assert window.open_file(path)
        qtbot.waitUntil(
            lambda: all(window.session.is_current(p) for p in (ORIGINAL, DRAFT)),
            timeout=CHECK_TIMEOUT_MS,
        )
    finally:
        harper.gate.set()
    for pane in (ORIGINAL, DRAFT):
        early_issues, early_marks = early[pane]
        assert "their" in early_issues and "buget" not in early_issues  # grammar, no spelling
        assert "their" in early_marks and "buget" not in early_marks  # painted past the emoji
        full = _harper_texts(window, pane)
        marks = _highlighted(window, pane)
        assert "buget" in full and "buget" in marks  # the spelling came with the full result
        assert set(early_issues) <= set(full)  # nothing lost
        assert Counter(full)["their"] == 1 and Counter(marks)["their"] == 1  # nor doubled
        assert len(marks) == len(window.session.pane(pane).issues)
    window.close()
    coordinator.shutdown()
    assert not coordinator._threads
