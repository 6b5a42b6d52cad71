"""A table's empty state: a line in the middle of its body saying why nothing is listed
("No articles match “harbour”"), rather than a blank grid under its headers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyState(QObject):
    """Shows ``text`` centred over ``view``'s body while it lists nothing."""

    def __init__(self, view: QAbstractItemView, name: str = "emptyState") -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(view.viewport())
        self.label.setObjectName(name)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.hide()
        view.viewport().installEventFilter(self)

    def show(self, text: str) -> None:
        """Say ``text`` in the body (the table is empty)."""
        self.label.setText(text)
        self._place()
        self.label.show()

    def hide(self) -> None:
        """Rows are listed: the body is theirs."""
        self.label.hide()

    def _place(self) -> None:
        area = self.view.viewport().rect().adjusted(16, 16, -16, -16)
        self.label.setGeometry(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.label.isVisible():
            self._place()
        return False
