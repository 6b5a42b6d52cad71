"""The frozen app (dist/reviewdesk/) beside the venv: size on disk and cold start.

Needs ``make dist`` first (says so and stops otherwise). For each of the two:

* size: the bundle folder (and the .deb, the wheel) against the venv's run-time packages
  (reviewdesk and the distributions it requires, found through importlib.metadata; the
  venv also needs a Python 3.11 on the machine, which the bundle brings along);
* ``reviewdesk --version`` and ``reviewdesk check`` on the demo article: process start to
  exit;
* the window: process start to the first issue highlight (offscreen, a fresh library
  and home each run), timed from outside by the line ``reviewdesk -v`` logs at that
  moment, so both are measured the same way. The first run after a build reads its
  files from disk; the median is over the runs after it.

Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_dist.py [--runs N]
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DEMO, REPO, header, ms, verdict

BUNDLE = REPO / "dist" / "reviewdesk"
FIRST_HIGHLIGHT = "first issues highlighted"
COLD_TARGET = 2.0
TIMEOUT_S = 300.0


def folder_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1e6


def runtime_packages_mb() -> tuple[float, int]:
    """Size of reviewdesk and every distribution it requires (recursively), and how many."""
    seen: set[str] = set()
    todo = ["reviewdesk"]
    total = 0
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        seen.add(key)
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        for file in dist.files or []:
            located = Path(str(dist.locate_file(file)))
            if located.is_file():
                total += located.stat().st_size
        for requirement in dist.requires or []:
            if "extra ==" in requirement:
                continue
            todo.append(re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0])
    return total / 1e6, len(seen)


def _env(home: Path) -> dict[str, str]:
    return dict(
        os.environ,
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        REVIEWDESK_LIBRARY=str(home / "library.sqlite"),
        QT_QPA_PLATFORM="offscreen",
    )


def time_command(command: list[str]) -> float:
    """Wall-clock seconds from start to exit, in a fresh home."""
    with tempfile.TemporaryDirectory(prefix="bench-dist-") as tmp:
        start = time.perf_counter()
        subprocess.run(command, env=_env(Path(tmp)), capture_output=True, timeout=TIMEOUT_S)
        return time.perf_counter() - start


def time_first_highlight(command: list[str]) -> float:
    """Seconds from starting the app on the demo to its first-highlight log line."""
    with tempfile.TemporaryDirectory(prefix="bench-dist-") as tmp:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [*command, "-v", str(DEMO)],
            env=_env(Path(tmp)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        elapsed = float("nan")
        try:
            assert proc.stderr is not None
            for line in proc.stderr:
                if FIRST_HIGHLIGHT in line:
                    elapsed = time.perf_counter() - start
                    break
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
        return elapsed


def describe(label: str, times: list[float]) -> str:
    later = times[1:] or times
    return (
        f"{label:<28} first run {ms(times[0])}   then median {ms(statistics.median(later))}"
        f"  (n={len(later)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=4, help="runs of each (first + rest)")
    args = parser.parse_args()
    frozen = BUNDLE / "reviewdesk"
    if not frozen.is_file():
        print("bench_dist: no frozen app in dist/reviewdesk/: run `make dist` first")
        return 0
    venv = [sys.executable, "-m", "reviewdesk"]

    header("Size on disk")
    deb = sorted((REPO / "dist").glob("reviewdesk_*.deb"))
    wheel = sorted((REPO / "dist").glob("reviewdesk-*.whl"))
    packages_mb, count = runtime_packages_mb()
    print(f"frozen app dist/reviewdesk/      {folder_mb(BUNDLE):8.1f} MB (Python and Qt inside)")
    if deb:
        print(f".deb (gzip)                      {deb[-1].stat().st_size / 1e6:8.1f} MB")
    if wheel:
        print(f"wheel                            {wheel[-1].stat().st_size / 1e6:8.1f} MB")
    label = f"venv: reviewdesk + {count - 1} packages"
    print(f"{label:<32} {packages_mb:8.1f} MB (+ a Python 3.11 on the machine)")

    header("Start to exit: reviewdesk --version, reviewdesk check (demo)")
    for name, command in (("frozen", [str(frozen)]), ("venv", venv)):
        version = [time_command([*command, "--version"]) for _ in range(args.runs)]
        check = [time_command([*command, "check", str(DEMO)]) for _ in range(args.runs)]
        print(describe(f"{name}: --version", version))
        print(describe(f"{name}: check demo", check))

    header("Cold start to first highlight (window, offscreen, demo article)")
    results: dict[str, list[float]] = {}
    for name, command in (("frozen", [str(frozen)]), ("venv", venv)):
        results[name] = [time_first_highlight(command) for _ in range(args.runs)]
        print(describe(f"{name}: first highlight", results[name]))
    frozen_median = statistics.median(results["frozen"][1:] or results["frozen"])
    venv_median = statistics.median(results["venv"][1:] or results["venv"])
    print(f"frozen / venv: {frozen_median / venv_median:.2f}×")
    print(
        f"target ≤ {COLD_TARGET:g} s: frozen {verdict(frozen_median <= COLD_TARGET)}, "
        f"venv {verdict(venv_median <= COLD_TARGET)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
