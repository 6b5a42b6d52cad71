"""A QSyntaxHighlighter that draws issues, redline and notes stored per block.

Layers ("issues", "redline", ...) are set as ``{block number: BlockSpans}`` computed by
:meth:`reviewdesk.service.docmap.DocMap.layout` (in a worker, or after an applied fix).
Setting a layer re-highlights only the blocks whose spans changed: the visible ones at
once, the rest in small batches from the event loop, so a 50k-word article never stalls
the window. A block whose text no longer matches the text its spans were computed for
shows none of them, so an edited paragraph never carries misplaced marks while it waits
for its re-check.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from reviewdesk.core.models import Category
from reviewdesk.gui.palette import compose_format
from reviewdesk.service.docmap import BlockRange, BlockSpans

log = logging.getLogger(__name__)

# Returns extra (start, end, kind) ranges for a block, relative to it (used for notes).
ExtraRanges = Callable[[QTextBlock], list[tuple[int, int, str]]]
# First and last block numbers on screen.
VisibleRange = Callable[[], tuple[int, int]]

# Time spent re-highlighting per event-loop turn: a block costs 0.1 ms to a few ms (its
# first layout), so the work is cut by time, not by count, and the window stays live.
SLICE_SECONDS = 0.006


class IssueHighlighter(QSyntaxHighlighter):
    """Highlights a QTextDocument from per-block span layers."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layers: dict[str, dict[int, BlockSpans]] = {}
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self._pending: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._drain)
        self.extra_ranges: ExtraRanges | None = None
        self.visible_range: VisibleRange | None = None
        # block numbers shift when lines come or go: finish queued work on the old numbers
        document.blockCountChanged.connect(lambda _n: self.flush())
        # Build the common formats now: the first one touches PySide's lazily created
        # enum types (~20 ms), which would otherwise land in the first result's handler.
        for category in Category:
            key = (f"cat:{category}",)
            self._formats[key] = compose_format(key)

    def set_layer(self, name: str, blocks: dict[int, BlockSpans]) -> int:
        """Replace one layer and re-highlight the blocks that changed; return how many."""
        old = self._layers.get(name, {})
        self._layers[name] = blocks
        # a block that kept its very spans object (most of them, after an edit) is skipped
        # without comparing
        changed = [
            n
            for n in old.keys() | blocks.keys()
            if (was := old.get(n)) is not (now := blocks.get(n)) and was != now
        ]
        self._pending.update(changed)
        if self._pending:
            # the visible blocks first, for one slice of time now (an edited paragraph is
            # redrawn at once); what is left is drawn from the event loop
            self._drain()
        return len(changed)

    @property
    def pending(self) -> int:
        """Blocks waiting to be re-highlighted."""
        return len(self._pending)

    def flush(self) -> None:
        """Re-highlight every queued block now."""
        self._timer.stop()
        todo, self._pending = self._pending, set()
        self.rehighlight_blocks(list(todo))

    def _drain(self) -> None:
        visible: list[int] = []
        if self.visible_range is not None:
            first, last = self.visible_range()
            visible = sorted(n for n in self._pending if first <= n <= last)
        order = visible + sorted(self._pending.difference(visible))
        deadline = time.perf_counter() + SLICE_SECONDS
        doc = self.document()
        for number in order:
            self._pending.discard(number)
            block = doc.findBlockByNumber(number) if doc is not None else QTextBlock()
            if block.isValid():
                self.rehighlightBlock(block)
            if time.perf_counter() >= deadline:
                break
        if self._pending:
            self._timer.start()

    def layer(self, name: str) -> dict[int, BlockSpans]:
        """The current spans of one layer."""
        return self._layers.get(name, {})

    def clear_layers(self) -> None:
        """Forget every layer (the document is about to be replaced)."""
        self._layers.clear()
        self._pending.clear()
        self._timer.stop()

    def rehighlight_blocks(self, numbers: list[int]) -> None:
        """Re-highlight the given blocks (by number)."""
        doc = self.document()
        if doc is None:
            return
        for number in sorted(numbers):
            block = doc.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def ranges_at(self, block: QTextBlock, offset: int, layer: str) -> list[BlockRange]:
        """The ranges of ``layer`` covering UTF-16 ``offset`` inside ``block``."""
        data = self._layers.get(layer, {}).get(block.blockNumber())
        if data is None or data.text != block.text():
            return []
        return [r for r in data.ranges if r[0] <= offset < r[1] or r[0] == offset == r[1]]

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        """Draw the block's stored ranges, merged into non-overlapping segments."""
        block = self.currentBlock()
        number = block.blockNumber()
        ranges: list[tuple[int, int, str]] = []
        for layer in self._layers.values():
            data = layer.get(number)
            if data is not None and data.text == text:
                ranges.extend((s, e, k) for s, e, k, _ref in data.ranges if e > s)
        if self.extra_ranges is not None:
            ranges.extend(self.extra_ranges(block))
        ranges = [r for r in ranges if r[1] > r[0]]
        if not ranges:
            return
        length = block.length() - 1  # in UTF-16 units, without the paragraph separator
        # One sweep over the cut points, keeping the ranges that cover the current
        # segment: thousands of issues in one long paragraph are not quadratic work.
        opening: dict[int, list[int]] = {}
        closing: dict[int, list[int]] = {}
        for n, (s, e, _k) in enumerate(ranges):
            opening.setdefault(s, []).append(n)
            closing.setdefault(e, []).append(n)
        cuts = sorted({0, length, *opening, *closing})
        active: set[int] = set()
        for lo, hi in itertools.pairwise(cuts):
            active.difference_update(closing.get(lo, ()))
            active.update(opening.get(lo, ()))
            if lo >= length or not active:
                continue
            kinds = tuple(ranges[n][2] for n in sorted(active))  # in layer order, as drawn
            self.setFormat(lo, min(hi, length) - lo, self._format(kinds))

    def _format(self, kinds: tuple[str, ...]) -> QTextCharFormat:
        fmt = self._formats.get(kinds)
        if fmt is None:
            fmt = compose_format(kinds)
            self._formats[kinds] = fmt
        return fmt
