"""Paragraphs into the calls Harper lints well: pieces of a long one, batches of many.

Harper's time grows faster than linearly with the length of one paragraph, and its spell
check with the square of a token's length, so a pasted page is linted in pieces cut at
sentence ends, and runs of characters no word is that long are left out. Many short
paragraphs are joined into batches, one call each. Kept apart from :mod:`.harper_engine`
(which reads the lints as issues) so each reads in one sitting; any linter lints here,
the main one or the early one (:mod:`.harper_early`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reviewdesk.core.checker import CheckerError

if TYPE_CHECKING:
    from harper import Lint, Linter

# Paragraphs are joined with this separator to lint a batch in one call.
SEPARATOR = "\n\n"
# Characters per lint call. One call per paragraph costs more per word; one call for a
# whole long text costs more too (50k words: ~8.5 s in one call, ~6.6 s in 16k batches)
# and raises the peak memory.
BATCH_CHARS = 16_000
# (text index, offset in the text, piece) for each piece linted
Pieces = list[tuple[int, int, str]]
# each batch's pieces and Harper's lints of them joined, by rule
Batches = list[tuple[list[str], dict[str, list["Lint"]]]]
PIECE_CHARS = 6_000
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+")
# No word is longer. A longer run without a space (a data URI, a row of dashes, a pasted
# blob) is left out of what Harper lints: its spell check grows with the square of a
# token's length (a 100,000-character "word" took seconds, a 2 MB one minutes).
MAX_TOKEN_CHARS = 200
_LONG_TOKEN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def split_long(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """``text`` as (offset, piece) pairs, cut after sentence ends into pieces of about
    ``limit`` characters, leaving out runs of more than ``MAX_TOKEN_CHARS`` without a
    space; a short text is one piece."""
    if len(text) > MAX_TOKEN_CHARS and _LONG_TOKEN.search(text):
        pieces: list[tuple[int, str]] = []
        start = 0
        for match in _LONG_TOKEN.finditer(text):
            if text[start : match.start()].strip():
                pieces += [
                    (start + o, p) for o, p in _split_prose(text[start : match.start()], limit)
                ]
            start = match.end()
        if text[start:].strip():
            pieces += [(start + o, p) for o, p in _split_prose(text[start:], limit)]
        return pieces
    return _split_prose(text, limit)


def _split_prose(text: str, limit: int) -> list[tuple[int, str]]:
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = None
        for match in _SENTENCE_END.finditer(text, start + limit // 2, start + limit):
            cut = match.end()
        if cut is None:  # no sentence end: cut at a space, or hard at the limit
            space = text.rfind(" ", start + limit // 2, start + limit)
            cut = space + 1 if space > start else start + limit
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def lint_in_batches(
    linter: Linter, texts: Sequence[str], entered: threading.Event | None = None
) -> tuple[Pieces, Batches]:
    """Lint the texts in batches of about ``BATCH_CHARS`` (Harper's own work only).

    A paragraph longer than ``PIECE_CHARS`` (a pasted page with no line breaks) is
    linted in pieces cut at sentence ends. ``entered`` is set just before Harper's own
    work begins (a caller waiting for it hands this thread the GIL until then).
    """
    pieces: Pieces = []
    for index, text in enumerate(texts):
        pieces.extend((index, offset, piece) for offset, piece in split_long(text))
    batches: Batches = []
    batch: list[str] = []
    size = 0
    if entered is not None:
        entered.set()  # what is left before Harper's own work is a few list appends
    for _, _, piece in pieces:
        if batch and size + len(piece) > BATCH_CHARS:
            batches.append((batch, _organized(linter, batch)))
            batch, size = [], 0
        batch.append(piece)
        size += len(piece) + len(SEPARATOR)
    if batch:
        batches.append((batch, _organized(linter, batch)))
    return pieces, batches


def _organized(linter: Linter, texts: Sequence[str]) -> dict[str, list[Lint]]:
    """Harper's lints of ``texts`` joined into one document, by rule."""
    try:
        return linter.organized_lints(SEPARATOR.join(texts), language="plaintext")
    except RuntimeError as exc:
        raise CheckerError(f"Harper failed: {exc}") from exc
