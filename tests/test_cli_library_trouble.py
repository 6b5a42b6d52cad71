"""The command line when the library is in trouble: a full disk, a busy lock, a library
of 0 bytes. Real processes, real files (a real tmpfs for the full disk). ``reviewdesk
import`` in a loop beside a typing window is in ``tests/gui/test_gui_crash.py``.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from full_disk import small_disk
from reviewdesk.store import Library
from test_cli import assert_one_line_error, run_cli

pytestmark = pytest.mark.slow  # real processes

TEXT = "The mayor said teh council will discuss the budjet on Tuesday.\n"


def _article(folder: Path, name: str = "a.txt", text: str = TEXT) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_full_disk_says_disk_is_full_and_check_still_works(tmp_path: Path) -> None:
    """Old code: every command, even a read-only check, said "disk error"."""
    with small_disk(tmp_path / "disk") as disk:
        if not disk.real:
            pytest.skip("needs a real full disk (mounting a tmpfs is not permitted here)")
        library = disk.folder / "library.sqlite"
        with Library(library) as lib:
            lib.add_word("budjet", "user")  # the desk's dictionary, to see it is read
        before = library.read_bytes()
        disk.fill()
        article = _article(tmp_path)
        line = assert_one_line_error(run_cli("--library", str(library), "import", str(article)))
        assert "the disk is full" in line and "disk error" not in line
        checked = run_cli("--library", str(library), "check", str(article))
        assert checked.returncode == 1, checked.stderr  # issues found: it worked
        assert "Traceback" not in checked.stderr
        texts = {issue["text"] for issue in json.loads(checked.stdout)["issues"]}
        assert "teh" in texts and "budjet" not in texts  # the dictionary applied
        assert library.read_bytes() == before
        disk.free()


def test_a_busy_library_is_waited_for_then_reported_plainly(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    Library(library).close()
    other = sqlite3.connect(library, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    release = threading.Timer(1.0, other.rollback)
    try:
        release.start()  # ...for a moment: import waits and succeeds
        done = run_cli("--library", str(library), "import", str(_article(tmp_path)))
        assert done.returncode == 0, done.stderr
        release.join()
        other.execute("BEGIN IMMEDIATE")  # ...for longer than the bounded wait
        line = assert_one_line_error(
            run_cli("--library", str(library), "import", str(_article(tmp_path, "b.txt")))
        )
        assert "busy" in line and "try again" in line
    finally:
        release.cancel()
        other.rollback()
        other.close()


@pytest.mark.parametrize("command", ["check", "import", "export"])
def test_a_zero_byte_library_is_refused_in_one_line_and_left_unchanged(
    tmp_path: Path, command: str
) -> None:
    library = tmp_path / "library.sqlite"
    library.write_bytes(b"")  # a failed copy
    article = _article(tmp_path)
    out = str(tmp_path / "out.docx")
    args = [command, str(article)] if command != "export" else [command, "1", "-o", out]
    line = assert_one_line_error(run_cli("--library", str(library), *args))
    assert "empty (0 bytes)" in line
    assert library.read_bytes() == b""


def test_a_zero_byte_library_in_the_window_is_one_line_and_a_message(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite"
    library.write_bytes(b"")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    # the window's recovery dialog says what is wrong; the editor chooses Quit
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from reviewdesk.gui.dialogs.recovery import RecoveryDialog\n"
        "app = QApplication([])\n"
        "def quit_at_once(dialog):\n"
        "    print('BOX', ' '.join(dialog.message.text().split()))\n"
        "    dialog.reject()\n"
        "RecoveryDialog.exec = quit_at_once\n"
        "from reviewdesk.app import main\n"
        "sys.exit(main(['--library', sys.argv[1]]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(library)],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(tmp_path)},
        timeout=120,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "empty (0 bytes)" in proc.stdout  # the recovery dialog
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr  # one line
    assert library.read_bytes() == b""
