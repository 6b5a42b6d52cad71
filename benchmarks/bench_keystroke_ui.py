"""The UI thread's own work per keystroke while typing in a long draft (issue 14 target 2).

A child window (offscreen, its own checker process, a throwaway library) opens a text of
N words, waits for both panes' results, then types words a letter at a time into the
draft as a user does (a key press to the editor every ``--gap`` ms, a pause after each
word long enough for the debounced re-check, its result and an autosave). The UI thread's
own CPU (``time.thread_time``) over the whole typing, divided by the letters typed, is the
per-keystroke figure: the key press, the highlight layers following the edit, the word
count, the re-check's snapshot, the result's merge into the highlights and the issues
list, the autosave's snapshot. With ``--profile`` the same typing runs under cProfile (the
UI thread only) and the functions with the most own time are listed. Runs alternate with
``--base-src`` (another tree's ``src``) when given.

    .venv/bin/python benchmarks/bench_keystroke_ui.py --sizes 1000,20000,100000
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import child_result, header, long_text, window_env

WORD = "quietly "


def child(path: str, words: int, gap_ms: int, profile: bool) -> int:
    """Open ``path``, type ``words`` words, print the UI thread's CPU per letter."""
    import cProfile
    import pstats

    from bench_gui import _build_window, _run_window, _when_checked
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    app, library, coordinator, window = _build_window()
    marks: dict[str, float] = {}
    prof = cProfile.Profile(time.thread_time) if profile else None  # CPU, not GIL waits
    letters = [c for _ in range(words) for c in WORD]
    state = {"n": 0}

    def finish() -> None:
        if prof is not None:
            prof.disable()
        cpu = time.thread_time() - marks["cpu0"]
        out: dict[str, object] = {
            "letters": len(letters),
            "cpu_per_letter_ms": cpu / len(letters) * 1000,
            "cpu_total_ms": cpu * 1000,
            "wall_s": time.perf_counter() - marks["t0"],
            "blocks": window.draft.document().blockCount(),
        }
        if prof is not None:
            if os.environ.get("BENCH_PROF_OUT"):
                prof.dump_stats(os.environ["BENCH_PROF_OUT"])
            stats = pstats.Stats(prof)
            rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:25]  # type: ignore[attr-defined]
            out["own"] = [
                (
                    f"{Path(k[0]).name}:{k[1]}:{k[2]}",
                    v[1],
                    round(v[2] * 1000, 1),
                    round(v[3] * 1000, 1),
                )
                for k, v in rows
            ]
            rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:40]  # type: ignore[attr-defined]
            out["cum"] = [
                (f"{Path(k[0]).name}:{k[1]}:{k[2]}", v[1], round(v[3] * 1000, 1)) for k, v in rows
            ]
        print("RESULT " + json.dumps(out), flush=True)
        app.quit()

    def press() -> None:
        n = state["n"]
        if n >= len(letters):
            QTimer.singleShot(3000, finish)  # the last re-check, its result, an autosave
            return
        QTest.keyClick(window.draft, letters[n])
        state["n"] = n + 1
        pause = 900 if letters[n] == " " else gap_ms
        QTimer.singleShot(pause, press)

    def start() -> None:
        cursor = window.draft.textCursor()
        block = window.draft.document().findBlockByNumber(window.draft.blockCount() // 2)
        cursor.setPosition(block.position() + block.length() // 2)
        window.draft.setTextCursor(cursor)
        window.draft.setFocus(Qt.FocusReason.OtherFocusReason)
        marks["t0"] = time.perf_counter()
        marks["cpu0"] = time.thread_time()
        if prof is not None:
            prof.enable()
        press()

    def opened() -> None:
        _when_checked(window, lambda: QTimer.singleShot(1500, start))
        window.open_file(path)

    return _run_window(app, library, coordinator, lambda: QTimer.singleShot(100, opened), 600)


def reads(sizes: list[int]) -> None:
    """The draft's text per snapshot, apart from the window: an edit somewhere in the
    draft, then its text as kept (gui.text_mirror) and as read whole (what every snapshot
    cost before); the UI thread's CPU, median of 40."""
    import statistics

    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from reviewdesk.gui.editor import ReviewEditor
    from reviewdesk.gui.text_mirror import read_whole
    from reviewdesk.service.panes import DRAFT

    app = QApplication.instance() or QApplication([])
    for words in sizes:
        editor = ReviewEditor("draft", DRAFT, read_only=False)
        editor.setPlainText(long_text(words))
        doc, mirror = editor.document(), editor.text_mirror
        mirror.text()
        whole, kept, edit = [], [], []
        for n in range(40):
            cursor = QTextCursor(doc.findBlockByNumber((n * 7919) % doc.blockCount()))
            t = time.thread_time()
            cursor.insertText("x")
            edit.append(time.thread_time() - t)
            t = time.thread_time()
            text = mirror.text()
            kept.append(time.thread_time() - t)
            t = time.thread_time()
            again = read_whole(doc)
            whole.append(time.thread_time() - t)
            assert text == again
        print(
            f"{words:>7,} words, {doc.blockCount():,} blocks: read whole "
            f"{statistics.median(whole) * 1000:.2f} ms, kept text "
            f"{statistics.median(kept) * 1000:.3f} ms, the edit itself "
            f"{statistics.median(edit) * 1000:.3f} ms; load {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        editor.deleteLater()
        app.processEvents()


def run(words: int, src: str | None, args: argparse.Namespace, profile: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as tmp:
        path = Path(tmp) / f"article-{words}.txt"
        path.write_text(long_text(words), encoding="utf-8")
        env = window_env(tmp)
        if src:
            env["PYTHONPATH"] = src
        cmd = [sys.executable, __file__, "--child", str(path), "--words", str(args.words)]
        cmd += ["--gap", str(args.gap)] + (["--profile"] if profile else [])
        return dict(child_result(cmd, env, timeout=900))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child")
    parser.add_argument("--sizes", default="1000,20000,100000")
    parser.add_argument("--words", type=int, default=4, help="words typed")
    parser.add_argument("--gap", type=int, default=110, help="ms between letters")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--base-src", help="another tree's src, run alternately")
    parser.add_argument("--reads", action="store_true", help="the draft's text per snapshot")
    args = parser.parse_args()
    if args.child or args.reads:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        return child(args.child, args.words, args.gap, args.profile)
    if args.reads:
        header("The draft's text per snapshot: kept edit by edit, or read whole")
        reads([int(s) for s in args.sizes.split(",")])
        return 0
    header("The UI thread's own CPU per keystroke, typing in the draft")
    trees = [("this tree", None)] + ([("base", args.base_src)] if args.base_src else [])
    for words in (int(s) for s in args.sizes.split(",")):
        for _ in range(args.runs):
            for name, src in trees:
                load = os.getloadavg()[0]
                r = run(words, src, args, args.profile)
                print(
                    f"{words:>7,} words, {name}: {r['cpu_per_letter_ms']:.2f} ms of UI-thread CPU "
                    f"per letter ({r['letters']} letters, {r['cpu_total_ms']:.0f} ms in all, "
                    f"{r['blocks']} blocks; load {load:.2f})",
                    flush=True,
                )
                for row in r.get("own", []):
                    print("   own", row)
                for row in r.get("cum", []):
                    print("   cum", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
