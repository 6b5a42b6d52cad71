"""Reopening a file whose text changed since it was imported: ask what to open."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

Choice = Literal["stored", "new"]
ChangedFilePrompt = Callable[[QWidget, str], "Choice | None"]

CHANGED_TEXT = QT_TRANSLATE_NOOP(
    "ChangedFile",
    "The file has changed since it was imported. Open the stored review (your draft and "
    "notes), or import the new version as a new article?",
)
STORED_BUTTON = QT_TRANSLATE_NOOP("ChangedFile", "Open stored review")
NEW_BUTTON = QT_TRANSLATE_NOOP("ChangedFile", "Import as new article")


def ask_changed_file(parent: QWidget, name: str) -> Choice | None:
    """Ask whether to open the stored review (the default) or import the new version.

    None when the editor cancelled.
    """
    box = QMessageBox(parent)
    box.setObjectName("changedFileBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("changed_file", "{name} has changed").format(name=name))
    box.setText(translate("ChangedFile", CHANGED_TEXT))
    stored = box.addButton(
        translate("ChangedFile", STORED_BUTTON), QMessageBox.ButtonRole.AcceptRole
    )
    new = box.addButton(translate("ChangedFile", NEW_BUTTON), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(stored)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        clicked = box.clickedButton()
    finally:
        box.deleteLater()
    if clicked is new:
        return "new"
    if clicked is cancel:
        return None
    return "stored"  # the default, also when no button was clicked
