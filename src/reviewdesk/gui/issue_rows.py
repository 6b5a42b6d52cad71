"""How one issue reads in the issues panel: two lines that fit a narrow dock.

Line one: the category's colour chip and name, the flagged text and the first suggestion
("tuesday" → Tuesday), and the engines that found it at the right. Line two: the message.
A table of five columns cut the message off at the panel's usual width; two lines keep
every part readable, and the full text is in the tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewdesk.core.models import Issue
from reviewdesk.gui.editor import describe_replacement
from reviewdesk.gui.palette import CATEGORY_LABELS, category_colour, colour_chip, engine_label

_PAD = 6
_CHIP = 12
_MAX_TEXT = 40  # characters of flagged text shown before eliding


@dataclass(frozen=True)
class RowText:
    """The words of one issue's row."""

    category: str
    change: str  # the flagged text, and its first suggestion if any
    engines: str
    message: str


def row_text(issue: Issue) -> RowText:
    """What the issues panel shows for ``issue``."""
    flagged = issue.text.replace("\n", " ⏎ ")
    if len(flagged) > _MAX_TEXT:
        flagged = flagged[: _MAX_TEXT - 1] + "…"
    change = f"“{flagged}”"
    if issue.replacements:
        change += f" → {describe_replacement(issue.replacements[0])}"
    return RowText(
        category=CATEGORY_LABELS.get(issue.category, str(issue.category)),
        change=change,
        engines=", ".join(engine_label(e) for e in issue.engines),
        message=issue.message,
    )


class IssueRowDelegate(QStyledItemDelegate):
    """Paints an issues-model row as two lines (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chips: dict[str, QIcon] = {}

    @staticmethod
    def row_height(line_height: int) -> int:
        """Two lines of ``line_height`` and a little air."""
        return 2 * line_height + 3 * _PAD // 2

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text and a little air."""
        return QSize(200, self.row_height(option.fontMetrics.height()))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Selection background from the style, then the two lines."""
        issue = index.model().issue(index.row())  # type: ignore[attr-defined]
        if issue is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        words = row_text(issue)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(role)
        dim = QColor(ink)
        dim.setAlphaF(0.68)
        rect: QRect = opt.rect.adjusted(_PAD, _PAD // 2, -_PAD, -_PAD // 2)
        metrics = opt.fontMetrics
        line = metrics.height()

        painter.save()
        chip = self._chips.get(issue.category)
        if chip is None:
            chip = self._chips[issue.category] = colour_chip(category_colour(issue.category))
        chip.paint(painter, QRect(rect.left(), rect.top() + (line - _CHIP) // 2, _CHIP, _CHIP))

        first = QRect(rect.left() + _CHIP + _PAD, rect.top(), rect.width() - _CHIP - _PAD, line)
        engines_width = min(metrics.horizontalAdvance(words.engines) + 2, first.width() // 3)
        painter.setPen(dim)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(words.engines, Qt.TextElideMode.ElideRight, engines_width),
        )
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        label = words.category + "  "
        label_width = painter.fontMetrics().horizontalAdvance(label)
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(opt.font)
        room = first.width() - label_width - engines_width - _PAD
        change = first.adjusted(label_width, 0, 0, 0)
        painter.drawText(
            change,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(words.change, Qt.TextElideMode.ElideRight, max(room, 0)),
        )

        second = QRect(first.left(), rect.top() + line + _PAD // 2, first.width(), line)
        painter.setPen(dim)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(words.message, Qt.TextElideMode.ElideRight, second.width()),
        )
        painter.restore()
