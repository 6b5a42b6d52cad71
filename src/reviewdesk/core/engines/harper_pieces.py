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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewdesk.core.checker import CheckerError

if TYPE_CHECKING:
    from harper import Lint, Linter

# Paragraphs are joined with this separator to lint a batch in one call.
SEPARATOR = "\n\n"
# ... and pieces over the spelling budget with no sentence end in them with this one:
# Harper's rules cost ~0.8 ms of CPU per paragraph or sentence whatever its length, and a
# page of thousands of one-word lines (a list of names, codes, a garbled page) took 20-40 s
# as paragraphs, 6-8x less as lines of one. A finding that spans a join is dropped (as
# with paragraphs).
LINE_SEPARATOR = "\n"
# Characters per lint call. One call per paragraph costs more per word; one call for a
# whole long text costs more too (50k words: ~8.5 s in one call, ~6.6 s in 16k batches)
# and raises the peak memory.
BATCH_CHARS = 16_000
# (text index, offset in the text, piece) for each piece linted
Pieces = list[tuple[int, int, str]]
# Harper's rules that search its dictionary: off in the early pass (:mod:`.harper_early`)
# and for pieces over the spelling budget (:mod:`.spelling_budget`)
SPELLING_RULES: tuple[str, ...] = ("SpellCheck", "SplitWords", "MergeWords", "WrongNegative")
PIECE_CHARS = 6_000
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+")
_SENTENCE_MARK = re.compile(r"[.!?…]")
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


def pieces_of(texts: Sequence[str]) -> Pieces:
    """The pieces Harper lints for ``texts`` (see :func:`split_long`)."""
    pieces: Pieces = []
    for index, text in enumerate(texts):
        pieces.extend((index, offset, piece) for offset, piece in split_long(text))
    return pieces


def lint_in_batches(
    linter: Linter, texts: Sequence[str], entered: threading.Event | None = None
) -> tuple[Pieces, list[Batch]]:
    """Lint every piece of the texts with the linter as it is configured."""
    pieces = pieces_of(texts)
    return pieces, lint_batches(linter, pieces, range(len(pieces)), entered=entered)


def lint_batches(
    linter: Linter,
    pieces: Pieces,
    chosen: Iterable[int],
    *,
    spelling: bool = True,
    entered: threading.Event | None = None,
) -> list[Batch]:
    """Lint pieces ``chosen`` in batches of about ``BATCH_CHARS`` (Harper's own work only);
    with Harper's spelling rules off for these calls unless ``spelling`` (a check over the
    spelling budget, :mod:`.spelling_budget`), and then the pieces without a sentence end
    (a list's lines) joined as lines (:data:`LINE_SEPARATOR`). ``entered`` is set just
    before Harper's own work begins (a caller waiting for it hands this thread the GIL
    until then)."""
    if entered is not None:
        entered.set()  # what is left before Harper's own work is a few list appends
    chosen = list(chosen)
    if spelling:
        return _batched(linter, pieces, chosen, spelling, SEPARATOR)
    lines = [k for k in chosen if _line_of_a_list(pieces[k][2])]
    rest = [k for k in chosen if not _line_of_a_list(pieces[k][2])]
    return _batched(linter, pieces, rest, spelling, SEPARATOR) + _batched(
        linter, pieces, lines, spelling, LINE_SEPARATOR
    )


def _line_of_a_list(piece: str) -> bool:
    """A piece with no sentence end in it: joined to others like it as lines, Harper reads
    one unpunctuated run, so no line's finding hangs on its neighbour (a lowercase word
    after another line's full stop would be "a sentence" to capitalise)."""
    return "\n" not in piece and _SENTENCE_MARK.search(piece) is None


def _batched(
    linter: Linter, pieces: Pieces, chosen: list[int], spelling: bool, separator: str
) -> list[Batch]:
    lint = _organized if spelling else _organized_without_spelling
    batches: list[Batch] = []
    batch: list[int] = []
    size = 0
    for k in chosen:
        piece = pieces[k][2]
        if batch and size + len(piece) > BATCH_CHARS:
            texts = [pieces[j][2] for j in batch]
            batches.append(Batch(batch, texts, lint(linter, texts, separator), spelling, separator))
            batch, size = [], 0
        batch.append(k)
        size += len(piece) + len(separator)
    if batch:
        texts = [pieces[j][2] for j in batch]
        batches.append(Batch(batch, texts, lint(linter, texts, separator), spelling, separator))
    return batches


@dataclass(frozen=True)
class Batch:
    """One lint call: the pieces it joined (their indices and texts), Harper's lints of
    them (Harper's objects, readable from any thread), and whether its spelling rules
    were on."""

    pieces: list[int]
    texts: list[str]
    organized: dict[str, list[Lint]]
    spelling: bool
    separator: str = SEPARATOR  # what joined the texts for Harper


def spelling_off(config: dict[str, bool | None]) -> dict[str, bool | None]:
    """A lint config with Harper's spelling rules (:data:`SPELLING_RULES`) switched off."""
    return {**config, **{rule: False for rule in SPELLING_RULES if rule in config}}


def _organized(
    linter: Linter, texts: Sequence[str], separator: str = SEPARATOR
) -> dict[str, list[Lint]]:
    """Harper's lints of ``texts`` joined into one document, by rule."""
    try:
        return linter.organized_lints(separator.join(texts), language="plaintext")
    except RuntimeError as exc:
        raise CheckerError(f"Harper failed: {exc}") from exc


def _organized_without_spelling(
    linter: Linter, texts: Sequence[str], separator: str = SEPARATOR
) -> dict[str, list[Lint]]:
    """:func:`_organized` with the rules that search Harper's dictionary off for this one
    call (the rest of the configuration, the house style's choices, stays)."""
    config = linter.get_lint_config()
    linter.set_lint_config(spelling_off(config))
    try:
        return _organized(linter, texts, separator)
    finally:
        linter.set_lint_config(config)
