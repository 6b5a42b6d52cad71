"""A table header whose sort arrow points the way the rows run: down for newest (largest) first.

Qt hands a style ``SortUp`` for a descending sort, and Fusion on Linux draws ``SortUp`` as an
arrow pointing up: the library, newest change first, showed an arrow pointing up, where every
file manager a desk knows (Explorer, Finder) shows one pointing down. Other styles draw the
indicator the other way round, so the header does not guess: it looks once at which way the
style it is drawn with draws ``SortUp``, and hands the style the indicator that points down for
a descending sort and up for an ascending one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

log = logging.getLogger(__name__)

Indicator = QStyleOptionHeader.SortIndicator
_PROBE = 24  # pixels: the square an arrow is drawn into to see which way it points


def arrow_points_up(style: QStyle, indicator: Indicator, widget: QWidget | None = None) -> bool:
    """Whether ``style`` draws ``indicator`` as an arrow pointing up (narrow end on top).

    The arrow is drawn into a small image and its rows' widths are compared: a triangle that
    points up is wider at the bottom.
    """
    image = QImage(_PROBE, _PROBE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionHeader()
    option.rect = QRect(0, 0, _PROBE, _PROBE)
    option.sortIndicator = indicator
    option.palette.setColor(option.palette.ColorRole.WindowText, QColor("black"))
    option.palette.setColor(option.palette.ColorRole.ButtonText, QColor("black"))
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter, widget)
    painter.end()
    widths = [
        sum(1 for x in range(_PROBE) if image.pixelColor(x, y).lightness() < 200)
        for y in range(_PROBE)
    ]
    drawn = [w for w in widths if w]
    return len(drawn) >= 2 and drawn[-1] > drawn[0]


class SortHeader(QHeaderView):
    """A horizontal header that shows a descending sort with an arrow pointing down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._swap: tuple[str, bool] | None = None  # (style's name, swap its indicators?)

    def _swaps(self) -> bool:
        """Whether this header's style draws Qt's indicators the wrong way for a desk."""
        style = self.style()
        name = style.name()
        if self._swap is None or self._swap[0] != name:
            up = arrow_points_up(style, Indicator.SortUp, self)
            # Qt passes SortUp for a descending sort: it must point down
            self._swap = (name, up)
            log.debug("sort header: %s draws SortUp pointing %s", name, "up" if up else "down")
        return self._swap[1]

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:  # noqa: N802, N803 (Qt's names)
        """Qt's option for the section, its sort indicator turned to point the rows' way."""
        super().initStyleOptionForIndex(option, logicalIndex)
        if option.sortIndicator == Indicator.None_ or not self._swaps():
            return
        option.sortIndicator = (
            Indicator.SortDown if option.sortIndicator == Indicator.SortUp else Indicator.SortUp
        )
