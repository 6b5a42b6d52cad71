"""How one issue reads in the issues panel: two lines that fit a narrow dock.

Line one: the category's colour chip and name, the flagged text and the first suggestion
("tuesday" → Tuesday), and the engines that found it at the right. Line two: the message.
A table of five columns cut the message off at the panel's usual width; two lines keep
every part readable, and the full text is in the tooltip.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewdesk.core.groups import group_message
from reviewdesk.core.models import Issue
from reviewdesk.gui.editor import describe_replacement
from reviewdesk.gui.palette import (
    Colours,
    Scheme,
    category_colour,
    category_label,
    colour_chip,
    colours_for,
    engine_label,
)

_PAD = 6
_CHIP = 12
_MAX_TEXT = 40  # characters of flagged text shown before eliding
# a long category name and a usual fix: a first line narrower than both side by side
# puts the category on line two in every row (see fit_first_line)
_NARROW = ("Confused words  ", "“tuesday” → “Tuesday”")
# rows kept drawn: a few screens of a tall panel (~2 MB at 200 px wide, 4x at 200 % scaling)
ROWS_KEPT = 60


@dataclass(frozen=True)
class RowText:
    """The words of one issue's row."""

    category: str
    change: str  # the flagged text, and its first suggestion if any
    engines: str
    message: str
    flagged: str = ""  # the flagged text as shown (already shortened past _MAX_TEXT)
    suggestion: str = ""  # "→ “Tuesday”", or "" when there is none


@dataclass(frozen=True)
class FirstLine:
    """What line one shows at a given width (see :func:`fit_first_line`)."""

    category: str  # "" when only the chip names it
    change: str
    engines: str  # "" when there is no room


