"""One pane's structure on screen: headings, emphasis, links, lists, tables and stories.

:class:`StructureView` owns the pane's ``structure`` and ``revisions`` highlight layers
(laid out off the UI thread by :mod:`reviewdesk.service.structure_layout`), makes them
follow edits by the structure's rules (:mod:`reviewdesk.gui.structure_follow`), gives
the highlighter a composer that draws them under the issue marks
(:mod:`reviewdesk.gui.structure_style`), and has the rest painted around the text
(:mod:`reviewdesk.gui.structure_paint`). The text itself stays the writer's: no bullet,
number or footnote mark is typed into it.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QFont, QFontMetricsF, QPalette, QTextBlock

from reviewdesk.core.structure import SpanKind
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.structure_follow import follow_structure, point_range
from reviewdesk.gui.structure_paint import GapLabel, StructurePainter, gap_end, margin_width
from reviewdesk.gui.structure_style import StructureStyle
from reviewdesk.service.docmap import BlockRange, BlockSpans
from reviewdesk.service.structure_layout import (
    POINT_KINDS,
    SpanDetail,
    StructureLayout,
    is_point_kind,
)

log = logging.getLogger(__name__)

STRUCTURE = "structure"
REVISIONS = "revisions"
GAP_PAD = 6.0  # pixels around a gap label


def gap_width(text: str, font: QFont, *, raised: bool = False) -> float:
    """The room a gap label needs in ``font``."""
    shown = QFont(font)
    if raised:
        shown.setPointSizeF(font.pointSizeF() * 0.72)
    return round(QFontMetricsF(shown).horizontalAdvance(text) + GAP_PAD)


class StructureView(QObject):
    """Draws a pane's structure and incoming revisions; answers what is under the mouse."""

    def __init__(self, editor: ReviewEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = editor.highlighter
        self.highlighter.followers[STRUCTURE] = follow_structure
        self.highlighter.followers[REVISIONS] = follow_structure
        self.style = StructureStyle(editor.font().pointSizeF(), editor.palette())
        self.highlighter.compose = self.style.composer()
        self.details: list[SpanDetail] = []
        self.point_labels: dict[int, GapLabel] = {}  # structure ref -> its gap label
        self.revision_labels: dict[int, GapLabel] = {}  # revision id -> its gap label
        self.revision_tips: dict[int, str] = {}  # revision id -> its tooltip
        self.active = False
        self.painter = StructurePainter(editor, self)

    # -- showing ------------------------------------------------------------------------

    def show(self, layout: StructureLayout) -> None:
        """Show a structure laid out over exactly the pane's text."""
        self.details = layout.details
        font = self.editor.font()
        colour = self.editor.palette().color(QPalette.ColorRole.Link)
        self.point_labels = {
            ref: GapLabel(
                d.label,
                gap_width(d.label, font, raised=d.kind is SpanKind.NOTE_REFERENCE),
                colour,
                raised=d.kind is SpanKind.NOTE_REFERENCE,
            )
            for ref, d in enumerate(self.details)
            if d.kind in POINT_KINDS
        }
        layer = layout.layer
        if layout.point_blocks:
            layer = dict(layer)
            for number in layout.point_blocks & layer.keys():
                layer[number] = self._with_gaps(layer[number])
        self.active = bool(layer)
        self.highlighter.set_layer(STRUCTURE, layer)
        labels = list({d.label for d in self.details if d.label and d.kind not in POINT_KINDS})
        self.painter.set_margin(margin_width(labels, font))
        self.editor.viewport().update()

    def _with_gaps(self, spans: BlockSpans) -> BlockSpans:
        if not any(is_point_kind(kind) for _s, _e, kind, _r in spans.ranges):
            return spans
        ranges: list[BlockRange] = []
        for start, end, kind, ref in spans.ranges:
            label = self.point_labels.get(ref)
            if is_point_kind(kind) and label is not None:
                ranges.append(point_range(end, f"{kind}:{label.width:g}", ref, spans.text))
            else:
                ranges.append((start, end, kind, ref))
        return BlockSpans(spans.text, tuple(sorted(ranges)))

    def show_revisions(
        self, layer: dict[int, BlockSpans], labels: dict[int, GapLabel], tips: dict[int, str]
    ) -> None:
        """Show incoming revisions (:class:`~reviewdesk.gui.revision_marks.RevisionMarks`
        lays them out)."""
        self.revision_labels = labels
        self.revision_tips = tips
        self.active = self.active or bool(layer)
        self.highlighter.set_layer(REVISIONS, layer)
        self.editor.viewport().update()

    def clear(self) -> None:
        """Show no structure (another article, or a plain one)."""
        self.details = []
        self.point_labels = {}
        self.revision_labels = {}
        self.revision_tips = {}
        self.active = False
        self.highlighter.set_layer(STRUCTURE, {})
        self.highlighter.set_layer(REVISIONS, {})
        self.painter.set_margin(0)

    # -- what is where ------------------------------------------------------------------

    def structure_at(self, block: QTextBlock) -> BlockSpans | None:
        """The structure ranges of ``block`` (None when it has none, or they are stale)."""
        if not block.isValid():
            return None
        spans = self.highlighter.layer(STRUCTURE).get(block.blockNumber())
        return spans if spans is not None and spans.text == block.text() else None

    def detail(self, ref: int) -> SpanDetail | None:
        """What the span ``ref`` is."""
        return self.details[ref] if 0 <= ref < len(self.details) else None

    def gaps_in(self, block: QTextBlock) -> list[tuple[int, list[GapLabel]]]:
        """(position in the block, labels drawn there, in order) of the block's places."""
        found: dict[int, list[GapLabel]] = {}
        number = block.blockNumber()
        for layer, labels in (
            (STRUCTURE, self.point_labels),
            (REVISIONS, self.revision_labels),
        ):
            spans = self.highlighter.layer(layer).get(number)
            if spans is None or spans.text != block.text():
                continue
            for _start, end, kind, ref in spans.ranges:
                if is_point_kind(kind):
                    label = labels.get(ref)
                    if label is not None:
                        found.setdefault(end, []).append(label)
        return sorted(found.items())

    def tooltip_at(self, pos: QPoint) -> str:
        """Rich text about what is under viewport position ``pos``: a link's target, a
        footnote mark's note, a revision's author and date ("" for nothing)."""
        cursor = self.editor.cursorForPosition(pos)
        block = cursor.block()
        offset = cursor.positionInBlock()
        tips: list[str] = []
        gap = self._gap_tip(block, pos)
        if gap:
            tips.append(gap)
        for layer in (STRUCTURE, REVISIONS):
            spans = self.highlighter.layer(layer).get(block.blockNumber())
            if spans is None or spans.text != block.text():
                continue
            for start, end, kind, ref in spans.ranges:
                if not start <= offset < end or is_point_kind(kind):
                    continue
                if layer == REVISIONS:
                    tip = self.revision_tips.get(ref, "")
                else:
                    detail = self.detail(ref)
                    link = detail is not None and kind == "s:link"
                    tip = html.escape(detail.tip, quote=False) if detail and link else ""
                if tip and tip not in tips:
                    tips.append(tip)
        return "<br>".join(tips)

    def _gap_tip(self, block: QTextBlock, pos: QPoint) -> str:
        """The tooltip of a gap label under ``pos`` (hit-tested where it is drawn)."""
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return ""
        rect = self.editor.blockBoundingGeometry(block).translated(self.editor.contentOffset())
        number = block.blockNumber()
        for position, labels in self.gaps_in(block):
            line = layout.lineForTextPosition(position)
            if not line.isValid() or position == 0:
                continue
            top = rect.top() + line.y()
            if not top <= pos.y() <= top + line.height():
                continue
            x = rect.left() + gap_end(line, position) - sum(label.width for label in labels)
            for label in labels:
                if x <= pos.x() <= x + label.width:
                    return self._label_tip(number, position, label)
                x += label.width
        return ""

    def _label_tip(self, number: int, position: int, label: GapLabel) -> str:
        for layer, labels, tips in (
            (STRUCTURE, self.point_labels, None),
            (REVISIONS, self.revision_labels, self.revision_tips),
        ):
            spans = self.highlighter.layer(layer).get(number)
            for _s, end, _kind, ref in spans.ranges if spans is not None else ():
                if end == position and labels.get(ref) is label:
                    if tips is not None:
                        return tips.get(ref, "")
                    detail = self.detail(ref)
                    return html.escape(detail.tip, quote=False) if detail is not None else ""
        return ""


__all__ = ["REVISIONS", "STRUCTURE", "GapLabel", "StructureView", "gap_width"]
