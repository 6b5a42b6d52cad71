"""Issue 14 target 3 beside its floors, alternated run by run, in CPU as well as wall.

On a shared machine the wall clock of a cold start says little (the same tree's first
highlight took 1.1 to 8.9 s at load 9-16); the CPU a run spends on its way does, and
so do runs alternated in the same minutes. Each round runs, one after the other:

- the app as ``reviewdesk FILE`` starts it on the demo (``_cold_app.py``): seconds from
  the process's start to the window shown, the first highlight and Harper's full
  highlights, and the UI thread's CPU at the checker's launch, the window and the first
  highlight; with ``--base SRC`` another tree's app too (through ``PYTHONPATH``, compiled
  as this one), in alternating order;
- the floors (``_floors.py``): the first highlights' (the real checker started first
  thing, its first result painted in a bare window), Qt's (a bare PySide6 window painting
  the demo) and Harper's (``harper.Linter()``, then a lint of the demo with spelling),
  each with the CPU it spent to its mark.

Prints medians and the load. Asserts nothing.

    .venv/bin/python benchmarks/bench_floors.py [--rounds 5] [--base /tmp/base/src]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DEMO, header
from _floors import floor_run
from bench_gui import gui_available, run_child

APP_MARKS = ("window", "first_highlight", "harper_full")
APP_CPU = ("cpu_launch", "cpu_window", "cpu_first_highlight")


def app_run(cache: str, src: str | None) -> dict[str, float]:
    """One cold start of the app (``src``: another tree's sources), its marks in seconds
    from the process's start (wall) and the UI thread's CPU at them."""
    before = os.environ.get("PYTHONPATH")
    if src is not None:
        os.environ["PYTHONPATH"] = src
    try:
        result, wall = run_child("app", DEMO, cache=cache)
    finally:
        if before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before
    offset = wall - result["full"]  # the child's clock starts after the interpreter's
    out = {k: result[k] + offset for k in APP_MARKS if k in result}
    out.update({k: result[k] for k in APP_CPU if k in result})
    return out


def floor_round() -> dict[str, float]:
    """The three floors once each: wall to the mark and the CPU they print there."""
    out: dict[str, float] = {}
    seen = floor_run("checker_first_paint")
    if seen is not None:
        wall, (launch, window, first) = seen
        out.update(checker_wall=wall, checker_cpu_launch=launch)
        out.update(checker_cpu_window=window, checker_cpu_first=first)
    seen = floor_run("qt_first_paint")
    if seen is not None:
        out.update(qt_wall=seen[0], qt_cpu=seen[1][0])
    seen = floor_run("harper_tables")
    if seen is not None:
        wall, (built, linted) = seen
        out.update(harper_wall=wall, harper_cpu_linter=built, harper_cpu_lint=linted - built)
    return out


def _median(rows: list[dict[str, float]], key: str) -> str:
    seen = [r[key] for r in rows if key in r]
    return f"{statistics.median(seen):6.3f}" if seen else "   —  "


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", help="another tree's src/ to alternate with (PYTHONPATH)")
    args = parser.parse_args()
    reason = gui_available()
    if reason is not None:
        print(f"skipped: {reason}")
        return 0
    trees: list[tuple[str, str | None]] = [("this tree", None)]
    if args.base:
        trees.append(("base", args.base))
    header("Target 3 beside its floors, alternated (seconds from start; CPU in seconds)")
    with tempfile.TemporaryDirectory(prefix="reviewdesk-floors-") as tmp:
        caches = {name: tempfile.mkdtemp(dir=tmp) for name, _ in trees}
        for name, src in trees:  # the grammar tables kept in the cache, as after a first start
            app_run(caches[name], src)
        apps: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
        floors: list[dict[str, float]] = []
        loads = []
        for n in range(args.rounds):
            loads.append(os.getloadavg()[0])
            for name, src in trees if n % 2 == 0 else trees[::-1]:
                apps[name].append(app_run(caches[name], src))
            floors.append(floor_round())
    print(f"{args.rounds} rounds, load {min(loads):.1f}-{max(loads):.1f} (2 cores), medians")
    for name, _ in trees:
        rows = apps[name]
        print(
            f"  app, {name:10}  window {_median(rows, 'window')}  first highlight "
            f"{_median(rows, 'first_highlight')}  Harper full {_median(rows, 'harper_full')}"
            f"   UI-thread CPU: launch {_median(rows, 'cpu_launch')}  window "
            f"{_median(rows, 'cpu_window')}  first highlight {_median(rows, 'cpu_first_highlight')}"
        )
    print(
        f"  floor, first highlights  painted {_median(floors, 'checker_wall')}"
        f"   UI-thread CPU: launch {_median(floors, 'checker_cpu_launch')}  window "
        f"{_median(floors, 'checker_cpu_window')}  first highlight "
        f"{_median(floors, 'checker_cpu_first')}"
    )
    print(
        f"  floor, bare Qt window    painted {_median(floors, 'qt_wall')}"
        f"   UI-thread CPU at the paint {_median(floors, 'qt_cpu')}"
    )
    print(
        f"  floor, Harper            linted  {_median(floors, 'harper_wall')}"
        f"   CPU: Linter() {_median(floors, 'harper_cpu_linter')}  first lint "
        f"{_median(floors, 'harper_cpu_lint')}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
