"""What the live word count costs per keystroke on a 50k-word draft (gui.word_count).

The count keeps each paragraph's words and recounts only the paragraphs an edit touched;
this times that against counting the whole draft afresh on each keystroke (the simple
way), for a character typed mid-paragraph and for Enter. Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_word_count.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, long_text, ms, time_edits

TARGET = 0.001  # per keystroke: a small part of the 4 ms the whole keystroke may take
EDITS = 60


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from reviewdesk.core.text import word_count
    from reviewdesk.gui.word_count import WordCounter

    app = QApplication.instance() or QApplication([])
    text = long_text(50_000)
    header("Live word count, 50k-word draft")
    results = {}
    for way in ("paragraphs", "afresh", "none"):
        editor = QPlainTextEdit()
        editor.setPlainText(text)
        after = None
        if way == "paragraphs":
            counter = WordCounter(editor.document())
            t = time.perf_counter()
            counter.recount()
            load = time.perf_counter() - t
        elif way == "afresh":
            after = lambda e=editor: word_count(e.toPlainText())  # noqa: E731
        results[way] = {
            "char": time_edits(editor, "x", EDITS, after),
            "enter": time_edits(editor, "\n", EDITS, after),
        }
        if way == "paragraphs":
            assert counter.total == word_count(editor.toPlainText())
        editor.deleteLater()
        app.processEvents()
    print(f"{word_count(text):,} words; counting them all on opening: {ms(load)}")
    for kind, label in (("char", "a character mid-paragraph"), ("enter", "Enter")):
        ours = statistics.median(results["paragraphs"][kind])
        afresh = statistics.median(results["afresh"][kind])
        bare = statistics.median(results["none"][kind])
        extra = max(0.0, ours - bare)
        print(
            f"{label}: the edit alone {ms(bare)}; with the count by paragraph {ms(ours)} "
            f"(+{ms(extra)}); counting afresh {ms(afresh)} (x{afresh / max(ours, 1e-9):.0f}); "
            f"target <= {TARGET * 1000:.0f} ms added: {'ok' if extra <= TARGET else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
