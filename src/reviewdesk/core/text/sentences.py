"""Where sentences start and end, defined once for every engine.

A capital at a sentence start says nothing about a word (the names engine must not take
"Yesterday" for a name; house style must not lowercase "Web" there), and a lowercase
word right after a full stop is a slip, unless the stop belongs to an abbreviation.
Both questions come down to one test, :func:`starts_sentence`, and one judgement about
full stops, :func:`period_continues` / :func:`period_may_continue`.
"""

from __future__ import annotations

import re


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Titles written with a full stop and followed by a name ("Dr. Petrova"): the stop never
# ends the sentence.
TITLE_ABBREVIATIONS = _word_set(
    "Dr Mr Mrs Ms Mx Prof St Sr Jr Gen Gov Sen Rep Rev Capt Col Lt Sgt Maj Cmdr Adm Pres "
    "Supt Insp Fr Hon Mt Ft Messrs Mme Mlle Sra Cpl Pvt Brig Cdr Amb Atty"
)
# Abbreviations that often stand inside a sentence ("etc. and", "vs. the", "Jan. 5"):
# a lowercase word after them is normal, a capital may or may not start a sentence.
RUNNING_ABBREVIATIONS = _word_set(
    "etc vs v approx ca cf al esp est inc ltd co corp jr sr no nos vol vols fig figs p pp "
    "dept govt min max misc ed eds trans viz ibid op cit aka e g i a m "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "oz lb lbs yr yrs hr hrs sq mi"
)
# US states as AP abbreviates them after a city ("Fresno, Calif., and"): written with a
# capital, so "ill." and "miss." in lowercase are still words that may end a sentence
STATE_ABBREVIATIONS = _word_set(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn "
    "Miss Mo Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo"
)

# What may stand between a sentence end (or a paragraph start) and the sentence's first
# word: spaces, opening and closing quotes, brackets, Markdown marks, bullets.
OPENERS = frozenset(" \t\"“”‘’'«‹([{*_#>•·")
# Marks that end a sentence; a colon starts a new one for capitalisation purposes
# (a speaker label, "Update: The bridge").
SENTENCE_ENDS = frozenset(".!?…:")
# Separators after which a new piece starts, as after a sentence: breadcrumbs
# ("Home » World"), title bars ("Headline | Site").
SEPARATORS = frozenset("»›|")
DASHES = frozenset("-–—")

ENDS_LIKE_SENTENCE_RE = re.compile(r"[.!?…][\"”’)]*\s*$")
"""A text that ends as a sentence does (a full stop, maybe inside closing quotes)."""

SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+")
"""The gap between two sentences (with the first one's closing quotes)."""


def ends_like_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence-ending mark (closing quotes allowed)."""
    return ENDS_LIKE_SENTENCE_RE.search(text) is not None


def period_continues(word: str) -> bool:
    """Whether a full stop right after ``word`` belongs to it and the sentence goes on.

    A title ("Dr.", "Gen.") or a capital initial ("J. Mercer") is followed by a name.
    """
    if len(word) == 1:
        return word.isupper()
    return word[:1].isupper() and word.capitalize() in TITLE_ABBREVIATIONS


def period_may_continue(word: str) -> bool:
    """Whether a full stop after ``word`` may stand inside a sentence.

    Besides :func:`period_continues`: a running abbreviation ("etc.", "vs.", "Jan."), a
    number ("No. 5", "3."), a single letter ("a. the first point"), or a state as AP
    abbreviates it ("Fresno, Calif., and").
    """
    return (
        len(word) < 2
        or word.isdigit()
        or word.lower() in RUNNING_ABBREVIATIONS
        or word in STATE_ABBREVIATIONS
        or period_continues(word)
    )


def _word_before(text: str, index: int) -> str:
    """The letters just before ``index``."""
    start = index
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:index]


def starts_sentence(text: str, index: int) -> bool:
    """Whether the word at ``index`` of ``text`` (a paragraph) begins a sentence.

    True at the paragraph's start, after a sentence end or a colon (past any quotes,
    brackets or Markdown marks), after a breadcrumb or title-bar separator, and after a
    dash that opens a list item; false after a title or an initial ("Dr. Petrova",
    "J. Mercer") and after a dash inside a sentence ("the plan — Web pages").
    """
    i = index - 1
    while True:
        while i >= 0 and text[i] in OPENERS:
            i -= 1
        if i < 0:
            return True
        if text[i] in DASHES and (i == 0 or text[i - 1] in " \t"):
            i -= 1  # a dash after a space: look at what comes before it
            continue
        break
    ch = text[i]
    if ch in SEPARATORS:
        return True
    if ch not in SENTENCE_ENDS:
        return False
    return ch != "." or not period_continues(_word_before(text, i))
