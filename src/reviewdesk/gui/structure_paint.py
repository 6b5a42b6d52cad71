"""Drawing what the text itself does not hold: tinted footnotes and headers, table rows,
labels in a margin, and small labels in gaps (a footnote's number, a deleted passage).

The pane stays a plain-text editor whose text is the writer's own; everything here is
painted around it. Under the text (before the editor paints): the tints of stories and
table rows, the rules between rows and cells, and the gap labels, which sit in room the
structure format leaves after a character (:func:`reviewdesk.gui.structure_style.gap`).
In a margin left of the text: list bullets and numbers as Word shows them, and names of
parts ("Footnote 1", "Header", "Row 2", "Standfirst").

Why a margin with labels and banded rows for tables: the text of a cell stays one
paragraph per line (so offsets, checking and editing stay as they are); a solid rule
above each row, a dotted one between the cells of a row, alternating tints and "Row n"
in the margin make the rows readable at a glance without moving any text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextLine,
)
from PySide6.QtWidgets import QToolTip, QWidget

from reviewdesk.gui.structure_style import ink, mix, tint
from reviewdesk.service.docmap import BlockSpans
from reviewdesk.service.structure_layout import covers

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock

    from reviewdesk.gui.editor import ReviewEditor
    from reviewdesk.service.structure_layout import SpanDetail

log = logging.getLogger(__name__)

STORIES = ("footnote", "endnote", "header", "footer", "text_box")
_LABELLED = (*STORIES, "caption", "headline", "standfirst", "byline", "photo_caption")
MARGIN_PAD = 8
MARGIN_SHARE = 1 / 6  # of the pane's width, at most


@dataclass(frozen=True, slots=True)
class GapLabel:
    """A label drawn in a gap: its text, how wide the gap is, and how it looks."""

    text: str
    width: float
    colour: QColor
    strike: bool = False  # a deleted passage
    raised: bool = False  # a footnote mark


def _block_refs(spans: BlockSpans | None, name: str) -> list[int]:
    """The spans of kind ``name`` the paragraph is in (not only its line break)."""
    if spans is None:
        return []
    prefix = f"b:{name}"
    return [r for s, e, kind, r in spans.ranges if kind == prefix and covers(spans, s, e)]


def line_x(line: QTextLine, position: int) -> float:
    """Where ``position`` of the block is on ``line``, in the block's coordinates."""
    found: Any = line.cursorToX(position)  # PySide returns (x, position)
    return float(found[0] if isinstance(found, tuple) else found)


def gap_end(line: QTextLine, end: int) -> float:
    """Where the gap made by the character before ``end`` ends, on ``line``. A space
    that ends a wrapped line takes no room there, so its gap is drawn after the line."""
    last = line.textStart() + line.textLength()
    if end == last and end - 1 > line.textStart():
        width = line_x(line, end) - line_x(line, end - 1)
        return line_x(line, end - 1) + max(width, 0.0)
    return line_x(line, end)


class Shown(Protocol):
    """What the painter asks the pane's structure view."""

    active: bool

    def structure_at(self, block: QTextBlock) -> BlockSpans | None: ...
    def detail(self, ref: int) -> SpanDetail | None: ...
    def gaps_in(self, block: QTextBlock) -> list[tuple[int, list[GapLabel]]]: ...


