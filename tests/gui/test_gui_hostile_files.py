"""Hostile and broken files, opened in the real window and checked on the command line.

Each gives one plain message (one message box in the app; one line on stderr and exit
status 2 in the CLI): no crash, no traceback, no hang. The article already open, and
the editor's unsaved changes to its draft, are left exactly as they were; the file
itself is never changed. The importer's own unit tests are in
``tests/test_import_hostile.py``; the CLI cases ``tests/test_cli.py`` already covers
(missing file, folder, binary) are not repeated here.
"""

from __future__ import annotations

import builtins
import io
import os
import random
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from writes import settle

from fixtures_import.docx_parts import CONTENT_TYPES, PACKAGE_RELS, para, run, write_docx
from reviewdesk.formats import safety
from reviewdesk.gui.dialogs.encoding import EncodingDialog
from reviewdesk.gui.main_window import MainWindow
from reviewdesk.store import Library

GOOD = (
    "The council met on Tuesday to discuss teh budget.\n"
    "Mayor Alvarez said the plan was ready 😀.\n"
    "Residents can comment online until Friday."
)
EDIT = " Updated at noon."
# How long the UI thread stalls is measured by benchmarks/bench_gui.py, not asserted here
# (no timed assertions in tests): these tests check what the user sees instead.

# kind -> (file name, what the one message must say)
HOSTILE = {
    "binary": ("photo.txt", "photo.txt: looks like a binary file, not text"),
    "truncated": ("cut.docx", "cut.docx: is damaged or not a Word document"),
    "zip-bomb": ("bomb.docx", "bomb.docx: would expand to more than 100 MB when unpacked"),
    "external-entity": ("xxe.docx", "xxe.docx: word/document.xml contains a document type"),
    "fifty-mb-line": (
        "huge.txt",
        "huge.txt: 50 MB is too large for an article (the limit is 20 MB)",
    ),
    "missing": ("gone.txt", "gone.txt: no such file"),
    "directory": ("folder.txt", "folder.txt: is a folder, not a file"),
}

REMEDIES = {  # the way out a copy editor is offered (words from the box's second paragraph)
    "binary": "Save the article as one of those",
    "truncated": "save it again as a Word document (.docx)",
    "fifty-mb-line": "File ▸ Paste as new article…",
}


