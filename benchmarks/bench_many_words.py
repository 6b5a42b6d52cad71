"""Texts of thousands of distinct words no dictionary knows, through ``reviewdesk check``.

Each text holds N distinct unknown words (letters only, letters with digits, or Latin
and Cyrillic letters mixed), one word per paragraph or all in one paragraph; each is
written to a file and checked by a real ``reviewdesk check`` process, with this
worktree's Python or another (``--python``, e.g. the main worktree's venv for the old
figures). Prints the seconds, the peak memory, the issues and how many of the words are
flagged, and the load average before each run. ``--window``: also open each file in the
real window (offscreen, checker process and all: ``bench_gui``'s cold child, this
worktree's Python) and time it until both panes are checked. Asserts nothing.

    .venv/bin/python benchmarks/bench_many_words.py [--sizes 1000,5000,10000]
        [--kinds letters,digits,mixed] [--layout lines,one] [--python PATH] [--window]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header

CYRILLIC = "абвгдежзиклмнопрстуфхцчшщыэюя"


def odd_words(count: int, kind: str, seed: int = 12) -> list[str]:
    """``count`` distinct made-up words of 6-11 characters of the given kind."""
    rng = random.Random(f"{seed}-{kind}")
    words: set[str] = set()
    while len(words) < count:
        length = rng.randint(6, 11)
        if kind == "letters":
            word = "".join(rng.choice(string.ascii_lowercase) for _ in range(length))
        elif kind == "digits":
            word = "".join(rng.choice(string.ascii_lowercase) for _ in range(length - 2))
            word += str(rng.randint(10, 99))
        else:  # Latin and Cyrillic letters in one word
            word = "".join(rng.choice(string.ascii_lowercase + CYRILLIC) for _ in range(length))
        words.add(word.capitalize() if rng.random() < 0.2 else word)
    return sorted(words, key=lambda _: rng.random())


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def check(python: str, path: Path, folder: Path) -> tuple[float, float, float, dict[str, object]]:
    """One ``reviewdesk check`` run with its own library: (seconds, CPU seconds, peak
    RSS in MB, the parsed JSON). On a shared machine the CPU time is the figure to
    compare: the wall clock includes the time other processes ran."""
    env = {
        **os.environ,
        "REVIEWDESK_LIBRARY": str(folder / f"{path.stem}.sqlite"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
    }
    out_path, err_path = folder / "out.json", folder / "err.txt"
    start = time.perf_counter()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(
            [python, "-m", "reviewdesk", "check", str(path)], stdout=out, stderr=err, env=env
        )
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"check failed ({code}): {err_path.read_text()[-500:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, json.loads(out_path.read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000,10000")
    parser.add_argument("--kinds", default="letters,digits,mixed")
    parser.add_argument("--layout", default="lines", help="lines, one or lines,one")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--window", action="store_true", help="time the window too")
    args = parser.parse_args()
    header(f"reviewdesk check with {args.python}")
    with tempfile.TemporaryDirectory(prefix="many-words-") as tmp:
        folder = Path(tmp)
        for layout in args.layout.split(","):
            for kind in args.kinds.split(","):
                for size in (int(s) for s in args.sizes.split(",")):
                    words = odd_words(size, kind)
                    joiner = "\n\n" if layout == "lines" else " "
                    path = folder / f"{kind}-{layout}-{size}.txt"
                    path.write_text(joiner.join(words) + "\n", encoding="utf-8")
                    before = load()
                    seconds, cpu, rss, result = check(args.python, path, folder)
                    issues = result["issues"]
                    assert isinstance(issues, list)
                    flagged = {i["text"] for i in issues if i["category"] == "spelling"}
                    print(
                        f"{kind:8} {layout:5} {size:6,} words: {seconds:6.1f} s "
                        f"(CPU {cpu:5.1f} s), {rss:4.0f} MB, {len(issues):6,} issues, "
                        f"{len(flagged & set(words)):6,} words flagged (load {before})",
                        flush=True,
                    )
                    if args.window:
                        from bench_gui import run_child

                        before = load()
                        shown, _ = run_child("cold", path)
                        print(
                            f"{'':8} {'':5} {'':6} in the window: {shown['full']:6.1f} s to both "
                            f"panes checked (load {before})",
                            flush=True,
                        )


if __name__ == "__main__":
    main()
