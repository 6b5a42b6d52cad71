"""The Revisions tab comes forward for an article with tracked changes and goes back
behind the panel with content for the next article, which has none."""

from __future__ import annotations

from pathlib import Path

import pytest
from word_window import wait_structure

from fixtures_import.word_desk import write_desk_story
from reviewdesk.gui.panels import Arrangement

pytestmark = pytest.mark.gui


def _in_front(window, dock) -> bool:  # type: ignore[no-untyped-def]
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def _story_then_plain_text(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(write_desk_story(tmp_path / "story.docx"))
    wait_structure(qtbot, window)
    qtbot.waitUntil(lambda: _in_front(window, window.revisions_dock), timeout=5000)
    plain = tmp_path / "harbour.txt"
    plain.write_text("The harbour reopens in May, the council said.\n", encoding="utf-8")
    assert window.open_file(plain)


def test_an_article_without_revisions_puts_the_notes_in_front(
    qtbot, tmp_path: Path, make_window
) -> None:
    window = make_window()
    window.panels.set_arrangement(Arrangement.STACKED)  # notes and revisions share a tab
    _story_then_plain_text(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: _in_front(window, window.notes_dock), timeout=5000)
    assert not _in_front(window, window.revisions_dock)
    # behind its tab, the revisions panel says why it is empty
    hint = window.revisions_panel.hint.text()
    assert hint == "This article came without tracked changes."


def test_with_the_panels_tabbed_the_issues_come_to_the_front(
    qtbot, tmp_path: Path, make_window
) -> None:
    window = make_window()
    window.panels.set_arrangement(Arrangement.TABBED)  # all three panels share a tab
    _story_then_plain_text(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: _in_front(window, window.issues_dock), timeout=5000)
    assert not _in_front(window, window.revisions_dock)


def test_a_tab_the_editor_chose_is_left_alone(qtbot, tmp_path: Path, make_window) -> None:
    """With the notes in front by the editor's choice, an article without revisions
    leaves them there (nothing jumps)."""
    window = make_window()
    window.panels.set_arrangement(Arrangement.TABBED)
    window.show()
    qtbot.waitExposed(window)
    plain = tmp_path / "harbour.txt"
    plain.write_text("The harbour reopens in May, the council said.\n", encoding="utf-8")
    window.notes_dock.raise_()
    qtbot.waitUntil(lambda: _in_front(window, window.notes_dock), timeout=5000)
    assert window.open_file(plain)
    qtbot.wait(50)
    assert _in_front(window, window.notes_dock)
