"""Floors for the cold start: what the first highlight cannot beat on this machine.

Each floor is a fresh interpreter timed from outside (process start, the same way
``bench_gui.py``'s figures are):

- ``qt_first_paint``: a bare PySide6 window (QMainWindow, two QPlainTextEdits holding the
  demo article) to its first paint: the least any window showing the text needs;
- ``checker_first_paint``: the first highlights' floor: the real checker process
  started first thing (``service.spawn``) and told the demo as the app tells it, a bare
  PySide6 window (two panes) showing the demo and painting the checker's first result
  as highlights; no library, no window modules (the best any design of ours could do);
- ``engines_first_result``: our fast engines without Harper (grammar, editorial: the
  checker's early result) imported, built and run over the demo article;
- ``harper_dictionary``: ``import harper`` and the first ``harper.Linter()``;
- ``harper_tables``: that, then a lint of the demo article with the spelling rules
  (its spelling tables, built on the first far word).

Each prints its CPU at its mark too (:func:`floor_run`; ``bench_floors.py`` reads them).

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
            print("PAINTED", time.thread_time(), flush=True)
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

# The first highlights' floor: the checker process started first thing (only what that
# needs imported: reviewdesk.service.spawn), told the article as the app tells it, the
# rest of its side imported and its first request sent from a thread while the UI thread
# imports PySide6 and shows a bare window (two panes holding the demo); the first early
# result's issues painted there as highlights. No library, no window modules, no menus:
# the best any design of ours could do with this checker on this machine. It prints
# the UI thread's CPU at each mark too (the window painted, the highlights painted).
_CHECKER_PAINT = textwrap.dedent(
    """
    import os, sys, time
    from reviewdesk.service.spawn import spawn_checker
    spawned = spawn_checker("en-US")
    launched = time.thread_time()
    import threading
    path = os.path.abspath(sys.argv[1])
    got = []

    def talk():
        from reviewdesk.core.engines.registry import EngineSettings
        from reviewdesk.desk.context import settings_context
        from reviewdesk.service.check_process import RemoteService
        from reviewdesk.service.messages import CheckRequest, Precheck
        from reviewdesk.store.peek import SettingsPeek
        ctx = settings_context(SettingsPeek({}, None), print, language="en-US",
                               words=frozenset())
        checker = RemoteService(EngineSettings())
        checker.launch("en-US", spawned, Precheck(path, ctx))
        checker.start_up("en-US")
        text = open(path, encoding="utf-8").read()
        original = CheckRequest("original", 1, text, ctx)
        draft = CheckRequest("draft", 1, text, ctx, original=text, waiting=(original,))

        def partial(outcome):
            if outcome.issues and not got:
                got.append(outcome)
                bridge.arrived.emit()

        result = checker.check(draft, lambda: False, partial)
        if result is not None and result.issues:
            partial(result)
        while not done.wait(0.05):
            pass
        checker.close()

    done = threading.Event()
    thread = threading.Thread(target=talk, daemon=True)
    thread.start()
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QSplitter, QTextEdit

    class Bridge(QObject):
        arrived = Signal()

    bridge = Bridge()
    app = QApplication(["floor"])
    text = open(path, encoding="utf-8").read()
    marks = {}

    class Pane(QPlainTextEdit):
        def paintEvent(self, event):
            super().paintEvent(event)
            if "window" not in marks:
                marks["window"] = time.thread_time()
                print("WINDOW", flush=True)
            if self.extraSelections() and "first" not in marks:
                marks["first"] = time.thread_time()
                print("PAINTED", launched, marks["window"], marks["first"], flush=True)
                done.set()
                QTimer.singleShot(0, app.quit)

    def show_issues():
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor("red"))
        for pane in panes:
            chosen = []
            for issue in got[0].issues:
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(pane.document())
                cursor.setPosition(issue.start)
                cursor.setPosition(issue.end, QTextCursor.MoveMode.KeepAnchor)
                sel.cursor, sel.format = cursor, fmt
                chosen.append(sel)
            pane.setExtraSelections(chosen)

    bridge.arrived.connect(show_issues)
    window = QMainWindow()
    split = QSplitter()
    panes = []
    for _ in range(2):
        pane = Pane()
        pane.setPlainText(text)
        split.addWidget(pane)
        panes.append(pane)
    window.setCentralWidget(split)
    window.resize(1200, 800)
    window.show()
    app.exec()
    """
)

_HARPER = textwrap.dedent(
    """
    import sys, time
    import harper
    linter = harper.Linter()
    built = time.process_time()
    if sys.argv[2] == "tables":
        linter.organized_lints(open(sys.argv[1], encoding="utf-8").read(), language="plaintext")
    print("PAINTED", built, time.process_time(), flush=True)
    """
)

FLOORS = {
    "qt_first_paint": (_QT, "bare PySide6 window, demo text, to first paint"),
    "checker_first_paint": (
        _CHECKER_PAINT,
        "the checker started first thing, a bare window painting its first result",
    ),
    "engines_first_result": (_ENGINES, "our fast engines (no Harper): import, build, check"),
    "harper_dictionary": (_HARPER, "import harper + first harper.Linter() (dictionary)"),
    "harper_tables": (_HARPER, "... + a lint with spelling (its spelling tables)"),
}


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")


def floor(name: str, runs: int = 3) -> list[float]:
    """Seconds from process start to the floor's mark, per run."""
    return [seen[0] for _ in range(runs) if (seen := floor_run(name)) is not None]


def floor_run(name: str) -> tuple[float, list[float]] | None:
    """One run of a floor: seconds from process start to its mark, and the CPU figures
    it prints there (the UI thread's for the windows: ``qt_first_paint`` at its paint,
    ``checker_first_paint`` at the checker's launch, the window's paint and the
    highlights'; the process's for Harper's, after ``Linter()`` and after the lint);
    None when the mark never showed."""
    code, _ = FLOORS[name]
    mode = "tables" if name == "harper_tables" else "dictionary"
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
            seen = (time.perf_counter() - t0, [float(x) for x in line.split()[1:]])
    proc.wait()
    return seen


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
            got["checker_first_paint"],
            "the checker started first thing, its first result painted in a bare window "
            f"(the later of that paint and our engines' first result in one process: "
            f"{max(paint, engines):.2f} s)",
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
