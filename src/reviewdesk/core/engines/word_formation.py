"""Words print knows, or builds by English's own rules from words it knows: no misspelling.

A rare word of print ("shigella", "nasopharynx") that a spell checker's dictionary lacks
is a word when no commoner word lies one edit away: the word counts also hold rare words
that are one slip from a common one ("billon", "heathy", "alow"), and those stay flagged
(so does a real word one letter from a commoner one: "justiciable", "justifiable").

A spell checker's dictionary cannot list every word English forms at will: a prefix
before a known word ("geotagged", "protofilaments", "microfarad") or a regular ending after
one ("farads", "Balkanize"). Such a word is read as a word when it splits into a known
prefix and a common word, or a common word and a regular ending, **and** no word print
knows lies one edit away, nor a common one two away. That condition is what keeps real
misspellings flagged: most are one slip from the word meant, and many also split ("misstake" = mis +
stake, but "mistake" is one letter away; "untill" = un + till, but "until"; "truely" =
true + ly, but "truly"; "rebooking" = re + booking, but "rebooting"; "interfear" = inter
+ fear, but "interfere"; and so "isoforms" = iso + forms stays flagged: "informs").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import DamerauLevenshtein

from reviewdesk.core.engines.grammar.lexicon import DETERMINERS, Lexicon, word_set
from reviewdesk.core.engines.spelling import far_words, near_words

# Prefixes English uses freely before a whole word (two letters at least).
PREFIXES = (
    "anti",
    "auto",
    "bio",
    "co",
    "counter",
    "cross",
    "cyber",
    "de",
    "dis",
    "eco",
    "extra",
    "geo",
    "hyper",
    "hypo",
    "inter",
    "intra",
    "iso",
    "macro",
    "mega",
    "meta",
    "micro",
    "mid",
    "mini",
    "mis",
    "mono",
    "multi",
    "nano",
    "neo",
    "non",
    "out",
    "over",
    "poly",
    "post",
    "pre",
    "proto",
    "pseudo",
    "re",
    "semi",
    "sub",
    "super",
    "tele",
    "trans",
    "tri",
    "ultra",
    "un",
    "under",
)
# Regular endings a spell checker's dictionary may lack: a plural of a word too rare or
# technical for the lexicon to know as a noun ("farads"), and a verb made from a name
# ("Balkanize", "Americanise"). Past tenses, "-ing" forms and "-er" nouns are left out:
# a doubled or dropped letter before them is the commonest slip ("occured", "begining").
PLURAL_ENDINGS = ("s", "es")
# A past tense or an "-ing" form of a word print knows ("podcasted", "livestreaming"),
# only where English adds the ending as it is: after two consonants or a vowel pair and a
# consonant. After one vowel and a consonant the consonant may double, and a final "e"
# goes: there lie the commonest slips ("occured", "begining", "comming").
INFLECTION_ENDINGS = ("ed", "ing")
_VOWELS = frozenset("aeiou")
# Verbs and their nouns made from an adjective in "-al" ("constitutionalize",
# "operationalise", "contextualization"): English forms them at will, and only from such
# an adjective, so a slip of another word ("costumize") does not pass.
ADJECTIVE_VERB_ENDINGS = (
    "ize",
    "ise",
    "izes",
    "ises",
    "ized",
    "ised",
    "izing",
    "ising",
    "ization",
    "isation",
    "izations",
    "isations",
)
NAME_VERB_ENDINGS = ("ize", "ise", "izes", "ises", "ized", "ised", "izing", "ising")
# The part after a prefix, or before an ending, is a word print uses at least this often
# (in the counts of ``Lexicon.count``, from Google Books): "training", "forms", "farad".
MIN_PART_COUNT = 20_000
MIN_PART_LETTERS = 4
# ... and an adjective before "-ize" has five ("vocal", "global"; "anal" + "ising" is a
# slip of "analysing")
MIN_ADJECTIVE_LETTERS = 5
MIN_WORD_LETTERS = 7
# A word this common two edits away is likelier the word meant than a new formation.
COMMON_NEAR_COUNT = 1_000_000
# A word print uses at least this often is a word, unless a commoner one is one edit away.
MIN_RARE_COUNT = 20_000
# ... nor when a word this many times commoner is two edits away.
FAR_RATIO = 100


def rare_word_of_print(word: str, fixes: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``word`` is in the counts (at least ``MIN_RARE_COUNT``) with no commoner
    known word, and no suggestion, one edit away, and no far commoner word two away."""
    low = word.lower()
    count = lexicon.count(low)
    if count < MIN_RARE_COUNT or not low.isalpha():
        return False
    if any(fix.lower() == low for fix in fixes):
        return False  # "lebanon" -> "Lebanon": a capital is missing
    if _one_edit_from(low, fixes):
        return False
    if any(lexicon.count(near) > count for near in near_words(low, lexicon)):
        return False
    # a word a hundred times commoner two slips away: "irregardless" for "regardless"
    return not any(lexicon.count(far) >= FAR_RATIO * count for far in far_words(low, lexicon))


