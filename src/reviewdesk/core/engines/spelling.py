"""Spelling a desk can trust: real words as fixes, the nearest one first, and no flags on
things that are not misspellings (initials, dotted abbreviations, datelines, names).

Harper finds the misspelling; this module decides what to offer. Candidates are Harper's
suggestions, every known word one edit away (two for longer words when neither Harper
nor that search has one) and the words that sound like it within four edits; the words
our search adds must be dictionary words, not only tokens the print counts saw
("transportibiliti"). They are ranked by one cost of letters, sound and use in print
(:mod:`.spelling_rank`), a split after a word one edit away. A candidate that is not a
word ("publized", "extent ion" for "extention", a starred-out curse) is never offered.
"""

from __future__ import annotations

import functools
import logging
import re
import string
import threading
from collections.abc import Sequence
from importlib import resources

import jellyfish
from rapidfuzz import process
from rapidfuzz.distance import OSA, DamerauLevenshtein

from reviewdesk.core.engines.grammar.lexicon import UNIGRAMS, Lexicon, word_set
from reviewdesk.core.engines.spelling_rank import curated, fix_cost, sound_key

log = logging.getLogger(__name__)

_LETTERS = string.ascii_lowercase
_MONTH_ABBREVIATIONS = word_set(
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
)
_DOTTED = re.compile(r"^(?:[A-Za-z]\.){1,4}[A-Za-z]?\.?$")  # "I.", "C.", "S.C.", "U.S.", "D.C."
# Harper's rules whose flag is one word spelt wrong (not MergeWords: two words to join)
WORD_SPELLING_RULES = frozenset({"SpellCheck", "SplitWords", "WrongNegative"})
# The far search looks at words of 6 to 24 letters; candidates are within two letters.
_FAR_MIN, _FAR_MAX = 6, 24
# A line of the counts giving a word of a-z only and a count above zero.
_COUNTED_WORD = re.compile(
    rf"^([a-z]{{{_FAR_MIN - 2},{_FAR_MAX + 2}}})[ \t]+[1-9][0-9]*[ \t\r]*$", re.MULTILINE
)
_WORD_LISTS_LOCK = threading.Lock()
# The search by sound: words within four edits and two letters of length.
_SOUND_EDITS, _SOUND_LENGTHS = 4, 2
# Flagged words whose ranked fixes a speller keeps (see Speller.best_fixes).
RANKED_KEPT = 4_096


