"""What it costs that highlights follow the draft's edits (gui.layer_follow), per keystroke.

A 50k-word draft with a mark every few words (as a web page full of debris gives), in a
real QPlainTextEdit with the window's highlighter, offscreen. Times typing a character
mid-paragraph and pressing Enter (every block below moves) with the layers following
the edit, against the same edits with following switched off (what the window did before:
the marks below a new line vanished until the re-check). Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_layer_follow.py
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, long_text, ms, time_edits

TARGET = 0.004  # per keystroke, far under a frame
EDITS = 60


def _window(text: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPlainTextEdit

    from reviewdesk.core.models import Category
    from reviewdesk.gui.highlighter import IssueHighlighter
    from reviewdesk.gui.palette import kind_for
    from reviewdesk.service.docmap import DocMap

    editor = QPlainTextEdit()
    editor.setPlainText(text)
    highlighter = IssueHighlighter(editor.document())
    spans = []
    start = 0
    while (start := text.find(" ", start + 30)) != -1:  # a mark about every 6 words
        spans.append((start - 4, start, kind_for(Category.SPELLING), len(spans)))
    docmap = DocMap(text)
    highlighter.set_layer("issues", docmap.layout(spans))
    highlighter.set_layer("redline", docmap.layout(spans[::3]))
    highlighter.flush()
    return editor, highlighter, len(spans)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    text = long_text(50_000)
    header("Highlights following edits, 50k-word draft")
    results = {}
    for follow in (True, False):
        editor, highlighter, marks = _window(text)
        if not follow:
            editor.document().contentsChange.disconnect(highlighter._follow)
        results[follow] = {
            "char": time_edits(editor, "x", EDITS),
            "enter": time_edits(editor, "\n", EDITS),
            "blocks": editor.document().blockCount(),
            "marks": marks,
        }
        editor.deleteLater()
        app.processEvents()
    on, off = results[True], results[False]
    print(f"{on['blocks']} paragraphs, {on['marks']} marks (issues) and a third as many (redline)")
    for kind, label in (
        ("char", "a character mid-paragraph"),
        ("enter", "Enter (lines below move)"),
    ):
        with_, without = statistics.median(on[kind]), statistics.median(off[kind])
        print(
            f"{label}: median {ms(with_)} following vs {ms(without)} not "
            f"(x{with_ / max(without, 1e-9):.1f}); worst {ms(max(on[kind]))} vs "
            f"{ms(max(off[kind]))}; "
            f"target <= {TARGET * 1000:.0f} ms: {'ok' if with_ <= TARGET else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
