"""The legend: one colour chip per issue category, plus the redline and note colours."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from reviewdesk.core.models import CATEGORIES
from reviewdesk.gui.issues_panel import colour_chip
from reviewdesk.gui.palette import (
    CATEGORY_LABELS,
    DELETED_BACKGROUND,
    INSERTED_BACKGROUND,
    NOTE_BACKGROUND,
    category_colour,
)


class Legend(QWidget):
    """Labelled colour chips in a compact grid."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 2, 6, 2)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        self.entries: dict[str, QLabel] = {}
        for category in CATEGORIES:
            self._add(str(category), CATEGORY_LABELS[category], category_colour(category))
        self._add("ins", "Changed in draft", QColor(INSERTED_BACKGROUND).darker(115))
        self._add("del", "Changed from original", QColor(DELETED_BACKGROUND).darker(115))
        self._add("note", "Note", QColor(NOTE_BACKGROUND).darker(110))
        self._grid.setColumnStretch(self.COLUMNS, 1)

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
        inner.addStretch(1)
        row.setToolTip(text)
        n = len(self.entries)
        self._grid.addWidget(row, n // self.COLUMNS, n % self.COLUMNS)
        self.entries[key] = label
