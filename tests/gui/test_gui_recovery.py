"""A damaged library at start: the window says what is wrong, offers the ways on, and the
damaged file's bytes never change (in-process dialogs, and the real app in a process)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from damaged_libraries import ARTICLES, KINDS, MESSAGES, Damaged, cleanup, make_damaged
from reviewdesk.gui.dialogs.recovery import RecoveryDialog, recover_library
from reviewdesk.store import DamagedLibraryError, Library
from reviewdesk.store.backup import take_backup

pytestmark = pytest.mark.gui


@pytest.fixture(params=KINDS)
def damaged(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Damaged]:
    item = make_damaged(request.param, tmp_path / "desk" / "library.sqlite")
    yield item
    cleanup(item)


def _error(path: Path) -> DamagedLibraryError:
    with pytest.raises(DamagedLibraryError) as info:
        Library(path)
    return info.value


def _kept(folder: Path) -> Path:
    (kept,) = [
        p for p in folder.glob("library.sqlite.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    ]
    return kept


def test_the_dialog_says_what_is_wrong_and_quit_leaves_it_alone(damaged: Damaged, qtbot) -> None:
    dialog = RecoveryDialog(_error(damaged.path))
    qtbot.addWidget(dialog)
    message = dialog.message.text()
    assert MESSAGES[damaged.kind] in message and str(damaged.path) in message
    assert "Traceback" not in message and "sqlite3" not in message.lower()
    labels = {key: b.text() for key, b in dialog.buttons.items()}
    assert labels == {
        "restore-backup": "Open the newest good backup",
        "recover": "Recover what can be read",
        "start-empty": "Start with an empty library",
    }
    assert not dialog.buttons["restore-backup"].isEnabled()  # no backup yet, and it says so
    assert "no good backup" in dialog.buttons["restore-backup"].description()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is None
    assert damaged.unchanged()


def test_start_empty_keeps_the_damaged_file_unchanged(
    damaged: Damaged, qtbot, message_boxes, monkeypatch
) -> None:
    target = damaged.path.parent / "fresh.sqlite"
    if damaged.kind == "folder":  # a new file is asked for
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog = RecoveryDialog(_error(damaged.path))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.buttons["start-empty"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
    outcome = dialog.outcome
    assert outcome is not None and outcome.how == "empty"
    if damaged.kind == "folder":
        assert outcome.library == target and damaged.unchanged()
    else:
        assert outcome.library == damaged.path
        assert damaged.unchanged(_kept(damaged.path.parent))
    with Library(outcome.library) as library:
        assert library.list_articles() == []


def test_recover_from_the_window_brings_back_what_can_be_read(
    tmp_path: Path, qtbot, message_boxes, monkeypatch
) -> None:
    damaged = make_damaged("overwritten", tmp_path / "library.sqlite")
    error = _error(damaged.path)
    monkeypatch.setattr(RecoveryDialog, "exec", _clicking("recover"))
    library = recover_library(error)
    assert library is not None
    try:
        count = len(library.list_articles())
        assert 0 < count <= ARTICLES
    finally:
        library.close()
    kind, _title, text = message_boxes[-1]
    assert kind == "information" and f"Recovered {count} article" in text
    assert "kept unchanged as" in text and damaged.unchanged(_kept(tmp_path))


def test_the_newest_good_backup_is_offered_and_opened(
    tmp_path: Path, qtbot, message_boxes, monkeypatch
) -> None:
    from damaged_libraries import build_library

    path = tmp_path / "library.sqlite"
    build_library(path, count=3)
    take_backup(path)
    data = bytearray(path.read_bytes())
    data[: len(data) // 2] = b"\0" * (len(data) // 2)  # the start of the file wiped
    path.write_bytes(bytes(data))
    error = _error(path)
    dialog = RecoveryDialog(error)
    qtbot.addWidget(dialog)
    button = dialog.buttons["restore-backup"]
    assert button.isEnabled() and "(3 articles)" in button.description()
    monkeypatch.setattr(RecoveryDialog, "exec", _clicking("restore-backup"))
    library = recover_library(error)
    assert library is not None
    try:
        assert len(library.list_articles()) == 3
    finally:
        library.close()
    assert _kept(tmp_path).read_bytes() == bytes(data)


def _clicking(key: str):  # type: ignore[no-untyped-def]
    """A stand-in for ``exec`` that clicks a way on and waits for it, as the editor would."""

    def run(dialog: RecoveryDialog) -> int:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        dialog.finished.connect(loop.quit)
        QTimer.singleShot(0, dialog.buttons[key].click)
        dialog.show()
        loop.exec()
        return int(dialog.result())

    return run


# -- the real app, in its own process ------------------------------------------------------

DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from reviewdesk.app import main

    choice, library = sys.argv[1], sys.argv[2]
    app = QApplication([])
    QMessageBox.information = lambda *a, **k: QMessageBox.StandardButton.Ok

    clicked = []

    def poll():
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "libraryRecovery" and w.isVisible() and not clicked:
                clicked.append(1)
                print("MESSAGE", w.message.text(), flush=True)
                target = w.quit_button if choice == "quit" else w.buttons[choice]
                QTimer.singleShot(0, target.click)
            if type(w).__name__ == "MainWindow" and w.isVisible():
                print("WINDOW", len(w.library.list_articles()), flush=True)
                w.close()
                return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)
    sys.exit(main(["--library", library]))
    """
)


