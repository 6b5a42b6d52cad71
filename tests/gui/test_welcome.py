"""The first run: an empty library shows a welcome that offers the demo article, opening
a file and the house style sheet, and says where the data is kept."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from reviewdesk.gui.dialogs.style_sheet import StyleSheetDialog
from reviewdesk.gui.welcome import demo_article, shown_path
from reviewdesk.store import Library
from reviewdesk.store.backup import backup_folder

pytestmark = pytest.mark.gui


def test_an_empty_library_gets_a_welcome_that_says_where_the_data_is(make_window, library):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.isVisible()
    where = window.welcome.where.text()
    assert shown_path(library.path) in where
    assert shown_path(backup_folder(library.path)) in where
    assert shown_path(window.settings.fileName()) in where
    assert str(library.path) in window.welcome.where.toolTip()  # the whole path
    texts = [b.text().replace("&", "") for b in window.welcome.buttons.values()]
    assert texts == ["Open the demo article", "Open a file…", "House style sheet…"]


def test_the_demo_article_opens_from_the_welcome(qtbot, make_window, library: Library) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert demo_article() is not None and demo_article().is_file()
    window.welcome.buttons["welcomeDemo"].click()
    qtbot.waitUntil(
        lambda: window.session.article is not None, timeout=10_000
    )  # read off the UI thread
    assert window.session.article.source_path.endswith("newsroom-demo.txt")
    assert window.stack.currentWidget() is window.stack.review
    # once the library holds an article, the empty window is the plain hint
    window.session.close_article()
    assert window.stack.currentWidget() is window.stack.empty_page
    assert library.has_articles()


def test_open_a_file_and_the_style_sheet_from_the_welcome(make_window, when_shown) -> None:
    window = make_window()
    asked = when_shown(QFileDialog, lambda dialog: dialog.reject())
    window.welcome.buttons["welcomeOpen"].click()
    assert asked
    styled = when_shown(StyleSheetDialog, lambda dialog: dialog.reject())
    window.welcome.buttons["welcomeStyle"].click()
    assert styled
    assert window.stack.currentWidget() is window.welcome  # nothing opened: still welcome


def test_paths_in_the_home_folder_read_with_a_tilde(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert shown_path(tmp_path / ".local" / "share" / "x.sqlite") == "~/.local/share/x.sqlite"
    assert shown_path("/srv/desk/library.sqlite") == "/srv/desk/library.sqlite"


def test_a_library_with_articles_shows_the_hint_not_the_welcome(
    make_window, library: Library, demo_path
) -> None:
    first = make_window()
    assert first.open_file(demo_path)
    first.close()
    again = make_window()
    assert again.stack.currentWidget() is again.stack.empty_page
