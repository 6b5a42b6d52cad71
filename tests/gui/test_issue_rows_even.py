"""Issue rows read alike in a narrow issues panel (the 1024×700 screen, a large font):
every row's category on the same line, not some first and some second."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from reviewdesk.core.models import Category, Issue
from reviewdesk.gui.issue_rows import fit_first_line, row_text

pytestmark = pytest.mark.gui

TEXT = "Now, onyl candidates loyal to him will run,as before."


def _issue(flagged: str, fix: str, category: Category) -> Issue:
    start = TEXT.index(flagged)
    return Issue(
        start,
        start + len(flagged),
        flagged,
        category,
        "RULE",
        "harper",
        "A message.",
        replacements=(fix,),
    )


ROWS = [
    _issue("onyl", "only", Category.SPELLING),  # short: fits beside its category anywhere
    _issue(",", ", ", Category.SPACING),
    _issue("candidates loyal to him", "candidates loyal to him alone", Category.CONFUSION),
]


def _categories_on_line_one(width: int, point_size: float) -> list[bool]:
    font = QFont()
    font.setPointSizeF(point_size)
    bold = QFont(font)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
    return [
        bool(fit_first_line(row_text(issue), width, metrics, bold_metrics).category)
        for issue in ROWS
    ]


@pytest.mark.parametrize(("width", "points"), [(230, 9.0), (300, 14.0), (180, 9.0)])
def test_in_a_narrow_panel_every_category_is_on_line_two(qapp, width: int, points: float) -> None:
    assert _categories_on_line_one(width, points) == [False, False, False]


@pytest.mark.parametrize(("width", "points"), [(480, 9.0), (700, 14.0)])
def test_in_a_wide_panel_every_category_starts_line_one(qapp, width: int, points: float) -> None:
    assert _categories_on_line_one(width, points) == [True, True, True]
