"""A pane's text kept as Python strings, one per block, following each edit.

Reading a whole ``QTextDocument`` (``toRawText``, then the line-break swaps) copies and
converts every character: 4–5 ms of the UI thread at 100k words, and the window read the
draft that way for each re-check, each autosave and each result a review operation showed.
:class:`TextMirror` re-reads only the blocks an edit touched (``contentsChange`` says
where), so an edit costs in proportion to itself; the text is joined when it is asked
for and kept until the next edit (a ``str.join`` of the kept strings, a memory copy).

Positions in the document are UTF-16 units and a block's number does not depend on
them, so emoji and other astral characters need nothing special here. When Qt reports a
change the blocks cannot account for, the mirror forgets and reads the document whole
on the next read: a slower read, never a wrong one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from reviewdesk.gui.block_change import block_change

log = logging.getLogger(__name__)

# What Qt puts between lines, and around frames (between blocks: U+2029): line feeds
RARE_BREAKS = ("\u2028", "\ufdd0", "\ufdd1")
# a change touching more blocks than this is read again whole, lazily (a paste of a
# whole article, the filler's slices): cheaper than one Python call per block now
MANY_BLOCKS = 2_000


def _plain(text: str) -> str:
    """A block's (or the document's) text with Qt's rare breaks as line feeds."""
    for rare in RARE_BREAKS:
        if rare in text:
            text = text.replace(rare, "\n")
    return text


def read_whole(document: QTextDocument) -> str:
    """The document's text read whole, no-break spaces kept (``toPlainText`` swaps them)."""
    return _plain(document.toRawText().replace("\u2029", "\n"))  # str.replace: C speed


def adopt_text(document: QTextDocument, text: str) -> bool:
    """Tell ``document``'s mirror (if it has one) that it was just filled with ``text``
    (:meth:`TextMirror.adopt`); whether the mirror keeps that string."""
    mirror = document.findChild(TextMirror)
    return isinstance(mirror, TextMirror) and mirror.adopt(text)


class TextMirror(QObject):
    """The text of ``document``, kept up to date edit by edit (a child of the document:
    :func:`reviewdesk.gui.pane_text.document_text` finds it there)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._blocks: list[str] | None = None  # None: read the document whole next time
        self._text: str | None = None  # the blocks joined, until the next edit
        # Connected before the pane's other listeners (the editor makes the mirror
        # first), so a listener that reads the text during the same signal sees it new.
        document.contentsChange.connect(self._changed)
        self.full_reads = 0  # how often the document was read whole (for tests and benches)

    def text(self) -> str:
        """The document's text, as :func:`read_whole` gives it."""
        if self._text is not None:
            return self._text
        blocks = self._blocks
        if blocks is None or len(blocks) != self._document.blockCount():
            text = read_whole(self._document)
            self.full_reads += 1
            split = text.split("\n")
            # a rare break inside a block makes more lines than blocks: blocks unknown
            self._blocks = split if len(split) == self._document.blockCount() else None
            self._text = text
            return text
        self._text = "\n".join(blocks)
        return self._text

    def adopt(self, text: str) -> bool:
        """The document was just filled with ``text`` (opening an article): keep the
        caller's string as the document's text rather than a copy joined from the blocks
        when it is first asked for. The article's draft and the pane's text are then one
        string (a 100k-word article's is 1.3-2 MB: memory20) until the next edit. Only a
        text that reads back unchanged is adopted (no carriage return or break Qt turns
        into a line feed, one block per line); whether it was."""
        if any(c in text for c in ("\r", "\u2029", "\x00", *RARE_BREAKS)):
            return False
        if text.count("\n") + 1 != self._document.blockCount():
            return False
        if self._blocks is None or len(self._blocks) != self._document.blockCount():
            self._blocks = text.split("\n")  # as a whole read would have made them
        self._text = text
        return True

    def forget(self) -> None:
        """Read the document whole next time."""
        self._blocks = None
        self._text = None

    def _changed(self, position: int, removed: int, added: int) -> None:
        if removed == 0 and added == 0:
            return
        self._text = None
        blocks = self._blocks
        if blocks is None:
            return
        change = block_change(self._document, position, added, len(blocks))
        start, old_last = change.start, change.old_last
        if (
            start < 0
            or old_last < start
            or old_last >= len(blocks)
            or change.new_last - start > MANY_BLOCKS
        ):
            self._blocks = None  # reported oddly, or most of the text: read it whole
            return
        blocks[start : old_last + 1] = change.fresh(lambda block: _plain(block.text()))
