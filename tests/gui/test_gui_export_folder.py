"""After File ▸ Export…, "Show in folder" beside the status bar's message opens the folder
the file went to; another message takes the button away with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QToolButton

from reviewdesk.gui.dialogs.export import ExportDialog
from reviewdesk.gui.export_folder import BUTTON_NAME

pytestmark = pytest.mark.gui


def _export(qtbot, window, when_shown, target: Path) -> QToolButton:  # type: ignore[no-untyped-def]
    def export_as_text(dialog: ExportDialog) -> None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("txt"))
        dialog.path_field.edit.setText(str(target))
        dialog.export_button.click()

    done = when_shown(ExportDialog, export_as_text)
    window.commands["export"].trigger()
    assert done
    qtbot.waitUntil(target.exists, timeout=20000)
    button = window.statusBar().findChild(QToolButton, BUTTON_NAME)
    assert button is not None
    return button


def test_show_in_folder_opens_the_export_folder(
    qtbot, tmp_path: Path, make_window, demo_path, wait_checked, when_shown, monkeypatch
) -> None:
    # offscreen there is no file manager: the desktop call is replaced, and records the
    # address it was asked to open
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    window.open_file(demo_path)
    wait_checked(window)
    out = tmp_path / "sent" / "demo-edited.txt"
    out.parent.mkdir()
    button = _export(qtbot, window, when_shown, out)
    said = window.statusBar().currentMessage()
    assert said.startswith("Exported demo-edited.txt")  # and the folder, if it fits
    assert button.isVisible() and button.text() == "Show in folder"
    assert str(out.parent) in button.toolTip()

    button.click()
    assert [u.toLocalFile() for u in opened] == [str(out.parent)]

    window.statusBar().showMessage("Something else")  # the export's message is gone
    assert not button.isVisible()


def test_show_in_folder_says_when_the_folder_has_gone(
    qtbot, tmp_path: Path, make_window, demo_path, wait_checked, when_shown, monkeypatch
) -> None:
    opened: list[QUrl] = []  # the desktop call replaced, as above
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    window.open_file(demo_path)
    wait_checked(window)
    folder = tmp_path / "moved"
    folder.mkdir()
    out = folder / "demo.txt"
    button = _export(qtbot, window, when_shown, out)
    out.unlink()
    folder.rmdir()
    button.click()
    assert opened == []
    assert window.statusBar().currentMessage() == f"The folder {folder} is not there any more"
