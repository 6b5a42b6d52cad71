"""A fourth walk through the window (ux11): what a copy editor tripped on.

A Word story's tracked changes all rejected at once left its list marks and table rows
on the wrong lines; the Revisions list at 1024 pixels cut "Deleted “back”" to a few
letters beside a whole date; a reopened article lit its first issue in the list while
the draft showed none selected. A tracked export did not say that it keeps the changes
the editor left undecided.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from word_window import margin_label, wait_structure
from writes import settle

from reviewdesk.formats.export import ExportFormat
from reviewdesk.gui.dialogs.export import ExportDialog, describe
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui


def test_reject_all_leaves_the_list_and_the_table_where_they_were(qtbot, story_window) -> None:
    window = story_window
    window.commands["rejectAllRevisions"].trigger()
    assert "Boats are back in the water" in window.draft.toPlainText()
    wait_structure(qtbot, window)
    labels = {
        line: margin_label(window, DRAFT, line)
        for line in ("Boats are back in the water", "Cafés have reopened", "Cost", "Weeks")
    }
    assert labels == {
        "Boats are back in the water": "•",
        "Cafés have reopened": "•",
        "Cost": "Row 1",
        "Weeks": "Row 2",
    }
    for line in ("£4.2m", "six", "The ferry may resume on Monday."):
        assert margin_label(window, DRAFT, line) == ""  # no bullet slid onto them


def test_the_revisions_list_shows_the_change_whole_on_a_laptop(qtbot, story_window) -> None:
    window = story_window
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    window.revisions_dock.raise_()
    qtbot.wait(50)
    QApplication.processEvents()
    table = window.revisions_panel.table
    assert table.isVisible()
    change = table.item(0, 0)
    assert change.text() == "Deleted “back”"
    need = table.fontMetrics().horizontalAdvance(change.text()) + table.iconSize().width()
    assert table.columnWidth(0) >= need  # not "De…"
    assert table.isColumnHidden(2)  # the date went; the tooltip keeps it
    assert "Night Editor, 15 Mar 2024" in change.toolTip()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: not table.isColumnHidden(2), timeout=3000)  # room again


def test_a_reopened_article_has_the_same_issue_selected_in_the_list_and_the_draft(
    qtbot, make_window: Callable[..., Any], wait_checked: Callable[..., None], demo_path: Path
) -> None:
    window = make_window()
    assert window.open_file(demo_path)
    wait_checked(window)
    window.commands["nextIssue"].trigger()
    assert window.issues_panel.current_row() == 0
    assert window.draft.textCursor().hasSelection()
    window.commands["closeArticle"].trigger()
    assert window.open_file(demo_path)  # from the library, as it was left
    wait_checked(window)
    shown = window.draft.textCursor()
    row = window.issues_panel.current_row()
    if row < 0:
        assert not shown.hasSelection()
    else:  # a row lit: its passage is the one selected in the draft
        issue = window.session.pane(DRAFT).issues[row]
        span = window.session.docmap(DRAFT).to_cp(shown.selectionStart())
        assert (span, shown.hasSelection()) == (issue.start, True)


def test_a_word_storys_page_header_is_no_heading_to_lowercase(
    story_window, wait_checked: Callable[..., None]
) -> None:
    """The paper's name, "Port Ellis Gazette", heads the pages and the list items are
    sentences: no finding that the headings are capitalised two ways, none offering
    "Port ellis gazette"."""
    wait_checked(story_window)
    issues = story_window.session.pane(DRAFT).issues
    assert not [i for i in issues if i.rule == "consistency-headings"]


def test_a_tracked_export_says_it_keeps_the_changes_left_undecided(
    qtbot, story_window, library, tmp_path
) -> None:
    window = story_window
    window.revisions_panel.select(3)  # the reporter's "will": accepted, the rest left
    window.revisions_panel.accept_button.click()
    window.session.flush()
    settle(window)
    dialog = ExportDialog(library, library.get_article(window.session.article.id))
    qtbot.addWidget(dialog)
    dialog.set_format(ExportFormat.DOCX_TRACKED)
    dialog.path_field.edit.setText(str(tmp_path / "out.docx"))
    assert dialog.export() is not None
    qtbot.waitUntil(lambda: dialog.export_result is not None, timeout=60_000)
    said = describe(dialog.export_result)
    assert "3 undecided changes from the original kept as they came" in said


def test_after_undoing_a_fix_the_list_and_both_panes_agree(
    qtbot, make_window: Callable[..., Any], wait_checked: Callable[..., None], demo_path: Path
) -> None:
    """Apply, ignore the next, Ctrl+Z: the fix comes undone and the caret is back on its
    passage. The list lit one issue, the draft showed none selected and the original
    still showed the ignored one's word: three answers to "where am I"."""
    window = make_window()
    assert window.open_file(demo_path)
    wait_checked(window)
    window.commands["nextIssue"].trigger()
    window.commands["applySuggestion"].trigger()
    wait_checked(window)
    window.commands["ignoreIssue"].trigger()
    wait_checked(window)
    window.commands["undo"].trigger()
    wait_checked(window)
    draft, original = window.draft.textCursor(), window.original.textCursor()
    row = window.issues_panel.current_row()
    if row < 0:
        assert not draft.hasSelection() and not original.hasSelection()
    else:
        issue = window.session.pane(DRAFT).issues[row]
        docmap = window.session.docmap(DRAFT)
        shown = (docmap.to_cp(draft.selectionStart()), docmap.to_cp(draft.selectionEnd()))
        assert shown == (issue.start, issue.end)
