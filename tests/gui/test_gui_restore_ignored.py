"""Review ▸ Restore ignored issues… brings back the ignores the editor ticks, not all of
them: one slip among several ignores is taken back alone."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from writes import settle

from reviewdesk.core.text import quoted_for_screen
from reviewdesk.gui.dialogs.restore_ignored import RestoreIgnoredDialog
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _ignore_two(qtbot, window, demo_path, wait_checked):  # type: ignore[no-untyped-def]
    """Open the demo and ignore two issues by keyboard (F8, Ctrl+Shift+I twice: the
    second acts on the issue the first went on to); the two issues, oldest first."""
    window.open_file(demo_path)
    wait_checked(window)
    window.activateWindow()
    window.draft.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.draft, Qt.Key.Key_F8)
    ignored = []
    for _ in range(2):
        issues = window.session.pane(DRAFT).issues
        ignored.append(issues[window.session.current_issue()])
        qtbot.keyClick(window.draft, Qt.Key.Key_I, CTRL_SHIFT)
        wait_checked(window, (DRAFT,))
    assert ignored[0].text != ignored[1].text
    return ignored


def _listed(window):  # type: ignore[no-untyped-def]
    keys = {i.key for i in window.session.pane(DRAFT).issues}
    in_panel = {i.key for i in window.issues_panel.model.issues}
    return keys, in_panel


def test_restore_brings_back_only_the_issue_ticked(
    qtbot, make_window, library, demo_path, wait_checked, when_shown
) -> None:
    window = make_window()
    older, newer = _ignore_two(qtbot, window, demo_path, wait_checked)
    rows: list[tuple[str, bool]] = []

    def take_back_the_older(dialog: RestoreIgnoredDialog) -> None:
        items = [dialog.list.item(n) for n in range(dialog.list.count())]
        rows.extend((i.text(), i.checkState() == Qt.CheckState.Checked) for i in items)
        items[0].setCheckState(Qt.CheckState.Unchecked)  # the newest, ticked for us
        items[1].setCheckState(Qt.CheckState.Checked)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    answered = when_shown(RestoreIgnoredDialog, take_back_the_older)
    window.commands["restoreIgnored"].trigger()
    assert answered
    # newest first, the newest ticked; passages quoted, the check named in words
    assert [checked for _text, checked in rows] == [True, False]
    assert rows[0][0].startswith(quoted_for_screen(newer.text, 60))
    assert rows[1][0].startswith(quoted_for_screen(older.text, 60))
    assert all("_" not in text for text, _checked in rows)  # no rule ids
    assert window.statusBar().currentMessage() == "Restored 1 ignored issue"
    wait_checked(window)
    draft_keys, panel_keys = _listed(window)
    assert older.key in draft_keys and older.key in panel_keys
    assert newer.key not in draft_keys and newer.key not in panel_keys
    assert window.commands["restoreIgnored"].isEnabled()  # one is still ignored
    settle(window)
    assert library.ignored_keys(window.session.article.id) == {newer.key}


def test_cancelling_the_restore_changes_nothing(
    qtbot, make_window, library, demo_path, wait_checked, when_shown
) -> None:
    window = make_window()
    older, newer = _ignore_two(qtbot, window, demo_path, wait_checked)
    answered = when_shown(RestoreIgnoredDialog, lambda dialog: dialog.reject())
    window.commands["restoreIgnored"].trigger()
    assert answered
    draft_keys, _panel = _listed(window)
    assert older.key not in draft_keys and newer.key not in draft_keys
    settle(window)
    assert library.ignored_keys(window.session.article.id) == {older.key, newer.key}


def test_the_list_waits_for_the_library_without_holding_the_window(
    qtbot, make_window, library, demo_path, wait_checked, when_shown
) -> None:
    """Another program holds the library's write lock (a second sqlite3 connection, as an
    ``sqlite3`` shell would), so a moment-old ignore is not stored yet: the command
    returns at once with a busy message (it used to wait on the UI thread, up to 2 s),
    and the list comes once the write lands, the newest ignore in it."""
    window = make_window()
    _ignore_two(qtbot, window, demo_path, wait_checked)
    listed: list[str] = []

    def look(dialog: RestoreIgnoredDialog) -> None:
        listed.extend(dialog.list.item(n).text() for n in range(dialog.list.count()))
        dialog.reject()

    answered = when_shown(RestoreIgnoredDialog, look, timeout_ms=60_000)
    other = sqlite3.connect(library.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        issues = window.session.pane(DRAFT).issues
        newest = issues[window.session.current_issue()]
        qtbot.keyClick(window.draft, Qt.Key.Key_I, CTRL_SHIFT)  # stored once the lock goes
        window.commands["restoreIgnored"].trigger()  # returns at once
        assert not answered
        assert "Waiting for the library" in window.statusBar().currentMessage()
        other.rollback()
        qtbot.waitUntil(lambda: bool(answered), timeout=60_000)
    finally:
        other.close()
    assert len(listed) == 3
    assert listed[0].startswith(quoted_for_screen(newest.text, 60))


PERCENTAGES = (
    "Prices rose 5 percent in May.\n\nWages rose 3 percent in the spring.\n\n"
    "Rents rose 4 percent last year.\n\nFuel rose 2 per cent in June.\n\n"
    "Food rose 6 per cent in the city.\n"
)


def test_the_status_line_counts_the_issue_ticked_not_its_places(
    qtbot, make_window, tmp_path, wait_checked, when_shown
) -> None:
    """One finding ignored at two places ("per cent" twice) is one line in the restore
    list; taking it back says one issue, and its two places, not "2 ignored issues"."""
    path = tmp_path / "percentages.txt"
    path.write_text(PERCENTAGES, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    per_cent = [i for i in issues if i.text == "per cent"]
    assert len(per_cent) == 2
    window.session.show_issue(issues.index(per_cent[0]))
    window.commands["ignoreIssue"].trigger()
    wait_checked(window, (DRAFT,))
    assert not [i for i in window.session.pane(DRAFT).issues if i.text == "per cent"]
    rows: list[str] = []

    def take_it_back(dialog: RestoreIgnoredDialog) -> None:
        rows.extend(dialog.list.item(n).text() for n in range(dialog.list.count()))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    answered = when_shown(RestoreIgnoredDialog, take_it_back)
    window.commands["restoreIgnored"].trigger()
    assert answered and len(rows) == 1
    assert window.statusBar().currentMessage() == "Restored 1 ignored issue (2 places)"
    wait_checked(window)
    assert len([i for i in window.session.pane(DRAFT).issues if i.text == "per cent"]) == 2
