"""The legend: one colour chip per issue category, plus the redline and note colours.

The chips flow onto as many lines as the width needs, so the legend never forces the
window to be wide. View ▸ Legend hides it (remembered), for the lines it takes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QAction, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from reviewdesk.core.models import CATEGORIES
from reviewdesk.gui.flow_layout import FlowLayout
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.palette import (
    LIGHT,
    Colours,
    Scheme,
    category_colour,
    category_label,
    colour_chip,
)

CHIP = 12
LEGEND_KEY = "view/legend"  # View ▸ Legend, in the window settings


class Chip(QWidget):
    """A colour chip drawn at the screen's own resolution (sharp at 200 %)."""

    def __init__(self, colour: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(CHIP, CHIP))
        self.colour = QColor(colour)

    def set_colour(self, colour: QColor) -> None:
        """Show another colour."""
        self.colour = QColor(colour)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The chip, as a vector drawing."""
        painter = QPainter(self)
        colour_chip(self.colour).paint(painter, QRect(0, 0, CHIP, CHIP))
        painter.end()


def legend_colours(colours: Colours) -> dict[str, QColor]:
    """The chip colour of each legend entry in ``colours``' scheme."""
    out = {str(c): category_colour(c, colours) for c in CATEGORIES}
    # the backgrounds are pale on a light page and deep on a dark one: a chip shows
    # them a little stronger so it stands out from the page
    for key, name in (("ins", colours.inserted), ("del", colours.deleted), ("note", colours.note)):
        colour = QColor(name)
        out[key] = colour.darker(115) if colours.scheme is Scheme.LIGHT else colour.lighter(150)
    out["resolved"] = QColor(colours.note_resolved)
    return out


class Legend(QWidget):
    """Labelled colour chips."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        self._flow = FlowLayout(self)
        self._flow.setContentsMargins(6, 2, 6, 2)
        self.entries: dict[str, QLabel] = {}
        self.chips: dict[str, Chip] = {}
        colours = legend_colours(LIGHT)
        for category in CATEGORIES:
            self._add(str(category), category_label(category), colours[str(category)])
        self._add("ins", translate("Legend", "Changed in draft"), colours["ins"])
        self._add("del", translate("Legend", "Changed from original"), colours["del"])
        self._add("note", translate("Legend", "Note"), colours["note"])
        self._add("resolved", translate("Legend", "Resolved note (dotted)"), colours["resolved"])

    def set_colours(self, colours: Colours) -> None:
        """Show the chips of a light or a dark scheme."""
        for key, colour in legend_colours(colours).items():
            self.chips[key].set_colour(colour)

    def _add(self, key: str, text: str, colour: QColor) -> None:
        row = QWidget(self)
        inner = QHBoxLayout(row)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(3)
        chip = Chip(colour, row)
        label = QLabel(text, row)
        inner.addWidget(chip)
        inner.addWidget(label)
        row.setToolTip(text)
        self._flow.addWidget(row)
        self.entries[key] = label
        self.chips[key] = chip


def follow_legend_toggle(action: QAction, legend: Legend, settings: QSettings) -> None:
    """View ▸ Legend shows or hides ``legend``, remembered in the window settings: on a
    small screen or with a large font its chips take three or four lines that the panes
    need, and an editor who knows the colours does not need them."""
    shown = settings.value(LEGEND_KEY, True) not in (False, "false")
    action.setChecked(shown)
    legend.setVisible(shown)

    def toggle(on: bool) -> None:
        legend.setVisible(on)
        settings.setValue(LEGEND_KEY, on)

    action.toggled.connect(toggle)
