"""The legend: one colour chip per issue category, plus the redline and note colours.

The chips flow onto as many lines as the width needs, so the legend never forces the
window to be wide.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget

from reviewdesk.core.models import CATEGORIES
from reviewdesk.gui.palette import (
    CATEGORY_LABELS,
    DELETED_BACKGROUND,
    INSERTED_BACKGROUND,
    NOTE_BACKGROUND,
    NOTE_RESOLVED_COLOUR,
    category_colour,
    colour_chip,
)


class FlowLayout(QLayout):
    """Lays items out left to right, wrapping onto new lines."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        """Take ownership of an item."""
        self._items.append(item)

    def count(self) -> int:
        """Number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """Item ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """Remove and return item ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        """It does not grow on its own."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Its height depends on its width."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """Height needed at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        """Place the items."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """One line of everything."""
        width = sum(i.sizeHint().width() + self._spacing for i in self._items)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() * 2)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest single item."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + 2, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class Legend(QWidget):
    """Labelled colour chips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._flow = FlowLayout(self)
        self._flow.setContentsMargins(6, 2, 6, 2)
        self.entries: dict[str, QLabel] = {}
        for category in CATEGORIES:
            self._add(str(category), CATEGORY_LABELS[category], category_colour(category))
        self._add("ins", "Changed in draft", QColor(INSERTED_BACKGROUND).darker(115))
        self._add("del", "Changed from original", QColor(DELETED_BACKGROUND).darker(115))
        self._add("note", "Note", QColor(NOTE_BACKGROUND).darker(110))
        self._add("resolved", "Resolved note (dotted)", QColor(NOTE_RESOLVED_COLOUR))

    def _add(self, key: str, text: str, colour: QColor) -> None:
        row = QWidget(self)
        inner = QHBoxLayout(row)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(3)
        chip = QLabel(row)
        chip.setPixmap(colour_chip(colour).pixmap(12, 12))
        label = QLabel(text, row)
        inner.addWidget(chip)
        inner.addWidget(label)
        row.setToolTip(text)
        self._flow.addWidget(row)
        self.entries[key] = label
