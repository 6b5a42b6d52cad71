"""Smart quotes as you type: curly or straight as the house style says, one Ctrl+Z back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from reviewdesk.core.style import StyleSheet
from reviewdesk.core.style_conventions import Conventions
from reviewdesk.gui.smart_quotes import turned
from reviewdesk.store import Library

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("typed", "before", "style", "mark"),
    [
        ('"', "", "curly", "“"),
        ('"', " ", "curly", "“"),
        ('"', "(", "curly", "“"),
        ('"', "—", "curly", "“"),
        ('"', "d", "curly", "”"),
        ('"', ".", "curly", "”"),
        ("'", "n", "curly", "’"),  # don't
        ("'", " ", "curly", "‘"),
        ("'", "“", "curly", "‘"),  # a quote inside a quote
        ("'", "😀", "curly", "’"),  # after an emoji: a closing mark
        ("“", "", "straight", '"'),
        ("’", "n", "straight", "'"),
        ('"', " ", "straight", '"'),
        ("x", " ", "curly", "x"),
    ],
)
def test_which_mark_is_written(typed: str, before: str, style: str, mark: str) -> None:
    assert turned(typed, before, style) == mark


def _open(window, tmp_path, text: str = "Start.\n") -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "quotes.txt"
    path.write_text(text, encoding="utf-8")
    assert window.open_file(path)
    cursor = window.draft.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.draft.setTextCursor(cursor)
    window.draft.setFocus()


def type_keys(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` key by key, as a keyboard or an input method sends it (QTest's
    keyClicks aborts on characters outside ASCII, such as a curly quote)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(char.upper()) if char.isascii() else 0
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _typed(window) -> str:  # type: ignore[no-untyped-def]
    return window.draft.toPlainText().split("\n", 1)[1]


def test_off_by_default_then_curly_as_the_house_style_says(qtbot, tmp_path, make_window):
    window = make_window()
    _open(window, tmp_path)
    action = window.commands["smartQuotes"]
    assert action.isCheckable() and not action.isChecked()
    qtbot.keyClicks(window.draft, '"A')
    assert _typed(window) == '"A'
    action.trigger()
    qtbot.keyClicks(window.draft, ' "hi" and it\'s ')
    type_keys(window.draft, '😀\'s "done"')
    assert _typed(window) == '"A “hi” and it’s 😀’s “done”'
    window.close()
    again = make_window()  # remembered
    assert again.commands["smartQuotes"].isChecked()


def test_one_undo_gives_back_the_mark_as_typed(qtbot, tmp_path, make_window) -> None:
    window = make_window()
    _open(window, tmp_path)
    window.commands["smartQuotes"].trigger()
    qtbot.keyClicks(window.draft, 'He said "')
    assert _typed(window) == "He said “"
    qtbot.keyClick(window.draft, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _typed(window) == 'He said "'  # the straight mark, as typed
    qtbot.keyClicks(window.draft, "ok")
    assert _typed(window) == 'He said "ok'  # and typing goes on from there


def test_a_straight_house_style_straightens_curly_marks(
    qtbot, tmp_path, make_window, library: Library
) -> None:
    library.set_style_sheet(StyleSheet(conventions=Conventions(quotes="straight")).to_dict())
    window = make_window()
    _open(window, tmp_path)
    window.commands["smartQuotes"].trigger()
    type_keys(window.draft, "“It’s” 'x' \"y\"")
    assert _typed(window) == '"It\'s" \'x\' "y"'


def test_the_quotes_convention_round_trips_and_refuses_nonsense() -> None:
    from reviewdesk.core.style import StyleSheetError

    sheet = StyleSheet(conventions=Conventions(quotes="straight"))
    again = StyleSheet.from_toml(sheet.to_toml())
    assert again.conventions.quotes == "straight"
    assert 'quotes = "straight"' in sheet.to_toml()
    assert StyleSheet().conventions.quotes == "curly"  # the default
    with pytest.raises(StyleSheetError, match="quotes"):
        StyleSheet.from_dict({"conventions": {"quotes": "fancy"}})
