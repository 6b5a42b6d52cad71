"""Harper from a cold start, in the checker process alone: when each result goes out.

Each run is a fresh interpreter doing what the checker process does
(``service/checker_entry.py``): Harper's warm-up first, then the imports and the fast
pipeline, then both panes of the demo article checked as the window asks at start. Prints,
from the interpreter's start, when the first early result (the ready engines), Harper's
early result (no spelling rules) and the full result were handed over, with the
process's CPU time at each mark (on a loaded machine the CPU times are the figures that
hold). Asserts nothing.

    .venv/bin/python benchmarks/bench_harper_early.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DEMO, child_result, header

_CHILD = """
import json, os, time
def now():
    return time.monotonic() - started, time.process_time()
started = time.monotonic() - (time.time() - float(os.environ["BENCH_T0"]))
try:  # as checker_entry does (trees before harperfirst have no such step)
    from reviewdesk.service.checker_entry import build_harper_dictionary
    build_harper_dictionary()
except ImportError:
    pass
from reviewdesk.core.engines.harper_engine import HarperChecker
harper = HarperChecker()
harper.start_warm_up("en-US")
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.service.check_service import CheckRequest, CheckService
marks = {}
service = CheckService(lambda: build_fast_pipeline(EngineSettings(), ready={"harper": [harper]}))
service.start_up("en-US")
marks["ready"] = now()
text = open(os.environ["BENCH_FILE"], encoding="utf-8").read()
def partial(outcome):
    marks.setdefault("first", now())
    if "harper" in outcome.waiting_for and any("harper" in i.engines for i in outcome.issues):
        marks.setdefault("harper_early", now())
original = CheckRequest("original", 1, text, CheckContext(), doc=1)
draft = CheckRequest("draft", 1, text, CheckContext(), original=text, doc=1, waiting=(original,))
service.check(draft, lambda: False, partial)
marks["harper_full"] = now()
print("RESULT " + json.dumps(marks))
service.close()
"""


def run_once(python: str) -> dict[str, list[float]]:
    import time

    env = dict(os.environ, BENCH_T0=repr(time.time()), BENCH_FILE=str(DEMO))
    return dict(child_result([python, "-c", _CHILD], env))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable, help="another tree's interpreter")
    args = parser.parse_args()
    header(f"Checker process from a cold start, demo article, both panes ({args.python})")
    runs = [run_once(args.python) for _ in range(args.runs)]
    for mark, what in (
        ("ready", "pipeline built (Ready)"),
        ("first", "first early result (ready engines)"),
        ("harper_early", "Harper's early result (no spelling)"),
        ("harper_full", "full result, Harper's spelling included"),
    ):
        seen = [r[mark] for r in runs if mark in r]
        if not seen:
            print(f"{what:42}: not seen in {args.runs} runs")
            continue
        wall = statistics.median(s[0] for s in seen)
        cpu = statistics.median(s[1] for s in seen)
        print(f"{what:42}: median {wall:6.2f} s wall, {cpu:6.2f} s process CPU (n={len(seen)})")
    print(f"load average: {os.getloadavg()[0]:.1f} (2 cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
