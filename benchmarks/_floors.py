"""Floors for the cold start: what the first highlight cannot beat on this machine.

Each floor is a fresh interpreter timed from outside (process start, the same way
``bench_gui.py``'s figures are):

- ``qt_first_paint``: a bare PySide6 window (QMainWindow, two QPlainTextEdits holding the
  demo article) to its first paint: the least any window showing the text needs;
- ``engines_first_result``: our fast engines without Harper (grammar, editorial: the
  checker's early result) imported, built and run over the demo article;
- ``harper_dictionary``: ``import harper`` and the first ``harper.Linter()``;
- ``harper_tables``: that, then a lint of the demo article with the spelling rules
  (its spelling tables, built on the first far word).

:func:`import_times` runs ``python -X importtime`` on the window's imports and returns
the slowest top-level imports, cumulative.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import textwrap
import time

from _common import DEMO, REPO

_QT = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter
    app = QApplication(["floor"])
    text = open(sys.argv[1], encoding="utf-8").read()

    class Pane(QPlainTextEdit):
        def paintEvent(self, event):
            super().paintEvent(event)
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)

    window = QMainWindow()
    split = QSplitter()
    for _ in range(2):
        pane = Pane()
        pane.setPlainText(text)
        split.addWidget(pane)
    window.setCentralWidget(split)
    window.resize(1200, 800)
    window.show()
    app.exec()
    """
)

_ENGINES = textwrap.dedent(
    """
    import sys
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
    pipeline = build_fast_pipeline(EngineSettings().switch(harper=False))
    result = pipeline.check(open(sys.argv[1], encoding="utf-8").read(), CheckContext())
    print("PAINTED", len(result.issues), flush=True)
    """
)

_HARPER = textwrap.dedent(
    """
    import sys
    import harper
    linter = harper.Linter()
    if sys.argv[2] == "tables":
        linter.organized_lints(open(sys.argv[1], encoding="utf-8").read(), language="plaintext")
    print("PAINTED", flush=True)
    """
)

FLOORS = {
    "qt_first_paint": (_QT, "bare PySide6 window, demo text, to first paint"),
    "engines_first_result": (_ENGINES, "our fast engines (no Harper): import, build, check"),
    "harper_dictionary": (_HARPER, "import harper + first harper.Linter() (dictionary)"),
    "harper_tables": (_HARPER, "... + a lint with spelling (its spelling tables)"),
}


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")


def floor(name: str, runs: int = 3) -> list[float]:
    """Seconds from process start to the floor's mark, per run."""
    code, _ = FLOORS[name]
    mode = "tables" if name == "harper_tables" else "dictionary"
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-c", code, str(DEMO), mode],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=REPO,
            env=_env(),
        )
        assert proc.stdout is not None
        seen = None
        for line in proc.stdout:
            if line.startswith("PAINTED") and seen is None:
                seen = time.perf_counter() - t0
        proc.wait()
        if seen is not None:
            out.append(seen)
    return out


def floors(runs: int = 3) -> dict[str, float]:
    """The median of each floor (NaN when a floor never showed)."""
    return {
        name: statistics.median(times) if (times := floor(name, runs)) else float("nan")
        for name in FLOORS
    }


_WINDOW_IMPORTS = (
    "import reviewdesk.app, reviewdesk.gui.main_window, reviewdesk.gui.checking, "
    "reviewdesk.service.check_process, reviewdesk.store"
)
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def import_times(top: int = 12) -> tuple[float, list[tuple[str, float, float]]]:
    """``-X importtime`` of the window's start: (total seconds, the ``top`` slowest
    imports as (module, self seconds, cumulative seconds)) among the first two levels."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", _WINDOW_IMPORTS],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=_env(),
        check=True,
    )
    rows = []
    total = 0.0
    for line in proc.stderr.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        own, cumulative, depth, module = int(m[1]), int(m[2]), len(m[3]) // 2, m[4]
        if depth == 0:
            total += cumulative / 1e6
        if depth <= 1:
            rows.append((module, own / 1e6, cumulative / 1e6))
    rows.sort(key=lambda r: -r[2])
    return total, rows[:top]


def print_beside_floors(figures: dict[str, float], runs: int = 3) -> None:
    """Print each cold-start figure (seconds from process start, medians) beside its
    floor, measured now, and the window's slowest imports."""
    got = floors(runs)
    paint, engines = got["qt_first_paint"], got["engines_first_result"]
    rows = [
        ("window up", figures.get("window"), paint, "bare PySide6 window's first paint"),
        (
            "first highlight",
            figures.get("first"),
            max(paint, engines),
            "the later of that paint and our engines' first result "
            f"({engines:.2f} s: import, build, check, no Harper)",
        ),
        (
            "Harper's early highlights",
            figures.get("harper_early"),
            got["harper_dictionary"],
            "Harper's dictionary (import harper, first Linter())",
        ),
        (
            "Harper's full highlights",
            figures.get("harper_full"),
            got["harper_tables"],
            "the dictionary, then a lint with spelling (its tables)",
        ),
    ]
    print(f"Beside their floors (fresh processes, median of {runs}; seconds from start):")
    for label, figure, under, what in rows:
        shown = f"{figure:5.2f} s" if figure is not None and figure == figure else "  —    "
        print(f"  {label:26} {shown}   floor {under:5.2f} s  ({what})")
    total, slowest = import_times(8)
    print(f"  the window's imports (-X importtime, one run): {total:.2f} s; slowest, cumulative:")
    for module, own, cumulative in slowest:
        print(f"    {module:42} {cumulative:5.2f} s (itself {own:.2f} s)")
