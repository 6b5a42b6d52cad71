"""Memory levers of the checker process, each paired with a base run (issue 14).

A session in the checker process: the fast pipeline (all engines) checks a 100k-word
en-US article, then a 20k-word en-GB one, then a one-word edit of the first. After each
step (Harper's thread idle) the process's RSS and PSS are read. Each lever is run beside
the base in alternation, in fresh processes, so the machine's load falls on both alike.

  --base-src DIR  run the base from another checkout's src/ (e.g. a git worktree of main)
  --rounds N      pairs of runs (default 1)

Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, long_text, script_result

_BENCH_DIR = str(Path(__file__).resolve().parent)

_SESSION = textwrap.dedent(
    f"""
    import json, os, sys, time
    sys.path.insert(0, {_BENCH_DIR!r})
    from _common import pss_mb, rss_mb
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
    lever = sys.argv[3]
    pipeline = build_fast_pipeline(EngineSettings())
    harper = next(c for c in pipeline.checkers if c.name == "harper")
    if lever == "keep-cache" and hasattr(harper, "forget_after_chars"):
        harper.forget_after_chars = 10**12
    def idle():
        submit = getattr(harper, "_submit", None)
        if submit is not None:
            submit(lambda: None).result()
    steps = {{}}
    def note(name):
        idle()
        steps[name] = (rss_mb()[0], pss_mb())
    pipeline.check("A warm-up text, with an typo by Zbrovnikova.", CheckContext())
    note("warm")
    big = open(sys.argv[1], encoding="utf-8").read()
    t0 = time.process_time()
    pipeline.check(big, CheckContext(language="en-US"))
    cpu = time.process_time() - t0
    note("100k words en-US checked")
    pipeline.check(open(sys.argv[2], encoding="utf-8").read(), CheckContext(language="en-GB"))
    note("then 20k words en-GB")
    words = big.split(" ")
    words[len(words) // 2] = "recieved"
    pipeline.check(" ".join(words), CheckContext(language="en-US"))
    note("then an edit of the first")
    print(json.dumps({{"steps": steps, "peak": rss_mb()[1], "cpu": cpu}}))
    """
)


def _run(big: Path, small: Path, lever: str, src: str | None) -> dict:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("MALLOC_ARENA_MAX", None)
    if lever.startswith("arenas-"):  # glibc's heap arenas capped, as the app's checker has
        env["MALLOC_ARENA_MAX"] = lever.removeprefix("arenas-")
    if src:
        env["PYTHONPATH"] = src
    return dict(script_result(_SESSION, str(big), str(small), lever, env=env))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-src", default=None, help="src/ of the base checkout")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--levers", default="now,keep-cache", help="comma-separated: now, keep-cache, arenas-N"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.txt", Path(tmp) / "small.txt"
        big.write_text(long_text(100_000), encoding="utf-8")
        small.write_text(long_text(20_000, seed=11), encoding="utf-8")
        runs: list[tuple[str, str | None]] = [(lever, None) for lever in args.levers.split(",")]
        if args.base_src:
            runs.insert(0, ("base", args.base_src))
        header("Checker process memory, a session of two articles (RSS / PSS, MB)")
        print(f"load average {os.getloadavg()[0]:.1f}")
        for n in range(args.rounds):
            for lever, src in runs:
                r = _run(big, small, lever, src)
                cells = ", ".join(
                    f"{step} {rss:.0f}/{pss:.0f}" for step, (rss, pss) in r["steps"].items()
                )
                print(
                    f"round {n + 1} {lever:10} {cells}; peak RSS {r['peak']:.0f}; "
                    f"100k check CPU {r['cpu']:.1f} s"
                )
        print("base = the code before the levers (one linter per dialect, cache kept);")
        print("keep-cache = one linter for all dialects, its text cache kept;")
        print("now = one linter, cache dropped and heap trimmed after much new text;")
        print("arenas-N = now, with MALLOC_ARENA_MAX=N (glibc's heap arenas).")


if __name__ == "__main__":
    main()
