"""Compounds written apart ("through out", "some how") or run together ("alot").

Written apart: two common words whose joined form is a common word, while the pair
itself is rare in print ("over seas", "head quarters"), plus words that are always
closed even though the pair occurs elsewhere ("through out" beside "through out of").
Pairs that are often right apart ("may be", "every day", "in to", "any more") are
never flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, match_case
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.models import Category

RULE = "compound-words"
# Closed compounds whose split form is almost never right.
ALWAYS_CLOSED = frozenset(
    [
        "throughout",
        "somehow",
        "somewhere",
        "anywhere",
        "everywhere",
        "nowhere",
        "nearby",
        "outside",
        "inside",
        "overseas",
        "worldwide",
        "nationwide",
        "statewide",
        "countrywide",
        "headquarters",
        "nevertheless",
        "nonetheless",
        "furthermore",
        "moreover",
        "meanwhile",
        "whereas",
        "whereby",
        "thereby",
        "therefore",
        "otherwise",
        "likewise",
        "himself",
        "herself",
        "itself",
        "themselves",
        "ourselves",
        "yourself",
        "myself",
        "website",
        "webpage",
        "airplane",
        "bookshelf",
        "shortcoming",
        "shortcut",
        "sidekick",
        "skydiving",
        "laughingstock",
        "keynote",
        "flagship",
        "outgrow",
        "overlooked",
        "outcome",
        "beforehand",
        "heavyweight",
        "freelancer",
        "freelancing",
        "headscarf",
        "crowdsourcing",
        "metadata",
        "wayside",
        "alongside",
        "beware",
        "upon",
        "within",
        "without",
        "whatsoever",
        "wherever",
        "whenever",
        "however",
        "forever",
        "altogether",
        "underway",
        "lifetime",
        "lifestyle",
        "worldwide",
        "downtown",
        "uptown",
        "weekend",
    ]
)
# Split forms that are often right: "may be", "every day", "in to", "any one"...
_OFTEN_APART = frozenset(
    [
        "may be",
        "every day",
        "every one",
        "any one",
        "some one",
        "any more",
        "some time",
        "any time",
        "in to",
        "on to",
        "a part",
        "a way",
        "a head",
        "a cross",
        "a long",
        "a round",
        "a side",
        "a lot",
        "all ready",
        "all together",
        "a while",
        "every body",
        "any body",
        "no body",
        "some body",
        "in side",
        "out side",
        "for ever",
        "what ever",
        "how ever",
        "where ever",
        "when ever",
        "with in",
        "up on",
        "under way",
        "life time",
        "week end",
        "for give",
        "be came",
        "be fore",
        "in deed",
        "in fact",
        "a broad",
        "a like",
        "a live",
        "a new",
        "be side",
        "to day",
        "to night",
        "to morrow",
        "a bout",
        "a bove",
        "a go",
        "a gain",
        "a head",
        "in come",
        "out come",
        "over all",
        "set up",
        "work out",
        "check in",
        "log in",
        "sign up",
        "back up",
        "break down",
        "make up",
        "turn out",
        "take off",
        "run off",
        "play off",
        "lay off",
        "any how",
        "no one",
        "all right",
        "each other",
    ]
)


def check_compounds(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Compounds written apart in one sentence."""
    for i in range(len(sent) - 1):
        a, b = sent[i], sent[i + 1]
        if not (a.is_word and b.is_word) or b.start != a.end + 1:
            continue
        if "'" in a.low + b.low or (a.is_capitalised and i > 0) or b.is_capitalised:
            continue
        joined = a.low + b.low
        if a.low in _PREFIXES:
            fixes = _prefixed(a.low, b.low, joined, lex)
            if fixes:
                yield Finding(
                    a.start,
                    b.end,
                    RULE,
                    f"“{a.low}” is a prefix, not a word: write “{fixes[0]}”.",
                    tuple(match_case(a.text, f) for f in fixes),
                    Category.SPELLING,
                )
            continue
        pair = f"{a.low} {b.low}"
        if pair in _OFTEN_APART and not _preposition_split(sent, i, pair):
            continue
        through_out_of = joined == "throughout" and i + 2 < len(sent) and sent[i + 2].low == "of"
        if (
            joined in ALWAYS_CLOSED or _rare_apart(a.low, b.low, joined, lex)
        ) and not through_out_of:
            yield Finding(
                a.start,
                b.end,
                RULE,
                f"Write “{joined}” as one word.",
                (match_case(a.text, joined),),
                Category.SPELLING,
            )


# split prepositions: right apart in "came out, side by side", never before a noun phrase
_SPLIT_PREPOSITIONS = frozenset(["out side", "in side"])
_PHRASE_STARTS = word_set("the a an his her their its our my your this that these those")


def _preposition_split(sent: list[Token], i: int, pair: str) -> bool:
    """ "exploded out side the building": a preposition written apart before the noun
    phrase it governs (grammar20)."""
    return pair in _SPLIT_PREPOSITIONS and i + 2 < len(sent) and sent[i + 2].low in _PHRASE_STARTS


# Prefixes that never stand as words of their own in running English: "re election",
# "co founder", "non profit" are compounds split by a slip or a lost hyphen.
_PREFIXES = frozenset(["re", "pre", "co", "non", "semi", "multi", "anti"])


def _prefixed(prefix: str, word: str, joined: str, lex: Lexicon) -> tuple[str, ...]:
    """The closed and hyphenated forms of a split prefix, when ``word`` is a word and the
    compound is one ("re election"); none for "non sequitur" (a Latin phrase)."""
    if len(word) < 3 or not lex.is_word(word):
        return ()
    hyphened = f"{prefix}-{word}"
    if lex.count(joined) > 0:
        return (joined, hyphened)
    return (hyphened,) if lex.is_word(hyphened) else ()


def _rare_apart(first: str, second: str, joined: str, lex: Lexicon) -> bool:
    """Common joined word, common parts, and the pair itself too rare to be in print."""
    if len(first) < 2 or len(second) < 3:
        return False
    if lex.count(joined) < 2_000_000 or lex.pair(first, second) > 0:
        return False
    common_parts = lex.count(first) >= 5_000_000 and lex.count(second) >= 5_000_000
    return bool(lex.classes(joined)) and common_parts
