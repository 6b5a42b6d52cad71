"""Drive the real app (``reviewdesk.app.main``) in a process of its own, for crash tests.

``python drive_app.py MODE LIBRARY [ARTICLE]``; the QApplication is made first, so timers
here can act on the window that ``main`` builds. Modes:

* ``type``: open ARTICLE and type without pause, a key every 40 ms (faster than anyone
  types, never a pause), printing ``TYPED <monotonic time> <keys so far>`` after each.
  The keys typed are :data:`KEYS`, over and over; the caller kills the process.
* ``hold``: open ARTICLE, print ``READY <read-only 0/1> <status message>``, then type
  ``HELD`` at the end of the draft and save, and wait; a line ``quit`` on standard input
  closes the window, which prints ``CLOSED``.
* ``recover``: start with no file (as after a crash), print ``MESSAGE <status bar>`` and
  ``DRAFT <draft as JSON>``, then quit.
"""

from __future__ import annotations

import json
import sys
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reviewdesk.app import main

KEYS = "the quick brown fox jumps over the lazy dog; "
KEY_INTERVAL_MS = 40


def _window():  # type: ignore[no-untyped-def]
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            return widget
    return None


def run(mode: str, library: str, article: str | None) -> int:
    """Start the app in ``mode`` (see the module's docstring)."""
    app = QApplication([])
    typed = [0]
    stdin_lines: list[str] = []
    state = {"started": False}

    def read_stdin() -> None:
        for line in sys.stdin:
            stdin_lines.append(line.strip())

    threading.Thread(target=read_stdin, daemon=True).start()

    def type_one() -> None:
        w = _window()
        if w is None or w.session.article is None or w.session.loading:
            return  # the article shows, and opening has done what it does next
        if not state["started"]:
            state["started"] = True
            w.draft.setFocus()
            w.draft.moveCursor(QTextCursor.MoveOperation.End)
            print("STARTED", flush=True)
        QTest.keyClicks(w.draft, KEYS[typed[0] % len(KEYS)])
        typed[0] += 1
        print("TYPED", f"{time.monotonic():.3f}", typed[0], flush=True)

    def hold() -> None:
        w = _window()
        if w is None or w.session.article is None or w.session.loading:
            return  # the article shows, and opening has done what it does next
        if not state["started"]:
            state["started"] = True
            message = " ".join(w.statusBar().currentMessage().split())
            print("READY", int(w.session.read_only), message, flush=True)
            w.draft.moveCursor(QTextCursor.MoveOperation.End)
            w.draft.textCursor().insertText(" HELD")  # refused by a read-only window
            w.save_now()
        if "quit" in stdin_lines:
            stdin_lines.clear()
            w.close()
            print("CLOSED", flush=True)
            app.quit()

    def recover() -> None:
        w = _window()
        if w is None or state["started"]:
            return
        state["started"] = True
        message = " ".join(w.statusBar().currentMessage().split())
        print("MESSAGE", message, flush=True)
        draft = w.session.article.draft if w.session.article is not None else None
        print("DRAFT", json.dumps(draft), flush=True)
        w.close()

    action = {"type": type_one, "hold": hold, "recover": recover}[mode]
    timer = QTimer()
    timer.timeout.connect(action)
    timer.start(KEY_INTERVAL_MS)
    return main([*([article] if article else []), "--library", library])


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(run(args[0], args[1], args[2] if len(args) > 2 else None))
