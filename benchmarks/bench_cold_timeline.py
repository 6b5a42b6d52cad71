"""Harper's full highlights from a cold start, as a timeline: where the time above its
floor goes (issue 14, target 3).

Each run is ``bench_gui.py``'s cold child (the window on the demo article, offscreen, its
own checker process, the word tables kept from an unmeasured first start), with the probe
of ``_timeline_probe/`` marking Harper's chain in both processes and the parent sampling
every thread's CPU and run-queue wait (``_threads.ThreadClock``, schedstat). Printed per
run, in seconds from the window's process start: the checker launched, its interpreter up,
Harper's dictionary begun and built, the spelling tables built (the warm-up's lint), the
full lint, its findings read, the answer sent, received and shown; then each thread's CPU
and time waiting for a core until Harper's full highlights, and the chain's own CPU (the
dictionary's thread, Harper's thread, the findings read), and how often Harper's two
overlapping lints waited (a lock: a malloc arena both threads share, ltfirst19).
``--floor-runs`` runs Harper's
floor (``_floors.py``'s: a fresh process, the dictionary, then a lint of the demo with its
spelling tables) with the same marks. ``--base-src`` alternates each run with another
tree (``PYTHONPATH``); the child is this tree's either way. Asserts nothing.

    .venv/bin/python benchmarks/bench_cold_timeline.py --runs 3 --base-src ../base/src
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _threads
from _common import DEMO, REPO, header, window_env
from _floors import FLOORS
from _threads import ThreadClock

HERE = Path(__file__).resolve().parent
PROBE = HERE / "_timeline_probe"
# The measured child: "app" (the default) starts the app as ``reviewdesk FILE`` does
# (``_cold_app.py``, what ``bench_gui.py --only cold`` times); "cold" is bench_gui.py's
# old child, which builds the window itself after that script's imports and the engines'
# registry: ~0.05-0.09 s of CPU before the checker's launch that the app does not spend
# (the timelines before cold21 were of that child).
CHILDREN = {
    "app": [str(HERE / "_cold_app.py")],
    "cold": [str(HERE / "bench_gui.py"), "--child", "cold"],
}

# (label, what, thread name's start or None, "W" window / "C" checker / None either)
_MARKS = (
    ("checker launched", "launch<", None, "W"),
    ("dialect told (a checker started first)", "go<", None, "W"),
    ("checker's interpreter up", "interpreter", None, "C"),
    ("dictionary begun", "Linter<", "harper-dictionar", None),
    ("dictionary built", "Linter>", "harper-dictionar", None),
    ("Harper's thread: tables built", "lint>", "harper_0", None),
    ("full lint begun", "full_lint<", None, None),
    ("full lint done", "full_lint>", None, None),
)


def _children_kept() -> None:
    """The sampler finds the checker through ``/proc/PID/task/TID/children``, which may
    miss it in a scan: keep every child once seen, while it lives."""
    known: dict[int, set[int]] = {}
    children = _threads._children

    def kept(pid: int) -> list[int]:
        found = known.setdefault(pid, set())
        found.update(children(pid))
        return [c for c in found if os.path.exists(f"/proc/{c}")]

    _threads._children = kept


def _env(tmp: str, cache: str, probe: str, src: str | None) -> dict[str, str]:
    env = window_env(tmp, PYTHONDONTWRITEBYTECODE="1", BENCH_TIMELINE=probe)
    env["XDG_CACHE_HOME"] = cache
    env["PYTHONPATH"] = os.pathsep.join([str(PROBE), *([src] if src else [])])
    return env


def _read_marks(folder: str) -> list[dict]:
    marks = []
    for file in Path(folder).glob("*.jsonl"):
        marks += [json.loads(line) for line in file.read_text().splitlines()]
    return sorted(marks, key=lambda m: m["t"])


def cold_run(cache: str, src: str | None, child: str = "app") -> dict:
    """One cold start; its marks (seconds from the window's process start) and threads."""
    probe = tempfile.mkdtemp(prefix="bench-timeline-")
    try:
        with tempfile.TemporaryDirectory(prefix="reviewdesk-bench-") as tmp:
            t0 = time.monotonic()
            proc = subprocess.Popen(
                [sys.executable, *CHILDREN[child], str(DEMO)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=REPO,
                env=_env(tmp, cache, probe, src),
            )
            clock = ThreadClock(proc.pid, 0.005)
            clock.start()
            assert proc.stdout is not None
            result, wall = None, 0.0
            for line in proc.stdout:
                if line.startswith("RESULT "):
                    wall = time.monotonic() - t0
                    result = json.loads(line[len("RESULT ") :])
            _, err = proc.communicate()
            clock.stop()
        if result is None:
            raise RuntimeError(f"the cold child gave no result: {err[-800:]}")
        marks = _read_marks(probe)
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    offset = wall - result["full"]  # the child's clock starts after its interpreter
    shown = {k: result[k] + offset for k in ("window", "first_highlight", "harper_early")}
    shown["harper_full"] = result["harper_full"] + offset
    run = {"load": os.getloadavg()[0], "shown": shown, "window_pid": proc.pid}
    run["marks"] = [dict(m, t=m["t"] - t0) for m in marks]
    # every thread's CPU and run-queue wait from its start until Harper's full highlights
    until = t0 + shown["harper_full"]
    spent: dict[tuple[int, int], tuple[float, float]] = {}
    for at, sample in zip(clock.times, clock.samples, strict=True):
        if at > until:
            break
        for key, (ran, waited) in sample.items():
            spent[key] = (ran / 1e9, waited / 1e9)
    # the probe's names first: the sampler may have read a new thread's OS name before
    # the thread set it
    named = {(m["pid"], m["tid"]): m["thread"] for m in marks if m["thread"] != "MainThread"}
    run["threads"] = [
        (
            "W" if pid == proc.pid else "C",
            named.get((pid, tid)) or clock.names.get((pid, tid), "?"),
            ran,
            waited,
        )
        for (pid, tid), (ran, waited) in spent.items()
    ]
    return run


def _find(run: dict, what: str, thread: str | None, side: str | None, after: float = -1.0):
    for m in run["marks"]:
        if m["what"] != what or m["t"] < after:
            continue
        if thread is not None and not m["thread"].startswith(thread):
            continue
        if side is not None and (side == "C") != (m["pid"] != run["window_pid"]):
            continue
        return m
    return None


def chain(run: dict) -> dict[str, float]:
    """The run's marks by label (seconds), and the chain's CPU."""
    out: dict[str, float] = {}
    for label, what, thread, side in _MARKS:
        m = _find(run, what, thread, side)
        if m is not None:
            out[label] = m["t"]
    done = _find(run, "full_lint>", None, None)
    if done is not None:
        read = _find(run, "issues>", "MainThread", "C", done["t"])
        sent = next(
            (
                m
                for m in run["marks"]
                if m["what"] == "send<" and m.get("type") == "Answer" and m["t"] >= done["t"]
            ),
            None,
        )
        got = next(
            (
                m
                for m in run["marks"]
                if m["what"] == "recv" and m.get("type") == "Answer" and m["t"] >= done["t"]
            ),
            None,
        )
        for label, m in (("findings read", read), ("answer sent", sent), ("answer received", got)):
            if m is not None:
                out[label] = m["t"]
        began = _find(run, "issues<", "MainThread", "C", done["t"])
        if read is not None and began is not None:
            out["cpu: findings read"] = read["tcpu"] - began["tcpu"]
        out["cpu: Harper's thread, to the full lint's end"] = done["tcpu"]
        tables = _find(run, "lint>", "harper_0", None)
        if tables is not None:
            out["cpu: Harper's thread, to its tables"] = tables["tcpu"]
    built = _find(run, "Linter>", "harper-dictionar", None)
    if built is not None:
        out["cpu: the dictionary's thread"] = built["tcpu"]
    out.update(_waits(run))
    out["shown: first highlight"] = run["shown"]["first_highlight"]
    out["shown: Harper's early"] = run["shown"]["harper_early"]
    out["shown: Harper's full"] = run["shown"]["harper_full"]
    return out


def _waits(run: dict) -> dict[str, float]:
    """Harper's two lints that overlap (the tables' on Harper's thread, the early pass on
    its own): how often each thread waited (voluntary context switches: a lock, such as
    a malloc arena's), and whether the two threads allocate from one arena (ltfirst19)."""
    out: dict[str, float] = {}
    arenas: dict[str, str] = {}
    for thread in ("harper_0", "harper-early"):
        begun = _find(run, "lint<", thread, "C")
        ended = _find(run, "lint>", thread, "C", begun["t"]) if begun is not None else None
        if begun is not None and ended is not None and begun.get("vcs", -1) >= 0:
            out[f"waits: {thread}'s first lint"] = ended["vcs"] - begun["vcs"]
        heap = begun.get("heap") if begun is not None else None  # its arena as it lints
        if heap is not None:
            arenas[thread] = heap
    if len(arenas) == 2:
        out["waits: one arena for both (1 yes, 0 no)"] = float(len(set(arenas.values())) == 1)
    return out


def _roles(run: dict) -> dict[str, tuple[float, float]]:
    """CPU and wait by thread, the window's others and the checker's small ones summed."""
    roles: dict[str, list[float]] = {}
    for side, name, ran, waited in run["threads"]:
        if side == "W":
            role = "window: UI thread" if name.startswith("python") else "window: other threads"
        elif name.startswith("python"):
            role = "checker: main thread"
        elif name.startswith(("harper-dictiona", "harper_", "harper-early")):
            role = "checker: " + name[:15]
        else:
            role = "checker: other threads"
        total = roles.setdefault(role, [0.0, 0.0])
        total[0] += ran
        total[1] += waited
    return {k: (v[0], v[1]) for k, v in roles.items()}


def print_run(tree: str, run: dict) -> None:
    marks = chain(run)
    print(f"{tree}, load {run['load']:.1f}:")
    for label, value in marks.items():
        if not label.startswith(("cpu", "waits")):
            print(f"  {value:6.3f} s  {label}")
    cpu = [f"{label[5:]} {value:.3f}" for label, value in marks.items() if label.startswith("cpu")]
    print("  chain CPU (s): " + "; ".join(cpu))
    waits = [
        f"{label[7:]} {value:g}" for label, value in marks.items() if label.startswith("waits")
    ]
    if waits:
        print("  waits: " + "; ".join(waits))
    roles = sorted(_roles(run).items(), key=lambda kv: -kv[1][0])
    print(
        "  until Harper's full highlights, CPU / waiting for a core (s): "
        + "; ".join(f"{role} {ran:.3f}/{waited:.3f}" for role, (ran, waited) in roles)
    )


def floor_run() -> dict[str, float]:
    """Harper's floor as ``_floors.py`` runs it, with the marks of the dictionary and
    the lint (its spelling tables): seconds from process start, and thread CPU."""
    code, _ = FLOORS["harper_tables"]
    probe = tempfile.mkdtemp(prefix="bench-timeline-")
    try:
        env = dict(os.environ, BENCH_TIMELINE=probe, PYTHONDONTWRITEBYTECODE="1")
        env["PYTHONPATH"] = str(PROBE)
        t0 = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-c", code, str(DEMO), "tables"],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=env,
            check=True,
        )
        assert "PAINTED" in proc.stdout
        marks = _read_marks(probe)
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    got = {m["what"]: m for m in marks}
    return {
        "dictionary begun": got["Linter<"]["t"] - t0,
        "dictionary built": got["Linter>"]["t"] - t0,
        "tables and lint done": got["lint>"]["t"] - t0,
        "cpu: dictionary": got["Linter>"]["tcpu"] - got["Linter<"]["tcpu"],
        "cpu: tables and lint": got["lint>"]["tcpu"] - got["lint<"]["tcpu"],
        "cpu: process": got["lint>"]["cpu"],
        "load": os.getloadavg()[0],
    }


def _medians(rows: list[dict[str, float]]) -> dict[str, float]:
    keys = [k for k in rows[0] if all(k in r for r in rows)]
    return {k: statistics.median(r[k] for r in rows) for k in keys}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--base-src",
        action="append",
        default=[],
        help="another tree's src, alternated run by run (repeat for more trees: base, base2, ...)",
    )
    parser.add_argument("--floor-runs", type=int, default=3)
    parser.add_argument("--json", help="append every run to this file (JSON lines)")
    parser.add_argument(
        "--child",
        choices=sorted(CHILDREN),
        default="app",
        help="app: the app as `reviewdesk FILE` starts it (default); cold: bench_gui.py's "
        "old child (the timelines before cold21)",
    )
    args = parser.parse_args()
    _children_kept()
    header("Cold start to Harper's full highlights, as a timeline (demo article)")
    trees: list[tuple[str, str | None]] = [("this tree", None)]
    for i, src in enumerate(args.base_src):
        trees.insert(i, (f"base{i + 1 if i else ''}", str(Path(src).resolve())))
    found: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
    floors: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="reviewdesk-bench-cache-") as cache:
        # not measured: keeps the word tables, as a user's
        cold_run(cache, trees[-1][1], args.child)
        for _ in range(args.runs):
            for name, src in trees:
                run = cold_run(cache, src, args.child)
                print_run(name, run)
                found[name].append(chain(run))
                if args.json:
                    with open(args.json, "a", encoding="utf-8") as out:
                        out.write(json.dumps({"tree": name, **run}) + "\n")
            if len(floors) < args.floor_runs:
                floors.append(floor_run())
        while len(floors) < args.floor_runs:
            floors.append(floor_run())
    for name, rows in found.items():
        if rows:
            print(f"medians, {name} (n={len(rows)}):")
            for label, value in _medians(rows).items():
                print(f"  {value:6.3f}{'' if label.startswith('waits') else ' s'}  {label}")
    if floors:
        print(f"Harper's floor, a fresh process (n={len(floors)}), medians:")
        for label, value in _medians(floors).items():
            print(f"  {value:6.3f}{'' if label == 'load' else ' s'}  {label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
