"""An exported Word file names the author set in the window, or none: reopened, it never
shows the system's login name ("By root") beside Original."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from reviewdesk.desk.settings import AUTHOR
from reviewdesk.gui.dialogs.export import ExportDialog

pytestmark = pytest.mark.gui

TEXT = "Harbour reopens\nThe harbour reopens in May, the council said.\n"


def _export_and_reopen(qtbot, window, when_shown, tmp_path: Path, fmt: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Export the open article as ``fmt`` with the dialog's author as it starts, then
    open the file written; (the author field as it started, the byline shown)."""
    out = tmp_path / f"harbour-{fmt}.docx"
    started: list[str] = []

    def export(dialog: ExportDialog) -> None:
        started.append(dialog.author_edit.text())
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
        dialog.path_field.edit.setText(str(out))
        dialog.export_button.click()

    done = when_shown(ExportDialog, export)
    window.commands["export"].trigger()
    assert done
    qtbot.waitUntil(out.exists, timeout=20000)
    assert window.open_file(out)
    byline = window.findChild(QLabel, "sourceDetails")
    return started[0], byline.text() if byline.isVisible() else ""


@pytest.mark.parametrize("fmt", ["docx", "docx-tracked"])
def test_an_export_without_a_name_set_names_no_author(
    qtbot, tmp_path: Path, make_window, when_shown, fmt: str
) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(TEXT, encoding="utf-8")
    window = make_window()
    assert window.open_file(article)
    field, byline = _export_and_reopen(qtbot, window, when_shown, tmp_path, fmt)
    assert field == ""  # not the login name
    assert "By " not in byline
    assert getpass.getuser() not in byline.split() and "python-docx" not in byline


def test_an_export_names_the_author_set(
    qtbot, tmp_path: Path, make_window, library, when_shown
) -> None:
    AUTHOR.write(library, "Jane Editor")
    article = tmp_path / "harbour.txt"
    article.write_text(TEXT, encoding="utf-8")
    window = make_window()
    assert window.open_file(article)
    field, byline = _export_and_reopen(qtbot, window, when_shown, tmp_path, "docx")
    assert field == "Jane Editor"
    assert "By Jane Editor" in byline
