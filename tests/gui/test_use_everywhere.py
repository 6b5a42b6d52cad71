"""“Use … everywhere” in the window (issue 11 item 4): the draft's and the issues panel's
context menus offer it on a consistency finding with its counts; one click changes every
other form (emoji before the text: Qt's UTF-16 positions differ from code points), the
draft is re-checked and the finding is gone, and one Undo restores everything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from reviewdesk.core.models import Article
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

CASES = [
    (
        "en-GB",
        "😀 Sales rose 5 per cent. 🐈 Costs rose 4 per cent.\n"
        "Pay rose 3%, rent 2 per cent and fees 7%.\n",
        "consistency-percent",
        "Use “per cent” everywhere (2 changes)",
        "per cent ×3, % ×2",
        "😀 Sales rose 5 per cent. 🐈 Costs rose 4 per cent.\n"
        "Pay rose 3 per cent, rent 2 per cent and fees 7 per cent.\n",
    ),
    (
        "en-US",
        "😀 Anna Müller spoke first. 🐈 Later Müller left.\nMüller said no. Muller said yes.\n",
        "name-variant",
        "Use “Müller” everywhere (1 change)",
        "Müller ×3, Muller ×1",
        "😀 Anna Müller spoke first. 🐈 Later Müller left.\nMüller said no. Müller said yes.\n",
    ),
    (  # a kind the window offered nothing for before consist16
        "en-US",
        "😀 The city has 100,000 people. 🐈 The county has 250,000 people.\n"
        "The state has 3400000 people.\n",
        "consistency-thousands",
        "Use one form everywhere: with a comma “37,542” (1 change)",
        "with a comma “37,542” ×2, without one “37542” ×1",
        "😀 The city has 100,000 people. 🐈 The county has 250,000 people.\n"
        "The state has 3,400,000 people.\n",
    ),
]


def _action(menu: QMenu) -> QAction | None:
    return next((a for a in menu.actions() if a.objectName() == "useFormEverywhere"), None)


@pytest.mark.parametrize(("language", "text", "rule", "label", "counts", "after"), CASES)
def test_use_this_form_everywhere_is_one_undo_step(
    qtbot,
    make_window,
    library,
    wait_checked,
    language: str,
    text: str,
    rule: str,
    label: str,
    counts: str,
    after: str,
) -> None:
    article = library.add_article(Article(None, "Forms", text, text, language=language))
    window = make_window()
    window.open_article(article)
    wait_checked(window)
    issues = [i for i in window.session.pane(DRAFT).issues if i.rule == rule]
    assert issues, f"the engines report {rule} in the test article"
    issue = issues[-1]

    # the draft's menu, with the mouse on the issue (its UTF-16 position)
    cursor = QTextCursor(window.draft.document())
    cursor.setPosition(window.session.docmap(DRAFT).to_qt(issue.start))
    point = window.draft.cursorRect(cursor).center() + QPoint(1, 0)
    assert window.draft.issue_at(point) == issue
    action = _action(window.draft.build_context_menu(point))
    assert action is not None
    assert action.text() == label
    assert counts in action.toolTip() and rule in action.toolTip()
    assert rule not in action.text()

    # the issues panel's menu offers the same
    # (one row per finding: the row listing this place)
    row = window.issues_panel.model.row_of(window.session.pane(DRAFT).issues.index(issue))
    panel_menu = window.issues_panel.build_context_menu(row)
    assert panel_menu is not None
    from_panel = _action(panel_menu)
    assert from_panel is not None and from_panel.text() == label

    from_panel.trigger()
    assert window.draft.toPlainText() == after
    wait_checked(window)
    assert not [i for i in window.session.pane(DRAFT).issues if i.rule == rule]
    assert "everywhere" in window.statusBar().currentMessage()

    window.draft.undo()  # ONE step takes every change back
    assert window.draft.toPlainText() == text
    wait_checked(window)
    assert [i for i in window.session.pane(DRAFT).issues if i.rule == rule]
    window.draft.redo()
    assert window.draft.toPlainText() == after


def test_no_offer_on_an_issue_that_is_no_choice_of_form(
    qtbot, make_window, library, wait_checked
) -> None:
    text = "😀 The mayor said the recieve was late.\n"
    article = library.add_article(Article(None, "Typo", text, text))
    window = make_window()
    window.open_article(article)
    wait_checked(window)
    issues = window.session.pane(DRAFT).issues
    assert issues
    for row in range(window.issues_panel.model.rowCount()):
        menu = window.issues_panel.build_context_menu(row)
        assert menu is None or _action(menu) is None


def test_a_style_is_named_not_quoted(qapp) -> None:  # type: ignore[no-untyped-def]
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.consistency.checker import find_consistency
    from reviewdesk.desk.uniform import uniform_for
    from reviewdesk.gui.uniform_commands import action_text

    text = "😀 She has three dogs and 4 cats. He has five birds and six fish."
    issues = find_consistency(text, CheckContext())
    found = uniform_for(issues[0], issues, text)
    assert found is not None
    assert action_text(found) == "Use one form everywhere: in words (1 change)"
