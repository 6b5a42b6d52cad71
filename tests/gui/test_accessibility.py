"""Every control has a name a screen reader can say, in the window and in its dialogs.

The name is the one Qt's accessibility layer reports (``QAccessibleInterface.text(Name)``):
a button's text, a field's buddy label, or an explicit ``accessibleName``. A focusable
widget without one is read out as "edit" or "button" and nothing else.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget, QWidgetAction
from word_window import wait_structure

from fixtures_import.word_desk import write_desk_story

pytestmark = pytest.mark.gui

# Controls that open a dialog from the window (the article's ones need one open).
DIALOG_ACTIONS = [
    "openLibrary",
    "history",
    "pasteArticle",
    "export",
    "compare",
    "styleSheet",
    "checking",
    "dictionary",
    "exportPdf",
    "print",
]


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    """The focusable widgets in ``top``'s window that have no (or a one-letter) name."""
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not top:
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own part of a named control
            continue
        if len(accessible_name(widget)) < 2:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def unnamed_actions(top: QWidget) -> list[str]:
    """Actions (menu entries, toolbar buttons) with no text."""
    out = []
    for action in top.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None or isinstance(action, QWidgetAction):
            continue  # a widget on a toolbar is named as a widget
        if action.objectName().startswith("_q_"):  # Qt's own, e.g. a field's clear button
            continue
        if not action.text().replace("&", "").strip():
            out.append(action.objectName() or repr(action))
    for menu in top.findChildren(QMenu):
        if menu.title() == "" and menu.menuAction().isVisible() and menu.parent() is top:
            out.append(f"menu {menu.objectName()!r}")
    return out


def test_every_control_of_the_window_has_a_name(make_window, demo_path) -> None:
    window = make_window()
    assert unnamed(window) == []  # the empty window
    assert window.open_file(demo_path)
    window.find_bar.open(replace=True)
    QApplication.processEvents()
    assert unnamed(window) == []
    assert unnamed_actions(window) == []
    # the panes say which is which
    assert accessible_name(window.original) == "Original"
    assert accessible_name(window.draft) == "Draft"


def test_a_word_story_with_revisions_and_warnings_names_every_control(
    qtbot, make_window, tmp_path
) -> None:
    """The Revisions panel, the warning bar and the structure only fill in for a Word
    story with tracked changes; named there too."""
    window = make_window()
    assert window.open_file(write_desk_story(tmp_path / "story.docx"))
    wait_structure(qtbot, window)
    assert window.revisions_panel.table.rowCount() > 0 and window.warning_bar.isVisible()
    assert unnamed(window) == []
    assert unnamed_actions(window) == []
    assert accessible_name(window.revisions_panel.table) == "Revisions"


@pytest.mark.parametrize("action_id", DIALOG_ACTIONS)
def test_every_control_of_each_dialog_has_a_name(
    make_window, demo_path, when_shown, action_id: str
) -> None:
    window = make_window()
    assert window.open_file(demo_path)
    found: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        found.append(unnamed(dialog) + [f"action {a}" for a in unnamed_actions(dialog)])
        dialog.reject()

    seen = when_shown(QDialog, look)
    window.commands[action_id].trigger()
    assert seen, f"{action_id} opened no dialog"
    assert found == [[]], action_id


def test_the_small_dialogs_name_their_controls(qtbot, tmp_path) -> None:
    from reviewdesk.core.models import Category, Issue
    from reviewdesk.gui.dialogs.apply_all import ApplyAllDialog
    from reviewdesk.gui.dialogs.encoding import EncodingDialog
    from reviewdesk.gui.notes_panel import NoteDialog

    text = "teh cat and teh dog"
    issues = [
        Issue(s, s + 3, "teh", Category.SPELLING, "typo", "harper", "Typo", ("the",))
        for s in (0, 12)
    ]
    path = tmp_path / "cafe.txt"
    path.write_bytes("Le café était fermé.".encode("cp1252"))
    dialogs = [
        NoteDialog(None, "the passage", "a note"),
        ApplyAllDialog(text, issues, None, "typo"),
        EncodingDialog(path, path.read_bytes(), "cp1252"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], dialog.objectName()
        assert unnamed_actions(dialog) == [], dialog.objectName()