def fit_first_line(
    words: RowText, width: int, metrics: QFontMetrics, bold: QFontMetrics
) -> FirstLine:
    """Line one for ``width`` pixels, cutting the least useful part first.

    The suggestion is what the editor acts on, so it stays whole as long as anything
    does: first the flagged text is shortened in the middle, then the engines go, then
    the flagged text is cut to a few letters, and only then the suggestion's end. The
    category stays where the other rows have it: below the width of a long category
    and a usual fix side by side, every row's category is on line two; above it, on
    line one in every row (a row that moved its own down read as a row of another kind).
    """
    engines = words.engines
    # a panel too narrow for a long category beside a usual fix puts every row's category
    # on line two: the rows read alike instead of some with it first and some second
    narrow = width < bold.horizontalAdvance(_NARROW[0]) + metrics.horizontalAdvance(_NARROW[1])
    category = "" if narrow else words.category
    label_width = bold.horizontalAdvance(category + "  ") if category else 0
    for step in range(3):
        if step == 1:
            engines = ""
        engines_width = min(metrics.horizontalAdvance(engines) + 2, width // 3) if engines else 0
        room = width - label_width - engines_width - (_PAD if engines else 0)
        # keep a readable piece of the flagged text before giving up the engines; only
        # the last try cuts it to a few letters
        change = _fit_change(words, room, metrics, 12 if step < 2 else 2)
        if change is not None:
            return FirstLine(category, change, engines)
    room = max(width - label_width, 0)
    change = _fit_change(words, room, metrics, 0)  # the suggestion's end cut: never None
    return FirstLine(category, change or "", "")


def _fit_change(words: RowText, room: int, metrics: QFontMetrics, keep: int) -> str | None:
    """“flagged” → suggestion in ``room`` pixels, the flagged text shortened if need be;
    None when the suggestion and ``keep`` characters of the flagged text do not fit."""
    if metrics.horizontalAdvance(words.change) <= room:
        return words.change
    if not words.suggestion or not words.change.startswith("“"):  # nothing quoted to shorten
        return metrics.elidedText(words.change, Qt.TextElideMode.ElideRight, room)
    tail = f"” {words.suggestion}"
    left = room - metrics.horizontalAdvance("“" + tail)
    if not keep:  # the last resort: two letters of the flagged text, the suggestion cut
        shown = f"“{words.flagged[:2]}…{tail}" if len(words.flagged) > 2 else words.change
        return metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
    if left < metrics.horizontalAdvance(words.flagged[:keep] + "…"):
        return None
    flagged = metrics.elidedText(words.flagged, Qt.TextElideMode.ElideMiddle, left)
    return f"“{flagged}{tail}"


def row_text(issue: Issue, places: Sequence[Issue] = ()) -> RowText:
    """What the issues panel shows for ``issue`` (a finding's first place; ``places``:
    all its places, when it has more than one)."""
    shown = issue.text
    if issue.replacements and not issue.replacements[0] and shown.strip():
        # a removal takes the blank lines around a paragraph with it; the row names the
        # paragraph (“Leave a Reply” → (remove), not “ ⏎ ⏎ Le… a Reply”)
        shown = shown.strip("\n")
    flagged = shown.replace("\n", " ⏎ ")
    if len(flagged) > _MAX_TEXT:
        flagged = flagged[: _MAX_TEXT - 1] + "…"
    suggestion = f"→ {describe_replacement(issue.replacements[0])}" if issue.replacements else ""
    if issue.text and not issue.text.strip():
        # a flagged space read as an empty pair of quotes, “ ” → (remove): name it
        flagged = describe_replacement(issue.text)
        change = f"{flagged} {suggestion}".rstrip()
    else:
        change = f"“{flagged}” {suggestion}".rstrip()
    message = issue.message
    if len(places) > 1:  # one finding marked in several places: the count leads line two,
        # where eliding the message cannot cut it off, and line one keeps its usual shape
        count = len(places)
        message = f"{count} places · " + group_message(places).removesuffix(f" ({count} places)")
    return RowText(
        category=category_label(issue.category),
        change=change,
        engines=", ".join(engine_label(e) for e in issue.engines),
        message=message,
        flagged=flagged,
        suggestion=suggestion,
    )


class IssueRowDelegate(QStyledItemDelegate):
    """Paints an issues-model row as two lines (see the module docstring).

    A row's two lines are laid out and drawn once into a pixmap, kept by what they say
    (and the width, the ink, the scheme, the font): every result of a long article's
    check resets the model and repaints the table, and laying out a screenful of rows
    again in Python took 6-15 ms of the UI thread's CPU each time. Rows that say the same
    are drawn from their pixmaps, whichever row they are on now. The selection and
    alternating backgrounds are drawn by the style as before, under the pixmap.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chips: dict[tuple[str, Scheme], QIcon] = {}
        self._drawn: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self.kept = ROWS_KEPT  # pixmaps kept, the last used (a few screens of rows)

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
        """Selection background from the style, then the two lines (from their pixmap)."""
        model = index.model()
        issue = model.issue(index.row())  # type: ignore[attr-defined]
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

        words = row_text(issue, model.places(index.row()))  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(role)
        colours = colours_for(palette)
        rect: QRect = opt.rect
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (
            words,
            issue.category,
            rect.width(),
            rect.height(),
            ink.rgba(),
            colours.scheme,
            ratio,
            opt.font.key(),
        )
        pixmap = self._drawn.get(key)
        if pixmap is None:
            pixmap = QPixmap(QSize(rect.width(), rect.height()) * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            onto = QPainter(pixmap)
            try:
                onto.setRenderHints(painter.renderHints())
                onto.setFont(opt.font)
                self._draw_lines(onto, opt, words, issue.category, ink, colours)
            finally:
                onto.end()
            self._drawn[key] = pixmap
            while len(self._drawn) > self.kept:
                self._drawn.popitem(last=False)
        else:
            self._drawn.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _draw_lines(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        words: RowText,
        category: str,
        ink: QColor,
        colours: Colours,
    ) -> None:
        """The chip and the two lines, in a row's own coordinates (0, 0 at its corner)."""
        dim = QColor(ink)
        dim.setAlphaF(0.68)
        rect = QRect(0, 0, opt.rect.width(), opt.rect.height()).adjusted(
            _PAD, _PAD // 2, -_PAD, -_PAD // 2
        )
        metrics = opt.fontMetrics
        line = metrics.height()
        chip = self._chips.get((category, colours.scheme))
        if chip is None:
            chip = colour_chip(category_colour(category, colours))
            self._chips[category, colours.scheme] = chip
        chip.paint(painter, QRect(rect.left(), rect.top() + (line - _CHIP) // 2, _CHIP, _CHIP))

        first = QRect(rect.left() + _CHIP + _PAD, rect.top(), rect.width() - _CHIP - _PAD, line)
        bold = QFont(opt.font)
        bold.setBold(True)
        shown = fit_first_line(words, first.width(), metrics, QFontMetrics(bold))
        if shown.engines:
            engines_width = min(metrics.horizontalAdvance(shown.engines) + 2, first.width() // 3)
            painter.setPen(dim)
            painter.drawText(
                first,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(shown.engines, Qt.TextElideMode.ElideRight, engines_width),
            )
        painter.setPen(ink)
        label_width = 0
        if shown.category:
            painter.setFont(bold)
            label = shown.category + "  "
            label_width = painter.fontMetrics().horizontalAdvance(label)
            painter.drawText(
                first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
            painter.setFont(opt.font)
        change = first.adjusted(label_width, 0, 0, 0)
        painter.drawText(
            change, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown.change
        )

        second = QRect(first.left(), rect.top() + line + _PAD // 2, first.width(), line)
        if not shown.category:  # no room on line one: the category starts line two
            painter.setFont(bold)
            label = words.category + "  "
            painter.drawText(
                second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
            )
            second = second.adjusted(painter.fontMetrics().horizontalAdvance(label), 0, 0, 0)
            painter.setFont(opt.font)
        painter.setPen(dim)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(words.message, Qt.TextElideMode.ElideRight, second.width()),
        )
