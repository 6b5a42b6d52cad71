"""Hostile files at scale: ≥ 1,000 generated files through ``reviewdesk check`` and
``reviewdesk import``, each a real process with a 60 s limit.

The corpus (``hostile_corpus.py``, fixed seed) is written to a temporary folder. Every
file goes through both commands, two at a time, each with its own throwaway library.
Prints, and must print 0, 0, ≤ 1 GB, 0:

* **crashes**: a Python traceback on stderr, or a process ended by a signal;
* **time-outs**: a run still going after 60 s (it is killed), or, with ``--kill-after``
  raised on a shared machine, a run that took more than 60 s of wall clock; beside them the
  runs that used more than 60 s of CPU (the process's own and its children's), which is
  what a busy machine cannot inflate;
* **peak memory**: the largest resident set of any run (``wait4``'s ``ru_maxrss``);
* **modified inputs**: files whose bytes, size or modification time changed.

Also: check output that is not valid UTF-8 JSON, error messages of more than one line,
and the slowest runs. Asserts nothing.

    .venv/bin/python benchmarks/hostile_files.py [--seed 1120] [--only html,markdown]
        [--jobs 2] [--keep FOLDER] [--kill-after 60]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header
from hostile_corpus import generate

TIMEOUT_S = 60.0
MEMORY_TARGET_MB = 1000.0
COMMANDS = ("check", "import")


@dataclass
class Run:
    """One command on one file."""

    family: str
    path: Path
    command: str
    code: int | None  # None: timed out
    seconds: float
    rss_mb: float
    cpu: float  # user + system seconds of the process and the children it waited for
    stdout: bytes
    stderr: bytes

    @property
    def crashed(self) -> bool:
        return (self.code is not None and self.code < 0) or b"Traceback" in self.stderr

    @property
    def refused(self) -> bool:
        return self.code == 2

    @property
    def error_lines(self) -> int:
        return len([line for line in self.stderr.splitlines() if b": error: " in line])


def fingerprint(path: Path) -> tuple[object, ...]:
    """What must not change: the entry itself and, for a regular file, its bytes."""
    try:
        st = os.lstat(path)
    except OSError:
        return ("missing",)
    if not os.path.isfile(path) or os.path.islink(path):
        return (st.st_mode, st.st_size, st.st_mtime_ns)
    try:
        with open(path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        digest = "unreadable"
    return (st.st_mode, st.st_size, st.st_mtime_ns, digest)


def run_one(
    family: str, path: Path, command: str, work: Path, kill_after: float = TIMEOUT_S
) -> Run:
    """``reviewdesk COMMAND FILE`` with a fresh library; kill after ``kill_after`` s."""
    home = Path(tempfile.mkdtemp(dir=work))
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "c"),
        XDG_DATA_HOME=str(home / "d"),
        XDG_CACHE_HOME=str(home / "k"),
    )
    env.pop("REVIEWDESK_LIBRARY", None)
    out, err = home / "out", home / "err"
    args = [
        sys.executable,
        "-m",
        "reviewdesk",
        "--library",
        str(home / "library.sqlite"),
        command,
        os.fsdecode(path),
    ]
    began = time.monotonic()
    with open(out, "wb") as fo, open(err, "wb") as fe:
        proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe, env=env, start_new_session=True
        )
        code: int | None = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() - began > kill_after:
                os.killpg(proc.pid, signal.SIGKILL)
                _, _, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        rss = usage.ru_maxrss / 1024
        cpu = usage.ru_utime + usage.ru_stime
        proc.returncode = code if code is not None else -9
    seconds = time.monotonic() - began
    if code is not None and seconds > TIMEOUT_S:
        code = None  # finished, but past the limit (``--kill-after`` let it run on)
    result = Run(family, path, command, code, seconds, rss, cpu, out.read_bytes(), err.read_bytes())
    shutil.rmtree(home, ignore_errors=True)
    return result


def bad_json(run: Run) -> bool:
    """Whether ``check`` printed something other than one valid UTF-8 JSON document."""
    if run.command != "check" or run.code not in (0, 1):
        return False
    try:
        json.loads(run.stdout.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return True
    return False


def main() -> int:
    """Generate, run, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1120)
    parser.add_argument("--only", help="comma-separated families (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", help="write the corpus here and keep it")
    parser.add_argument(
        "--kill-after",
        type=float,
        default=TIMEOUT_S,
        help="seconds before a run is killed (raise it on a shared machine to learn each "
        "run's CPU time; a run past 60 s of wall clock still counts as a time-out)",
    )
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="hostile-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = generate(work / "files", args.seed, only)
        files = [(family, path) for family, paths in corpus.items() for path in paths]
        header(f"{len(files)} hostile files × {len(COMMANDS)} commands (seed {args.seed})")
        print(f"load average at the start: {os.getloadavg()[0]:.1f}", flush=True)
        before = {path: fingerprint(path) for _, path in files}
        runs: list[Run] = []
        lock = threading.Lock()
        done = [0]

        def task(item: tuple[str, Path, str]) -> None:
            run = run_one(*item, work, args.kill_after)
            with lock:
                runs.append(run)
                done[0] += 1
                if run.crashed or run.code is None or done[0] % 100 == 0:
                    what = "TIME-OUT" if run.code is None else ("CRASH" if run.crashed else "")
                    print(
                        f"  [{done[0]}/{2 * len(files)}] {what} {run.command} "
                        f"{run.family}/{os.fsdecode(run.path.name)!r} {run.seconds:.1f} s",
                        flush=True,
                    )

        jobs = [(family, path, command) for family, path in files for command in COMMANDS]
        began = time.monotonic()
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            list(pool.map(task, jobs))
        elapsed = time.monotonic() - began
        modified = [path for path in before if fingerprint(path) != before[path]]
    finally:
        if not args.keep:
            for path in work.rglob("*"):  # unreadable files must be readable to delete
                try:
                    if path.is_file() and not path.is_symlink():
                        path.chmod(0o644)
                except OSError:
                    pass
            shutil.rmtree(work, ignore_errors=True)
    crashes = [r for r in runs if r.crashed]
    timeouts = [r for r in runs if r.code is None]
    peak = max(runs, key=lambda r: r.rss_mb)
    print()
    print(f"runs: {len(runs)} in {elapsed / 60:.1f} min")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average at the end (1, 5, 15 min): {load}")
    print(f"crashes (traceback or signal): {len(crashes)}  target 0")
    print(f"time-outs (> {TIMEOUT_S:g} s): {len(timeouts)}  target 0")
    over_cpu = [r for r in runs if r.cpu > TIMEOUT_S]
    print(f"runs over {TIMEOUT_S:g} s of CPU: {len(over_cpu)}  (the machine's load cannot add CPU)")
    print(
        f"peak memory: {peak.rss_mb:.0f} MB ({peak.command} {peak.family}/"
        f"{os.fsdecode(peak.path.name)[:60]!r})  target ≤ {MEMORY_TARGET_MB:.0f} MB"
    )
    print(f"modified inputs: {len(modified)}  target 0")
    print(f"check output not valid UTF-8 JSON: {sum(bad_json(r) for r in runs)}")
    print(f"errors of more than one line: {sum(r.error_lines > 1 for r in runs)}")
    outcome = Counter(
        (r.command, "refused" if r.refused else "done" if r.code in (0, 1) else f"exit {r.code}")
        for r in runs
    )
    print("outcomes: " + ", ".join(f"{c} {o}: {n}" for (c, o), n in sorted(outcome.items())))
    for title, key in (("slowest runs:", "seconds"), ("most CPU:", "cpu")):
        print(title)
        for r in sorted(runs, key=lambda r: -getattr(r, key))[:8]:
            print(
                f"  {r.seconds:5.1f} s ({r.cpu:5.1f} s CPU)  {r.rss_mb:5.0f} MB  {r.command:6} "
                f"exit {r.code}  {r.family}/{os.fsdecode(r.path.name)[:60]!r}"
            )
    for r in (crashes + timeouts)[:20]:
        tail = r.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        print(
            f"  {'TIME-OUT' if r.code is None else 'CRASH'} {r.command} "
            f"{r.family}/{os.fsdecode(r.path.name)[:60]!r}: {tail[0][:160]}"
        )
    for path in modified[:20]:
        print(f"  MODIFIED {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
