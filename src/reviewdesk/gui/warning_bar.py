"""The bar above the panes that says what an import could not bring, or must be decided.

An importer's warnings (pictures in shapes not imported, tracked changes kept as
revisions, a guessed encoding, ...) are stored with the article; the window shows them
here each time the article opens, instead of only in the status bar for a few seconds.
The editor can hide the bar; it stays hidden for that article until it is opened again.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from reviewdesk.core.models import Article
from reviewdesk.gui.i18n import translate

WARNINGS_KEY = "import_warnings"


def import_warnings(article: Article | None) -> list[str]:
    """The warnings stored with an article at its import (one per line)."""
    if article is None:
        return []
    return [w.strip() for w in article.meta.get(WARNINGS_KEY, "").split("\n") if w.strip()]


class WarningBar(QFrame):
    """A dismissible bar listing an article's import warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        role = QPalette.ColorRole
        palette.setColor(role.Window, palette.color(role.ToolTipBase))
        palette.setColor(role.WindowText, palette.color(role.ToolTipText))
        self.setPalette(palette)
        self.icon = QLabel("⚠", self)
        self.icon.setAccessibleName(translate("WarningBar", "Warning"))
        self.text = QLabel(self)
        self.text.setObjectName("warningText")
        self.text.setAccessibleName(translate("WarningBar", "Import messages"))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("warningClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(
            translate("WarningBar", "Hide these messages for this article")
        )
        self.close_button.setAccessibleName(translate("WarningBar", "Hide import messages"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.messages: list[str] = []
        self.hide()

    def show_for(self, article: Article | None) -> None:
        """Show the article's import warnings (hidden when it has none)."""
        self.messages = import_warnings(article)
        if not self.messages:
            self.hide()
            return
        name = html.escape(article.title) if article is not None and article.title else ""
        head = (
            translate("WarningBar", "When “{title}” was imported:").format(title=name)
            if name
            else translate("WarningBar", "When this article was imported:")
        )
        items = "".join(f"<li>{html.escape(m)}</li>" for m in self.messages)
        self.text.setText(
            translate("WarningBar", "{head}<ul style='margin: 0'>{items}</ul>").format(
                head=head, items=items
            )
        )
        # plain text (the title, escaped for the bar, would show its escapes here); the
        # importer's own messages are Qt-free text, not translated (see the README)
        self.setToolTip(
            translate("WarningBar", "{head}\n{messages}").format(
                head=translate("WarningBar", "When this article was imported:"),
                messages="\n".join(self.messages),
            )
        )
        self.show()