class Speller:
    """Ranks spelling fixes against a lexicon of known words."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or Lexicon()
        # fixes ranked lately: every check reads Harper's flags afresh, mostly the same
        # words with the same suggestions, and ranking one costs ~0.3 ms (the search two
        # edits away); the ranking depends on nothing else (the word tables never change)
        self._ranked: dict[tuple[str, tuple[str, ...], bool], tuple[str, ...]] = {}

    def prepare(self) -> None:
        """Read what ranking fixes needs: the word counts (~0.2 s of Python, shared with
        the grammar engine, once per process) and the word lists of the search two edits
        away (~50 ms). Called while the caller waits anyway (Harper's lint lets the GIL
        go), not on the first flag read, which came as Harper's first full result was
        read; nor on Harper's thread before its first full lint (benchmarks/README.md,
        harperstart6)."""
        self.lexicon.count("the")
        self.prepare_far_search()

    def prepare_far_search(self) -> None:
        """Read the word lists the search two edits away and by sound need (once per
        process, ~50 + ~150 ms of Python): called while the caller waits anyway (Harper's
        lint lets the GIL go), not on the first far word, which came as Harper's first
        full result was read."""
        _words_by_length()
        _words_by_sound()

    def known(self, word: str) -> bool:
        """Whether ``word`` (any case) is a word or name found in print."""
        low = word.lower()
        return self.lexicon.count(low) > 0 or bool(self.lexicon.classes(low))

    def real_word(self, word: str) -> bool:
        """Whether ``word`` (any case) is a word a dictionary lists (see
        :func:`.spelling_rank.curated`), not only a token found in print."""
        return self._curated(word.lower())

    def best_fixes(
        self, word: str, suggested: list[str] | tuple[str, ...], *, far: bool = True
    ) -> list[str]:
        """Real-word fixes for ``word``, nearest and commonest first.

        Harper's suggestions are kept when they are words (a name it knows, a phrase of
        real words); candidates one or two edits away are added (two only when ``far``);
        non-words are dropped.
        """
        key = (word, tuple(suggested), far)
        ranked = self._ranked.get(key)
        if ranked is None:
            ranked = tuple(self._best_fixes(word, suggested, far=far))
            if len(self._ranked) >= RANKED_KEPT:
                self._ranked.clear()  # a fresh start beats tracking the oldest
            self._ranked[key] = ranked
        return list(ranked)

    def _best_fixes(
        self, word: str, suggested: list[str] | tuple[str, ...], *, far: bool
    ) -> list[str]:
        low = word.lower()
        pool: dict[str, str] = {}  # lowercase -> as offered
        for s in suggested:
            if s and "*" not in s and s != word and self._all_known(s):
                pool.setdefault(s if s.lower() == low else s.lower(), s)
        only_splits = bool(pool) and all(" " in s for s in pool)
        if self.real_word(word) or (self.known(word) and not only_splits):
            # a real word in another dialect ("centrepiece"), or a term print knows
            # ("ToF"): Harper's order is the dialect's own form first; only non-words go.
            # A token of print Harper would only split ("wether" -> "wet her") is
            # searched: a word one letter away ("whether") is likelier
            return list(pool.values())
        # Harper's own suggestions come from its dictionary; the words our search adds
        # come from print counts, which hold junk ("transportibiliti"): a dictionary
        # must know them too
        found = _near_words(low, self.lexicon, far=far and not pool)
        if far:
            found += sound_alikes(low)
        for cand in found:
            if cand != low and self._curated(cand):
                pool.setdefault(cand, _cased_like(word, cand))
        costs = {c: self._cost(low, c) for c in pool}
        # a split ("a company" for "acompany") is offered after a word one edit away:
        # the pair's count in print would otherwise outweigh the word's own
        joined_near = any(" " not in c and "-" not in c and _distance(low, c) <= 1 for c in pool)
        ranked = sorted(pool, key=lambda c: (joined_near and " " in c, costs[c], c))
        return [pool[c] for c in ranked]

    def near_fixes(self, word: str) -> list[str]:
        """Known words one edit from ``word``, nearest and commonest first, cased like
        it: the cheap fixes, for a text of thousands of unknown words (no search two
        edits away, no suggestions from Harper)."""
        low = word.lower()
        near = [c for c in _near_words(low, self.lexicon) if self._curated(c)]
        ranked = sorted(near, key=lambda c: (self._cost(low, c), c))
        return [_cased_like(word, c) for c in ranked]

    def _curated(self, word: str) -> bool:
        return curated(word, self.lexicon.count(word))

    def _all_known(self, phrase: str) -> bool:
        return all(self.known(part) for part in re.split(r"[\s-]+", phrase.strip()) if part)

    def _cost(self, word: str, candidate: str) -> float:
        parts = re.split(r"[\s-]+", candidate)
        if len(parts) == 2:  # a split is as common as the pair is in print ("a low")
            count = self.lexicon.pair(parts[0], parts[1])
        else:
            count = min(self.lexicon.count(p) for p in parts)
        return fix_cost(word, candidate, _distance(word, candidate.replace(" ", "")), count)


def not_a_misspelling(rule: str, flagged: str, text: str, start: int, end: int) -> bool:
    """Whether a spelling-like flag lands on something that is no misspelling.

    Initials and dotted abbreviations ("World War I.", "C.", "S.C.", "D.C."), a month or
    weekday abbreviation before its period ("Dec. 6"), an all-capitals dateline or word
    whose only fault is its capitals ("COLUMBIA, S.C." -> "Columbia"), and a curse-word
    flag on a name ("Philip K. Dick Award").
    """
    if _DOTTED.match(flagged) and (rule in WORD_SPELLING_RULES or len(flagged) <= 2):
        return True
    if flagged.lower() in _MONTH_ABBREVIATIONS and text[end : end + 1] == ".":
        return True
    if rule == "AvoidCurses" and flagged[:1].isupper():
        return True
    return (
        flagged.isupper()
        and len(flagged) > 1
        and rule in WORD_SPELLING_RULES | {"OrthographicConsistency"}
    )


def _cased_like(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + transposes + replaces + inserts)


def near_words(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Known words one edit from ``word`` (lowercase, 3 to 24 letters)."""
    return _near_words(word, lexicon)