def _write_hostile(folder: Path) -> dict[str, Path]:
    """Create each hostile file in ``folder`` (the missing one is not created)."""
    paths = {kind: folder / name for kind, (name, _msg) in HOSTILE.items()}
    paths["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(20_000))
    whole = write_docx(folder / "whole.docx", para(run("Harbour reopens after the storm.")) * 200)
    data = whole.read_bytes()
    paths["truncated"].write_bytes(data[: len(data) // 2])
    with zipfile.ZipFile(paths["zip-bomb"], "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        with zf.open("word/document.xml", "w") as fh:
            spaces = b" " * (1 << 20)
            for _ in range(safety.MAX_DOCX_EXPANDED // len(spaces) + 5):  # > the 100 MB cap
                fh.write(spaces)
    assert paths["zip-bomb"].stat().st_size < 1_000_000
    write_docx(
        paths["external-entity"],
        para(run("Before &e; after.")),
        prolog='<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n',
    )
    with open(paths["fifty-mb-line"], "wb") as fh:  # one line, no newline anywhere
        for _ in range(50):
            fh.write(b"a" * 1_000_000)
    paths["directory"].mkdir()
    return paths


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The hostile files, made once for the module (the zip bomb takes a moment)."""
    return _write_hostile(tmp_path_factory.mktemp("hostile"))


def _state(path: Path) -> tuple[bytes, int] | str:
    if path.is_file():
        return path.read_bytes(), path.stat().st_mtime_ns
    return "folder" if path.is_dir() else "missing"


@pytest.fixture
def opened_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths opened through ``open`` / ``io.open`` (and so pathlib and zipfile)."""
    opened: list[str] = []
    real_open = io.open

    def spy(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, str | bytes | os.PathLike):
            opened.append(os.fsdecode(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(io, "open", spy)
    return opened


def _open_good(window: MainWindow, tmp_path: Path, wait_checked: Callable[..., None]) -> None:
    path = tmp_path / "council.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert window.open_file(path)
    wait_checked(window)
    # the editor has typed and not saved yet
    window.draft.moveCursor(QTextCursor.MoveOperation.End)
    QTextCursor(window.draft.textCursor()).insertText(EDIT)


def _drop_on_draft(window: MainWindow, path: Path) -> None:
    """Drag a file from a file manager and drop it onto the draft pane."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window.draft.viewport(), enter)
    assert enter.isAccepted(), "the pane takes file drags"
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window.draft.viewport(), drop)
    assert drop.isAccepted(), "the drop opens the file rather than pasting its path"


@pytest.mark.gui
@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_file_gives_one_plain_message_and_keeps_the_open_article(
    qtbot: QtBot,
    tmp_path: Path,
    hostile: dict[str, Path],
    make_window: Callable[..., MainWindow],
    wait_checked: Callable[..., None],
    message_boxes: list[tuple[str, str, str]],
    opened_files: list[str],
    library: Library,
    kind: str,
) -> None:
    """Opened with File ▸ Open, then dropped on the draft: each time one plain message, and
    the open article with its unsaved typing exactly as it was (one window for both ways,
    as an editor would try one after the other)."""
    window = make_window()
    _open_good(window, tmp_path, wait_checked)
    session = window.session
    article = session.article
    assert article is not None and article.id is not None
    before = {
        "id": article.id,
        "draft": window.draft.toPlainText(),
        "original": window.original.toPlainText(),
        "title": window.windowTitle(),
        "articles": len(library.list_articles()),
        "can_undo": window.draft.document().isUndoAvailable(),
    }
    assert before["draft"] == GOOD + EDIT
    path = hostile[kind]
    file_before = _state(path)

    for how in ("open", "drop"):
        opened_files.clear()
        message_boxes.clear()
        if how == "open":
            assert window.open_file(path) is False
        else:
            _drop_on_draft(window, path)
        # the refusal may come back from the opening thread: wait for it on a loaded
        # machine, then a little longer, so that a second message would be seen too
        qtbot.waitUntil(lambda: bool(message_boxes), timeout=10_000)
        qtbot.wait(50)  # let anything queued by the failed open run

        ((box, title, text),) = message_boxes  # exactly one message box
        assert box == "warning" and title == "Cannot open this file", how
        assert HOSTILE[kind][1] in text, (how, text)  # names the file, says what is wrong
        # what is wrong in one line; then, for the usual refusals, what to do about it
        said, *remedy = text.split("\n\n")
        assert "\n" not in said and "Traceback" not in text and "Error" not in text, text
        if kind in REMEDIES:
            assert remedy and REMEDIES[kind] in remedy[0], (how, text)
        assert "/etc/passwd" not in text and "root:" not in text
        if kind == "fifty-mb-line":
            assert str(path) not in opened_files, "refused by its size, before reading it"

        # the open article and the editor's unsaved draft are exactly as they were
        assert session.article is not None and session.article.id == before["id"]
        assert window.draft.toPlainText() == before["draft"], how
        assert window.original.toPlainText() == before["original"]
        assert window.windowTitle() == before["title"]
        assert window.stack.currentIndex() == 1
        assert window.draft.document().isUndoAvailable() == before["can_undo"]
    settle(window)
    assert len(library.list_articles()) == before["articles"]
    session.flush()
    settle(window)
    assert library.get_article(before["id"]).draft == GOOD + EDIT
    assert _state(path) == file_before  # the file itself is never changed
    wait_checked(window)  # checking goes on as before
    assert "teh" in {i.text for i in session.pane("draft").issues}


def _when_shown(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Once a dialog of ``kind`` is on screen (in exec()) and ready, act on it."""

    def poll() -> None:
        found = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if found is None or (isinstance(found, EncodingDialog) and not found.ready):
            QTimer.singleShot(20, poll)
            return
        act(found)

    QTimer.singleShot(0, poll)


@pytest.mark.gui
def test_cp1252_file_asks_for_the_encoding_and_reads_exactly(
    tmp_path: Path,
    make_window: Callable[..., MainWindow],
    wait_checked: Callable[..., None],
    message_boxes: list[tuple[str, str, str]],
    library: Library,
) -> None:
    window = make_window()
    _open_good(window, tmp_path, wait_checked)
    previous = window.session.article
    assert previous is not None and previous.id is not None
    # Windows-1252 only: curly quotes, an en dash and the euro sign live in 0x80-0x9F
    text = "Naïve café owners said “we’re open” – déjà vu at €5.\nZoë agreed."
    path = tmp_path / "letter.txt"
    path.write_bytes(text.encode("cp1252"))

    shown: list[tuple[str | None, str]] = []

    def accept_as_assumed(dialog: QDialog) -> None:
        assert isinstance(dialog, EncodingDialog)
        shown.append((dialog.chosen(), dialog.preview.toPlainText()))
        dialog.accept()  # the editor agrees with what reviewdesk assumed

    _when_shown(EncodingDialog, accept_as_assumed)
    assert window.open_file(path)
    assert shown == [("cp1252", text)]  # assumed Windows-1252, previewed correctly
    article = window.session.article
    assert article is not None and article.id != previous.id
    assert article.original == text and article.encoding == "cp1252"
    assert window.draft.toPlainText() == text
    assert message_boxes == []
    # switching articles saved the previous one's unsaved draft
    settle(window)
    assert library.get_article(previous.id).draft == GOOD + EDIT
    wait_checked(window)


# -- the command line ------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["truncated", "zip-bomb", "external-entity", "fifty-mb-line"])
@pytest.mark.slow  # runs reviewdesk as a program
def test_cli_check_on_a_hostile_file_is_one_line_and_exit_2(
    hostile: dict[str, Path], kind: str
) -> None:
    path = hostile[kind]
    before = _state(path)
    proc = subprocess.run(
        [sys.executable, "-m", "reviewdesk", "check", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith(f"reviewdesk: error: {HOSTILE[kind][1]}"), lines
    assert "/etc/passwd" not in proc.stderr
    assert _state(path) == before


@pytest.mark.gui
@pytest.mark.slow  # checks thousands of issues on one line (seconds of CPU)
def test_a_long_single_line_with_thousands_of_issues_never_freezes_the_window(
    qtbot: QtBot,
    tmp_path: Path,
    make_window: Callable[..., MainWindow],
    wait_checked: Callable[..., None],
    message_boxes: list[tuple[str, str, str]],
) -> None:
    """A page pasted without line breaks, far under the size cap: it opens, and drawing
    thousands of issues in its one paragraph does not stop the event loop."""
    text = "Teh wrod was recieve, " * 4600  # ~100 kB, one paragraph, ~9,000 flags
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    issues = window.session.pane("draft").issues
    assert len(issues) > 5000 and message_boxes == []
    assert window.draft.document().blockCount() == 1
    formats = window.draft.document().firstBlock().layout().formats()
    assert len(formats) >= len(issues)  # each one is drawn


# -- files that are not plain files, and file names that are not UTF-8 ---------------


@pytest.mark.gui
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(
    tmp_path: Path,
    make_window: Callable[..., MainWindow],
    message_boxes: list[tuple[str, str, str]],
) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)

    def writer_arrives_late() -> None:
        # Stands in for "never": frees a reader blocked on the pipe after 1.5 s.
        time.sleep(1.5)
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            return  # nobody is reading the pipe: it was refused, as it should be
        os.close(fd)

    window = make_window()
    threading.Thread(target=writer_arrives_late, daemon=True).start()
    opened = window.open_file(fifo)
    assert not opened
    ((_box, _title, text),) = message_boxes
    assert "feed.txt" in text


NOT_UTF8_NAME = b"caf\xe9-notes.txt"  # a Latin-1 file name, as old Windows archives unpack


@pytest.mark.gui
@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only on Linux")
def test_a_file_name_that_is_not_utf8_opens_or_gives_one_message(
    tmp_path: Path,
    make_window: Callable[..., MainWindow],
    message_boxes: list[tuple[str, str, str]],
) -> None:
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/" + NOT_UTF8_NAME))
    path.write_text(GOOD, encoding="utf-8")
    window = make_window()
    if window.open_file(path):
        assert window.draft.toPlainText() == GOOD and message_boxes == []
    else:
        assert len(message_boxes) == 1


@pytest.mark.skipif(sys.platform != "linux", reason="file names are bytes only on Linux")
@pytest.mark.slow  # runs reviewdesk as a program
def test_cli_check_on_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    path = os.fsencode(tmp_path) + b"/" + NOT_UTF8_NAME
    Path(os.fsdecode(path)).write_text(GOOD, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable.encode(), b"-m", b"reviewdesk", b"check", path],
        capture_output=True,
        timeout=120,
    )
    assert b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    assert proc.returncode in (1, 2)
