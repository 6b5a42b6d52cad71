"""The user guide's Menus and Keyboard shortcuts tables against a real window's menus.

A menu entry added, moved, renamed or given another key, and the guide not told, fails
here: the tables are read from the README, the menus and shortcuts from a real
MainWindow built offscreen.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from readme_guide import MENU_ARROW, plain, section, table_rows
from reviewdesk.gui.action_table import MARK_DONE_TEXT, REOPEN_TEXT
from reviewdesk.gui.i18n import translate

pytestmark = pytest.mark.gui

PORTABLE = QKeySequence.SequenceFormat.PortableText


def _keys(action: QAction) -> set[str]:
    return {k.toString(PORTABLE) for k in action.shortcuts()}


def _entries(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator()]


def _window_menus(window) -> dict[str, QMenu]:  # type: ignore[no-untyped-def]
    """Menu title (as the guide writes it) -> menu, in menu-bar order."""
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menus[plain(action.text())] = menu
    return menus


def _split_entries(cell: str) -> list[str]:
    """ "Open…, Panels (Automatic, Stacked), Legend" -> its three entries."""
    return [e.strip() for e in re.split(r",\s*(?![^()]*\))", cell) if e.strip()]


def _guide_menus() -> dict[str, list[str]]:
    return {row[0]: _split_entries(row[1]) for row in table_rows(section("Menus"))}


def test_the_menus_table_is_the_window_s_menus(make_window) -> None:
    """Every menu, in order; every entry, in order; a submenu's entries in brackets; an
    entry whose text changes with the article, its other text in brackets."""
    window = make_window()
    menus = _window_menus(window)
    guide = _guide_menus()
    assert list(guide) == list(menus)
    other_text = {
        plain(translate("Actions", MARK_DONE_TEXT)): plain(translate("Actions", REOPEN_TEXT))
    }
    for title, menu in menus.items():
        documented = []
        for action in _entries(menu):
            name = plain(action.text())
            sub = action.menu()
            shown = [plain(a.text()) for a in _entries(sub)] if isinstance(sub, QMenu) else []
            if shown:
                name += f" ({', '.join(shown)})"
            elif name in other_text:
                name += f" ({other_text[name]})"
            documented.append(name)
        assert guide[title] == documented, title


def _guide_shortcuts() -> list[tuple[str, str, str]]:
    """(key sequence, menu, entry) for each row of the Keyboard shortcuts table."""
    rows = []
    for row in table_rows(section("Keyboard shortcuts")):
        key = QKeySequence(row[0].strip("`")).toString(PORTABLE)
        assert key, f"not a key sequence: {row[0]}"
        menu, _, entry = row[1].partition(MENU_ARROW)
        rows.append((key, menu.strip(), entry.strip()))
    return rows


def test_each_shortcut_in_the_guide_is_its_menu_entry_s_real_one(make_window) -> None:
    window = make_window()
    menus = _window_menus(window)
    rows = _guide_shortcuts()
    assert len(rows) >= 20
    wrong = []
    for key, menu_title, entry in rows:
        actions = [a for a in _entries(menus[menu_title]) if plain(a.text()) == entry]
        if len(actions) != 1 or key not in _keys(actions[0]):
            wrong.append(f"{key}: {menu_title} {MENU_ARROW} {entry}")
    assert wrong == [], f"the guide's shortcut is not that entry's: {wrong}"


def test_every_shortcut_of_the_window_is_in_the_guide(make_window) -> None:
    """Every action of the window with a key, in a menu or not, has its row."""
    window = make_window()
    places = {
        action: (title, plain(action.text()))
        for title, menu in _window_menus(window).items()
        for action in _entries(menu)
    }
    documented = {(key, menu, entry) for key, menu, entry in _guide_shortcuts()}
    keyed = [a for a in window.findChildren(QAction) if a.shortcuts()]
    assert keyed, "the window has no action with a shortcut"
    missing = []
    for action in keyed:
        menu, entry = places.get(action, ("(no menu)", plain(action.text())))
        missing += [
            f"{key}: {menu} {MENU_ARROW} {entry}"
            for key in _keys(action)
            if (key, menu, entry) not in documented
        ]
    assert missing == [], f"shortcuts the guide's table lacks: {missing}"
