"""File ▸ Open Recent: newest first, remembered, missing files greyed and removable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from reviewdesk.gui.recent_files import MAX_RECENT

pytestmark = pytest.mark.gui


def _write(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(f"The story of {name}.\nIt has a second paragraph.\n", encoding="utf-8")
    return path


def _entries(menu: QMenu) -> list[tuple[str, bool]]:
    menu.aboutToShow.emit()  # what opening the menu does
    return [(a.text().replace("&", ""), a.isEnabled()) for a in menu.actions() if a.text()]


def _open(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Open ``path`` and see its article on screen (``open_file`` waits through a wait for
    the library's writer, still storing the article before on a loaded machine)."""
    assert window.open_file(path)
    assert Path(window.session.article.source_path).resolve() == path.resolve()


def _recent_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    action = window.commands["openRecent"]
    assert action in window.menus["file"].actions()
    menu = action.menu()
    assert menu is not None
    return menu


def test_open_recent_lists_files_newest_first_and_reopens_one(qtbot, tmp_path, make_window) -> None:
    first, second = _write(tmp_path, "harbour.txt"), _write(tmp_path, "council.txt")
    window = make_window()
    assert _entries(_recent_menu(window)) == [("No recent files", False)]
    _open(window, first)
    _open(window, second)
    entries = _entries(_recent_menu(window))
    assert entries[:2] == [("1 council.txt", True), ("2 harbour.txt", True)]
    # choosing the second opens that file, which then comes first
    next(a for a in _recent_menu(window).actions() if a.objectName() == "recent2").trigger()
    qtbot.waitUntil(lambda: not window.files.busy_opening, timeout=10_000)  # off the UI thread
    assert Path(window.session.article.source_path).name == "harbour.txt"
    assert _entries(_recent_menu(window))[:2] == [("1 harbour.txt", True), ("2 council.txt", True)]
    window.close()
    again = make_window()  # remembered in the window settings
    assert _entries(_recent_menu(again))[:2] == [("1 harbour.txt", True), ("2 council.txt", True)]


def test_a_missing_file_is_greyed_and_can_be_removed(tmp_path, make_window) -> None:
    kept, gone = _write(tmp_path, "kept.txt"), _write(tmp_path, "gone.txt")
    window = make_window()
    _open(window, gone)
    _open(window, kept)
    gone.unlink()
    entries = _entries(_recent_menu(window))
    assert ("2 gone.txt (missing)", False) in entries
    prune = next(
        a for a in _recent_menu(window).actions() if a.objectName() == "recentRemoveMissing"
    )
    assert prune.isEnabled()
    prune.trigger()
    assert "Removed 1 missing file" in window.statusBar().currentMessage()
    entries = _entries(_recent_menu(window))
    assert [e for e in entries if "txt" in e[0]] == [("1 kept.txt", True)]


def test_choosing_a_file_that_has_just_gone_says_so(tmp_path, make_window, message_boxes):
    path = _write(tmp_path, "moved.txt")
    window = make_window()
    _open(window, path)
    window.session.close_article()
    _entries(_recent_menu(window))  # the menu is built while the file is there
    action = next(a for a in _recent_menu(window).actions() if a.objectName() == "recent1")
    path.unlink()
    action.trigger()
    assert "moved.txt is no longer in" in window.statusBar().currentMessage()
    assert window.session.article is None
    assert message_boxes == []  # no error box: a plain message, the entry removed
    assert _entries(_recent_menu(window)) == [("No recent files", False)]


def test_the_list_keeps_the_last_ten_and_clear_empties_it(tmp_path, make_window) -> None:
    window = make_window()
    for n in range(MAX_RECENT + 2):
        window.recent.add(_write(tmp_path, f"story{n}.txt"))
    entries = [e for e in _entries(_recent_menu(window)) if "txt" in e[0]]
    assert len(entries) == MAX_RECENT
    assert entries[0] == ("1 story11.txt", True)
    assert entries[-1] == ("10 story2.txt", True)
    next(a for a in _recent_menu(window).actions() if a.objectName() == "recentClear").trigger()
    assert _entries(_recent_menu(window)) == [("No recent files", False)]
