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


@pytest.mark.parametrize("above", [1, 40, 90])
def test_just_above_narrow_a_long_row_keeps_its_category_first_too(qapp, above: int) -> None:
    """Between the narrow width and a wide one, the row of a long fix ("candidates loyal
    to him" → "candidates loyal to him alone") moved its own category to line two while
    the others kept theirs first: it stays first, and the fix is cut at its end instead
    (whole in the row's tooltip)."""
    font = QFont()
    font.setPointSizeF(9.0)
    bold = QFont(font)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
    narrow = bold_metrics.horizontalAdvance("Confused words  ") + metrics.horizontalAdvance(
        "“tuesday” → “Tuesday”"
    )
    width = narrow + above
    shown = [fit_first_line(row_text(issue), width, metrics, bold_metrics) for issue in ROWS]
    assert [bool(line.category) for line in shown] == [True, True, True]
    long_row = shown[2]
    assert "→ “candid" in long_row.change  # the fix starts where it did
    used = bold_metrics.horizontalAdvance(long_row.category + "  ") + metrics.horizontalAdvance(
        long_row.change
    )
    assert used <= width
