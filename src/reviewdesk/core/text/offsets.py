"""Newline normalisation and code-point / UTF-16 offsets.

Core speaks Python string indices (code points). Qt's QTextDocument and LanguageTool's
HTTP API speak UTF-16 code units. :class:`Utf16Map` is the one converter used at both
boundaries.
"""

from __future__ import annotations

import bisect
import re


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF, and drop a leading BOM if one survived decoding."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts offsets between code points and UTF-16 code units for one string.

    Costs O(n) once to build when the text has characters outside the BMP, and nothing
    when it has none; each conversion is then O(log k) for k astral characters.
    """

    __slots__ = ("_astral", "_len")

    def __init__(self, text: str) -> None:
        self._len = len(text)
        # code-point indices of characters that take two UTF-16 units
        self._astral: list[int] = (
            [] if text.isascii() else [m.start() for m in _ASTRAL_RE.finditer(text)]
        )

    @property
    def is_identity(self) -> bool:
        """True when both offset systems agree for this text."""
        return not self._astral

    def to_utf16(self, index: int) -> int:
        """Code-point index to UTF-16 offset."""
        if not self._astral:
            return index
        return index + bisect.bisect_left(self._astral, index)

    def to_py(self, offset: int) -> int:
        """UTF-16 offset to code-point index (an offset inside a surrogate pair rounds down)."""
        if not self._astral:
            return offset
        lo, hi = 0, len(self._astral)
        # count astral characters whose UTF-16 position lies before ``offset``
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < offset:
                lo = mid + 1
            else:
                hi = mid
        count = lo
        # if offset falls on the low surrogate of astral char ``count - 1``, round down
        if count and self._astral[count - 1] + (count - 1) + 1 == offset:
            return self._astral[count - 1]
        return offset - count
