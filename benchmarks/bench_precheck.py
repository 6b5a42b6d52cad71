"""The article named at launch, checked ahead by the checker: the window's first request
answered with and without it (issue 14, the first highlights).

Each run starts the real checker process as the app does (``service.spawn``, the
``Start`` message with the settings read before the library opens), waits for its
``Ready``, waits ``--delay`` more (the window still building itself: quietly it is the
later side), then sends the window's first request (the demo's draft, the original
waiting) and times, from that request, the first early result (what the first
highlights are made of), Harper's early result and the full one; and from the process's
start, the same marks (Harper's chain must not get later). The checker's CPU (whole
process, and its main thread, where the check runs) is read from ``/proc`` at each
mark. Runs alternate: told the path at launch, and not. Asserts nothing.

    .venv/bin/python benchmarks/bench_precheck.py [--runs 6] [--delay 0.15]
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import DEMO, header

from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.desk.context import settings_context
from reviewdesk.formats import import_file
from reviewdesk.service.messages import (
    Answer,
    Check,
    CheckRequest,
    Close,
    PartialAnswer,
    Precheck,
    Ready,
    Start,
)
from reviewdesk.service.spawn import spawn_checker
from reviewdesk.store.peek import SettingsPeek

_TICK = os.sysconf("SC_CLK_TCK")


def _cpu(pid: int, tid: int | None = None) -> float:
    """A process's (or one of its threads') CPU time so far, in seconds."""
    where = f"/proc/{pid}/task/{tid}/stat" if tid is not None else f"/proc/{pid}/stat"
    with open(where) as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def run_once(told: bool, delay: float) -> dict[str, tuple[float, float, float]]:
    """Marks: (seconds from the process's start, process CPU, main thread CPU)."""
    peek = SettingsPeek({}, None)
    ctx = settings_context(peek, print, language="en-US", words=peek.words)
    started = time.monotonic()
    spawned = spawn_checker("en-US")
    pid = spawned.proc.pid
    conn = spawned.conn
    marks: dict[str, tuple[float, float, float]] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, (time.monotonic() - started, _cpu(pid), _cpu(pid, pid)))

    precheck = Precheck(str(DEMO), ctx) if told else None
    conn.send(Start(EngineSettings(), "en-US", logging.WARNING, precheck))
    assert isinstance(conn.recv(), Ready)
    mark("ready")
    time.sleep(delay)
    text = import_file(DEMO).text  # as the window reads it
    original = CheckRequest("original", 1, text, ctx, doc=1)
    draft = CheckRequest("draft", 1, text, ctx, original=text, doc=1, waiting=(original,))
    mark("asked")
    conn.send(Check(1, draft))
    partials = 0
    while True:
        reply = conn.recv()
        if isinstance(reply, PartialAnswer):
            partials += 1
            mark("first")
            if "harper" in reply.outcome.engines:
                mark("harper_early")
        elif isinstance(reply, Answer):
            mark("full")
            break
    conn.send(Close())
    spawned.proc.wait(30)
    spawned.lifeline.cut()
    conn.close()
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--delay", type=float, default=0.15, help="ready -> the window asks")
    args = parser.parse_args()
    header(f"The window's first request, {args.delay:.2f} s after Ready, told the path or not")
    runs: dict[bool, list[dict[str, tuple[float, float, float]]]] = {True: [], False: []}
    run_once(False, args.delay)  # compiled, cached: the first run is not counted
    for n in range(args.runs):
        for told in (True, False) if n % 2 == 0 else (False, True):
            runs[told].append(run_once(told, args.delay))
    for told in (False, True):
        print("told the path at launch" if told else "not told (as before)")
        done = runs[told]
        for key, what in (
            ("ready", "Ready"),
            ("first", "first early result (first highlights)"),
            ("harper_early", "Harper's early result"),
            ("full", "full result"),
        ):
            seen = [r for r in done if key in r]
            if not seen:
                print(f"  {what:40}: not seen")
                continue
            wall = statistics.median(r[key][0] for r in seen)
            after = statistics.median(r[key][0] - r["asked"][0] for r in seen)
            cpu = statistics.median(r[key][1] for r in seen)
            main_cpu = statistics.median(r[key][2] for r in seen)
            print(
                f"  {what:40}: {wall:5.2f} s from start, {after:6.3f} s after asking "
                f"(min {min(r[key][0] - r['asked'][0] for r in seen):6.3f}); "
                f"CPU {cpu:5.2f} s, main thread {main_cpu:5.2f} s"
            )
    print(f"load average: {os.getloadavg()[0]:.1f} (2 cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
