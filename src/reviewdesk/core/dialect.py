"""Which English an article is written in: from its web page's ``lang``, or from a clear
majority of British or American spellings ("colour", "organise" against "color",
"organize"), so a British page does not open as American and flood the panel."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewdesk.core.models import DIALECT_OFFER_SPELLINGS, LANGUAGES

_WORD = re.compile(r"[a-z]{5,}")
# at least this many dialect spellings, and this share of them on one side
MIN_SPELLINGS = DIALECT_OFFER_SPELLINGS
MAJORITY = 0.8


@dataclass(frozen=True)
class DialectGuess:
    """A dialect for the article, and why (for the offer shown to the editor)."""

    language: str
    reason: str
    british: int = 0
    american: int = 0
    from_page: bool = False  # the web page's ``lang`` said so (no spellings counted)


def from_page_language(lang: str) -> str | None:
    """Our dialect for an HTML ``lang`` value ("en-GB", "en_gb", "en-US"), else None."""
    value = lang.strip().replace("_", "-").lower()
    for known in LANGUAGES:
        if value == known.lower():
            return known
    return None


def spelling_counts(text: str) -> tuple[int, int]:
    """(British, American) spellings of words that have both forms, each a dictionary
    word: "centre" and "center" count, "after" does not ("aftre" is no word), nor does
    a misspelling that only looks like one ("publised")."""
    # imported here: the window uses this module's DialectGuess and never counts (the
    # checker process does), and the spelling tables pull in the names engine and the
    # grammar lexicon (issue 14, a sooner first highlight)
    from reviewdesk.core.engines.names.spelling_variants import UK, both_words

    uk = us = 0
    for word in _WORD.findall(text.lower()):
        v = both_words(word)
        if v is None:
            continue
        if v.side == UK:
            uk += 1
        else:
            us += 1
    return uk, us


def guess_dialect(text: str, page_language: str = "") -> DialectGuess | None:
    """The dialect the page declares, else the one a clear majority of spellings shows."""
    declared = from_page_language(page_language) if page_language else None
    if declared is not None:
        return DialectGuess(declared, f"the web page says it is in {declared}", from_page=True)
    uk, us = spelling_counts(text)
    if uk + us < MIN_SPELLINGS:
        return None
    if uk >= MAJORITY * (uk + us):
        return DialectGuess("en-GB", f"{uk} British spellings, {us} American", uk, us)
    if us >= MAJORITY * (uk + us):
        return DialectGuess("en-US", f"{us} American spellings, {uk} British", uk, us)
    return None


# Dialects that spell as Britain does: a British majority is no reason to move them.
BRITISH_SPELLING = frozenset({"en-GB", "en-AU"})


def disagrees(guess: DialectGuess, current: str) -> bool:
    """Whether ``guess`` calls for another dialect than ``current``.

    A page's ``lang`` must match exactly. Spellings only tell British from American: an
    Australian article full of "colour" is as it should be, and Canadian English mixes
    both (colour, organize), so spellings never move it.
    """
    if guess.language == current:
        return False
    if guess.from_page:
        return True
    if current == "en-CA":
        return False
    british = guess.language in BRITISH_SPELLING
    return british != (current in BRITISH_SPELLING)
