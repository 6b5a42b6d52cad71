"""After an export, "Show in folder" beside the status bar's message: the editor wants to
get at the file (attach it, send it on) without hunting for the folder.

The button is made on first use, in the window's status bar, and shows only while the
export's message does; it opens the folder in the desktop's file manager through
:meth:`QDesktopServices.openUrl` (a local folder: nothing goes over the network).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStatusBar, QToolButton

from reviewdesk.gui.i18n import translate

log = logging.getLogger(__name__)

BUTTON_NAME = "showExportFolder"
SHOWN_MS = 15000  # long enough to reach for the button after the dialog closes


def _button(bar: QStatusBar) -> QToolButton:
    found = bar.findChild(QToolButton, BUTTON_NAME)
    if found is not None:
        return found
    button = QToolButton(bar)
    button.setObjectName(BUTTON_NAME)
    button.setText(translate("ExportFolder", "Show in folder"))
    button.setAutoRaise(True)
    button.clicked.connect(lambda: open_folder(bar, Path(str(button.property("folder")))))
    # only beside the export's own message: another message (or its timeout) hides it
    bar.messageChanged.connect(lambda text: button.setVisible(text == button.property("said")))
    bar.insertPermanentWidget(0, button)
    button.hide()
    return button


def show_exported(bar: QStatusBar, path: Path, said: str) -> QToolButton:
    """Say ``said`` (an export to ``path``) in ``bar``, with "Show in folder" beside it."""
    button = _button(bar)
    folder = path.parent
    button.setProperty("folder", str(folder))
    button.setProperty("said", said)
    button.setToolTip(
        translate("ExportFolder", "Open {folder} in the file manager").format(folder=folder)
    )
    bar.showMessage(said, SHOWN_MS)
    button.show()
    return button


def open_folder(bar: QStatusBar, folder: Path) -> bool:
    """Open ``folder`` in the desktop's file manager; say so when it cannot be."""
    if not folder.is_dir():
        bar.showMessage(
            translate("ExportFolder", "The folder {folder} is not there any more").format(
                folder=folder
            ),
            8000,
        )
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    log.info("no file manager opened %s", folder)
    bar.showMessage(
        translate("ExportFolder", "No file manager could open {folder}").format(folder=folder),
        8000,
    )
    return False