class StructurePainter(QObject):
    """Paints a pane's structure under its text and in its margin."""

    def __init__(self, editor: ReviewEditor, view: Shown) -> None:
        super().__init__(editor)
        self.editor = editor
        self.view = view
        self.margin = Margin(self)
        self.margin_width = 0
        self.wanted_margin = 0  # what the labels ask for; a narrow pane gives less
        self._viewport = editor.viewport()  # compared without calling into Qt
        self._viewport.installEventFilter(self)
        editor.installEventFilter(self)
        editor.updateRequest.connect(self._on_update_request)
        editor.paint_over.append(self._paint_over)

    # -- geometry -----------------------------------------------------------------------

    def set_margin(self, width: int) -> None:
        """Leave ``width`` pixels left of the text for labels (0: none), or less in a
        narrow pane (:func:`margin_share`)."""
        self.wanted_margin = width
        self._fit_margin()

    def _fit_margin(self) -> None:
        width = min(self.wanted_margin, margin_share(self.editor.width(), self.editor.font()))
        if width == self.margin_width:
            return
        self.margin_width = width
        self.editor.setViewportMargins(width, 0, 0, 0)
        self.margin.setVisible(width > 0)
        self._place_margin()

    def _place_margin(self) -> None:
        rect = self.editor.contentsRect()
        self.margin.setGeometry(QRect(rect.left(), rect.top(), self.margin_width, rect.height()))

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if self.margin_width <= 0:
            return
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin_width, rect.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Paint under the text before the editor paints it; keep the margin in place."""
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self._viewport:
            if self.view.active and isinstance(event, QPaintEvent):
                self._paint_under(event)
        elif kind == QEvent.Type.Resize and watched is self.editor:
            self._fit_margin()
            self._place_margin()
        return False

    def visible(self) -> Iterator[tuple[QTextBlock, QRectF]]:
        """The blocks on screen with their rectangles in the viewport."""
        editor = self.editor
        block = editor.firstVisibleBlock()
        offset = editor.contentOffset()
        bottom = editor.viewport().height()
        while block.isValid():
            rect = editor.blockBoundingGeometry(block).translated(offset)
            if rect.top() > bottom:
                break
            if block.isVisible():
                yield block, rect
            block = block.next()

    # -- under the text -----------------------------------------------------------------

    def _paint_under(self, event: QPaintEvent) -> None:
        painter = QPainter(self.editor.viewport())
        try:
            painter.setClipRect(event.rect())
            width = self.editor.viewport().width()
            palette = self.editor.palette()
            for block, rect in self.visible():
                spans = self.view.structure_at(block)
                if spans is not None:
                    self._paint_block(painter, block, rect, spans, width, palette)
        finally:
            painter.end()

    # -- over the text ------------------------------------------------------------------

    def _paint_over(self, event: QPaintEvent) -> None:
        """The gaps' labels, after the text: a background drawn with the text (a note's,
        the selection's) would cover a deleted passage's struck words drawn under it."""
        if not self.view.active:
            return
        painter = QPainter(self.editor.viewport())
        try:
            painter.setClipRect(event.rect())
            for block, rect in self.visible():
                self._paint_gaps(painter, block, rect)
        finally:
            painter.end()

    def _paint_block(
        self,
        painter: QPainter,
        block: QTextBlock,
        rect: QRectF,
        spans: BlockSpans,
        width: int,
        palette: QPalette,
    ) -> None:
        full = QRectF(0, rect.top(), width, rect.height())
        for name in STORIES:
            if _block_refs(spans, name):
                painter.fillRect(full, tint(palette, name))
                break
        rows = _block_refs(spans, "row")
        if not rows:
            return
        detail = self.view.detail(rows[-1])
        band = 0.05 if detail is None or detail.index % 2 else 0.11
        painter.fillRect(full, tint(palette, "row", band))
        rule = ink(palette, "row")
        previous = self.view.structure_at(block.previous())
        following = self.view.structure_at(block.next())
        if rows[-1] not in _block_refs(previous, "row"):
            painter.setPen(QPen(rule, 1))
            painter.drawLine(QPointF(0, rect.top() + 0.5), QPointF(width, rect.top() + 0.5))
        else:
            cells = _block_refs(spans, "cell")
            if cells and cells[-1] not in _block_refs(previous, "cell"):
                painter.setPen(QPen(mix(rule, palette.color(QPalette.ColorRole.Base), 0.4), 1,
                                    Qt.PenStyle.DotLine))  # fmt: skip
                y = rect.top() + 0.5
                painter.drawLine(QPointF(0, y), QPointF(width, y))
        if not _block_refs(following, "row"):
            painter.setPen(QPen(rule, 1))
            y = rect.bottom() - 0.5
            painter.drawLine(QPointF(0, y), QPointF(width, y))

    def _paint_gaps(self, painter: QPainter, block: QTextBlock, rect: QRectF) -> None:
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return
        for position, labels in self.view.gaps_in(block):
            line = layout.lineForTextPosition(position)
            if not line.isValid():
                continue
            baseline = rect.top() + line.y() + line.ascent()
            if position == 0:  # no character before it to make room: a mark at the edge
                self._paint_edge_mark(painter, labels[0].colour, rect.left(), rect.top(), line)
                continue
            x = rect.left() + gap_end(line, position) - sum(label.width for label in labels)
            for label in labels:
                self._paint_label(painter, label, x, baseline, line.height())
                x += label.width

    def _paint_edge_mark(
        self, painter: QPainter, colour: QColor, left: float, top: float, line: QTextLine
    ) -> None:
        y = top + line.y()
        painter.fillRect(QRectF(left, y, 2, line.height()), colour)

    def _paint_label(
        self, painter: QPainter, label: GapLabel, x: float, baseline: float, height: float
    ) -> None:
        font = QFont(self.editor.font())
        if label.raised:
            font.setPointSizeF(font.pointSizeF() * 0.72)
        font.setStrikeOut(label.strike)
        painter.setFont(font)
        painter.setPen(label.colour)
        metrics = QFontMetricsF(font)
        y = baseline - (metrics.ascent() * 0.55 if label.raised else 0)
        painter.drawText(QPointF(x + 2, y), label.text)

    # -- the margin ---------------------------------------------------------------------

    def paint_margin(self, event: QPaintEvent) -> None:
        """Labels of the paragraphs on screen, right-aligned beside their first line."""
        painter = QPainter(self.margin)
        try:
            palette = self.editor.palette()
            painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Window))
            font = QFont(self.editor.font())
            font.setPointSizeF(font.pointSizeF() * 0.85)
            painter.setFont(font)
            metrics = QFontMetricsF(font)
            top = self.editor.viewport().geometry().top() - self.editor.contentsRect().top()
            for block, rect in self.visible():
                spans = self.view.structure_at(block)
                if spans is None:
                    continue
                area = QRectF(0, rect.top() + top, self.margin_width, rect.height())
                shade = self._margin_tint(spans, palette)
                if shade is not None:
                    painter.fillRect(area, shade)
                text, colour = self.label(block, spans, palette)
                if not text:
                    continue
                layout = block.layout()
                line = layout.lineAt(0) if layout is not None and layout.lineCount() else None
                baseline = area.top() + (line.y() + line.ascent() if line else metrics.ascent())
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                           self.margin_width - MARGIN_PAD)  # fmt: skip
                x = self.margin_width - MARGIN_PAD / 2 - metrics.horizontalAdvance(shown)
                painter.setPen(colour)
                painter.drawText(QPointF(x, baseline), shown)
        finally:
            painter.end()

    def label_at(self, y: float) -> str:
        """The whole label beside the paragraph at ``y`` in the margin ("" for none)."""
        top = self.editor.viewport().geometry().top() - self.editor.contentsRect().top()
        for block, rect in self.visible():
            if rect.top() + top <= y < rect.bottom() + top:
                spans = self.view.structure_at(block)
                if spans is None:
                    return ""
                return self.label(block, spans, self.editor.palette())[0]
        return ""

    def _margin_tint(self, spans: BlockSpans, palette: QPalette) -> QColor | None:
        for name in STORIES:
            if _block_refs(spans, name):
                return tint(palette, name)
        return None

    def label(self, block: QTextBlock, spans: BlockSpans, palette: QPalette) -> tuple[str, QColor]:
        """What the margin says beside ``block``, and in which colour ("" for nothing)."""
        previous = self.view.structure_at(block.previous())
        plain = palette.color(QPalette.ColorRole.PlaceholderText)
        for name in _LABELLED:
            for ref in _block_refs(spans, name):
                detail = self.view.detail(ref)
                if detail is not None and detail.label and ref not in _block_refs(previous, name):
                    return detail.label, ink(palette, name) if name in STORIES else plain
        for ref in _block_refs(spans, "row"):
            detail = self.view.detail(ref)
            if detail is not None and ref not in _block_refs(previous, "row"):
                return detail.label, ink(palette, "row")
        for start, end, kind, ref in spans.ranges:
            if kind != "b:list_item" or start != 0 or not covers(spans, start, end):
                continue
            detail = self.view.detail(ref)
            if detail is None or not detail.label:
                continue
            continues = ref in _block_refs(previous, "list_item")
            if not continues:
                return detail.label, palette.color(QPalette.ColorRole.Text)
            bullet = not any(c.isalnum() for c in detail.label)
            return (detail.label if bullet else "›"), palette.color(QPalette.ColorRole.Text)
        return "", plain


class Margin(QWidget):
    """The strip left of a pane's text where the labels go."""

    def __init__(self, painter: StructurePainter) -> None:
        super().__init__(painter.editor)
        self.setObjectName("structureMargin")
        self._painter = painter
        self.setVisible(False)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the labels."""
        self._painter.paint_margin(event)

    def event(self, event: QEvent) -> bool:
        """A label shortened to fit a narrow pane is read whole in its tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            label = self._painter.label_at(event.pos().y())
            if label:
                QToolTip.showText(event.globalPos(), label, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def margin_share(pane: int, font: QFont) -> int:
    """The most of a pane ``pane`` pixels wide the margin may take: a sixth, so a pane on a
    1024×700 screen or in a large font keeps its lines of text (the margin took a
    quarter, and with a 14-point font a line held 23 characters); never less than a
    row's label ("Row 10"), and a longer label is shortened ("Footno…", whole in its
    tooltip)."""
    if pane <= 0:
        return 0
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    floor = QFontMetricsF(small).horizontalAdvance("Row 10") + MARGIN_PAD + 4
    return int(max(floor, pane * MARGIN_SHARE))


def margin_width(labels: list[str], font: QFont) -> int:
    """How wide the margin must be for ``labels`` in ``font`` (0 when there are none)."""
    if not labels:
        return 0
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    metrics = QFontMetricsF(small)
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    return int(min(widest, metrics.horizontalAdvance("Photo caption")) + MARGIN_PAD + 4)
