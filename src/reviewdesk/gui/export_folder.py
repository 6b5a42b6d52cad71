"""After an export, "Show in folder" beside the status bar's message: the editor wants to
get at the file (attach it, send it on) without hunting for the folder.

The button is made on first use, in the window's status bar, and shows only while the
export's message does; it opens the folder in the desktop's file manager through
:meth:`QDesktopServices.openUrl` (a local folder: nothing goes over the network).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QToolButton, QWidget

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


def message_room(bar: QStatusBar) -> int:
    """The width a temporary message has: up to the first of the bar's own widgets."""
    layout = bar.layout()
    if layout is not None:
        layout.activate()  # the button just shown takes its place first
    lefts = [
        w.geometry().x()
        for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible() and not isinstance(w, QSizeGrip) and w.geometry().x() > 0
    ]
    return max(min(lefts, default=bar.width()) - 12, 0)  # the message's own margin


def fitted(bar: QStatusBar, said: str, short: str, name: str) -> str:
    """``said`` as the bar can show it whole: on a narrow window (1024 px) ``short``
    (without the folder: "Show in folder" beside it holds that), its file ``name`` cut in
    the middle if need be, then its end as "…". A status bar clips a message where its
    widgets begin, mid-word: the counts at the end were never seen."""
    room = message_room(bar)
    metrics = bar.fontMetrics()
    if metrics.horizontalAdvance(said) <= room:
        return said
    if metrics.horizontalAdvance(short) <= room:
        return short
    if name and name in short:
        over = metrics.horizontalAdvance(short) - room
        width = metrics.horizontalAdvance(name) - over
        if width > metrics.horizontalAdvance("………"):
            cut = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, width)
            shorter = short.replace(name, cut, 1)
            if metrics.horizontalAdvance(shorter) <= room:
                return shorter
    return metrics.elidedText(short, Qt.TextElideMode.ElideRight, room)


def show_exported(bar: QStatusBar, path: Path, said: str, short: str = "") -> QToolButton:
    """Say ``said`` (an export to ``path``) in ``bar``, with "Show in folder" beside it;
    ``short`` instead when the window is too narrow for it (the whole of it then in the
    button's tooltip)."""
    button = _button(bar)
    folder = path.parent
    button.setProperty("folder", str(folder))
    button.show()
    shown = fitted(bar, said, short or said, path.name)
    button.setProperty("said", shown)
    tip = translate("ExportFolder", "Open {folder} in the file manager").format(folder=folder)
    button.setToolTip(tip if shown == said else f"{said}\n\n{tip}")
    bar.showMessage(shown, SHOWN_MS)
    button.show()  # showing the message hid it, if another message was up
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
