"""A document-wide choice in the window (issue 11, precision): straight apostrophes all
through an American article are marked at every place in the draft, listed as ONE row
(the summary counts them once), Apply fixes every place as one undo step, Ignore ignores
them all. Real checker, default AP sheet; an emoji before the text (Qt's UTF-16
positions differ from code points)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from reviewdesk.core.groups import count_findings, findings
from reviewdesk.core.models import Article
from reviewdesk.gui.pane_state import summarize
from reviewdesk.service.panes import DRAFT

pytestmark = pytest.mark.gui

TEXT = (
    "😀 The city's mayor said the council's plan would organize the budget and modernize "
    "the harbor. 🐈 The color of the new theater was criticized by the mayor's critics.\n\n"
    "The meeting ran late, and the mayor’s aides said the plan would help the "
    "neighborhood.\n"
)
FIXED = TEXT.replace("'", "’")
RULE = "consistency-apostrophes"


def _apostrophes(window):  # type: ignore[no-untyped-def]
    return [i for i in window.session.pane(DRAFT).issues if i.rule == RULE]


def _open(make_window, library, wait_checked):  # type: ignore[no-untyped-def]
    article = library.add_article(Article(None, "Apostrophes", TEXT, TEXT, language="en-US"))
    window = make_window()
    window.open_article(article)
    wait_checked(window)
    return window


def test_one_row_marked_everywhere_applied_in_one_undo_step(
    qtbot, make_window, library, wait_checked
) -> None:
    window = _open(make_window, library, wait_checked)
    places = _apostrophes(window)
    assert len(places) == 3
    issues = window.session.pane(DRAFT).issues
    docmap = window.session.docmap(DRAFT)

    # every place is marked in the draft: the mouse on each finds its issue
    for place in places:
        cursor = QTextCursor(window.draft.document())
        cursor.setPosition(docmap.to_qt(place.start))
        point = window.draft.cursorRect(cursor).center() + QPoint(1, 0)
        assert window.draft.issue_at(point) == place
    # its first suggestion says it fixes every place
    menu = window.draft.build_context_menu(point)
    tips = [a.toolTip() for a in menu.actions()]
    assert any("all 3 places" in tip for tip in tips), tips

    # one row in the list, and the summary counts the finding once
    model = window.issues_panel.model
    rows = {model.row_of(issues.index(p)) for p in places}
    assert len(rows) == 1
    row = rows.pop()
    assert model.rowCount() == count_findings(issues) == len(issues) - 2
    assert "(3 places)" in model.data(model.index(row, 2))
    assert window.issues_panel.summary.text().startswith(f"{model.rowCount()} issue")
    # the rows and counts the check thread built with the result are those counted afresh
    assert window.issues_panel.summary.text() == summarize(list(issues))
    listed = [[issues[n] for n in places] for places in findings(issues)]
    assert [model.places(r) for r in range(model.rowCount())] == listed
    state = window.session.pane(DRAFT)
    assert state.found is window.session.pane(DRAFT).found  # kept, not rebuilt
    state.issues = issues[:-1]  # a list set without its findings: they are counted again
    assert state.found.count == count_findings(issues[:-1])
    state.issues = issues

    # clicking the row selects its first place in the draft
    window.issues_panel.issue_activated.emit(model.first_index(row))
    assert window.draft.textCursor().selectedText() == "'"
    assert window.issues_panel.current_row() == issues.index(places[0])

    # Apply on it: every place, one change
    assert window.review.apply_current()
    assert window.draft.toPlainText() == FIXED
    assert "3 places" in window.statusBar().currentMessage()
    wait_checked(window)
    assert not _apostrophes(window)
    window.draft.undo()  # ONE step takes every place back
    assert window.draft.toPlainText() == TEXT
    wait_checked(window)
    assert len(_apostrophes(window)) == 3


def test_ignore_ignores_every_place(qtbot, make_window, library, wait_checked) -> None:
    window = _open(make_window, library, wait_checked)
    places = _apostrophes(window)
    assert len(places) == 3
    assert window.review.ignore(places[1])
    assert not _apostrophes(window)
    window.session.check_draft()
    wait_checked(window)
    assert not _apostrophes(window)  # still ignored after a fresh check
    assert window.draft.toPlainText() == TEXT
