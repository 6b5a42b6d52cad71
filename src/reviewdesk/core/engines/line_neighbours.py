"""The lines a per-line filter must look at again after an edit, when its verdict on a
line reads the line's neighbours up to the nearest one with text.

Shared by the filters that let a quotation run on into the next paragraph
(:mod:`reviewdesk.core.engines.quotes`) and a sentence run on from the one before
(:mod:`reviewdesk.core.engines.paragraph_starts`): each remembers the last few texts it
saw, so the edit since the pipeline's ``base`` text can be found.
"""

from __future__ import annotations

from collections import OrderedDict

from reviewdesk.core.lines import Lines

KNOWN_TEXTS = 4  # texts remembered to find what an edit changed


class NeighbourRedo:
    """The last texts a filter saw, and the neighbours of an edit to redo."""

    def __init__(self) -> None:
        self._known: OrderedDict[str, Lines] = OrderedDict()

    def lines_to_redo(
        self, lines: Lines, base: str | None, *, reads_before: bool
    ) -> tuple[set[str], set[int]] | None:
        """``prepare``'s answer for such a filter. A verdict that reads the lines before
        its line (``reads_before``) changes for the lines after the edit up to the next
        one with text; one that reads the lines after it, for the lines before the edit
        back to the nearest one with text. None: ``base`` unknown, every line."""
        old = self._known.get(base) if base is not None else None
        self._known.pop(lines.text, None)
        self._known[lines.text] = lines
        while len(self._known) > KNOWN_TEXTS:
            self._known.popitem(last=False)
        if old is None:
            return None
        splice = lines.splice_from(old)
        step = 1 if reads_before else -1
        j = splice.new_end if reads_before else splice.start - 1
        redo: set[int] = set()
        while 0 <= j < len(lines):
            redo.add(j)
            if lines.lines[j].strip():
                break
            j += step
        return set(), redo