def regular_formation(word: str, fixes: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether ``word`` (as written; a capital first letter allowed) is a known word with
    a prefix before it or a regular ending after it, and no known word ``fixes`` or the
    counts hold is one edit from it (but the word it is formed from: "farads" is one
    letter from "farad")."""
    if len(word) < MIN_WORD_LETTERS or not word.isalpha() or not word[1:].islower():
        return False
    low = word.lower()
    stems = _prefixed(low, lexicon) or _suffixed(low, word[:1].isupper(), lexicon)
    siblings = low.endswith(INFLECTION_ENDINGS)  # "podcasted": "podcaster" is no slip
    if not stems or _one_edit_from(low, [f for f in fixes if not _kin(f.lower(), stems, siblings)]):
        return False
    if any(not _kin(near, stems, siblings) for near in near_words(low, lexicon)):
        return False
    # a common word two slips away is likelier meant than a new word ("interfear",
    # "precense", "protocall" split, but "interfere", "presence", "protocol" are near)
    return not any(
        lexicon.count(far) >= COMMON_NEAR_COUNT
        for far in far_words(low, lexicon)
        if not _kin(far, stems, siblings)
    )


def _kin(word: str, stems: frozenset[str], siblings: bool) -> bool:
    """Whether ``word`` is a stem the formation comes from, or another word made from it
    ("operationalism" beside "operationalise", "podcaster" beside "podcasted"): a sibling
    one letter away is no sign of a slip. ``siblings``: the word judged is an "-ed" or
    "-ing" form (a plural's sibling is no proof: "tattooes" is one letter from "tattoos")."""
    return word in stems or any(
        word.startswith(s)
        and (s.endswith("al") or (siblings and word[len(s) :] in _SIBLING_ENDINGS))
        for s in stems
    )


# endings that make another word from the same stem ("podcaster", "podcasts" beside
# "podcasted")
_SIBLING_ENDINGS = frozenset({"s", "es", "ed", "ing", "er", "ers"})


def _common(part: str, lexicon: Lexicon) -> bool:
    return len(part) >= MIN_PART_LETTERS and lexicon.count(part) >= MIN_PART_COUNT


def _prefixed(word: str, lexicon: Lexicon) -> frozenset[str]:
    """The known word after a prefix (empty: none)."""
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        # print writes the two apart ("out loud", "over all"): a space is missing
        if word.startswith(prefix) and _common(rest, lexicon) and not lexicon.pair(prefix, rest):
            return frozenset({rest})
    return frozenset()


def _suffixed(word: str, capitalised: bool, lexicon: Lexicon) -> frozenset[str]:
    """The known word before a regular ending; empty when none.

    A plural only of a word the lexicon knows in no class (a rare or technical noun: a
    plural of a known noun is known, and "absolutelys", "befores" are no plurals); a verb
    in "-ize" (or its noun in "-ization") from an adjective in "-al" ("operationalize"),
    and otherwise only from a capitalised name ("Balkanize"; "costumize" is a slip).
    """
    for suffix in PLURAL_ENDINGS:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and _common(stem, lexicon) and not lexicon.classes(stem):
            return frozenset({stem})
    for suffix in ADJECTIVE_VERB_ENDINGS:
        stem = word[: -len(suffix)]
        if (
            word.endswith(suffix)
            and stem.endswith("al")
            and len(stem) >= MIN_ADJECTIVE_LETTERS
            and _common(stem, lexicon)
            and "ADJ" in lexicon.classes(stem)
        ):
            return frozenset({stem})
    for suffix in INFLECTION_ENDINGS:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and _inflects_plainly(stem, word, suffix, lexicon):
            return frozenset({stem})
    if not capitalised:
        return frozenset()
    for suffix in NAME_VERB_ENDINGS:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and _common(stem, lexicon):
            return frozenset({stem})
    return frozenset()


def _inflects_plainly(stem: str, word: str, suffix: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is ``stem`` + "-ed"/"-ing" as English forms it: a common stem
    that ends plainly, is no inflected form itself ("sendinging"), can be a noun or a
    verb ("inconsistented" cannot), and whose regular form is ``word`` ("rebuilded": the
    lexicon knows "rebuilt")."""
    if not _plain_ending(stem) or not _common(stem, lexicon) or stem.endswith(("ed", "ing")):
        return False
    classes = lexicon.classes(stem)
    if classes and not classes & {"NOUN", "VERB"}:
        return False
    return lexicon.inflect(stem, "VBD" if suffix == "ed" else "VBG") == word


def _plain_ending(stem: str) -> bool:
    """Whether "-ed" and "-ing" join ``stem`` unchanged: it ends in two different
    consonants ("podcast") or a vowel pair and a consonant ("stream"), not "w", "x", "y"."""
    if len(stem) < 3 or stem[-1] in _VOWELS or stem[-1] in "wxy":
        return False
    if stem[-2] not in _VOWELS:
        return stem[-2] != stem[-1]
    return stem[-3] in _VOWELS


def _one_edit_from(word: str, fixes: Sequence[str]) -> bool:
    """Whether a suggestion is one edit from ``word`` (a split: "out loud", counts too)."""
    return any(
        DamerauLevenshtein.distance(word, fix.lower().replace(" ", ""), score_cutoff=1) <= 1
        for fix in fixes
        if fix
    )


_APOSTROPHE_S = ("'s", "’s")


def possessive_after_determiner(
    flagged: str, before: str, fixes: Sequence[str], lexicon: Lexicon
) -> bool:
    """Whether ``flagged`` is "word's" after a determiner ("the internet's reach", "our
    planning's flaws", "the poor's"): a possessive, or "is"/"has" after a noun phrase.

    Harper's dictionary marks which words take a possessive, and leaves out many nouns
    made from adjectives and verbs. After a determiner the word is a noun, whatever it is
    elsewhere, if the lexicon knows it as a noun or an adjective; a plural ("the books's"),
    a word only ever a verb ("this seem's") and a dialect spelling ("the colour's" in
    American English) stay flagged.
    """
    if not flagged.lower().endswith(_APOSTROPHE_S) or before.lower() not in DETERMINERS:
        return False
    stem = flagged[:-2].lower()
    if not stem.isalpha() or lexicon.count(stem) < COMMON_NEAR_COUNT:
        return False
    if lexicon.noun_number(stem) == "plural" or (stem.endswith("s") and not stem.endswith("ss")):
        return False
    if not lexicon.classes(stem) & {"NOUN", "ADJ"}:
        return False  # "this seem's": a word only ever a verb is no noun to own anything
    from reviewdesk.core.engines.names.spelling_variants import classify, dialect_twins

    if classify(stem) is not None:
        return False
    return not any(dialect_twins(flagged.lower(), fix.lower()) for fix in fixes[:3])


# A technical word ("oxymorphone", "zooxanthellae", "flavivirus") is long and lies
# further than two edits from every word print knows; a slip of a word stays within two
# edits of it ("accomodation", "responsability", "pronounciation": one or two).
MIN_TERM_LETTERS = 9
MAX_SLIP_EDITS = 2
# English's own endings: a word built with one ("accidantly", "disapaiting",
# "adjasencies") is an English word misspelt, however far it strays; a science's terms end
# otherwise ("-one", "-ae", "-us", "-ine", "-ir")
ENGLISH_ENDINGS = tuple(
    word_set(
        "ing ed ly tion sion ions ment ments ness able ible ful less ity ities ies ize ise izes "
        "ises ous ary ery ence ance ent ents ant ants er ers or ors est ive ism ist ists al ally "
        "ship hood ward wards wise like ate ates ic ics ure ures"
    )
)


def far_from_every_word(word: str, fixes: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the lowercase ``word`` (nine letters or more) is no slip of any word: no
    English ending, no suggestion within two edits, no word print knows one or two edits
    away, and no words run together ("governmentofficials"). A misspelling is a slip of
    the word meant, and nearly always within two edits of it; a word this far from all is
    a term of a science or a trade the dictionary lacks."""
    if len(word) < MIN_TERM_LETTERS or not (word.isalpha() and word.islower()):
        return False
    if word.endswith(ENGLISH_ENDINGS) or not _sounds_like_a_word(word):
        return False
    if any(
        DamerauLevenshtein.distance(word, fix.lower(), score_cutoff=MAX_SLIP_EDITS)
        <= MAX_SLIP_EDITS
        for fix in fixes
        if fix
    ):
        return False
    if _run_together(word, lexicon):
        return False  # "thiscouldbe": words with their spaces lost
    return not near_words(word, lexicon) and not far_words(word, lexicon)


_CONSONANT_RUN = re.compile(r"[^aeiouy]{4,}")


def _sounds_like_a_word(word: str) -> bool:
    """Whether ``word`` can be said: no four consonants in a row, and a vowel in every
    three letters ("bqxrqnzxd", keys struck at random, cannot)."""
    vowels = sum(c in "aeiouy" for c in word)
    return not _CONSONANT_RUN.search(word) and 3 * vowels >= len(word)


def _run_together(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is common words of two letters or more written without their
    spaces ("governmentofficials", "thiscouldbe")."""
    ends = {0}  # the places a run of common words can end
    for end in range(2, len(word) + 1):
        if any(
            end - start >= 2 and lexicon.count(word[start:end]) >= COMMON_NEAR_COUNT
            for start in ends
        ):
            ends.add(end)
    return len(word) in ends
