"""The dialect offer: when an article's web page or a clear majority of its spellings
says another English than the one it is checked in, the window offers to switch (or,
with "Always switch" on, switches and says so) and ``reviewdesk check`` prints a note.

Detection itself is :mod:`reviewdesk.core.dialect`; this module decides whether to offer,
and remembers an editor's "Keep" with the article (its details, in the library), so the
same offer does not come back each time the article opens.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from reviewdesk.core.dialect import DialectGuess, disagrees, guess_dialect
from reviewdesk.core.models import DIALECT_NAMES, Article
from reviewdesk.desk.settings import AUTO_SWITCH_DIALECT, SettingsStore

log = logging.getLogger(__name__)

DECLINED_KEY = "dialect_declined"
"""The article's details entry naming the dialect the editor declined ("Keep")."""
PAGE_LANGUAGE_KEY = "language"  # the web page's lang, as the importer stored it
# Spellings are counted in the first this many characters: a long article's dialect shows
# long before its end (the window sends no more to the checker process to guess from).
SAMPLE = 200_000

__all__ = [
    "DECLINED_KEY",
    "DIALECT_NAMES",
    "DialectOffer",
    "always_switch",
    "article_offer",
    "evidence",
    "keep_dialect",
    "offer_for",
    "offer_from",
]


@dataclass(frozen=True)
class DialectOffer:
    """Check the article as ``guess.language`` instead of ``current``, and why."""

    current: str
    guess: DialectGuess

    @property
    def language(self) -> str:
        """The dialect offered."""
        return self.guess.language


def offer_for(
    text: str, current: str, page_language: str = "", declined: str = ""
) -> DialectOffer | None:
    """The offer for a text checked as ``current`` (None: nothing to offer).

    ``declined`` is a dialect the editor already chose not to switch to for this text.
    """
    guess = guess_dialect(text[:SAMPLE], page_language)
    return offer_from(guess, current, declined) if guess is not None else None


def offer_from(guess: DialectGuess, current: str, declined: str = "") -> DialectOffer | None:
    """The offer a guess makes for a text checked as ``current`` (None: nothing to
    offer); the window's guess is made in the checker process, the decision here."""
    if not disagrees(guess, current) or guess.language == declined:
        return None
    return DialectOffer(current, guess)


def article_offer(article: Article, text: str | None = None) -> DialectOffer | None:
    """The offer for ``article`` (its draft, or ``text`` as on screen)."""
    return offer_for(
        article.draft if text is None else text,
        article.language,
        article.meta.get(PAGE_LANGUAGE_KEY, ""),
        article.meta.get(DECLINED_KEY, ""),
    )


def evidence(offer: DialectOffer) -> str:
    """Why, in English (the CLI's note; the window words it through its translator)."""
    guess = offer.guess
    if guess.from_page:
        return f"its web page says it is in {DIALECT_NAMES.get(guess.language, guess.language)}"
    british = guess.language != "en-US"
    side = "British" if british else "American"
    ours, theirs = (guess.british, guess.american) if british else (guess.american, guess.british)
    other = "American" if british else "British"
    return f"it looks {side} ({_count(ours, side)}, {theirs} {other})"


def _count(n: int, side: str) -> str:
    return f"{n} {side} spelling{'s' if n != 1 else ''}"


def always_switch(library: SettingsStore) -> bool:
    """Whether the desk switches the dialect without asking."""
    return AUTO_SWITCH_DIALECT.read(library)


class MetaStore(Protocol):
    """What keeping a dialect needs of the library (or the window's deferred writer)."""

    def set_article_meta(self, article_id: int, key: str, value: str | None) -> None: ...


def keep_dialect(store: MetaStore, article: Article, declined: str) -> None:
    """Remember that the editor keeps ``article``'s dialect rather than ``declined``
    (the article's details in the library, and the open article at once)."""
    if article.id is None:
        return
    store.set_article_meta(article.id, DECLINED_KEY, declined)
    article.meta[DECLINED_KEY] = declined
