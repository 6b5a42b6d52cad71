"""The legend: one colour chip per issue category, plus the redline and note colours.

The chips flow onto as many lines as the width needs, so the legend never forces the
window to be wide.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from reviewdesk.core.models import CATEGORIES
from reviewdesk.gui.flow_layout import FlowLayout
from reviewdesk.gui.palette import (
    CATEGORY_LABELS,
    DELETED_BACKGROUND,
    INSERTED_BACKGROUND,
    NOTE_BACKGROUND,
    NOTE_RESOLVED_COLOUR,
    category_colour,
    colour_chip,
)


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
