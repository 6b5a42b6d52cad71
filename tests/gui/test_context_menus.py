"""The context menus of the draft and of the issues panel (issue 9, fault 5): "Add to
dictionary" only for words, switching a check off out of the way and asked first, never
for the spell checker as a whole, and rule names instead of rule ids on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox
from writes import settle

from reviewdesk.desk.settings import DISABLED_RULES
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

# a full stop (no space after it), a quote mark left open, and a misspelt word
TEXT = (
    "The council met on Monday.Residents were not convinced.\n"
    'She called it "a disaster, said Okafor.\n'
    "The mayor said the recieve was late."
)


def _open(tmp_path: Path, make_window, wait_checked):  # type: ignore[no-untyped-def]
    path = tmp_path / "menus.txt"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    return window


def _issue(window, text: str):  # type: ignore[no-untyped-def]
    found = [i for i in window.session.pane(DRAFT).issues if i.text == text]
    assert found, f"the checkers flag {text!r} in the test article"
    return found[0]


def _menu_on(window, issue) -> QMenu:  # type: ignore[no-untyped-def]
    """The draft's context menu with the mouse just inside the issue's first character."""
    cursor = QTextCursor(window.draft.document())
    cursor.setPosition(issue.start)  # ASCII text: positions agree
    point = window.draft.cursorRect(cursor).center() + QPoint(1, 0)
    assert window.draft.issue_at(point) == issue
    return window.draft.build_context_menu(point)


def _top(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _everything(menu: QMenu) -> list[str]:
    """Every entry's text, submenus' entries included."""
    out = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        out.append(action.text().replace("&", ""))
        if action.menu() is not None:
            out.extend(_everything(action.menu()))
    return out


def _both_menus(window, issue) -> list[QMenu]:  # type: ignore[no-untyped-def]
    row = window.issues_panel.model.row_of(window.session.pane(DRAFT).index_of(issue))
    panel = window.issues_panel.build_context_menu(row)
    assert panel is not None
    return [_menu_on(window, issue), panel]


def test_add_to_dictionary_is_not_offered_on_punctuation(
    tmp_path, make_window, wait_checked
) -> None:
    window = _open(tmp_path, make_window, wait_checked)
    for text in (".", '"'):
        for menu in _both_menus(window, _issue(window, text)):
            assert "Ignore" in _top(menu)
            assert "Add to dictionary" not in _everything(menu), text


def test_a_misspelling_offers_the_dictionary_and_never_switching_spelling_off(
    tmp_path, make_window, wait_checked
) -> None:
    window = _open(tmp_path, make_window, wait_checked)
    recieve = _issue(window, "recieve")
    assert recieve.rule == "SpellCheck"
    for menu in _both_menus(window, recieve):
        entries = _everything(menu)
        assert "Add to dictionary" in entries and "My dictionary" in entries
        assert not any("disable" in e.lower() or "switch off" in e.lower() for e in entries)


def test_switching_a_check_off_is_out_of_the_way_and_asks_in_words(
    qtbot, tmp_path, make_window, wait_checked, library, when_shown
) -> None:
    window = _open(tmp_path, make_window, wait_checked)
    stop = _issue(window, ".")
    menu = _menu_on(window, stop)
    top = _top(menu)
    assert top[0] == "“. ”"  # the suggestion first
    assert not any(t.startswith(("Disable", "Switch off")) for t in top)  # not one slip away
    (rule_menu,) = [a.menu() for a in menu.actions() if a.menu() is not None and "Rule" in a.text()]
    (switch,) = [a for a in rule_menu.actions() if a.text().startswith("Switch off")]
    asked: list[str] = []

    def answer(button: str):  # type: ignore[no-untyped-def]
        def act(box: QMessageBox) -> None:
            asked.append(f"{box.text()} {box.informativeText()}")
            (chosen,) = [b for b in box.buttons() if b.text().replace("&", "") == button]
            chosen.click()

        return act

    when_shown(QMessageBox, answer("Cancel"))
    switch.trigger()
    assert asked and DISABLED_RULES.read(library) == ()  # cancelled: nothing switched off
    assert stop.rule not in asked[0]  # human words, not "missing-space-after-sentence"
    assert "Missing space after a sentence" in asked[0]

    when_shown(QMessageBox, answer("Switch off"))
    switch.trigger()
    settle(window)  # the window writes off its UI thread
    assert DISABLED_RULES.read(library) == (stop.rule,)
    assert stop.rule not in {i.rule for i in window.session.pane(DRAFT).issues}
    assert stop.rule not in window.statusBar().currentMessage()


def test_no_rule_id_is_shown_in_a_menu(tmp_path, make_window, wait_checked) -> None:
    window = _open(tmp_path, make_window, wait_checked)
    for issue in window.session.pane(DRAFT).issues:
        for menu in _both_menus(window, issue):
            assert not any(issue.rule in entry for entry in _everything(menu)), issue.rule
