"""Questions the window asks, in words a copy editor uses, with buttons that say what
they do ("Switch off", not "Yes"). Commands take a :data:`Confirm` so a test can answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

# (parent, title, question, detail, the button that goes ahead) -> whether to go ahead
Confirm = Callable[[QWidget | None, str, str, str, str], bool]


def confirm(parent: QWidget | None, title: str, question: str, detail: str, go: str) -> bool:
    """Ask ``question``; True only when the editor chose ``go`` (Esc and Cancel: False)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    if detail:
        box.setInformativeText(detail)
    ahead = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        return box.clickedButton() is ahead
    finally:
        box.deleteLater()
