"""No library write on the UI thread: the house style sheet's Save, the dictionary,
Paste as new article and opening a new file hand their writes to the library writer.

A real second process holds the library's write lock (``BEGIN IMMEDIATE``, as an
``sqlite3`` shell or a backup tool would). Before, each of these wrote right there on
the UI thread: it blocked for the busy timeout, then failed with an error and the write
was lost. Now the command hands the write over and returns; the dialog shows it is
waiting, the window goes on processing events (a timer keeps firing), nothing is in
the library while the lock is held, and the write lands once the lock is let go.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from writes import settle

from reviewdesk.core.models import WordScope
from reviewdesk.core.style import effective_style_sheet
from reviewdesk.gui.dialogs.dictionary import DictionaryDialog
from reviewdesk.gui.dialogs.paste import PasteDialog
from reviewdesk.gui.dialogs.style_sheet import StyleSheetDialog
from reviewdesk.store import Library

pytestmark = [pytest.mark.gui, pytest.mark.slow]  # a second process holds the lock

WAIT_MS = 60_000  # a bound on waiting, not a timing assertion
TICKS = 5  # timer ticks seen while the lock is held: the window answers meanwhile
HOLDER = (
    "import sqlite3, sys\n"
    "db = sqlite3.connect(sys.argv[1])\n"
    "db.execute('BEGIN IMMEDIATE')\n"
    "print('held', flush=True)\n"
    "sys.stdin.readline()\n"
    "db.rollback()\n"
)


@contextmanager
def lock_held(path: Path) -> Iterator[Callable[[], None]]:
    """Another process holds the library's write lock until ``release()`` is called
    (or the block ends)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdin is not None
    assert proc.stdout.readline().strip() == "held"

    def release() -> None:
        if proc.poll() is None and proc.stdin is not None and not proc.stdin.closed:
            proc.stdin.write("\n")
            proc.stdin.close()
            proc.wait(timeout=WAIT_MS / 1000)

    try:
        yield release
    finally:
        release()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.fixture
def ticks(qtbot) -> Iterator[list[int]]:  # type: ignore[no-untyped-def]
    """A timer's ticks: it can fire only while the UI thread processes events."""
    seen: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: seen.append(1))
    timer.start()
    yield seen
    timer.stop()


def while_held(
    qtbot: Any,
    ticks: list[int],
    release: Callable[[], None],
    busy_text: Callable[[], str],
    in_library: Callable[[], bool],
) -> dict[str, object]:
    """After a write was handed over with the lock held: what the window showed, whether
    it kept processing events, and whether the write had landed; then let the lock go."""
    seen: dict[str, object] = {"busy": busy_text()}
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + TICKS, timeout=WAIT_MS)
    seen["landed while held"] = in_library()
    release()
    qtbot.waitUntil(in_library, timeout=WAIT_MS)
    return seen


def in_dialog(
    kind: type[QDialog], act: Callable[[Any], dict[str, object]], seen: dict[str, object]
) -> None:
    """Act on the modal dialog ``kind`` once it shows; any failure closes it (the test
    must fail, never hang) and is kept in ``seen``."""

    def poll() -> None:
        found = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()),
            None,
        )
        if found is None:
            QTimer.singleShot(20, poll)
            return
        try:
            seen.update(act(found))
        except BaseException as exc:
            seen["error"] = exc
            found.setProperty("failed", True)
            QDialog.done(found, QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, poll)


def label_text(widget: QWidget, name: str) -> Callable[[], str]:
    """The text of ``widget``'s label called ``name`` ("" when it has none)."""

    def text() -> str:
        label = widget.findChild(QLabel, name)
        return label.text() if label is not None else ""

    return text


def _no_error(seen: dict[str, object]) -> None:
    if "error" in seen:
        raise AssertionError(f"inside the dialog: {seen['error']!r}")


