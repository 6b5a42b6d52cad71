"""The one table of actions: menus, toolbar and enabling come from it, and a new entry is
one row (the seam the library window and the history view will use)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu

from reviewdesk.gui.actions import ACTIONS, MENUS, Actions, ActionSpec, When

pytestmark = pytest.mark.gui


def _entries(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def test_every_menu_row_is_in_its_menu_in_table_order(make_window) -> None:
    window = make_window()
    for key, _title in MENUS:
        rows = [spec.id for spec in ACTIONS if spec.menu == key]
        shown = [name for name in _entries(window.menus[key]) if name in rows]
        assert shown == rows, key
    assert window.menus["view"].actions()[0] is window.issues_dock.toggleViewAction()


def test_article_actions_wait_for_an_article(make_window, demo_path) -> None:
    window = make_window()
    needs = [spec.id for spec in ACTIONS if spec.enabled_when is When.ARTICLE]
    assert needs and not any(window.commands[i].isEnabled() for i in needs)
    assert window.commands["open"].isEnabled()
    assert window.open_file(demo_path)
    assert all(window.commands[i].isEnabled() for i in needs)


def test_a_new_entry_is_one_row(qtbot) -> None:
    host = QMainWindow()
    qtbot.addWidget(host)
    row = ActionSpec("wordCount", "&Word count…", "Words in the draft", "Ctrl+Shift+J", "view")
    actions = Actions(host, [*ACTIONS, row])
    ran: list[bool] = []
    actions.bind("wordCount", lambda: ran.append(True))
    menus = actions.build_menus(host.menuBar(), {})
    actions.build_toolbar(host, QComboBox())
    assert "wordCount" in _entries(menus["view"])
    actions["wordCount"].trigger()
    assert ran == [True]
    with pytest.raises(ValueError, match="share an id"):
        Actions(host, [*ACTIONS, ActionSpec("open", "Again", "twice")])
