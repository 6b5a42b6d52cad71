"""50 kills at random moments: lost typing, orphaned processes, damaged libraries.

Each round starts the real app (``reviewdesk.app.main``, offscreen, through
``tests/gui/drive_app.py``) on the same article and library, lets it type without pause
(a key every 40 ms, never a pause), and kills it with SIGKILL at a random moment between
0 and 10 s after the start: during start-up, while the checker warms up, mid-typing,
mid-save. After each kill it counts:

* **lost edits older than 2 s**: keys typed more than 2 s before the kill that are not in
  the library's draft (the app must lose at most the last moments of typing);
* **orphaned processes**: processes the app started (checker, LanguageTool) still running
  5 s after the kill;
* **corrupt databases**: the library failing ``PRAGMA integrity_check`` or not opening.

All three must be 0. Prints the figures; asserts nothing.

    .venv/bin/python benchmarks/kill_loop.py [--rounds 50] [--seed 2024]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DRIVER = REPO / "tests" / "gui" / "drive_app.py"
sys.path.insert(0, str(DRIVER.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header  # noqa: E402
from drive_app import KEYS  # noqa: E402

TEXT = "The council met on Tuesday.\nMayor Alvarez said the plan was ready.\n"
SAVED_WITHIN_S = 2.0
ORPHAN_AFTER_S = 5.0
KILL_WINDOW_S = (0.0, 10.0)


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found.extend(kids)
            todo.extend(kids)
    return found


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _typed(keys: int) -> str:
    return "".join(KEYS[n % len(KEYS)] for n in range(keys))


def _draft(library: Path) -> str | None:
    """The article's draft, or None if the library does not open or is damaged."""
    if not library.exists():
        return ""
    try:
        conn = sqlite3.connect(library)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return None
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "articles" not in names:
                return ""
            row = conn.execute("SELECT draft FROM articles ORDER BY id LIMIT 1").fetchone()
            return row[0] if row else ""
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def one_round(folder: Path, rng: random.Random, env: dict[str, str]) -> dict[str, object]:
    """Start, type, kill at a random moment; what was lost, left running, damaged."""
    article, library = folder / "council.txt", folder / "lib" / "library.sqlite"
    before = _draft(library)
    base = before or TEXT
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), "type", str(library), str(article)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    typed: list[tuple[float, int]] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            fields = line.split()
            # the kill may cut the last line short: only whole lines count
            if len(fields) == 3 and fields[0] == "TYPED" and line.endswith("\n"):
                typed.append((float(fields[1]), int(fields[2])))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    time.sleep(rng.uniform(*KILL_WINDOW_S))
    children = _descendants(proc.pid)
    killed_at = time.monotonic()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(5)
    time.sleep(ORPHAN_AFTER_S)
    orphans = [pid for pid in children if _running(pid)]
    for pid in orphans:  # leave nothing behind for the next round
        os.kill(pid, signal.SIGKILL)
    after = _draft(library)
    old_enough = max((n for t, n in list(typed) if t <= killed_at - SAVED_WITHIN_S), default=0)
    lost = 0
    if after is not None and old_enough:
        expected = base + _typed(old_enough)
        kept = 0
        while kept < len(expected) and kept < len(after) and after[kept] == expected[kept]:
            kept += 1
        lost = max(0, len(expected) - kept)
    return {
        "typed": typed[-1][1] if typed else 0,
        "old_enough": old_enough,
        "lost": lost,
        "orphans": len(orphans),
        "corrupt": after is None,
    }


def main() -> int:
    """Run the rounds and print the three counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    header(f"{args.rounds} kills (SIGKILL) at random moments of a typing window")
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "council.txt").write_text(TEXT, encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=f"{tmp}/config")
        env.pop("REVIEWDESK_LIBRARY", None)
        rounds = []
        for n in range(args.rounds):
            result = one_round(folder, rng, env)
            rounds.append(result)
            print(
                f"round {n + 1:2}: {result['typed']:4} keys typed, {result['old_enough']:4} "
                f"older than {SAVED_WITHIN_S:g} s, lost {result['lost']}, "
                f"orphans {result['orphans']}, corrupt {result['corrupt']}",
                flush=True,
            )
    lost_rounds = sum(1 for r in rounds if r["lost"])
    print()
    print(
        f"lost edits older than {SAVED_WITHIN_S:g} s: {lost_rounds} rounds "
        f"({sum(int(r['lost']) for r in rounds)} characters)  target 0"
    )
    print(
        f"orphaned processes {ORPHAN_AFTER_S:g} s after the kill: "
        f"{sum(int(r['orphans']) for r in rounds)}  target 0"
    )
    print(f"corrupt databases: {sum(1 for r in rounds if r['corrupt'])}  target 0")
    print(f"rounds killed while typing: {sum(1 for r in rounds if r['typed'])} of {len(rounds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
