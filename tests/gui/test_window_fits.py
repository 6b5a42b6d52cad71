"""The window fits the laptop screens desks have (1024×700, 1280×720), and adapts.

Every test here drives the real window offscreen and looks at what an editor would see:
the size the window takes, how many characters a pane line holds, whether the panels are
tabs, whether the suggestion and the byline are still there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from fixtures_import.news_page import news_page
from reviewdesk.core.models import Category, Issue, Note
from reviewdesk.gui.issue_rows import fit_first_line, row_text
from reviewdesk.gui.notes_panel import NotesPanel
from reviewdesk.gui.panels import Arrangement, default_size

pytestmark = pytest.mark.gui

LAPTOPS = [(1024, 700), (1280, 720)]
# What a line of the demo article averages per character, so "characters a pane line
# holds" means running text, not a row of narrow letters.
SAMPLE = "Mayor Renata Kowalczyk, who made the barrier the centrepiece of her campaign"


def _chars_per_line(window) -> float:  # type: ignore[no-untyped-def]
    editor = window.draft
    per_char = editor.fontMetrics().horizontalAdvance(SAMPLE) / len(SAMPLE)
    return editor.viewport().width() / per_char


def _settle(qtbot, window, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=3000)
    qtbot.wait(50)  # the dock layout follows on the next pass of the event loop
    QApplication.processEvents()


@pytest.mark.parametrize("size", LAPTOPS)
def test_window_takes_a_laptop_size_with_everything_open(qtbot, make_window, demo_path, size):
    window = make_window()
    assert window.open_file(demo_path)
    window.find_bar.open(replace=True)  # the widest row the window has
    window.engine_label.setText(
        "LanguageTool: the server did not answer in time, so its checks are left out "
        "until it comes back"
    )
    assert window.minimumSizeHint().width() <= 900
    _settle(qtbot, window, size)
    assert (window.width(), window.height()) == size
    # each pane holds a readable line, and the panels still have room for their rows
    assert _chars_per_line(window) >= 36
    assert window.issues_dock.width() >= 260
    assert window.original.width() > 200 and window.draft.width() > 200


def test_a_layout_saved_on_a_wide_screen_fits_a_small_one(qtbot, make_window, demo_path):
    window = make_window()
    assert window.open_file(demo_path)
    _settle(qtbot, window, (1920, 1080))
    wide_share = window.issues_dock.width() / window.width()
    window.close()
    again = make_window()
    assert again.open_file(demo_path)
    _settle(qtbot, again, (1024, 700))
    # the panels keep their share of the width, not their pixels
    assert abs(again.issues_dock.width() / again.width() - wide_share) < 0.05
    assert _chars_per_line(again) >= 36


def test_panels_tab_themselves_when_the_window_is_small(qtbot, make_window, demo_path):
    window = make_window()
    assert window.open_file(demo_path)
    assert window.panels.arrangement is Arrangement.AUTO
    _settle(qtbot, window, (1920, 1080))
    assert not window.panels.is_tabbed()
    assert window.issues_dock.isVisible() and window.notes_dock.isVisible()
    _settle(qtbot, window, (1024, 700))
    assert window.panels.is_tabbed()
    assert window.issues_dock.isVisible()  # the issues tab is the one in front
    _settle(qtbot, window, (1920, 1080))
    assert not window.panels.is_tabbed()
    assert window.notes_dock.isVisible()


def test_view_menu_chooses_stacked_or_tabbed_and_it_is_remembered(qtbot, make_window):
    window = make_window()
    view = window.menus["view"]
    panels = next(a.menu() for a in view.actions() if a.menu() is not None)
    texts = [a.text().replace("&", "") for a in panels.actions()]
    assert texts == ["Automatic", "Stacked", "Tabbed"]
    _settle(qtbot, window, (1920, 1080))
    window.panels.actions[Arrangement.TABBED].trigger()
    assert window.panels.is_tabbed()
    _settle(qtbot, window, (1024, 700))
    window.panels.actions[Arrangement.STACKED].trigger()
    assert not window.panels.is_tabbed()  # stacked even though the window is small
    window.close()
    again = make_window()
    assert again.panels.arrangement is Arrangement.STACKED
    assert again.panels.actions[Arrangement.STACKED].isChecked()
    assert not again.panels.is_tabbed()


def test_a_hidden_panel_stays_hidden_when_the_panels_are_rearranged(qtbot, make_window):
    window = make_window()
    _settle(qtbot, window, (1920, 1080))
    window.notes_dock.hide()
    _settle(qtbot, window, (1024, 700))
    _settle(qtbot, window, (1920, 1080))
    assert window.notes_dock.isHidden()
    assert window.issues_dock.isVisible()


def test_first_start_never_opens_larger_than_the_screen() -> None:
    for screen in (QSize(1024, 700), QSize(1280, 720), QSize(1920, 1080)):
        size = default_size(screen)
        assert size.width() <= screen.width() and size.height() <= screen.height()
    assert default_size(QSize(1920, 1080)) == QSize(1400, 860)


def test_byline_wraps_whole_beside_original_and_the_texts_stay_level(
    qtbot, tmp_path: Path, make_window
):
    page = tmp_path / "harbour.html"
    page.write_text(news_page(), encoding="utf-8")
    window = make_window()
    assert window.open_file(page)
    _settle(qtbot, window, (1024, 700))
    label = window.source_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=3000)
    # every word of the byline is on screen (wrapped, not cut), and the two texts start
    # on the same line
    assert label.heightForWidth(label.width()) <= label.height()
    assert label.width() < label.fontMetrics().horizontalAdvance(label.text())  # it wrapped
    top = window.original.mapTo(window, window.original.rect().topLeft()).y()
    assert window.draft.mapTo(window, window.draft.rect().topLeft()).y() == top


def _issue(text: str, fix: str, engines: tuple[str, ...]) -> Issue:
    return Issue(
        0,
        len(text),
        text,
        Category.DEBRIS,
        "debris-breadcrumb",
        engines[0],
        "A breadcrumb trail (site navigation) left over from the web page.",
        replacements=(fix,),
        engines=engines,
    )


@pytest.mark.parametrize("width", [180, 240, 320, 480])
def test_an_issue_row_keeps_its_suggestion_in_a_narrow_panel(qapp, width: int) -> None:
    font = QFont()
    metrics, bold = QFontMetrics(font), QFontMetrics(QFont(font.family(), -1, QFont.Weight.Bold))
    words = row_text(_issue("Home » Local » Environment » Council", "Council", ("debris",)))
    shown = fit_first_line(words, width, metrics, bold)
    assert shown.change.endswith("→ “Council”")
    assert shown.change.startswith("“Ho")
    used = metrics.horizontalAdvance(shown.change) + (
        bold.horizontalAdvance(shown.category + "  ") if shown.category else 0
    )
    assert used <= width
    if width >= 320:
        assert shown.category == "Web debris"


def test_notes_columns_keep_their_shares_through_narrowing_and_widening(qtbot) -> None:
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_notes(
        [Note(1, 1, 0, 5, "the passage the note is on", "Check this figure with the council.")]
    )
    before = panel.column_shares()
    for width in (280, 900, 520):
        panel.resize(width, 300)
        qtbot.wait(20)
        passage, note = panel.column_shares()
        assert note >= 0.5, width  # the note never gets crushed
        assert abs(passage - before[0]) < 0.05, width


def _tabs(window, dock) -> set[str]:  # type: ignore[no-untyped-def]
    return {d.objectName() for d in window.tabifiedDockWidgets(dock)}


def test_the_revisions_panel_goes_with_the_notes_and_is_remembered(qtbot, make_window):
    """Revisions is a tab beside the notes when the panels stack, one more tab when they
    tab; closed, it stays closed through a rearrangement and a restart."""
    window = make_window()
    _settle(qtbot, window, (1920, 1080))
    assert _tabs(window, window.notes_dock) == {"revisionsDock"}
    assert _tabs(window, window.issues_dock) == set()
    _settle(qtbot, window, (1024, 700))
    assert _tabs(window, window.issues_dock) == {"notesDock", "revisionsDock"}
    _settle(qtbot, window, (1920, 1080))
    assert _tabs(window, window.notes_dock) == {"revisionsDock"}
    window.revisions_dock.close()
    _settle(qtbot, window, (1024, 700))
    _settle(qtbot, window, (1920, 1080))
    assert window.revisions_dock.isHidden()
    assert window.issues_dock.isVisible() and window.notes_dock.isVisible()
    window.close()
    again = make_window()
    _settle(qtbot, again, (1920, 1080))
    assert again.revisions_dock.isHidden()
    assert again.issues_dock.isVisible() and again.notes_dock.isVisible()
    assert not again.panels.is_tabbed()
    again.revisions_dock.toggleViewAction().trigger()  # View ▸ Revisions brings it back
    assert again.revisions_dock.isVisibleTo(again)
    assert _tabs(again, again.notes_dock) == {"revisionsDock"}
