"""A Word story's structure in the window: how long it takes to appear, and whether the
window stays responsive while it does (issue 10).

Run: ``python benchmarks/bench_word_window.py [--pages N]``. Builds a formatted report of
about 50k words (headings, bold and italic runs, bulleted lists, a table per section: the
50-page report of bench_word.py, longer), opens it in the real window (offscreen, in this
process, checking switched off so only the structure's work is measured), and prints:

- the time from the window having the text to the structure shown in both panes (laid
  out in steps on the UI thread) and to every paragraph drawn (in slices of the event
  loop);
- the UI thread's share of that work: its longest single piece, and the longest gap of a
  5 ms heartbeat ``QTimer`` from then until every paragraph is drawn (target <= 50 ms);
- one keystroke in the middle of the draft: the structure layer following the edit;
- the same after reopening the article with its draft 30 edits away (diffed in steps).

The same figures for the same text opened as plain text (no structure) are printed
beside them, so the structure's own cost can be told from Qt's.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "tests"))

STALL_TARGET = 0.050
EDITS = 30
WATCH_S = 2.0  # the heartbeat runs at least this long after the file is open
HEARTBEAT_MS = 5


def _window(tmp: Path):  # type: ignore[no-untyped-def]
    os.environ["REVIEWDESK_LIBRARY"] = str(tmp / "library.sqlite")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reviewdesk.gui.main_window import MainWindow
    from reviewdesk.store import Library

    app = QApplication.instance() or QApplication(["bench-word-window"])
    library = Library(tmp / "library.sqlite")
    settings = QSettings(str(tmp / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings=settings)
    window.session.recheck = lambda: None  # type: ignore[method-assign]  # structure only
    window.session.check_draft = lambda: None  # type: ignore[method-assign]
    window.resize(1400, 860)
    window.show()
    gc.freeze()  # as reviewdesk.app.main does once the window is built
    return app, library, window


def _edited(text: str, edits: int) -> str:
    """``text`` with ``edits`` words changed, spread over it."""
    words = text.split(" ")
    step = max(1, len(words) // (edits + 1))
    for n in range(1, edits + 1):
        words[n * step] += "s"
    return " ".join(words)


def measure(path: Path, tmp: Path, edits: int = 0) -> dict[str, float]:
    """Open ``path`` (with ``edits``: as a draft that many edits away from it, reopened
    from the library); time the structure's appearance and the UI thread's gaps."""
    from PySide6.QtCore import QTimer

    from reviewdesk.gui.article_structure import ArticleStructure

    app, library, window = _window(tmp)
    pieces: list[float] = []
    # the structure's own work on the UI thread: layout steps, and showing a layout
    originals = {name: getattr(ArticleStructure, name) for name in ("_step", "_on_laid_out")}

    def timed(method):  # type: ignore[no-untyped-def]
        def run(self, *args):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            method(self, *args)
            pieces.append(time.perf_counter() - started)

        return run

    for name, method in originals.items():
        setattr(ArticleStructure, name, timed(method))
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    try:
        open_gap = float("nan")
        if not edits and hasattr(window, "start_open"):
            # as File > Open does: read off the UI thread, stored, then shown; the
            # heartbeat runs from the call until the article is shown
            heartbeat.start()
            beats.append(time.perf_counter())
            window.start_open(path)
            while window.files.busy_opening and time.perf_counter() - beats[0] < 120:
                app.processEvents()
            heartbeat.stop()
            open_gap = max((b - a for a, b in itertools.pairwise(beats)), default=0.0)
            beats.clear()
        else:
            window.open_file(path)
        if edits:
            article = window.session.article
            window.session.close_article()
            library.save_draft(article.id, _edited(article.original, edits))
            window.open_article(library.get_article(article.id))
        opened = time.perf_counter()
        heartbeat.start()
        beats.append(opened)
        highlighters = [window.original.highlighter, window.draft.highlighter]
        loaded = drawn = 0.0
        # at least WATCH_S, so the plain text's figures cover Qt's own first drawing too
        while time.perf_counter() - opened < 120:
            app.processEvents()
            now = time.perf_counter()
            # a long article fills the panes in slices first; its structure comes after
            if not loaded and not window.session.loading and not window.structure.busy:
                loaded = now
            if loaded and not drawn and all(h.pending == 0 for h in highlighters):
                drawn = now
            if drawn and now - opened >= WATCH_S:
                break
        heartbeat.stop()
        gaps = [(b - a, a - opened) for a, b in itertools.pairwise(beats)]
        worst = max(gaps, default=(0.0, 0.0))
        # one keystroke in the middle of the draft, the layers following it
        cursor = window.draft.textCursor()
        cursor.setPosition(window.draft.document().characterCount() // 2)
        window.draft.setTextCursor(cursor)
        keys = []
        for _ in range(21):
            started = time.perf_counter()
            cursor.insertText("x")
            keys.append(time.perf_counter() - started)
        words = len(window.draft.toPlainText().split())
    finally:
        for name, method in originals.items():
            setattr(ArticleStructure, name, method)
        window.close()
        library.close()
    return {
        "words": words,
        "loaded": loaded - opened if loaded else float("nan"),
        "drawn": drawn - opened if drawn else float("nan"),
        "piece": max(pieces, default=0.0),
        "gap": worst[0],
        "gap_at": worst[1],
        "key": statistics.median(keys),
        "open_gap": open_gap,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=150, help="about 330 words a page")
    args = parser.parse_args()
    from bench_word import report

    from reviewdesk.formats import import_file

    with tempfile.TemporaryDirectory(prefix="bench-word-window-") as folder:
        tmp = Path(folder)
        docx = tmp / "report.docx"
        docx.write_bytes(report(args.pages))
        doc = import_file(docx)
        plain = tmp / "report.txt"
        plain.write_text(doc.text, encoding="utf-8")
        spans = len(doc.structure.spans)
        (tmp / "a").mkdir()
        (tmp / "b").mkdir()
        (tmp / "c").mkdir()
        word = measure(docx, tmp / "a")
        edited = measure(docx, tmp / "c", EDITS)
        text = measure(plain, tmp / "b")
    print(f"Word report: {word['words']:.0f} words, {spans} structure spans")
    print(
        f"  structure shown in both panes {word['loaded'] * 1000:.0f} ms after the text, "
        f"every paragraph drawn after {word['drawn'] * 1000:.0f} ms"
    )
    print(
        f"  UI thread: longest piece of the structure's own work (a layout step, showing "
        f"a layout) {word['piece'] * 1000:.1f} ms; "
        f"longest heartbeat gap {word['gap'] * 1000:.1f} ms at {word['gap_at'] * 1000:.0f} ms "
        f"(target <= {STALL_TARGET * 1000:.0f} ms) "
        f"{'OK' if word['gap'] <= STALL_TARGET else 'MISSED'}"
    )
    print(
        f"  opening it as File > Open does (read off the UI thread, stored, shown): longest "
        f"heartbeat gap {word['open_gap'] * 1000:.1f} ms (plain text "
        f"{text['open_gap'] * 1000:.1f} ms)"
    )
    print(f"  keystroke mid-draft (layers following): median {word['key'] * 1000:.2f} ms")
    print(
        f"Reopened with {EDITS} edits in the draft (diffed in steps too): structure "
        f"shown after {edited['loaded'] * 1000:.0f} ms, longest heartbeat gap "
        f"{edited['gap'] * 1000:.1f} ms at {edited['gap_at'] * 1000:.0f} ms"
    )
    print(
        f"Same text as plain text (no structure): longest heartbeat gap "
        f"{text['gap'] * 1000:.1f} ms at {text['gap_at'] * 1000:.0f} ms, "
        f"keystroke median {text['key'] * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
