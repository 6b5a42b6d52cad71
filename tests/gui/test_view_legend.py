"""View ▸ Legend: the legend's lines go to the panes when hidden, and it stays hidden."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_hiding_the_legend_gives_its_lines_to_the_panes_and_is_remembered(
    qtbot, make_window, demo_path
) -> None:
    window = make_window()
    window.resize(1024, 700)
    assert window.open_file(demo_path)
    action = window.commands["legend"]
    assert action.isCheckable() and action.isChecked()
    (view,) = [m.menu() for m in window.menuBar().actions() if m.text() == "&View"]
    assert action in view.actions()  # where an editor looks for it
    qtbot.waitUntil(lambda: window.legend.isVisible(), timeout=5000)
    before = window.draft.height()
    action.trigger()
    qtbot.waitUntil(lambda: not window.legend.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.draft.height() > before, timeout=5000)  # more text shows
    window.close()
    again = make_window()  # remembered
    assert not again.commands["legend"].isChecked()
    assert again.open_file(demo_path)
    assert not again.legend.isVisible()
    again.commands["legend"].trigger()
    qtbot.waitUntil(lambda: again.legend.isVisible(), timeout=5000)


def test_the_report_names_categories_and_engines_as_the_window_does() -> None:
    """The review report (formats, without Qt) keeps its own English names of the
    categories and engines: they are the window's labels, word for word."""
    from reviewdesk.core.rule_names import CATEGORY_NAMES, ENGINE_NAMES
    from reviewdesk.gui.palette import CATEGORY_LABELS, ENGINE_LABELS

    assert {str(c): label for c, label in CATEGORY_LABELS.items()} == CATEGORY_NAMES
    assert ENGINE_NAMES == ENGINE_LABELS
