"""``reviewdesk.app.main`` in a real process: start on a file, quit cleanly, survive kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reviewdesk.core.engines.registry import EngineSettings, engine_settings_from
from reviewdesk.store import Library

pytestmark = [pytest.mark.gui, pytest.mark.slow]

TEXT = "The council will mete on Tuesday to discuss the budjet.\nResidents can coment online."

# Drives the app from inside its own event loop: the QApplication is made first, so a
# timer can watch the window that ``main`` builds.
DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication
    from reviewdesk.app import main

    mode, path, library = sys.argv[1], sys.argv[2], sys.argv[3]
    app = QApplication([])
    done = []

    def window():
        for w in QApplication.topLevelWidgets():
            if type(w).__name__ == "MainWindow" and w.isVisible():
                return w
        return None

    def poll():
        w = window()
        if w is None or done:
            return
        s = w.session
        if not (s.is_current("original") and s.is_current("draft")):
            return
        done.append(1)
        if mode == "quit":
            print("ISSUES", len(s.pane("draft").issues), flush=True)
            w.close()
        else:
            cursor = QTextCursor(w.draft.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(" Typed before the crash.")
            print("TYPED", flush=True)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    sys.exit(main([path, "--library", library, *sys.argv[4:]]))
    """
)


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env.pop("REVIEWDESK_LIBRARY", None)
    return env


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_import_has_no_side_effects(tmp_path) -> None:
    code = (
        "import sys\n"
        "from reviewdesk.app import main\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
        "assert not any(m.startswith('reviewdesk.gui') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), check=True, timeout=60)
    assert not (tmp_path / "config").exists()


def test_main_opens_file_and_quits_cleanly(tmp_path) -> None:
    library = tmp_path / "lib" / "library.sqlite"
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, "quit", str(_article(tmp_path)), str(library)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split("ISSUES")[1].split()[0]) > 0
    assert "Traceback" not in result.stderr
    with Library(library) as lib:
        (article,) = lib.list_articles()
        assert article.draft == TEXT
    assert (tmp_path / "config" / "reviewdesk" / "window.ini").exists()


def test_the_checker_warms_up_the_desks_dialect(tmp_path) -> None:
    library = tmp_path / "lib" / "library.sqlite"
    library.parent.mkdir()
    with Library(library) as lib:
        lib.set_setting("default_language", "en-GB")  # a British desk
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, "quit", str(_article(tmp_path)), str(library), "-vv"],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Harper is warm for en-GB" in result.stderr  # not en-US, built again later
    assert "Harper is warm for en-US" not in result.stderr
    with Library(library) as lib:
        (article,) = lib.list_articles()
        assert article.language == "en-GB"


def test_kill_9_loses_at_most_the_last_two_seconds(tmp_path) -> None:
    library = tmp_path / "lib" / "library.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-c", DRIVER, "crash", str(_article(tmp_path)), str(library)],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "TYPED", proc.stderr.read() if proc.stderr else ""
        time.sleep(2.5)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with Library(library) as lib:
        (article,) = lib.list_articles()
        assert article.draft == TEXT + " Typed before the crash."


def test_engine_settings_from_library_values() -> None:
    assert engine_settings_from(None) == EngineSettings()
    assert engine_settings_from({"harper": False, "unknown": 1}) == EngineSettings().switch(
        harper=False
    )


def _run_app_on_display(tmp_path: Path, display: str | None) -> subprocess.CompletedProcess[str]:
    drop = ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")
    env = {k: v for k, v in _env(tmp_path).items() if k not in drop}
    if display is not None:
        env["DISPLAY"] = display
    library = tmp_path / "lib" / "library.sqlite"
    return subprocess.run(
        [sys.executable, "-m", "reviewdesk", "--library", str(library)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X displays are a Linux matter")
def test_a_display_nobody_answers_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    """DISPLAY=:97 with no X server there: Qt would abort with SIGABRT and many lines."""
    assert not Path("/tmp/.X11-unix/X97").exists(), "this test needs :97 to be free"
    proc = _run_app_on_display(tmp_path, ":97")
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot open the display ':97'" in lines[0], proc.stderr