def no_word_near(word: str, fixes: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``word`` (lowercase) is no slip of a known word: no suggestion within two
    edits and no known word one edit away. A slip repeated the same way stays one or two
    letters from the word meant ("recieve"); a term of the writer's own ("rongorongo")
    is far from all. The suggestions are looked at first: the word search costs ~1 ms."""
    if any(DamerauLevenshtein.distance(word, f.lower(), score_cutoff=2) <= 2 for f in fixes):
        return False
    return not near_words(word, lexicon)


def far_words(word: str, lexicon: Lexicon) -> set[str]:
    """Known words one or two edits from ``word`` (lowercase, 6 to 24 letters)."""
    if not word.isalpha() or not _FAR_MIN <= len(word) <= _FAR_MAX:
        return set()
    return _far_words(word, lexicon)


@functools.lru_cache(maxsize=4096)
def _near_words(word: str, lexicon: Lexicon, far: bool = False) -> tuple[str, ...]:
    """Known words one edit from ``word``; two edits only when ``far`` and none is one
    away, for words of six letters or more."""
    if not word.isalpha() or len(word) < 3 or len(word) > _FAR_MAX:
        return ()
    first = {w for w in _edits1(word) if lexicon.count(w) > 0}
    if first or not far or len(word) < _FAR_MIN:
        return tuple(sorted(first))
    return tuple(sorted(_far_words(word, lexicon)))


def _far_words(word: str, lexicon: Lexicon) -> set[str]:
    """Known words two edits from ``word`` (an edit: a letter deleted, inserted, changed,
    or two neighbours swapped, applied one after the other).

    The same set as every edit of every edit of ``word`` looked up in the counts (about
    300,000 strings, half a second, for ten letters), found in a few milliseconds by
    measuring the distance to each known word of a near length in C++ (RapidFuzz): the
    restricted distance (OSA, cut off at 3, bit-parallel) first, then the true
    Damerau-Levenshtein distance, which, unlike OSA, also counts a swap with a letter
    inserted between ("ca" -> "abc") as two edits, as the edit-of-an-edit search does.
    """
    lists = _words_by_length()
    found: set[str] = set()
    for length in range(len(word) - 2, len(word) + 3):
        choices = lists.get(length)
        if not choices:
            continue
        for cand, _, _ in process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=3, limit=None
        ):
            if (
                DamerauLevenshtein.distance(word, cand, score_cutoff=2) <= 2
                and lexicon.count(cand) > 0
            ):
                found.add(cand)
    return found


def sound_alikes(word: str) -> tuple[str, ...]:
    """Known words that sound like ``word`` (the same Metaphone key) within four edits
    ("reciet" -> "receipt", "perple" -> "purple"): a poor speller's word can be far from
    the one meant in letters and near in sound. Only the words of a near length whose
    key starts alike are measured (in C++, RapidFuzz), and only those within four edits
    have their key made: ~1 ms, where an index of every word's key would hold ~9 MB."""
    if not word.isalpha() or not _FAR_MIN - 2 <= len(word) <= _FAR_MAX:
        return ()
    key = sound_key(word)
    lists = _words_by_sound()
    found: list[str] = []
    for length in range(len(word) - _SOUND_LENGTHS, len(word) + _SOUND_LENGTHS + 1):
        choices = lists.get((length, key[:1]))
        if not choices:
            continue
        for cand, _, _ in process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=_SOUND_EDITS, limit=None
        ):
            if sound_key(cand) == key:
                found.append(cand)
    return tuple(found)


def _words_by_sound() -> dict[tuple[int, str], list[str]]:
    """The known words by length and the first letter of their sound key (built once
    per process, ~0.15 s; the lists share the words, ~0.7 MB)."""
    with _WORD_LISTS_LOCK:
        return _read_words_by_sound()


@functools.lru_cache(maxsize=1)
def _read_words_by_sound() -> dict[tuple[int, str], list[str]]:
    lists: dict[tuple[int, str], list[str]] = {}
    for length, words in _read_words_by_length().items():
        for w in words:
            lists.setdefault((length, jellyfish.metaphone(w)[:1]), []).append(w)
    return lists


def _words_by_length() -> dict[int, list[str]]:
    """The known words of plain letters a-z, by length (built once per process, ~50 ms;
    a lock so that two threads asking first do not both build them)."""
    with _WORD_LISTS_LOCK:
        return _read_words_by_length()


@functools.lru_cache(maxsize=1)
def _read_words_by_length() -> dict[int, list[str]]:
    """The words of the count table ``Lexicon.count`` reads (symspellpy's unigrams).

    Only words of a-z: an edit inserts or changes to a-z only, so a word with an
    apostrophe ("don't") is never reachable from the letters-only word searched for.
    """
    lists: dict[int, list[str]] = {}
    try:
        text = resources.files("symspellpy").joinpath(UNIGRAMS).read_text("utf-8")
    except (ModuleNotFoundError, OSError, ValueError) as exc:
        log.warning("word list unavailable (%s): no spelling fixes two letters away", exc)
        return lists
    for word in _COUNTED_WORD.findall(text):
        lists.setdefault(len(word), []).append(word)
    return lists


def _distance(a: str, b: str) -> float:
    """Damerau–Levenshtein distance, with a doubled or dropped double letter and a swap
    of two neighbours counting a little less (the commonest typing slips)."""
    rows = len(a) + 1
    cols = len(b) + 1
    d = [[0.0] * cols for _ in range(rows)]
    for i in range(rows):
        d[i][0] = i
    for j in range(cols):
        d[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0.0 if a[i - 1] == b[j - 1] else 1.0
            best = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, d[i - 2][j - 2] + 0.8)
            d[i][j] = best
    distance = d[-1][-1]
    if distance == 1 and _double_letter_slip(a, b):
        distance = 0.8
    return distance


def _double_letter_slip(a: str, b: str) -> bool:
    """ "untill"/"until", "ocurred"/"occurred": one letter doubled or undoubled."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1:
        return False
    for i in range(1, len(longer)):
        if longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter:
            return True
    return False
