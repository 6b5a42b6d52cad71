"""The issues panel reads whole in a narrow dock: two lines per issue, nothing cut off."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QImage

from reviewdesk.core.models import Category, Issue, make_issue
from reviewdesk.gui.issue_rows import row_text
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.palette import category_colour

pytestmark = pytest.mark.gui

TEXT = "The vote was on tuesday.\nShare this article: Facebook Twitter Email Print"


def _issues() -> list[Issue]:
    day = TEXT.index("tuesday")
    share = TEXT.index("Share")
    return [
        replace(
            make_issue(
                TEXT,
                day,
                day + 7,
                category=Category.CAPITALIZATION,
                rule="SpellCheck",
                engine="harper",
                message="Did you mean to spell `tuesday` this way?",
                replacements=["Tuesday", "Tuesdays"],
            ),
            engines=("harper", "house-style"),
        ),
        make_issue(
            TEXT,
            share,
            len(TEXT),
            category=Category.DEBRIS,
            rule="debris-share",
            engine="debris",
            message="Share buttons from the web page.",
            replacements=[""],
        ),
    ]


def test_a_row_says_what_where_the_fix_and_who_found_it() -> None:
    day, share = (row_text(i) for i in _issues())
    assert day.category == "Capitalisation"
    assert day.change == "“tuesday” → “Tuesday”"
    assert day.engines == "Harper, House style"
    assert day.message == "Did you mean to spell `tuesday` this way?"
    assert share.change.endswith("→ (remove)")
    assert len(share.change) < 60  # a long passage is shortened, not the whole line


def test_a_finding_of_several_places_keeps_line_one_and_leads_line_two_with_the_count() -> None:
    """The count must not push the category off line one nor be elided off line two's end."""
    day = _issues()[0]
    places = [replace(day, group="g"), replace(day, group="g", start=day.start + 1)]
    row = row_text(places[0], places)
    assert row.change == "“tuesday” → “Tuesday”"
    assert row.message.startswith("2 places · Did you mean")
    assert "(2 places)" not in row.message


def _pixels(image: QImage, top: int, bottom: int, width: int) -> set[tuple[int, int, int]]:
    return {
        image.pixelColor(x, y).getRgb()[:3]  # type: ignore[misc]
        for y in range(top, bottom)
        for x in range(0, width)
    }


def test_narrow_panel_shows_one_full_width_column_of_two_line_rows(qtbot) -> None:
    panel = IssuesPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_issues(_issues(), "2 issues")
    view = panel.view
    visible = [c for c in range(panel.model.columnCount()) if not view.isColumnHidden(c)]
    assert visible == [0]
    assert view.columnWidth(0) >= view.viewport().width() - 2  # nothing to scroll sideways
    line = view.fontMetrics().height()
    assert view.rowHeight(0) >= 2 * line

    panel.select_row(1)
    image = view.viewport().grab().toImage()
    rows = [
        (view.rowViewportPosition(r), view.rowViewportPosition(r) + view.rowHeight(r))
        for r in (0, 1)
    ]
    # each row draws its category's colour chip
    for (top, bottom), category in zip(
        rows, (Category.CAPITALIZATION, Category.DEBRIS), strict=True
    ):
        chip = category_colour(category).getRgb()[:3]
        assert chip in _pixels(image, top, bottom, 30), category
    # the selected row is drawn as selected
    highlight = view.palette().highlight().color()
    selected = _pixels(image, rows[1][0], rows[1][1], view.viewport().width())
    assert any(_close(QColor(*p), highlight) for p in selected)


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 12
