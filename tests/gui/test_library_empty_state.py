"""The library window's body says why it lists nothing, and a search that finds nothing
leaves the Title column its width (not squeezed to its header)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from reviewdesk.gui.dialogs.library import LibraryDialog
from reviewdesk.store import Library
from reviewdesk.store.catalog import View

pytestmark = pytest.mark.gui


def _stocked(tmp_path: Path, make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    path = tmp_path / "harbour.txt"
    path.write_text("Harbour Strike Ends\nDockers went back to work on Monday.\n", "utf-8")
    assert window.open_file(path)
    return window


def _empty_state(dialog: LibraryDialog) -> str:
    label = dialog.table.viewport().findChild(QLabel, "libraryEmpty")
    return label.text() if label is not None and label.isVisible() else ""


def test_a_search_that_finds_nothing_says_so_in_the_table(
    qtbot, tmp_path: Path, make_window, library: Library
) -> None:
    dialog = LibraryDialog(library, _stocked(tmp_path, make_window))
    qtbot.addWidget(dialog)
    dialog.resize(1000, 500)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _empty_state(dialog) == ""  # an article is listed
    dialog.search_edit.setText("dockers")
    dialog.refresh()
    found_width = dialog.table.columnWidth(0)

    dialog.search_edit.setText("zzqxv")
    dialog.refresh()
    assert dialog.shown_titles() == []
    said = _empty_state(dialog)
    assert said.startswith("No articles match “zzqxv”")
    assert "another shelf under Show" in said
    # the Title column keeps a title's room, not its header's
    header_only = dialog.table.horizontalHeader().sectionSizeFromContents(0).width()
    assert dialog.table.columnWidth(0) >= max(found_width, 2 * header_only)

    dialog.search_edit.setText("")
    dialog.refresh()
    assert dialog.shown_titles() == ["Harbour Strike Ends"] and _empty_state(dialog) == ""


def test_an_empty_shelf_and_the_bin_say_what_they_are(
    qtbot, tmp_path: Path, make_window, library: Library
) -> None:
    dialog = LibraryDialog(library, _stocked(tmp_path, make_window))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.view_combo.setCurrentIndex(dialog.view_combo.findData(View.BIN))
    dialog.refresh()
    assert _empty_state(dialog) == "The bin is empty"
    dialog.view_combo.setCurrentIndex(dialog.view_combo.findData(View.ARCHIVED))
    dialog.refresh()
    assert _empty_state(dialog) == "Nothing on this shelf: choose another under Show"