def _run_app(library: Path, choice: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    env.pop("REVIEWDESK_LIBRARY", None)
    return subprocess.run(
        [sys.executable, "-c", DRIVER, choice, str(library)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.slow
def test_the_app_starts_on_a_recovered_library(tmp_path: Path) -> None:
    damaged = make_damaged("missing-wal", tmp_path / "library.sqlite")
    result = _run_app(damaged.path, "recover", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "MESSAGE" in result.stdout and "write-ahead log" in result.stdout
    assert f"WINDOW {ARTICLES}" in result.stdout
    assert "Traceback" not in result.stderr
    assert damaged.unchanged(_kept(tmp_path))


@pytest.mark.slow
def test_quitting_at_the_question_leaves_the_library_as_it_was(tmp_path: Path) -> None:
    damaged = make_damaged("truncated", tmp_path / "library.sqlite")
    result = _run_app(damaged.path, "quit", tmp_path)
    assert result.returncode == 2
    assert "MESSAGE" in result.stdout and "damaged" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert lines and lines[-1].startswith("reviewdesk: error:") and "damaged" in lines[-1]
    assert "WINDOW" not in result.stdout and "Traceback" not in result.stderr
    assert damaged.unchanged()


def test_the_daily_backup_is_taken_off_the_ui_thread_once_a_day(
    tmp_path: Path, qtbot, monkeypatch
) -> None:
    import threading

    import reviewdesk.gui.backups as backups
    from damaged_libraries import build_library
    from reviewdesk.core.models import Article
    from reviewdesk.store.backup import backup_files

    path = tmp_path / "library.sqlite"
    build_library(path, count=2)
    threads: list[str] = []
    real = backups.backup_if_due

    def recording(library: Path) -> Path | None:
        threads.append(threading.current_thread().name)
        return real(library)

    monkeypatch.setattr(backups, "backup_if_due", recording)
    clock = backups.BackupClock(path, first_look_ms=0)
    taken: list[str] = []
    clock.taken.connect(taken.append)
    with Library(path) as library:  # the window's own connection stays open meanwhile
        clock.start()
        library.add_article(Article(None, "Written while backing up", "x", "x"))
        # `taken` is queued to this thread: the worker may still be finishing when it lands
        qtbot.waitUntil(lambda: bool(taken) and not clock.busy, timeout=30_000)
        clock.look()  # the same day again: nothing more to take
        qtbot.waitUntil(lambda: not clock.busy and len(threads) == 2, timeout=30_000)
    clock.stop()
    assert threads == ["reviewdesk-backup", "reviewdesk-backup"]
    assert threading.current_thread().name not in threads
    (backup,) = backup_files(path)
    assert taken == [str(backup)]
    with Library(backup) as copy:
        assert len(copy.list_articles()) in (2, 3)  # a consistent state, before or after


def test_a_failed_backup_is_reported_once(tmp_path: Path, qtbot) -> None:
    from reviewdesk.gui.backups import BackupClock

    missing = tmp_path / "gone.sqlite"  # nothing to back up: take_backup refuses
    clock = BackupClock(missing, first_look_ms=0)
    failed: list[str] = []
    clock.failed.connect(failed.append)
    clock.start()
    qtbot.waitUntil(lambda: bool(failed), timeout=30_000)
    clock.look()
    qtbot.waitUntil(lambda: not clock.busy, timeout=30_000)
    qtbot.wait(50)
    clock.stop()
    assert len(failed) == 1 and "backup" in failed[0].lower()
