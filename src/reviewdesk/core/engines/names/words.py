"""Words and small helpers the names engine shares: word shapes, stopwords, titles.

Nothing here knows any particular name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reviewdesk.core.text.words import POSSESSIVE, fold, strip_possessive

__all__ = [
    "CALENDAR_WORDS",
    "POSSESSIVE",
    "SPEECH_VERBS",
    "STOPWORDS",
    "TITLES",
    "Finding",
    "fold",
    "listing_of",
    "strip_possessive",
    "word_set",
]


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


CALENDAR_WORDS = word_set(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday"
)


# Words after a surname, or before it, that mark a person ("Oreshkin said", "said Smith").
SPEECH_VERBS = word_set(
    "said says told tells added adds explained explains stated states wrote writes noted "
    "notes asked asks argued argues concluded concludes suggested suggests insisted insists "
    "recalled recalls warned warns replied replies continued continues highlights believes "
    "thinks admitted denied claimed claims estimated estimates"
)


# Function words and other capitalised words that are not names by themselves.
STOPWORDS = word_set(
    """a an the and or but nor so yet for of in on at to by with from into onto upon about
    as if then than that this these those there here where when while what which who whom
    whose why how all any both each every few many more most much some such no not only
    own same other another i me my mine we us our ours you your yours he him his she her
    hers it its they them their theirs one two three four five six seven eight nine ten
    is are was were be been being am do does did have has had will would shall should can
    could may might must also just even still already again ever never always often
    however meanwhile moreover furthermore therefore thus hence instead indeed perhaps
    maybe yes yesterday today tomorrow tonight now later after before since until during
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december dear hi hello thanks thank
    please mr mrs ms dr prof st"""
)
# Titles that go before a name; a capitalised word after one is a name.
TITLES = word_set(
    """mr mrs ms mx dr prof professor president presidents vice prime minister ministers
    chancellor senator sen rep representative congressman congresswoman governor gov
    mayor general gen colonel col captain capt lieutenant lt sergeant sgt major maj
    admiral adm commander judge justice king queen prince princess pope bishop
    archbishop cardinal father sister brother rabbi imam sheikh sir dame lord lady
    chairman chairwoman chair director secretary ambassador commissioner inspector chief
    coach deputy speaker saint st mme mlle herr frau monsieur madame officer detective
    constable superintendent premier councillor councilor alderman rev reverend pastor
    emir sultan tsar czar dictator leader spokesman spokeswoman spokesperson"""
)


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the names engine wants to report, before it becomes an Issue."""

    start: int
    end: int
    rule: str
    message: str
    replacement: str
    category: str = "consistency"
    severity: str = "warning"


def listing_of(items: Iterable[tuple[str, int]]) -> str:
    """“email” (2×), “e-mail” (1×) and “e mail” (1×)."""
    parts = [f"“{word}” ({n}×)" for word, n in items]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
