"""The real app's start (``reviewdesk.app.main``, its own process) on the demo article.

What the first paint does not need is imported when first used (issue 14, a sooner
first highlight): print and PDF export, "Use … everywhere", LanguageTool's client and
setup, the names engine's spelling tables, charset detection, the XML parser, the web
page and Markdown importers, the debris engine's patterns. Once the first highlights are
on screen none of them may be loaded; then Ctrl+P, pressed at once, must still bring up
its dialog (made on first use), and the window's menus must hold their actions.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from test_start_imports import LAZY  # tests/ is on the path (its conftest.py)

pytestmark = [pytest.mark.gui, pytest.mark.slow]

DRIVER = textwrap.dedent(
    """
    import json, linecache, sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog
    from reviewdesk.app import main

    path, library, lazy = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    app = QApplication([])
    state = {}

    def window():
        for w in QApplication.topLevelWidgets():
            if type(w).__name__ == "MainWindow" and w.isVisible():
                return w
        return None

    def loaded():
        return sorted(
            m for m in sys.modules if any(m == p or m.startswith(p + ".") for p in lazy)
        )

    def dialog():
        for w in QApplication.topLevelWidgets():
            if type(w).__name__ == "PrintDialog" and w.isVisible():
                return w
        return None

    def poll():
        w = window()
        if w is None:
            return
        if "highlighted" not in state:
            if not w.session.pane("draft").issues:
                return
            state["highlighted"] = loaded()
            # the window's modules whose source PySide6 read to see if they use it
            # (the two read before app.main makes that cheap aside)
            before = ("/reviewdesk/gui/__init__.py", "/reviewdesk/gui/pyside_feature.py")
            state["sources_read"] = sorted(
                f for f in linecache.cache if "/reviewdesk/gui/" in f and not f.endswith(before)
            )
            issues = w.session.pane("draft").issues
            state["issues"] = len(issues)
            state["engines"] = list(w.coordinator.engines)  # the checker's, once ready
            state["menus"] = {
                name: len([a for a in menu.actions() if not a.isSeparator()])
                for name, menu in w.menus.items()
            }
            # Ctrl+P at once: the print commands are made on first use (pressed from a
            # timer of its own, so this one goes on polling inside the dialog's exec())
            w.activateWindow()
            state["waits"] = 0
            QTimer.singleShot(
                0,
                lambda: QTest.keyClick(
                    w.draft, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                ),
            )
            return
        found = dialog()
        if found is not None:  # inside the dialog's exec(): say no, then quit
            state["dialog"] = True
            state["after_print"] = loaded()
            found.reject()
            QTimer.singleShot(0, w.close)
            return
        state["waits"] += 1
        if state["waits"] > 1500:  # 30 s without the dialog: give up (the test fails)
            w.close()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    status = main([path, "--library", library])
    print("STATE " + json.dumps(state), flush=True)
    sys.exit(status)
    """
)


def _start(tmp_path: Path, demo_path: Path) -> dict[str, object]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env.pop("REVIEWDESK_LIBRARY", None)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            DRIVER,
            str(demo_path),
            str(tmp_path / "library.sqlite"),
            ",".join(LAZY),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("STATE ")]
    assert proc.returncode == 0 and lines, proc.stderr[-2000:]
    state: dict[str, object] = json.loads(lines[-1][len("STATE ") :])
    return state


def test_the_first_highlights_come_without_what_they_do_not_need_and_ctrl_p_works_at_once(
    tmp_path: Path, demo_path: Path
) -> None:
    state = _start(tmp_path, demo_path)
    assert state["highlighted"] == []  # none of them loaded when the first issues show
    assert state["sources_read"] == []  # PySide6 kept no window module's source text
    assert state.get("dialog") is True  # Ctrl+P right after start brought its dialog up
    after = state["after_print"]
    assert isinstance(after, list) and "reviewdesk.gui.print_commands" in after
    menus = state["menus"]
    assert isinstance(menus, dict)
    assert {"file", "edit", "view", "review"} <= set(menus)
    assert all(count > 0 for count in menus.values())


def test_a_second_start_on_the_same_library_highlights_too(
    tmp_path: Path, demo_path: Path
) -> None:
    """The usual start: the library exists and is closed, so the checker is launched with
    the settings read before it opens (``reviewdesk.store.peek``), here Harper off and
    British English chosen in the first run; the article reopens from the library, and
    its issues show, from a checker without Harper."""
    from reviewdesk.core.engines.registry import EngineSettings
    from reviewdesk.desk.settings import DEFAULT_LANGUAGE, ENGINES
    from reviewdesk.store import Library

    first = _start(tmp_path, demo_path)
    assert "harper" in first["engines"]
    library = Library(tmp_path / "library.sqlite")
    try:
        ENGINES.write(library, EngineSettings(switched={"harper": False}))
        DEFAULT_LANGUAGE.write(library, "en-GB")
    finally:
        library.close()
    state = _start(tmp_path, demo_path)
    assert state["highlighted"] == []
    assert state.get("dialog") is True
    engines = state["engines"]
    assert isinstance(engines, list) and engines and "harper" not in engines
    assert state["issues"] > 0
