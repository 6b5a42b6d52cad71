"""Saving a 100k-word draft: how long the UI thread is held up by autosave.

Runs the real window offscreen in a child process on a 100k-word article (no engines,
so the figures are the saving's alone), types a key every 50 ms for 12 s, so autosave's
1 s clock saves about ten times, and reports:

* the longest time the UI thread spent in a save (taking the snapshot: the draft's text
  and the notes' positions; the writer thread does the rest);
* the longest gap of a 5 ms heartbeat timer while typing and saving (the stall a user
  would feel), with the write lock held by another program for the middle 4 s, and
* for comparison, what the old way cost on the UI thread: converting offsets (DocMap) and
  writing the draft to SQLite synchronously, per save.

Prints numbers and targets; asserts nothing.

    .venv/bin/python benchmarks/bench_saving.py
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, long_text, ms, verdict

WORDS = 100_000
TYPING_S = 12.0
KEY_MS = 50
HEARTBEAT_MS = 5
STALL_TARGET = 0.050  # the longest UI-thread stall a save may cause
LOCK_FROM_S, LOCK_UNTIL_S = 4.0, 8.0


def child(path: str, library_path: str, saving: bool) -> int:
    """Inside the measured process: open, type, save on autosave's clock (unless not
    ``saving``: the baseline, typing alone); print RESULT."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reviewdesk.core.engines.registry import EngineSettings
    from reviewdesk.gui.checking import CheckCoordinator
    from reviewdesk.gui.main_window import MainWindow
    from reviewdesk.service.docmap import DocMap
    from reviewdesk.store import Library

    app = QApplication(["bench"])
    library = Library(library_path, busy_timeout=1.0)
    none = EngineSettings().switch(
        **{name: False for name in ("harper", "editorial", "names", "languagetool")}
    )
    coordinator = CheckCoordinator(none)
    window = MainWindow(library, none, coordinator=coordinator)
    window.show()
    window.open_file(path)
    keeper = window.session.keeper
    save_times: list[float] = []
    real_save = keeper.save_now

    def timed_save(*, urgent: bool = False) -> None:
        began = time.perf_counter()
        if saving:
            real_save(urgent=urgent)
        save_times.append(time.perf_counter() - began)

    keeper.save_now = timed_save  # type: ignore[method-assign]
    keeper.autosaver._save = timed_save
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    window.draft.setFocus()
    window.draft.moveCursor(QTextCursor.MoveOperation.End)
    lock: list[sqlite3.Connection] = []
    began = time.perf_counter()
    typed = [0]

    def type_one() -> None:
        elapsed = time.perf_counter() - began
        if elapsed >= LOCK_FROM_S and not lock:
            other = sqlite3.connect(library_path)
            other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
            lock.append(other)
        if elapsed >= LOCK_UNTIL_S and lock and lock[0].in_transaction:
            lock[0].rollback()
        if elapsed >= TYPING_S:
            typer.stop()
            heartbeat.stop()
            finish()
            return
        QTest.keyClicks(window.draft, "abcdefghij "[typed[0] % 11])
        typed[0] += 1

    def finish() -> None:
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        saved = window.session.saving.settle(60)
        text = window.draft.toPlainText()
        old: list[float] = []
        for _ in range(5):  # the old way: offsets and the SQLite write on the UI thread
            t0 = time.perf_counter()
            DocMap(text)
            library.save_draft(window.session.article.id, text)
            old.append(time.perf_counter() - t0)
        print(
            "RESULT "
            + json.dumps(
                {
                    "saves": len(save_times),
                    "save_max": max(save_times, default=0.0),
                    "gap_max": max(gaps, default=0.0),
                    "all_saved": saved,
                    "old_max": max(old),
                    "chars": len(text),
                }
            ),
            flush=True,
        )
        window.unsaved_prompt = lambda _p, _m: "discard"
        window.close()
        app.quit()

    typer = QTimer()
    typer.setInterval(KEY_MS)
    typer.timeout.connect(type_one)
    heartbeat.start()
    typer.start()
    app.exec()
    coordinator.shutdown()
    library.close()
    return 0


def main() -> int:
    """Run the child and print the figures."""
    header(f"Autosave of a {WORDS // 1000}k-word draft while typing (a key every {KEY_MS} ms)")
    results = []
    for saving in ("save", "baseline"):
        with tempfile.TemporaryDirectory() as tmp:
            article = Path(tmp) / "long.txt"
            article.write_text(long_text(WORDS), encoding="utf-8")
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=f"{tmp}/config")
            proc = subprocess.run(
                [sys.executable, __file__, "--child", str(article), f"{tmp}/lib.sqlite", saving],
                capture_output=True,
                text=True,
                env=env,
                timeout=600,
            )
        line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(proc.stderr[-2000:])
            return 1
        results.append(json.loads(line[7:]))
    r, base = results
    print(f"draft: {r['chars']:,} characters; {r['saves']} saves in {TYPING_S:g} s of typing")
    print(
        f"longest UI-thread time in a save (snapshot): {ms(r['save_max'])}  "
        f"target ≤ {ms(STALL_TARGET)}  {verdict(r['save_max'] <= STALL_TARGET)}"
    )
    print(
        f"longest heartbeat gap while typing and saving, lock held {LOCK_FROM_S:g}–"
        f"{LOCK_UNTIL_S:g} s: {ms(r['gap_max'])}  target ≤ {ms(STALL_TARGET)}  "
        f"{verdict(r['gap_max'] <= STALL_TARGET)}"
    )
    print(
        f"the same typing without saving (the window's own cost at this size, not the "
        f"saving's): longest gap {ms(base['gap_max'])}"
    )
    print(f"everything saved in the end: {r['all_saved']}")
    print(
        f"the old way (offsets + SQLite write on the UI thread), per save: {ms(r['old_max'])}"
        f"; with the lock held it waited the whole busy timeout (10 s)"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.exit(child(sys.argv[2], sys.argv[3], sys.argv[4] == "save"))
    sys.exit(main())
