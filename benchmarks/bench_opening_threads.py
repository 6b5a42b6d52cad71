"""Who shares the window's interpreter while a long article opens: CPU per thread.

The UI thread fills the panes while the window's other threads run Python beside it, and
one interpreter (one GIL) serves them all: their CPU is time the UI thread may have to
wait for it. This opens a long text in the real window (offscreen, a fresh library),
waits until the dialect offer is decided and ``--seconds`` have passed, and prints each
thread's CPU over that time: the UI thread's, the library writer's, the check thread's,
and threads that ended meanwhile (the process's CPU less the live threads'). CPU times
hold on a loaded machine where wall-clock ones do not. Asserts nothing.

    .venv/bin/python benchmarks/bench_opening_threads.py [--words 100000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import child_result, header, long_text, window_env


def _thread_cpu() -> dict[int, tuple[str, float]]:
    """Each live thread of this process: (its name, CPU seconds so far)."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[int, tuple[str, float]] = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
            name = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
        except OSError:
            continue  # ended just now
        fields = stat.rsplit(")", 1)[1].split()
        out[int(tid)] = (name, (int(fields[11]) + int(fields[12])) / tick)
    return out


def child(path: str, seconds: float) -> int:
    import threading

    from bench_gui import _build_window, _run_window
    from PySide6.QtCore import QTimer

    app, library, coordinator, window = _build_window()
    marks: dict[str, float] = {}
    before: dict[int, tuple[str, float]] = {}

    def report() -> None:
        if window.dialect_bar.deciding or time.perf_counter() - marks["open"] < seconds:
            QTimer.singleShot(50, report)
            return
        after = _thread_cpu()
        process = time.process_time() - marks["process"]
        names = {t.native_id: t.name for t in threading.enumerate()}
        ui = threading.get_native_id()
        threads: dict[str, float] = {}
        for tid, (name, cpu) in after.items():
            spent = cpu - before.get(tid, (name, 0.0))[1]
            label = "UI thread" if tid == ui else names.get(tid, name)
            if label.startswith("Dummy-"):
                label = name
            threads[label] = threads.get(label, 0.0) + spent
        threads["threads that ended meanwhile"] = max(0.0, process - sum(threads.values()))
        print(
            "RESULT "
            + json.dumps(
                {
                    "threads": threads,
                    "wall": time.perf_counter() - marks["open"],
                    "guessed": marks.get("guessed", 0.0),
                    "offer": window.dialect_bar.isVisible(),
                }
            ),
            flush=True,
        )
        app.quit()

    def open_text() -> None:
        before.update(_thread_cpu())
        marks["process"] = time.process_time()
        marks["open"] = time.perf_counter()
        window.open_file(path)
        QTimer.singleShot(50, report)

    return _run_window(app, library, coordinator, lambda: QTimer.singleShot(100, open_text), 600)


def run_once(path: Path, seconds: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="reviewdesk-bench-") as tmp:
        cmd = [sys.executable, __file__, "--child", str(path), "--seconds", str(seconds)]
        return dict(child_result(cmd, window_env(tmp)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child")
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.seconds)
    header(
        f"The window's threads' CPU while a {args.words // 1000}k-word text opens "
        f"(until the dialect offer is decided, at least {args.seconds:.0f} s)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-article.txt"
        path.write_text(long_text(args.words), encoding="utf-8")
        runs = [run_once(path, args.seconds) for _ in range(args.runs)]
    labels = sorted({k for r in runs for k in r["threads"]})
    for label in labels:
        values = [r["threads"].get(label, 0.0) * 1000 for r in runs]
        if max(values) < 5:
            continue
        shown = ", ".join(f"{v:.0f}" for v in values)
        print(f"  {label:32} median {statistics.median(values):7.0f} ms CPU  ({shown})")
    others = [sum(v for k, v in r["threads"].items() if k != "UI thread") * 1000 for r in runs]
    print(f"  {'every thread but the UI thread':32} median {statistics.median(others):7.0f} ms CPU")
    walls = ", ".join(f"{r['wall']:.1f}" for r in runs)
    print(f"  measured over {walls} s; offer shown: {[r['offer'] for r in runs]}")
    print(f"load average: {os.getloadavg()[0]:.1f} (2 cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
