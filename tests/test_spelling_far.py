"""The far spelling search (issues 12/14): known words two edits from a misspelling, found
by measuring distances in C++ instead of looking up every edit of every edit, must be the
very same words, so a copy editor sees the same fixes in the same order, only sooner."""

from __future__ import annotations

import random
import string
from importlib import resources

import pytest
from rapidfuzz.distance import OSA

from reviewdesk.core.engines import spelling
from reviewdesk.core.engines.grammar.lexicon import UNIGRAMS, Lexicon, word_set
from reviewdesk.core.engines.spelling import Speller

# Misspellings no known word is one edit from (codespell's kind of typo), of the lengths
# the far search serves; random odd words and a typed surname are generated below.
TYPOS = word_set(
    "acommodate seperately recieveing goverrnmint embarassment beleiveable neighborhod "
    "abigious accelerar accrose acessable acqueos actialy adrerss adresee definately "
    "occurance wierdly tommorow accomodation existance independant persistant "
    "begining knowlege succesful apparantly arguement calender collegue concious "
    "enviroment fourty goverment harrassment millenium mispelled noticable occassion "
    "publically reccomend refered relevent rythm tendancy truely untill wich"
)


def old_far_words(word: str, known: frozenset[str]) -> set[str]:
    """The search as it was (the reference): every edit of every edit of ``word`` that
    is a word of the counts. ``known`` is every word of the counts, read apart from the
    code under test, apostrophes and all."""
    second: set[str] = set()
    for edit in spelling._edits1(word):
        second |= spelling._edits1(edit)
    return second & known


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon()


@pytest.fixture(scope="module")
def known() -> frozenset[str]:
    text = resources.files("symspellpy").joinpath(UNIGRAMS).read_text("utf-8")
    return frozenset(p[0] for p in map(str.split, text.splitlines()) if len(p) == 2)


def _far_cases(lexicon: Lexicon) -> list[str]:
    """A few hundred words the far search runs for: six letters or more, none one edit
    from a known word."""
    rng = random.Random(1214)
    words = sorted(w for w in TYPOS if len(w) >= 6)
    surname = "wojciechowskiewicz"
    words += [surname[:n] for n in range(6, 13)]  # typed letter by letter
    words += ["cafétéria", "éxamplez", "naïvetéés"]  # letters outside a-z: changed or dropped
    while len(words) < 200:
        length = rng.choice((6, 6, 7, 7, 8, 9, 10, 12))
        if rng.random() < 0.5:
            # a known word with two random slips: a misspelling of the far kind
            base = rng.choice(sorted(spelling._words_by_length().get(length, ["abcdef"])))
            word = _slip(_slip(base, rng), rng)
        else:
            word = "".join(rng.choice(string.ascii_lowercase) for _ in range(length))
        if len(word) >= 6 and not any(lexicon.count(w) > 0 for w in spelling._edits1(word)):
            words.append(word)
    return words


def _slip(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word) - 1)
    kind = rng.choice("dirt")
    if kind == "d":
        return word[:i] + word[i + 1 :]
    if kind == "i":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i:]
    if kind == "r":
        return word[:i] + rng.choice(string.ascii_lowercase) + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


@pytest.mark.slow  # runs the old every-edit-of-every-edit search as the reference: ~20 s
def test_the_far_search_finds_the_same_words_as_every_edit_of_every_edit(
    lexicon: Lexicon, known: frozenset[str]
) -> None:
    cases = _far_cases(lexicon)
    assert len(cases) >= 200
    found_any = 0
    for word in cases:
        old = old_far_words(word, known)
        new = spelling._far_words(word, lexicon)
        assert new == old, (word, sorted(old - new), sorted(new - old))
        found_any += bool(new)
    assert found_any > 50  # the comparison is not of empty sets


def test_a_swap_with_a_letter_inserted_between_counts_as_two_edits(
    lexicon: Lexicon, known: frozenset[str]
) -> None:
    # "govrxenment": e and r swapped, then an x typed between them; two edits one after
    # the other (as the old search made them), three for the restricted OSA distance
    word = "govrxenment"
    assert OSA.distance(word, "government") == 3
    assert "government" in old_far_words(word, known)
    assert "government" in spelling._far_words(word, lexicon)


# (misspelling, Harper's suggestions, the fixes in the order they are offered: as before
# the faster far search, except that a word no dictionary lists goes ("accelerant" is
# only in the print counts) and a sound-alike joins ("unduly" sounds like "untill")
RANKED = [
    ("abigious", [], ["ambitious", "ambiguous", "bilious"]),
    ("accelerar", [], ["accelerator", "accelerate"]),
    ("acessable", [], ["accessible", "assessable", "guessable"]),
    ("actialy", [], ["actually", "actual", "actively", "actuary", "acidly"]),
    ("recieveing", [], ["receiving", "relieving"]),
    ("Goverrnmint", [], ["Government"]),
    ("NEIGHBORHOD", [], ["NEIGHBOURHOOD"]),
    ("acommodate", [], ["accommodate"]),
    ("Wojciechow", [], []),
    ("untill", ["until", "unto"], ["until", "unduly", "unto"]),
]


@pytest.mark.parametrize(("word", "suggested", "expected"), RANKED)
def test_the_fixes_offered_and_their_order(
    lexicon: Lexicon, word: str, suggested: list[str], expected: list[str]
) -> None:
    fixes = Speller(lexicon).best_fixes(word, suggested)
    assert fixes[: len(expected)] == expected
    if len(expected) < 5:
        assert fixes == expected
