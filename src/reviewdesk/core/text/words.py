"""What a word is, defined once for every engine.

All the word patterns are built from the same parts, so they agree on the edges:

- a *letter* is any Unicode letter; a *word character* is a letter or a digit (not ``_``);
- combining accents stay inside a word, so a decomposed "Zoë" (``Zoe`` + U+0308) is one
  word, not "Zoe" and a stray mark;
- an apostrophe (``'`` or ``’``) joins letters inside a word: "O’Brien", "Putin’s", "isn't".

The variants differ only in what else they let in, each for a reason:

- :data:`WORD_RE`: letters and digits ("2020s", "G7"). Counting words, prose.
- :data:`LETTER_WORD_RE`: letters only. Names: "F16" and "4th" are not name evidence.
- :data:`COMPOUND_WORD_RE`: also joined by inner hyphens ("e-mail", "Jean-Pierre"), so a
  redline shows a changed compound as one word and a style rule sees the whole name.
- :data:`HYPHENATED_RE`: a letters-only compound with at least one hyphen ("co-operate");
  never part of a dash ("--") or of "COVID-19".
- :data:`WORD_RUN_RE`: a bare run of word characters, the places where a whole-word
  pattern (one guarded by ``(?<!\\w)``) can start; "Putin’s" holds the runs "Putin" and "s".
"""

from __future__ import annotations

import re
import unicodedata

# Combining diacritical marks (and their supplements), which \w does not match.
_MARKS = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_ALNUM = r"[^\W_]"
_LETTER = r"[^\W\d_]"
APOSTROPHES = "'’"


def _word(char: str, joiners: str) -> str:
    """A run of ``char`` with combining marks, and ``joiners`` between runs."""
    return rf"{char}+(?:{_MARKS}+{char}*|[{joiners}]{char}+)*"


WORD_RE = re.compile(_word(_ALNUM, APOSTROPHES))
"""A word: letters and digits, with accents and inner apostrophes."""

LETTER_WORD_RE = re.compile(_word(_LETTER, APOSTROPHES))
"""A word of letters only (names are written in letters)."""

COMPOUND_WORD_RE = re.compile(_word(_ALNUM, APOSTROPHES + "-"))
"""A word whose parts may also be joined by hyphens ("e-mail", "Jean-Pierre’s")."""

_LETTERS = rf"{_LETTER}+(?:{_MARKS}+{_LETTER}*)*"
HYPHENATED_RE = re.compile(rf"(?<![\w-]){_LETTERS}(?:-{_LETTERS})+(?![\w-])")
"""A compound of letters with at least one hyphen, not glued to a dash or a number."""

WORD_RUN_RE = re.compile(r"\w+")
"""A run of word characters: where a whole-word pattern can match."""

POSSESSIVE = ("’s", "'s", "’S", "'S")


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, digits and inner apostrophes)."""
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    """Number of words in ``text``.

    Counted a line at a time (words never span a line break), each line in one C call:
    ~20% less CPU than a Python loop over the matches. The loop over lines stays a
    Python one on purpose: ``sum(map(...))`` runs no bytecode, so it never lets another
    thread have the interpreter, and a library writer's count of 100k words shut the UI
    thread out for 50-100 ms at a time."""
    return sum(len(WORD_RE.findall(line)) for line in text.split("\n"))


class DraftWords:
    """Counts the words of one text as it is saved again and again, recounting only the
    paragraphs that the last version did not have.

    Autosave counts the whole draft at every save. At 100k words that is ~40 ms of CPU on
    the window's writer thread, which the UI thread must take turns with (one
    interpreter); an edit changes a paragraph or two, so the rest is looked up. Words
    never span a line break, so the sum over paragraphs is the text's count. Holds the
    last version's paragraphs (the draft's size again) until the next count.
    """

    def __init__(self) -> None:
        self._last: dict[str, int] = {}

    def count(self, text: str) -> int:
        """Number of words in ``text`` (equal to :func:`word_count`)."""
        last = self._last
        seen: dict[str, int] = {}
        total = 0
        for paragraph in text.split("\n"):
            n = seen.get(paragraph)
            if n is None:
                n = last.get(paragraph)
                if n is None:
                    n = word_count(paragraph)
                seen[paragraph] = n
            total += n
        self._last = seen
        return total


def strip_possessive(word: str) -> tuple[str, str]:
    """Split "Putin’s" into ("Putin", "’s"); other words come back unchanged."""
    if len(word) > 3 and word.endswith(POSSESSIVE):
        return word[:-2], word[-2:]
    return word, ""


def fold(word: str) -> str:
    """Lowercase ``word`` and strip accents ("Łukasz" -> "lukasz", "Zoë" -> "zoe"): one
    key for a word typed with and without its accents, shared by every engine that
    compares them (names, consistency, spelling, loan phrases)."""
    if word.isascii():  # nothing to strip: most names, and a bucket folds all its names
        return word.lower()
    out = []
    for ch in unicodedata.normalize("NFKD", word.lower()):
        if unicodedata.combining(ch):
            continue
        out.append(_FOLD_EXTRA.get(ch, ch))
    return "".join(out)


_FOLD_EXTRA = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
