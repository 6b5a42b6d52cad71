"""Harper's two overlapping lints on one malloc arena or on two (ltfirst19, issue 14).

In the checker, Harper's thread builds its spelling tables (the warm-up's lint, ~0.75 s of
CPU) while the early linter lints the article without its spelling rules on a thread of
its own. The checker caps glibc's malloc arenas at two (``service.spawn``) and a thread
takes one, in turn, at its first allocation, so whether the two threads share one
depended on how many threads started between them. Each run is a fresh process with the
checker's cap: the dictionary built on the main thread, then the two threads started
back to back (two arenas) or with one thread between (one arena), each making its linter,
then both lint at once. Printed per run and as medians: each lint's wall clock, its
thread's CPU and its voluntary context switches (waits: the arena's lock), and whether
the two threads did share an arena. Asserts nothing.

    .venv/bin/python benchmarks/bench_harper_arenas.py --runs 8
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DEMO, header

from reviewdesk.service.spawn import CHECKER_MALLOC_ARENAS

CHILD = r"""
import ctypes, json, sys, threading, time
import harper
from reviewdesk.core.engines.harper_engine import _WARM_UP_TEXT
from reviewdesk.core.engines.harper_pieces import spelling_off

libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]


def arena():
    # 0 for the main arena, else its address (NON_MAIN_ARENA in the chunk's size; a
    # thread arena's 64 MB heap starts with it)
    block = libc.malloc(200)
    try:
        if not ctypes.c_size_t.from_address(block - 8).value & 4:
            return 0
        return ctypes.c_void_p.from_address(block & ~((1 << 26) - 1)).value
    finally:
        libc.free(block)


def waits():
    with open("/proc/thread-self/status") as status:
        for line in status:
            if line.startswith("voluntary_ctxt_switches:"):
                return int(line.split()[1])
    return -1


shared, text = sys.argv[1] == "one", open(sys.argv[2], encoding="utf-8").read()
harper.Linter()  # the dictionary, as the checker's dictionary thread builds it first
both = threading.Barrier(2)
out = {}


def lint(name, spelling):
    out[name + " arena"] = arena()
    linter = harper.Linter(harper.Dialect(0))
    if not spelling:
        linter.set_lint_config(spelling_off(linter.get_lint_config()))
    both.wait()
    t, cpu, w = time.monotonic(), time.thread_time(), waits()
    linter.organized_lints(_WARM_UP_TEXT if spelling else text, language="plaintext")
    out[name] = [time.monotonic() - t, time.thread_time() - cpu, waits() - w]


tables = threading.Thread(target=lint, args=("tables", True))
tables.start()
hold = threading.Event()
if shared:  # one thread between: the next one takes the tables thread's arena
    started = threading.Event()
    threading.Thread(target=lambda: (arena(), started.set(), hold.wait()), daemon=True).start()
    started.wait()
early = threading.Thread(target=lint, args=("early", False))
early.start()
tables.join()
early.join()
hold.set()
out["shared"] = out["tables arena"] == out["early arena"]
print(json.dumps(out))
"""


def run(kind: str, text: Path) -> dict:
    env = dict(os.environ, MALLOC_ARENA_MAX=CHECKER_MALLOC_ARENAS, PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(text)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=8, help="runs of each, alternated")
    args = parser.parse_args()
    header("Harper's tables lint beside the early lint: one malloc arena or two (demo)")
    rows: dict[str, list[dict]] = {"two": [], "one": []}
    for i in range(args.runs):
        for kind in ("two", "one") if i % 2 == 0 else ("one", "two"):
            got = run(kind, DEMO)
            rows[kind].append(got)
            print(
                f"{kind} arena{'s' if kind == 'two' else ' '} (shared: {got['shared']!s:5}), "
                f"load {os.getloadavg()[0]:4.1f}: tables {got['tables'][0]:.3f} s, "
                f"CPU {got['tables'][1]:.3f}, {got['tables'][2]} waits; early "
                f"{got['early'][0]:.3f} s, CPU {got['early'][1]:.3f}, {got['early'][2]} waits",
                flush=True,
            )
    for kind, got in rows.items():
        med = [
            statistics.median(r[lint][i] for r in got)
            for lint in ("tables", "early")
            for i in (0, 1, 2)
        ]
        print(
            f"medians, {kind} arena{'s' if kind == 'two' else ''} (n={len(got)}): tables "
            f"{med[0]:.3f} s, CPU {med[1]:.3f}, {med[2]:.0f} waits; early {med[3]:.3f} s, "
            f"CPU {med[4]:.3f}, {med[5]:.0f} waits"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
