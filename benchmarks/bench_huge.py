"""A huge article in the window: time to its first issues, and to the issues where the
editor scrolls to (the paragraphs in view are checked first: service/priority.py).

Each size runs the real window (offscreen, its own checker process, a throwaway library)
in a fresh child process. The checker is warm before the article opens, as it is while
the editor picks a file. Measured from the call that opens the article:

The checker has warmed up on a short article first (a cold start is bench_gui.py's).

* **first result**: the first early result for the draft (the paragraphs in view);
* **first issues**: the first result for the draft with issues in it, and whether they
  are in the lines on screen;
* **after scrolling** to three quarters of the article: the time until issues on the
  lines now in view arrive, with the check still going on (progress given).

The import refuses articles over 1,000,000 characters (about 160,000 words:
formats/limits.py); to measure beyond that, the article is stored in the library
directly, as a library written before that limit may hold one. Prints; asserts nothing.

    .venv/bin/python benchmarks/bench_huge.py [--words 100000,200000,1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import child_result, header, long_text, rss_mb, window_env

TIMEOUT_S = 1200.0
SCROLL_TO = 0.75


def child(path: str) -> int:
    """Open the article in ``path`` once the checker is ready; print the figures."""
    from bench_gui import _build_window
    from PySide6.QtCore import QTimer

    from reviewdesk.core.lines import Lines
    from reviewdesk.core.models import Article
    from reviewdesk.service.panes import DRAFT

    text = Path(path).read_text(encoding="utf-8")
    app, library, coordinator, window = _build_window()
    stored = library.add_article(Article(None, "A huge article", text, text))
    lines = Lines.of(text)
    marks: dict[str, float] = {}
    facts: dict[str, object] = {}
    progress = [0.0]
    scrolled: list[tuple[int, int]] = []

    def emit() -> None:
        pid = coordinator.checker_pid
        facts["window_rss"] = rss_mb()[1]
        facts["checker_rss"] = rss_mb(pid)[1] if pid is not None else 0.0
        print("RESULT " + json.dumps({**marks, **facts}), flush=True)
        app.quit()

    def scroll() -> None:
        bar = window.draft.verticalScrollBar()
        bar.setValue(int(bar.maximum() * SCROLL_TO))
        view = coordinator.focus.get(DRAFT)
        if view is None:
            return
        scrolled.append(view)
        marks["scroll"] = time.perf_counter() - marks["t0"]
        facts["progress_at_scroll"] = progress[0]

    def on_outcome(outcome) -> None:  # type: ignore[no-untyped-def]
        if outcome.pane != DRAFT:
            return
        now = time.perf_counter() - marks["t0"]
        marks.setdefault("first_result", now)
        on_lines = {lines.line_of(i.start) for i in outcome.issues}
        if on_lines and "first_issues" not in marks:
            marks["first_issues"] = now
            facts["progress_at_first"] = progress[0]
            view = coordinator.focus.get(DRAFT) or (0, 0)
            facts["first_in_view"] = any(view[0] <= k <= view[1] for k in on_lines)
            QTimer.singleShot(200, scroll)
        if scrolled and "scrolled_issues" not in marks:
            first, last = scrolled[0]
            if any(first <= k <= last for k in on_lines):
                marks["scrolled_issues"] = now - marks["scroll"]
                facts["progress_at_scrolled"] = progress[0]
                facts["done"] = not outcome.waiting_for
                emit()
        if not outcome.waiting_for:
            marks.setdefault("full", now)
            if "scrolled_issues" not in marks:
                emit()

    def on_progress(fraction: float) -> None:
        progress[0] = fraction

    warm = library.add_article(Article(None, "Warm-up", "Teh council met.", "Teh council met."))

    def start() -> None:
        if not coordinator.is_ready:
            QTimer.singleShot(100, start)
            return
        if "warm" not in marks:  # a first short article: every engine warm, as in use
            marks["warm"] = 0.0
            window.open_article(library.get_article(warm.id or 0))
        if not window.session.is_current(DRAFT) or coordinator.busy:
            QTimer.singleShot(100, start)
            return
        coordinator.outcome_ready.connect(on_outcome)
        coordinator.progress_changed.connect(on_progress)
        marks["t0"] = time.perf_counter()
        window.open_article(library.get_article(stored.id or 0))
        marks["opened"] = time.perf_counter() - marks["t0"]
        window.session.when_loaded(
            lambda: marks.setdefault("loaded", time.perf_counter() - marks["t0"])
        )

    QTimer.singleShot(0, start)
    QTimer.singleShot(int(TIMEOUT_S * 1000), app.quit)
    app.exec()
    coordinator.shutdown()
    library.close()
    return 0


def run(words: int) -> dict[str, float]:
    """One size, in a child process with its own library."""
    with tempfile.TemporaryDirectory(prefix="reviewdesk-huge-") as tmp:
        path = Path(tmp) / "huge.txt"
        path.write_text(long_text(words), encoding="utf-8")
        cmd = [sys.executable, __file__, "--child", str(path)]
        return dict(child_result(cmd, window_env(tmp), timeout=TIMEOUT_S + 60))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child")
    parser.add_argument("--words", default="100000,200000,1000000")
    args = parser.parse_args()
    if args.child:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return child(args.child)
    header("A huge article in the window: first issues, the paragraphs in view first")
    with open("/proc/loadavg", encoding="ascii") as fh:
        print(f"load average at start: {fh.read().split()[0]}")
    for words in (int(w) for w in args.words.split(",")):
        r = run(words)
        print(
            f"{words:>9,} words: article shown {r['opened']:.2f} s, "
            f"whole {r.get('loaded', 0):.1f} s; first result "
            f"{r.get('first_result', 0):.1f} s; first issues {r.get('first_issues', 0):.1f} s "
            f"(in view: {r.get('first_in_view')}, check {100 * r.get('progress_at_first', 0):.0f}% "
            f"done); after scrolling to {SCROLL_TO:.0%} at {r.get('scroll', 0):.1f} s, issues "
            f"there {r.get('scrolled_issues', float('nan')):.1f} s later (check "
            f"{100 * r.get('progress_at_scrolled', 0):.0f}% done); peak RSS window "
            f"{r['window_rss']:.0f} MB, checker {r['checker_rss']:.0f} MB",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
