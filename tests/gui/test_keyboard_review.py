"""A whole review by keyboard alone: open, next issue, apply, ignore, add a note, export.

Every step is a key press sent to whatever has the focus, as a keyboard user would; no
method of the window is called. The dialogs on the way (the file dialog, the note, the
export) are filled in with keys too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from writes import settle

from reviewdesk.core.models import DecisionAction
from reviewdesk.gui.dialogs.export import ExportDialog
from reviewdesk.gui.notes_panel import NoteDialog, ask_note_text
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

TEXT = (
    "The council met on tuesday to discuss teh budget.\n"
    "Residents said the plan was to expensive for the town.\n"
)


def press(keys: str) -> None:
    """Press ``keys`` ("Ctrl+Shift+I", "F8", …) on the widget that has the focus."""
    if QApplication.activeWindow() is None and QApplication.topLevelWidgets():
        # a desktop's window manager gives the window the focus back when a dialog
        # closes; offscreen there is none, so do what it does
        main = next(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "mainWindow" and w.isVisible()
        )
        main.activateWindow()
        for _ in range(100):
            if QApplication.activeWindow() is main:
                break
            QTest.qWait(20)
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    for combination in QKeySequence(keys):
        QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def type_text(text: str) -> None:
    """Type ``text`` into the focused widget."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, text)


def _current(window):  # type: ignore[no-untyped-def]
    index = window.session.current_issue()
    issues = window.session.pane(DRAFT).issues
    return issues[index] if 0 <= index < len(issues) else None


def _focused_in(dialog: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and focus.window() is dialog


def test_a_review_from_start_to_export_by_keyboard_alone(
    qtbot, tmp_path: Path, make_window, library, wait_checked, when_shown
) -> None:
    article = tmp_path / "council.txt"
    article.write_text(TEXT, encoding="utf-8")
    exported = tmp_path / "council-edited.txt"
    window = make_window()
    window.note_commands.prompt = ask_note_text  # the real note dialog
    window.activateWindow()
    window.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)

    # Ctrl+O, type the file's path into the file dialog, Enter
    def open_by_keys(dialog: QFileDialog) -> None:
        qtbot.waitUntil(lambda: _focused_in(dialog), timeout=3000)
        type_text(str(article))
        press("Return")

    opened = when_shown(QFileDialog, open_by_keys)
    press("Ctrl+O")
    qtbot.waitUntil(lambda: window.session.article is not None, timeout=10000)
    assert opened
    wait_checked(window)
    issues = list(window.session.pane(DRAFT).issues)
    assert len(issues) >= 2

    # F8: the first issue; Ctrl+Return applies its first suggestion
    press("F8")
    first = _current(window)
    assert first is not None and first.replacements
    press("Ctrl+Return")
    qtbot.waitUntil(lambda: first.replacements[0] in window.draft.toPlainText(), timeout=5000)
    wait_checked(window, (DRAFT,))

    # F8 again, then Ctrl+Shift+I ignores that one
    press("F8")
    second = _current(window)
    assert second is not None and second != first
    press("Ctrl+Shift+I")
    wait_checked(window, (DRAFT,))
    left = window.session.pane(DRAFT).issues
    assert not any(i.rule == second.rule and i.text == second.text for i in left)

    # select a passage with the keyboard, Ctrl+M, type the note, Ctrl+Return saves it
    for _ in range(6):  # F6 until the draft has the focus
        if window.draft.hasFocus():
            break
        press("F6")
    assert window.draft.hasFocus()
    press("Ctrl+Home")
    for _ in range(3):
        press("Ctrl+Shift+Right")

    def note_by_keys(dialog: NoteDialog) -> None:
        qtbot.waitUntil(lambda: _focused_in(dialog), timeout=3000)
        type_text("Check the date with the clerk.")
        press("Ctrl+Return")

    noted = when_shown(NoteDialog, note_by_keys)
    press("Ctrl+M")
    assert noted
    settle(window)  # the window writes off its UI thread
    notes = library.notes(window.session.article.id)
    assert [n.body for n in notes] == ["Check the date with the clerk."]

    # Ctrl+E, choose plain text with the keyboard, give the path, Enter exports
    def export_by_keys(dialog: ExportDialog) -> None:
        qtbot.waitUntil(lambda: _focused_in(dialog), timeout=3000)
        combo = dialog.format_combo
        target = combo.findData("txt")
        assert target >= 0
        press("Alt+F")  # the Format box
        while combo.currentIndex() != target:
            press("Down" if combo.currentIndex() < target else "Up")
        press("Alt+S")  # Save as
        press("Ctrl+A")
        type_text(str(exported))
        press("Return")

    done = when_shown(ExportDialog, export_by_keys)
    press("Ctrl+E")
    assert done
    qtbot.waitUntil(exported.exists, timeout=20000)
    text = exported.read_text(encoding="utf-8")
    assert first.replacements[0] in text
    decisions = {d.action for d in library.decisions(window.session.article.id)}
    assert {DecisionAction.APPLY, DecisionAction.IGNORE} <= decisions
    # every dialog on the way has closed (the export's progress, once the file is there)
    qtbot.waitUntil(
        lambda: (
            not [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()
            ]
        ),
        timeout=5000,
    )


def test_f6_takes_the_focus_round_the_panes_and_panels(
    make_window, demo_path, qtbot, wait_checked
) -> None:
    """Without a mouse the focus must reach the draft, the original and both panels
    (Tab cannot: in the draft it types a tab)."""
    window = make_window()
    assert window.open_file(demo_path)
    wait_checked(window)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.draft.hasFocus, timeout=3000)
    reached = set()
    for _ in range(12):
        press("F6")
        focus = QApplication.focusWidget()
        reached.add(focus.objectName() if focus is not None else "")
    assert {"draftPane", "originalPane", "issuesTable", "notesTable"} <= reached
    # a plain article has no tracked changes: F6 passes the empty Revisions list by
    assert "revisionsTable" not in reached
    # Enter on an issue in the list selects it in the draft
    for _ in range(6):
        if QApplication.focusWidget() is window.issues_panel.view:
            break
        press("F6")
    press("Down")
    press("Return")
    assert window.draft.textCursor().hasSelection()
    assert window.session.current_issue() == 1
