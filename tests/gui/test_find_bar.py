"""Edit ▸ Find… and Replace… in the real window, driven from the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractButton, QApplication
from writes import settle

from reviewdesk.service.panes import DRAFT, ORIGINAL

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# emoji and a non-BMP letter before the matches: Qt positions and code points differ
TEXT = (
    "😀𝄞 Mayor Kowalcyk spoke first.\n"
    "Council member Brennan said Kowalcyk had not listened.\n"
    "Later, KOWALCYK’s office said the mayor’s plan stands.\n"
)


def _open(qtbot, tmp_path: Path, make_window):  # type: ignore[no-untyped-def]
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5000)
    return window


def _selected(window, pane: str = DRAFT) -> str:  # type: ignore[no-untyped-def]
    return window.session.editor(pane).textCursor().selectedText()


def test_find_steps_through_matches_and_wraps(qtbot, tmp_path, make_window) -> None:
    window = _open(qtbot, tmp_path, make_window)
    bar = window.find_bar
    assert not bar.isVisible()
    qtbot.keyClick(window.draft, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and bar.find_edit.hasFocus()
    qtbot.keyClicks(bar.find_edit, "kowalcyk")
    assert _selected(window) == "Kowalcyk"  # as you type, the first match is selected
    assert bar.count_label.text() == "1 of 3 in the draft"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == "2 of 3 in the draft"
    start = TEXT.index("Kowalcyk had")
    span = window.session.docmap(DRAFT)
    cursor = window.draft.textCursor()
    assert (span.to_cp(cursor.selectionStart()), span.to_cp(cursor.selectionEnd())) == (
        start,
        start + len("Kowalcyk"),
    )  # the right place after the emoji, in code points
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert _selected(window) == "KOWALCYK"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.count_label.text() == "1 of 3 in the draft"  # wrapped round to the top
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, SHIFT)
    assert bar.count_label.text() == "3 of 3 in the draft"  # and back, Shift+Enter
    qtbot.keyClick(window.draft, Qt.Key.Key_F3, SHIFT)
    assert bar.count_label.text() == "2 of 3 in the draft"  # Shift+F3 from anywhere

    bar.case_box.setChecked(True)
    assert bar.count_label.text() == "No matches"
    assert not bar.next_button.isEnabled()
    bar.case_box.setChecked(False)
    bar.words_box.setChecked(True)  # "KOWALCYK’s": the apostrophe ends the word
    assert bar.count_label.text().endswith("of 3 in the draft")

    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.draft.hasFocus()
    assert _selected(window).lower() == "kowalcyk"  # the match stays selected


def test_find_in_the_original_never_offers_to_replace(qtbot, tmp_path, make_window) -> None:
    window = _open(qtbot, tmp_path, make_window)
    window.original.setFocus()
    cursor = window.original.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    window.original.setTextCursor(cursor)
    qtbot.keyClick(window.original, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.pane == ORIGINAL and not bar.replace_edit.isVisible()
    qtbot.keyClicks(bar.find_edit, "mayor")
    assert _selected(window, ORIGINAL) == "Mayor"
    assert bar.count_label.text() == "1 of 2 in the original"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F, CTRL)  # again, from the bar: same pane
    assert bar.pane == ORIGINAL and bar.find_edit.selectedText() == "mayor"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert _selected(window, ORIGINAL) == "mayor"
    assert window.draft.toPlainText() == TEXT


def test_replace_all_is_one_undo_step_and_saved(qtbot, tmp_path, make_window, library) -> None:
    window = _open(qtbot, tmp_path, make_window)
    cursor = window.draft.textCursor()  # select a misspelling: Ctrl+H takes it as the phrase
    start = len("😀𝄞 Mayor ".encode("utf-16-le")) // 2
    cursor.setPosition(start)
    cursor.setPosition(start + len("Kowalcyk"), QTextCursor.MoveMode.KeepAnchor)
    window.draft.setTextCursor(cursor)
    qtbot.keyClick(window.draft, Qt.Key.Key_H, CTRL)
    bar = window.find_bar
    assert bar.find_edit.text() == "Kowalcyk" and bar.replace_edit.hasFocus()
    bar.find_edit.setFocus()
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Tab)  # from the phrase straight to its replacement
    assert bar.replace_edit.hasFocus()
    assert bar.count_label.text() == "1 of 3 in the draft"
    bar.replace_edit.setText("Kowalczyk")
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # replace this one, go to the next
    assert window.draft.toPlainText().count("Kowalczyk") == 1
    assert _selected(window) == "Kowalcyk"
    assert bar.count_label.text() == "1 of 2 in the draft"

    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    fixed = TEXT.replace("Kowalcyk", "Kowalczyk").replace("KOWALCYK", "Kowalczyk")
    assert window.draft.toPlainText() == fixed
    assert window.original.toPlainText() == TEXT  # the original is never touched
    assert "Replaced 2" in window.statusBar().currentMessage()
    assert bar.count_label.text() == "No matches"

    window.save_now()
    settle(window)
    assert library.get_article(window.session.article.id).draft == fixed
    qtbot.keyClick(window.draft, Qt.Key.Key_Z, CTRL)  # one step takes "Replace all" back
    assert window.draft.toPlainText() == TEXT.replace("Kowalcyk", "Kowalczyk", 1)


def test_undo_of_replace_all_keeps_the_caret_and_view_on_the_passage(
    qtbot, make_window, demo_path
) -> None:
    window = make_window()
    window.resize(900, 500)  # small: the demo article scrolls in the draft
    assert window.open_file(demo_path)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5000)
    original = window.draft.toPlainText()
    first = original.index("Sorensen")  # four times, all in the lower half of the article
    assert first > len(original) // 2 and original.count("Sorensen") == 4
    scroll = window.draft.verticalScrollBar()
    assert scroll.maximum() > 0

    qtbot.keyClick(window.draft, Qt.Key.Key_H, CTRL)
    bar = window.find_bar
    qtbot.keyClicks(bar.find_edit, "Sorensen")
    bar.replace_edit.setText("Sorenson")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert window.draft.toPlainText() == original.replace("Sorensen", "Sorenson")

    window.draft.setFocus()
    qtbot.keyClick(window.draft, Qt.Key.Key_Z, CTRL)
    assert window.draft.toPlainText() == original
    caret = window.draft.textCursor().position()  # the demo is BMP text: positions = code points
    assert first <= caret <= first + len("Sorensen")
    viewport = window.draft.viewport().rect()
    assert scroll.value() > 0 and viewport.contains(window.draft.cursorRect().center())
    qtbot.keyClicks(window.draft, "X")  # typing goes on at the restored passage
    assert window.draft.toPlainText() == original[:caret] + "X" + original[caret:]


# -- issue 9, fault 6 ---------------------------------------------------------------------


def test_ctrl_f_shows_only_the_find_row_and_ctrl_h_adds_replace(
    qtbot, tmp_path, make_window
) -> None:
    window = _open(qtbot, tmp_path, make_window)
    bar = window.find_bar
    qtbot.keyClick(window.draft, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and bar.find_edit.isVisible()
    assert not bar.replace_edit.isVisible() and not bar.replace_all_button.isVisible()
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_H, CTRL)
    assert bar.replace_edit.isVisible() and bar.replace_all_button.isVisible()


def test_esc_closes_the_bar_after_replace_all(qtbot, tmp_path, make_window) -> None:
    window = _open(qtbot, tmp_path, make_window)
    qtbot.keyClick(window.draft, Qt.Key.Key_H, CTRL)
    bar = window.find_bar
    qtbot.keyClicks(bar.find_edit, "Kowalcyk")
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(bar.replace_edit, "Kowalczyk")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert "Kowalcyk" not in window.draft.toPlainText()
    focus = QApplication.focusWidget()
    assert focus is not None and bar.isAncestorOf(focus)  # not lost to another panel
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.draft.hasFocus()


def test_find_bar_fields_stay_readable_in_a_1024_pixel_window(qtbot, tmp_path, make_window) -> None:
    window = _open(qtbot, tmp_path, make_window)
    window.resize(1024, 700)
    # as on a first start on a 1024-pixel screen: the issues and notes take a third
    window.resizeDocks([window.issues_dock], [1024 // 3], Qt.Orientation.Horizontal)
    qtbot.keyClick(window.draft, Qt.Key.Key_H, CTRL)
    bar = window.find_bar
    qtbot.waitUntil(lambda: bar.replace_edit.isVisible(), timeout=2000)
    QApplication.processEvents()
    assert window.width() <= 1024
    for field in (bar.find_edit, bar.replace_edit):
        metrics = field.fontMetrics()
        wanted = max(
            metrics.horizontalAdvance(field.placeholderText()), 20 * metrics.averageCharWidth()
        )
        assert field.width() >= wanted, f"{field.objectName()} is {field.width()} px wide"
    for widget in bar.findChildren(QAbstractButton):
        if widget.isVisible():  # no button or tick box cut short
            assert widget.width() >= widget.sizeHint().width(), widget.text()


def test_a_phrase_that_stops_matching_leaves_no_old_match_selected(
    qtbot, tmp_path, make_window
) -> None:
    """Typing past the last match ("kowalcykz") said "No matches" beside a word still
    selected, which read as a match."""
    window = _open(qtbot, tmp_path, make_window)
    bar = window.find_bar
    qtbot.keyClick(window.draft, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(bar.find_edit, "kowalcyk")
    assert _selected(window) == "Kowalcyk"
    qtbot.keyClicks(bar.find_edit, "z")
    assert bar.count_label.text() == "No matches"
    assert _selected(window) == ""
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Backspace)  # and back: the same first match
    assert _selected(window) == "Kowalcyk"
    assert bar.count_label.text() == "1 of 3 in the draft"
