"""The issues panel reads whole in a narrow dock: two lines per issue, nothing cut off."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor, QImage

from reviewdesk.core.models import Category, Issue, make_issue
from reviewdesk.gui.issue_rows import IssueRowDelegate, row_text
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


def test_a_removal_names_its_paragraph_not_the_blank_lines_it_takes() -> None:
    """A comment form's line goes with the blank lines before it; the row read
    “ ⏎ ⏎ Le… a Reply” → (remove). It names the paragraph; a line break inside the
    passage still shows."""
    text = "The council met.\n\nLeave a Reply\n\nName *\nEmail *"
    start = text.index("\n\nLeave")
    reply = make_issue(
        text,
        start,
        start + len("\n\nLeave a Reply"),
        category=Category.DEBRIS,
        rule="debris-comment-form",
        engine="debris",
        message="Comment-form text from the web page.",
        replacements=[""],
    )
    form = make_issue(
        text,
        text.index("\n\nName"),
        len(text),
        category=Category.DEBRIS,
        rule="debris-comment-form",
        engine="debris",
        message="Comment-form text from the web page.",
        replacements=[""],
    )
    assert row_text(reply).change == "“Leave a Reply” → (remove)"
    assert row_text(form).change == "“Name * ⏎ Email *” → (remove)"


def test_a_flagged_space_is_named_not_shown_as_empty_quotes() -> None:
    """“ ” → (remove) said nothing; the row names what is flagged."""
    text = "The wall , the board said.  Then"
    space = make_issue(
        text,
        text.index(" ,"),
        text.index(" ,") + 1,
        category=Category.SPACING,
        rule="space-before-comma",
        engine="mechanics",
        message="Don't use a space before a comma.",
        replacements=[""],
    )
    double = make_issue(
        text,
        text.index("  "),
        text.index("  ") + 2,
        category=Category.SPACING,
        rule="double-space",
        engine="mechanics",
        message="Two spaces between words.",
        replacements=[" "],
    )
    assert row_text(space).change == "(a space) → (remove)"
    assert row_text(double).change == "(whitespace) → (a space)"


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


def _many_issues(count: int, message: str = "Did you mean this?") -> list[Issue]:
    text = " ".join(f"wrod{n}" for n in range(count))
    out = []
    for n, category in zip(range(count), list(Category) * count, strict=False):
        start = text.index(f"wrod{n} ") if n < count - 1 else text.rindex("wrod")
        out.append(
            make_issue(
                text,
                start,
                start + 4,
                category=category,
                rule=f"rule-{n}",
                engine="harper",
                message=f"{message} ({n})",
                replacements=["word"],
            )
        )
    return out


def _shown(panel: IssuesPanel) -> QImage:
    return panel.view.viewport().grab().toImage()


def _fresh_rows(panel: IssuesPanel) -> QImage:
    """The panel drawn by a new delegate, which has drawn no row yet."""
    panel.view.setItemDelegateForColumn(0, IssueRowDelegate(panel.view))
    return _shown(panel)


def test_rows_kept_drawn_look_as_rows_drawn_afresh_as_the_list_changes(qtbot) -> None:
    """Each result of a long check replaces the list; rows that say the same are drawn
    from the pixmaps kept, and must look exactly as if drawn again, whatever row they
    moved to; a row whose words changed is drawn anew, never from a stale pixmap."""
    panel = IssuesPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 420)
    panel.show()
    qtbot.waitExposed(panel)
    issues = _many_issues(30)
    panel.set_issues(issues, "30 issues")
    first = _shown(panel)
    delegate = panel.view.itemDelegateForColumn(0)
    assert isinstance(delegate, IssueRowDelegate)
    drawn: list[str] = []
    real = delegate._draw_lines

    def counted(painter, opt, words, category, ink, colours) -> None:  # type: ignore[no-untyped-def]
        drawn.append(words.message)
        real(painter, opt, words, category, ink, colours)

    delegate._draw_lines = counted  # type: ignore[method-assign]
    assert _shown(panel) == first
    assert drawn == []  # nothing laid out again

    # a new issue on top: every row moves down one, only the new one is drawn anew
    moved = _many_issues(31)[-1:] + issues
    panel.set_issues(moved, "31 issues")
    kept = _shown(panel)
    assert drawn == [moved[0].message]
    assert kept != first
    # ... and a row whose message changed is drawn with the new message
    reworded = [replace(moved[0], message="Something else entirely"), *moved[1:]]
    panel.set_issues(reworded, "31 issues")
    panel.select_row(2)
    rows_kept = _shown(panel)
    assert "Something else entirely" in drawn and rows_kept != kept
    assert _fresh_rows(panel) == rows_kept
