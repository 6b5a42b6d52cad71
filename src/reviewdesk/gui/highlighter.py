"""A QSyntaxHighlighter that draws issues, redline and notes stored per block.

Layers ("issues", "redline", ...) are set as ``{block number: BlockSpans}`` computed by
:meth:`reviewdesk.service.docmap.DocMap.layout` (in a worker, or after an applied fix).
Setting a layer re-highlights only the blocks whose spans changed: the visible ones at
once, the rest in small batches from the event loop, so a 50k-word article never stalls
the window. In a long article only the blocks near the view are drawn; the others wait
until the view comes near them (:meth:`IssueHighlighter.view_moved`, from the editor's
paint). Qt lays out every block it re-highlights (its cursor walks to the block's end)
and keeps the shaped text: ~10 KB a paragraph, ~40 MB a pane at 100k words when every
block was drawn.

A block whose text no longer matches the text its spans were computed for shows none of
them, so an edited paragraph never carries misplaced marks while it waits for its
re-check.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument

from reviewdesk.core.models import Category
from reviewdesk.gui.block_change import block_change
from reviewdesk.gui.layer_follow import BlockChange, follow, renumber
from reviewdesk.gui.palette import DIMMED, LIGHT, Colours, compose_format
from reviewdesk.service.docmap import BlockRange, BlockSpans

log = logging.getLogger(__name__)

# Returns extra (start, end, kind) ranges for a block, relative to it (used for notes).
ExtraRanges = Callable[[QTextBlock], list[tuple[int, int, str]]]
# First and last block numbers on screen.
VisibleRange = Callable[[], tuple[int, int]]
# A layer after an edit: (layer, where the edit fell, block number -> its text now).
LayerFollower = Callable[
    [dict[int, BlockSpans], BlockChange, Callable[[int], str]], dict[int, BlockSpans]
]

# Time spent re-highlighting per event-loop turn: a block costs 0.1 ms to a few ms (its
# first layout), so the work is cut by time, not by count, and the window stays live.
SLICE_SECONDS = 0.006
# Blocks still queued when an edit comes in are redrawn at once up to this many (after
# following the edit); more are left to the event loop.
CHUNK = 60
# A document of more blocks than this draws only the blocks within NEAR_SCREENS screens
# of the view; the rest when the view comes near them.
LAZY_BLOCKS = 500
NEAR_SCREENS = 2


class IssueHighlighter(QSyntaxHighlighter):
    """Highlights a QTextDocument from per-block span layers."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layers: dict[str, dict[int, BlockSpans]] = {}
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self._pending: set[int] = set()
        self._drawing = False  # inside _drain's redrawing (Qt's highlighter is not re-entrant)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._drain)
        self.extra_ranges: ExtraRanges | None = None
        # how a layer follows edits (default: keep what lies outside the change), and how
        # a segment's kinds become one format: the structure view puts its own here
        self.followers: dict[str, LayerFollower] = {}
        self.compose: Callable[[tuple[str, ...], Colours], QTextCharFormat] = compose_format
        self.visible_range: VisibleRange | None = None
        self._dimmed: frozenset[str] = frozenset()
        self.colours: Colours = LIGHT  # the window sets the scheme's (light or dark)
        # layers follow edits until new results replace them (block numbers shift too)
        self._blocks = document.blockCount()
        document.contentsChange.connect(self._follow)
        # Build the common formats now: the first one touches PySide's lazily created
        # enum types (~20 ms), which would otherwise land in the first result's handler.
        for category in Category:
            key = (f"cat:{category}",)
            self._formats[key] = compose_format(key, self.colours)

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
            # the blocks on screen now (an edited paragraph is redrawn at once): a screen's
            # worth, however long the article; the rest from the event loop, a slice at a
            # time, so a result that sets three layers is not three slices in one event
            self._drain(visible_only=self.visible_range is not None)
        return len(changed)

    def set_colours(self, colours: Colours) -> None:
        """Draw with ``colours`` (the window went dark or light): every block again,
        the visible ones first, a slice at a time."""
        if colours == self.colours:
            return
        self.colours = colours
        self._formats.clear()
        doc = self.document()
        if doc is not None:
            self._pending.update(range(doc.blockCount()))
            self._timer.start()

    def set_dimmed(self, names: set[str] | frozenset[str]) -> None:
        """Draw these layers dimmed (the last results, while new ones are computed)."""
        names = frozenset(names)
        if names == self._dimmed:
            return
        for name in names ^ self._dimmed:
            self._pending.update(self._layers.get(name, {}))
        self._dimmed = names
        # drawn from the event loop: new results set just after are drawn in the same go
        self._timer.start()

    @property
    def dimmed(self) -> frozenset[str]:
        """The layers drawn dimmed now."""
        return self._dimmed

    def _follow(self, position: int, removed: int, added: int) -> None:
        doc = self.document()
        if doc is None:
            return
        count = doc.blockCount()
        kept, self._blocks = self._blocks, count
        if not self._layers or (removed == 0 and added == 0 and count == kept):
            return
        span = block_change(doc, position, added, kept)
        first, last = span.first, span.last
        end = min(position + added, last.position() + last.length() - 1)
        change = BlockChange(
            first=span.start,
            old_last=span.old_last,
            new_last=span.new_last,
            head=max(0, position - first.position()),
            tail=max(0, last.position() + last.length() - 1 - end),
            removed=removed,
            added=added,
        )
        if change.old_last < change.first:  # reported oddly: keep nothing of it
            change = BlockChange(change.first, change.first, change.new_last, 0, 0)

        def text_of(number: int) -> str:
            return doc.findBlockByNumber(number).text()

        for name, layer in self._layers.items():
            self._layers[name] = self.followers.get(name, follow)(layer, change, text_of)
        # Qt has just re-highlighted the changed blocks with the layers as they were
        self._pending = renumber(self._pending, change)
        if len(self._pending) <= CHUNK:
            self.flush()
        else:
            self._timer.start()

    @property
    def pending(self) -> int:
        """Blocks waiting to be re-highlighted."""
        return len(self._pending)

    def flush(self) -> None:
        """Re-highlight every queued block now."""
        self._timer.stop()
        todo, self._pending = self._pending, set()
        self.rehighlight_blocks(list(todo))

    def view_moved(self) -> None:
        """The view scrolled or grew: draw the waiting blocks it shows now (before they
        are painted), and those near it from the event loop."""
        if not self._pending:
            return
        if self._drawing:
            # called back while a block is redrawn: Qt's highlighter cannot be entered
            # again, so the event loop draws the rest
            self._timer.start()
            return
        self._drain(visible_only=True)

    def _wanted(self) -> tuple[list[int], list[int]]:
        """The waiting blocks on screen, and those to draw after them: every other one,
        or in a long document only those near the view."""
        if self.visible_range is None:
            return [], sorted(self._pending)
        first, last = self.visible_range()
        # looked up by the view's numbers, not by scanning the queue: a long article
        # keeps thousands of far blocks queued, and this runs after every keystroke
        pending = self._pending
        visible = [n for n in range(first, last + 1) if n in pending]
        doc = self.document()
        if doc is not None and doc.blockCount() > LAZY_BLOCKS:
            margin = (last - first + 1) * NEAR_SCREENS
            near = [n for n in range(max(0, first - margin), first) if n in pending]
            near += [n for n in range(last + 1, last + margin + 1) if n in pending]
            return visible, near
        return visible, sorted(pending.difference(visible))

    def _drain(self, *, visible_only: bool = False) -> None:
        visible, rest = self._wanted()
        order = visible if visible_only else visible + rest
        deadline = time.perf_counter() + SLICE_SECONDS
        doc = self.document()
        done = 0
        self._drawing = True
        try:
            for number in order:
                self._pending.discard(number)
                done += 1
                block = doc.findBlockByNumber(number) if doc is not None else QTextBlock()
                if block.isValid():
                    self.rehighlightBlock(block)
                if time.perf_counter() >= deadline:
                    break
        finally:
            self._drawing = False
        # more to draw now (the view's or near it): from the event loop; blocks far from
        # the view in a long document wait for view_moved
        if done < len(visible) + len(rest):
            self._timer.start()

    def layer(self, name: str) -> dict[int, BlockSpans]:
        """The current spans of one layer."""
        return self._layers.get(name, {})

    def clear_layers(self) -> None:
        """Forget every layer (the document is about to be replaced)."""
        self._layers.clear()
        self._dimmed = frozenset()
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
        for name, layer in self._layers.items():
            data = layer.get(number)
            if data is not None and data.text == text:
                dim = DIMMED if name in self._dimmed else ""
                ranges.extend((s, e, k + dim) for s, e, k, _ref in data.ranges if e > s)
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
            fmt = self.compose(kinds, self.colours)
            self._formats[kinds] = fmt
        return fmt
