"""Two common words side by side that print never shows, one form away from a pair it
shows very often: "can be see" ("be seen"), "her too do" ("to do"), "ease off use"
("of use").

A mechanism rather than a list of kinds: a written pair of frequent words missing from
the word-pair counts (under their cut-off, 6.4 million in Google Books) is compared with
the pairs made by putting either word in another form of the same word (LemmInflect's
inflections) or swapping a small function word for its usual partner ("to"/"too",
"of"/"off", "this"/"these"...; not the articles: "an entire" is missing from the table).
When one of those is printed at least a hundred times the cut-off, and it also fits
the word on its other side, the written word is flagged with that form (a swapped
function word only when it fits neither side as written).

Agreement between a subject and its verb is left to the rules that see the whole
subject (a pronoun or noun may belong to an earlier phrase: "the girl about whom I told
you lives here"), and so is a "to" that may end a clause; after "and", "because" and
other clause words any form of a verb can start the next part.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, replace_word, sentence_start
from reviewdesk.core.engines.grammar.lexicon import (
    CONJUNCTIONS,
    PREPOSITIONS,
    SUBORDINATORS,
    Lexicon,
    all_inflections,
    all_lemmas,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.frozen import frozen
from reviewdesk.core.models import Category

RULE = "word-pair"
_PAST = frozenset({"VBD", "VBZ"})
CUT_OFF = 6_400_000  # the pair table holds pairs seen at least this often
_RATIO = 100  # the other form's pair must be this many times the cut-off
_COMMON = 1_000_000  # both written words at least this common (not names or typos)
_SWAPS = (
    "is are was were am be",
    "has have had",
    "do does did",
    "this these",
    "that those",
    "much many",
    "less fewer",
    "its it's",
    "their there they're",
    "your you're",
    "to too",
    "than then",
    "who whom",
    "whose who's",
    "i me",
    "he him",
    "she her",
    "we us",
    "they them",
    "one ones",
    "every each all",
    "other others another",
    "in on at",
    "of off",
)
SWAP = {w: frozenset(group.split()) - {w} for group in _SWAPS for w in group.split()}
_PRONOUNS = word_set("i me you he him she her it we us they them who whom")
_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_CLAUSE_WORDS = CONJUNCTIONS | SUBORDINATORS
_OPENERS = frozenset({",", ";", "—", "–", "("})  # marks after which a "-ing" clause may start
_DEMONSTRATIVES = word_set("this that these those")


@functools.lru_cache(maxsize=20_000)
def other_forms(word: str) -> frozenset[str]:
    """The other forms of ``word``: its swap partners, or every inflection of its lemmas."""
    if word in SWAP:
        return SWAP[word]
    out: set[str] = set()
    for upos, lemmas in all_lemmas(word).items():
        for lemma in lemmas:
            for forms in all_inflections(lemma, upos).values():
                out.update(forms)
    out.discard(word)
    return frozen(out)


def check_word_pairs(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Pairs of common words print never shows, where another form is usual."""
    for k in range(len(sent) - 1):
        a, b = sent[k], sent[k + 1]
        if not (a.is_word and b.is_word) or not _unseen(lex, a.low, b.low):
            continue
        if b.is_capitalised or "'" in b.low:
            continue
        if a.is_capitalised and not (sentence_start(sent, k) or a.text == "I"):
            continue
        after = sent[k + 2].low if k + 2 < len(sent) and sent[k + 2].is_word else ""
        before = sent[k - 1].low if k > 0 and sent[k - 1].is_word else ""
        best = _best(lex, before, a.low, b.low, after)
        if best is None:
            continue
        which, form = best
        if not which and a.low.endswith("ing") and k > 0 and sent[k - 1].text in _OPENERS:
            continue  # a clause of its own: "..., founding the Doris Day Foundation"
        if not which and a.low in _DEMONSTRATIVES and before in PREPOSITIONS:
            continue  # "some of those would": a pronoun after its preposition, then a verb
        if not which and k > 0 and sent[k - 1].is_capitalised and lex.tags(a.low) & _PAST:
            continue  # "John Rhys-Davies broke news": a name's own verb, no "breaking"
        tok = b if which else a
        category = Category.CONFUSION if tok.low in SWAP else Category.GRAMMAR
        message = f"“{a.text} {b.text}” is rarely written; did you mean “{form}”?"
        yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, form),), category)


@functools.lru_cache(maxsize=50_000)
def _unseen(lex: Lexicon, first: str, second: str) -> bool:
    """Whether two common words are missing from the pair counts (cached: a paragraph is
    checked again at every edit, and most of its pairs are the same)."""
    if lex.count(first) < _COMMON or lex.count(second) < _COMMON:
        return False
    return lex.pair(first, second) == 0


@functools.lru_cache(maxsize=5_000)
def _best(lex: Lexicon, before: str, a: str, b: str, after: str) -> tuple[int, str] | None:
    """Which written word to change (0: the first, 1: the second) and its other form."""
    floor = _RATIO * CUT_OFF
    best: tuple[int, int, str] | None = None
    changes_b = not (
        a in _PRONOUNS
        or a in _CLAUSE_WORDS  # "and contacted": a new verb may follow in any form
        or a == "to"
        or (lex.is_noun(a) and lex.tags(b) & _FINITE)
        or (a in ("this", "that") and "VBZ" in lex.tags(b))
    )
    # a swapped function word must fit neither side ("takes those off the list": "off
    # the" is printed, so "those off" is a gap in the table, not an error)
    # after a word that is only an adjective ("aware off the case") the right side does
    # not decide: an adjective's partner is the function word's other form
    if changes_b and not (
        b in SWAP and after and lex.pair(b, after) > 0 and lex.classes(a) != {"ADJ"}
    ):
        for form in other_forms(b):
            n = lex.pair(a, form)
            fits = not after or lex.pair(form, after) > 0
            if n >= floor and fits and (best is None or n > best[0]):
                best = (n, 1, form)
    for form in other_forms(a):
        n = lex.pair(form, b)
        fits = not before or lex.pair(before, form) > 0 or lex.pair(before, a) == 0
        if n >= floor and fits and (best is None or n > best[0]):
            best = (n, 0, form)
    return (best[1], best[2]) if best else None
