"""Opening a long article in the window: what the UI thread holds until the panes are full.

Each run is a fresh window (offscreen, a throwaway library, the checker warmed up first)
that opens a long text the way File > Open does (``start_open``; a tree without it, e.g.
an older one through ``--base-src``, opens in place with ``open_file``), with a 5 ms
heartbeat ``QTimer`` running, until both panes are full and the first check is asked for
(``session.loading`` over, no open under way); with ``--reopen`` the file was opened and
closed before (its article found in the library). Printed per run: the open call itself, the
time to full panes, the longest heartbeat gap meanwhile (wall) and the UI thread's own
CPU in it (on a loaded machine the wall-clock gap is mostly the machine not running the
window), the gaps' 99th percentile, and the heaviest single event the UI thread
dispatched (its own CPU, C++ work included: every event is timed, as ``bench_gui.py``
does with ``BENCH_EVENTS=1``). Runs alternate between this tree and ``--base-src``, so
both see the same load. Asserts nothing.

    .venv/bin/python benchmarks/bench_opening.py [--words N] [--runs 3] [--reopen]
        [--base-src ../main/src]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import child_result, header, long_text, window_env

HEARTBEAT_MS = 5
TAIL_S = 0.3  # watched after the panes are full: the first check's request goes out


def child(path: str) -> int:
    from bench_gui import _build_window, _loaded, _p99, _run_window
    from PySide6.QtCore import QTimer

    app, library, coordinator, window = _build_window()
    beats: list[tuple[float, float]] = []  # (wall, the UI thread's CPU)
    marks: dict[str, float] = {}

    def beat() -> None:
        now = time.perf_counter()
        beats.append((now, time.thread_time()))
        if "called" in marks and "loaded" not in marks and _loaded(window):
            marks["loaded"] = now
        if "loaded" in marks and now - marks["loaded"] >= TAIL_S:
            report()

    def report() -> None:
        heartbeat.stop()
        inside = [b for b in beats if marks["open"] <= b[0] <= marks["loaded"]]
        pairs = list(itertools.pairwise(inside))
        gaps = [b[0] - a[0] for a, b in pairs]
        longest = max(pairs, key=lambda p: p[1][0] - p[0][0])
        events = [e for e in app.event_timer.events if marks["open"] <= e[0] <= marks["loaded"]]
        top = [e for e in events if e[3] == 0]
        heaviest = sorted(top, key=lambda e: -e[2])[:6]
        print(
            "RESULT "
            + json.dumps(
                {
                    "call": marks["called"] - marks["open"],
                    "full": marks["loaded"] - marks["open"],
                    "max_gap": max(gaps, default=0.0),
                    "gap_cpu": longest[1][1] - longest[0][1],
                    "p99": _p99(gaps),
                    "max_event_cpu": max((e[2] for e in top), default=0.0),
                    "heaviest": [
                        (e[0] - marks["open"], e[1] * 1000, e[2] * 1000, e[4]) for e in heaviest
                    ],
                    "words": len(window.draft.toPlainText().split()),
                }
            ),
            flush=True,
        )
        app.quit()

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)

    def open_text() -> None:
        marks["open"] = time.perf_counter()
        getattr(window, "start_open", window.open_file)(path)
        marks["called"] = time.perf_counter()

    def start() -> None:
        if os.environ.get("BENCH_REOPEN") == "1":  # stored before: found in the library
            window.open_file(path)
            while window.session.loading:
                app.processEvents()
            window.session.close_article()
        heartbeat.start()
        QTimer.singleShot(200, open_text)

    return _run_window(app, library, coordinator, start, 120)


def run(path: Path, base_src: str | None, reopen: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="reviewdesk-bench-") as tmp:
        extra = {"BENCH_EVENTS": "1", "PYTHONDONTWRITEBYTECODE": "1"}
        if reopen:
            extra["BENCH_REOPEN"] = "1"
        if base_src:
            extra["PYTHONPATH"] = base_src
        cmd = [sys.executable, __file__, "--child", str(path)]
        return dict(child_result(cmd, window_env(tmp, **extra), timeout=300))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--base-src", help="another tree's src/, run in turn with this one")
    parser.add_argument(
        "--reopen", action="store_true", help="the file is in the library already: reopened"
    )
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    trees = [("this tree", None)] + ([("base", args.base_src)] if args.base_src else [])
    how = "reopening" if args.reopen else "opening"
    size = f"{args.words // 1000}k-word"
    header(f"{how.capitalize()} a {size} text: the UI thread until the panes are full")
    results: dict[str, list[dict]] = {name: [] for name, _src in trees}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-article.txt"
        path.write_text(long_text(args.words), encoding="utf-8")
        for n in range(args.runs):
            for name, src in trees:
                load = os.getloadavg()[0]
                r = run(path, src, args.reopen)
                results[name].append(r)
                print(
                    f"run {n + 1} {name:9}: call {r['call'] * 1000:6.1f} ms, panes full "
                    f"{r['full'] * 1000:7.1f} ms; longest gap {r['max_gap'] * 1000:6.1f} ms "
                    f"(UI CPU {r['gap_cpu'] * 1000:5.1f}), p99 {r['p99'] * 1000:5.1f} ms; "
                    f"heaviest event {r['max_event_cpu'] * 1000:5.1f} ms CPU; load {load:.1f}",
                    flush=True,
                )
                for at, wall, cpu, what in r["heaviest"][:4]:
                    print(f"      at {at:5.2f} s {wall:6.1f} ms ({cpu:5.1f} CPU)  {what}")
    for name, rows in results.items():
        print(
            f"{name}: median call {statistics.median(r['call'] for r in rows) * 1000:.1f} ms, "
            f"heaviest event {statistics.median(r['max_event_cpu'] for r in rows) * 1000:.1f} ms "
            f"CPU, longest gap's UI CPU {statistics.median(r['gap_cpu'] for r in rows) * 1000:.1f}"
            f" ms, longest gap {statistics.median(r['max_gap'] for r in rows) * 1000:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
