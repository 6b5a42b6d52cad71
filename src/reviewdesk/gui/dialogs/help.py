"""Help ▸ Keyboard shortcuts (F1) and Help ▸ About: the help a desk finds without the web.

The shortcuts are read from the window's own actions (the table in
:mod:`reviewdesk.gui.action_table`), as the desktop shows them, so the list can never
disagree with the menus. About says which version runs and where the library, its
backups and the window's settings are kept (what a desk's IT asks first).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewdesk import APP_NAME, __version__
from reviewdesk.gui.action_table import MENUS
from reviewdesk.gui.actions import Actions
from reviewdesk.gui.i18n import translate

log = logging.getLogger(__name__)


def shortcut_rows(actions: Actions) -> list[tuple[str, str, str]]:
    """(shortcut, menu entry, what it does) for every action with a key, in menu order."""
    titles = {key: translate("Actions", title).replace("&", "") for key, title in MENUS}
    order = {key: n for n, (key, _title) in enumerate(MENUS)}
    rows: list[tuple[int, int, tuple[str, str, str]]] = []
    for n, (action_id, spec) in enumerate(actions.specs.items()):
        action = actions[action_id]
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys or not spec.menu:
            continue
        entry = f"{titles.get(spec.menu, spec.menu)} ▸ {action.text().replace('&', '')}"
        rows.append((order.get(spec.menu, len(order)), n, (keys, entry, action.statusTip())))
    return [row for _menu, _n, row in sorted(rows)]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut in one table: the key, the menu entry, what it does."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("HelpDialogs", "Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(translate("HelpDialogs", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("HelpDialogs", "Shortcut"),
                translate("HelpDialogs", "Menu entry"),
                translate("HelpDialogs", "What it does"),
            ]
        )
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()  # every row measured: a few dozen
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        more = QLabel(
            translate(
                "HelpDialogs",
                "In the note window, Ctrl+Return saves the note and Esc cancels it. F6 moves "
                "between the panes and the panels; in a list, the arrows and Enter choose.",
            )
        )
        more.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(more)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def show_shortcuts(actions: Actions, parent: QWidget) -> None:
    """Help ▸ Keyboard shortcuts."""
    dialog = ShortcutsDialog(actions, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def about_text(library: Path, backups: Path, settings: str) -> str:
    """What Help ▸ About says: the version, what the app is, and where the data is."""
    return translate(
        "HelpDialogs",
        "<p><b>{app} {version}</b></p>"
        "<p>A review desk for newsroom copy editors: every check runs on this computer, "
        "offline.</p>"
        "<p>Your library: <code>{library}</code><br>"
        "Its daily backups: <code>{backups}</code><br>"
        "The window's settings: <code>{settings}</code></p>",
    ).format(
        app=APP_NAME,
        version=__version__,
        library=html.escape(str(library)),
        backups=html.escape(str(backups)),
        settings=html.escape(settings),
    )


def show_about(parent: QWidget, library: Path, backups: Path, settings: str) -> None:
    """Help ▸ About reviewdesk."""
    QMessageBox.about(
        parent,
        translate("HelpDialogs", "About {app}").format(app=APP_NAME),
        about_text(library, backups, settings),
    )