def test_the_style_sheet_is_saved_off_the_ui_thread(
    qtbot, make_window, library: Library, ticks, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    seen: dict[str, object] = {}

    def stored_dialect() -> str:
        return effective_style_sheet(library.get_style_sheet()).dialect

    assert stored_dialect() != "en-GB"
    with lock_held(library.path) as release:

        def act(dialog: StyleSheetDialog) -> dict[str, object]:
            dialog.dialect_combo.setCurrentIndex(dialog.dialect_combo.findData("en-GB"))
            dialog.save()  # returns at once: the lock is held
            assert dialog.isVisible()
            return while_held(
                qtbot,
                ticks,
                release,
                label_text(dialog, "styleSheetBusy"),
                lambda: stored_dialect() == "en-GB",
            )

        in_dialog(StyleSheetDialog, act, seen)
        window.commands["styleSheet"].trigger()
    _no_error(seen)
    assert "waiting for the library" in str(seen["busy"])
    assert seen["landed while held"] is False
    assert stored_dialect() == "en-GB"
    assert window.statusBar().currentMessage() == "House style sheet saved"
    assert message_boxes == []
    assert QApplication.overrideCursor() is None


def test_dictionary_words_are_written_off_the_ui_thread(
    qtbot, make_window, library: Library, ticks, tmp_path: Path, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    path = tmp_path / "visit.txt"
    path.write_text("Zbrovnikova arrived on Tuesday.\n", encoding="utf-8")
    assert window.open_file(path)
    settle(window)
    seen: dict[str, object] = {}
    with lock_held(library.path) as release:

        def act(dialog: DictionaryDialog) -> dict[str, object]:
            words = dialog.lists[WordScope.HOUSE]
            words.add("Zbrovnikova")
            dialog.accept()  # Close: it closes once the word is in
            assert dialog.isVisible()
            return while_held(
                qtbot,
                ticks,
                release,
                label_text(words, "wordsBusy"),
                lambda: library.words(WordScope.HOUSE) == ["Zbrovnikova"],
            )

        in_dialog(DictionaryDialog, act, seen)
        window.commands["dictionary"].trigger()
    _no_error(seen)
    assert "waiting for the library" in str(seen["busy"])
    assert seen["landed while held"] is False
    assert library.words(WordScope.HOUSE) == ["Zbrovnikova"]
    assert "Zbrovnikova" in window.session.ctx.words  # the window re-checks with it
    assert message_boxes == []


def test_a_pasted_article_is_created_off_the_ui_thread(
    qtbot, make_window, library: Library, ticks, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    seen: dict[str, object] = {}
    QApplication.clipboard().setText("Harbour reopens 😀\n\nThe ferry runs again.")
    with lock_held(library.path) as release:

        def act(dialog: PasteDialog) -> dict[str, object]:
            assert dialog.create_article() is None  # not yet: it waits for the lock
            assert dialog.isVisible()
            return while_held(
                qtbot,
                ticks,
                release,
                label_text(dialog, "pasteBusy"),
                lambda: [a.title for a in library.list_articles()] == ["Harbour reopens 😀"],
            )

        in_dialog(PasteDialog, act, seen)
        window.commands["pasteArticle"].trigger()
    _no_error(seen)
    assert "waiting for the library" in str(seen["busy"])
    assert seen["landed while held"] is False
    assert window.session.article is not None
    assert window.session.article.title == "Harbour reopens 😀"  # and it opened
    assert message_boxes == []


def test_a_new_file_is_imported_off_the_ui_thread(
    qtbot, make_window, library: Library, ticks, tmp_path: Path, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    path = tmp_path / "ferry.txt"
    path.write_text("The ferry runs again 😀.\n", encoding="utf-8")
    with lock_held(library.path) as release:
        # not yet: it waits for the library, the window answering meanwhile
        assert not window.open_file(path, until_waiting=True)
        seen = while_held(
            qtbot,
            ticks,
            release,
            window.statusBar().currentMessage,
            lambda: len(library.list_articles()) == 1,
        )
    assert "waiting for the library" in str(seen["busy"])
    assert seen["landed while held"] is False
    qtbot.waitUntil(
        lambda: window.draft.toPlainText() == "The ferry runs again 😀.\n", timeout=WAIT_MS
    )
    assert message_boxes == []
    settle(window)


def test_a_lock_never_let_go_is_said_plainly_and_the_write_lands_later(
    qtbot, make_window, library: Library, ticks, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.dialogs.writes.timeout_s = 0.5  # not the 10 s a desk gets
    seen: dict[str, object] = {}
    with lock_held(library.path) as release:

        def act(dialog: StyleSheetDialog) -> dict[str, object]:
            dialog.dialect_combo.setCurrentIndex(dialog.dialect_combo.findData("en-GB"))
            dialog.save()
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
            return {}

        in_dialog(StyleSheetDialog, act, seen)
        window.commands["styleSheet"].trigger()
        _no_error(seen)
        ((kind, _title, text),) = message_boxes
        assert kind == "warning"
        assert text.startswith("The house style sheet is not in the library yet")
        assert "another program may be writing to it" in text
        assert effective_style_sheet(library.get_style_sheet()).dialect != "en-GB"
        release()
    # the writer kept trying: it lands once the lock is let go
    settle(window)
    assert effective_style_sheet(library.get_style_sheet()).dialect == "en-GB"


def test_undoing_an_applied_fix_takes_its_decision_back_off_the_ui_thread(
    qtbot, make_window, library: Library, ticks, demo_path, wait_checked
) -> None:  # type: ignore[no-untyped-def]
    """Applied fixes follow undo through the window's writer (``session.writes``), so
    this one held before the other writes were moved; it keeps it that way."""
    from reviewdesk.core.models import DecisionAction
    from reviewdesk.service.panes import DRAFT

    window = make_window()
    window.open_file(demo_path)
    wait_checked(window)
    article_id = window.session.article.id

    def applied() -> int:
        return sum(d.action == DecisionAction.APPLY for d in library.decisions(article_id))

    index = next(i for i, x in enumerate(window.session.pane(DRAFT).issues) if x.replacements)
    assert window.review.apply(index)
    qtbot.waitUntil(lambda: applied() == 1, timeout=WAIT_MS)
    with lock_held(library.path) as release:
        window.commands["undo"].trigger()  # returns at once: the lock is held
        seen = while_held(qtbot, ticks, release, lambda: "", lambda: applied() == 0)
    assert seen["landed while held"] is False
    settle(window)


def test_checking_settings_are_saved_off_the_ui_thread(
    qtbot, make_window, library: Library, ticks, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.desk.settings import PICKY
    from reviewdesk.gui.dialogs.checkers import CheckingSettingsDialog

    window = make_window()
    seen: dict[str, object] = {}
    assert PICKY.read(library) is False
    with lock_held(library.path) as release:

        def act(dialog: CheckingSettingsDialog) -> dict[str, object]:
            dialog.auto_dialect_check.setChecked(True)
            dialog.save()
            assert dialog.isVisible()
            return while_held(
                qtbot,
                ticks,
                release,
                label_text(dialog, "settingsBusy"),
                lambda: library.get_setting("auto_switch_dialect") is True,
            )

        in_dialog(CheckingSettingsDialog, act, seen)
        window.commands["checking"].trigger()
    _no_error(seen)
    assert "waiting for the library" in str(seen["busy"])
    assert seen["landed while held"] is False
    assert message_boxes == []


def test_the_library_window_archives_off_the_ui_thread(
    qtbot, make_window, library: Library, ticks, tmp_path: Path, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.gui.dialogs.library import LibraryDialog
    from reviewdesk.gui.written_wait import Writes

    window = make_window()
    path = tmp_path / "grain.txt"
    path.write_text("Minsk talks stall over grain.\n", encoding="utf-8")
    assert window.open_file(path)
    settle(window)
    (article,) = library.list_articles()
    dialog = LibraryDialog(library, window, writes=Writes(library, window.session.saving))
    qtbot.addWidget(dialog)
    try:
        assert dialog.select_article(article.id)
        with lock_held(library.path) as release:
            dialog.shelf.toggle_archived()  # asks first (answered Yes), then returns at once
            seen = while_held(
                qtbot,
                ticks,
                release,
                label_text(dialog, "libraryBusy"),
                lambda: library.catalog.summary(article.id).archived,
            )
        assert "waiting for the library" in str(seen["busy"])
        assert seen["landed while held"] is False
        qtbot.waitUntil(lambda: dialog.shown_titles() == [], timeout=WAIT_MS)  # it follows
    finally:
        dialog.reject()


def test_clearing_a_crashed_windows_claims_waits_off_the_ui_thread(
    qtbot, make_window, library: Library, ticks
) -> None:  # type: ignore[no-untyped-def]
    """At start the window looks for a crashed run's work (a read) and clears its claims
    (a write): with another program holding the lock, the window says what it recovered
    at once, and the claims go once the lock is let go."""
    from reviewdesk.core.models import Article
    from reviewdesk.store.claims import Claims, Owner

    article = library.add_article(
        Article(None, "Ferry", "The ferry 😀 ran.\n", "The ferry 😀 ran.\n")
    )
    assert article.id is not None
    dead = Owner(2**22 + 7, socket.gethostname(), "t0")  # no such process
    Claims(library, dead).claim(article.id)
    assert Claims(library).abandoned()
    window = make_window()
    with lock_held(library.path) as release:
        assert window.save_commands.recover_after_crash(None)
        seen = while_held(
            qtbot,
            ticks,
            release,
            window.statusBar().currentMessage,
            lambda: not Claims(library).abandoned(),
        )
    assert "Ferry" in str(seen["busy"])  # the recovery message, said while the lock was held
    assert seen["landed while held"] is False
    settle(window)
