"""The one boundary between core offsets (code points) and Qt document positions (UTF-16).

Everything in the GUI that turns an :class:`~reviewdesk.core.models.Issue` span, a note
span or a diff span into a QTextDocument position (or back) goes through :class:`DocMap`.
It is plain Python (no Qt), so check workers can lay spans out per block off the UI thread.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from reviewdesk.core.lines import Lines
from reviewdesk.core.text import Utf16Map

# (start, end, kind, ref): a span inside one block, in UTF-16 units relative to the block.
BlockRange = tuple[int, int, str, int]


@dataclass(frozen=True, slots=True)
class BlockSpans:
    """What one block shows for one layer; ``text`` is the block text it was computed for.

    A highlighter only draws the ranges while the block still holds exactly ``text``, so
    results for an edited paragraph never land on the wrong characters.
    """

    text: str
    ranges: tuple[BlockRange, ...]


class DocMap:
    """Offsets of one text snapshot, in code points and in Qt's UTF-16 positions.

    Blocks are the text's ``\\n``-separated lines, as in a QTextDocument, whose paragraph
    separator takes one position like ``\\n`` does.
    """

    __slots__ = ("_starts", "_u16", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._u16 = Utf16Map(text)
        self._starts = Lines.of(text).starts[:-1]  # C speed: no object per paragraph

    def to_qt(self, index: int) -> int:
        """Code-point index to QTextDocument position."""
        return self._u16.to_utf16(max(0, min(index, len(self.text))))

    def to_cp(self, position: int) -> int:
        """QTextDocument position to code-point index."""
        return min(self._u16.to_py(max(0, position)), len(self.text))

    def block_of(self, index: int) -> int:
        """Number of the block holding code point ``index``."""
        return max(0, bisect.bisect_right(self._starts, index) - 1)

    def block_start(self, block: int) -> int:
        """Code-point offset where block ``block`` starts."""
        return self._starts[max(0, min(block, len(self._starts) - 1))]

    @property
    def block_count(self) -> int:
        """Number of blocks (lines) in the text."""
        return len(self._starts)

    def layout(self, spans: Iterable[tuple[int, int, str, int]]) -> dict[int, BlockSpans]:
        """Split code-point spans ``(start, end, kind, ref)`` into per-block UTF-16 ranges.

        A span running over a line break is cut into one range per block it touches.
        Blocks without any span get no entry.
        """
        per_block: dict[int, list[BlockRange]] = {}
        n_blocks = len(self._starts)
        text_len = len(self.text)
        for start, end, kind, ref in spans:
            start = max(0, min(start, text_len))
            end = max(start, min(end, text_len))
            block = self.block_of(start)
            while block < n_blocks:
                b_start = self._starts[block]
                b_end = self._starts[block + 1] - 1 if block + 1 < n_blocks else text_len
                lo, hi = max(start, b_start), min(end, b_end)
                if lo < hi or (start == end and lo == hi):
                    base = self.to_qt(b_start)
                    per_block.setdefault(block, []).append(
                        (self.to_qt(lo) - base, self.to_qt(hi) - base, kind, ref)
                    )
                if end <= b_end:
                    break
                block += 1
        out: dict[int, BlockSpans] = {}
        for block, ranges in per_block.items():
            b_start = self._starts[block]
            b_end = self._starts[block + 1] - 1 if block + 1 < n_blocks else text_len
            out[block] = BlockSpans(self.text[b_start:b_end], tuple(ranges))
        return out
