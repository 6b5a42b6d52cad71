"""A word that print rarely puts between its neighbours, where one of its own forms or
its usual confusion partner is overwhelmingly more common there: "now wildly used"
("widely"), "walked passed the station" ("past"), "the rational behind it"
("rationale"), "We have saw this" ("seen").

One detector for every kind rather than one rule per kind: for each common word, its
other inflections (LemmInflect), its function-word partners ("to"/"too", "much"/"many")
and its sound-alikes ("then"/"than") are scored against the word on each side with the
word-pair counts symspellpy ships (Google Books; pairs under 6.4 million are cut off):
fit(x) = log c(left, x) + log c(x, right) - log c(x), the estimate of P(x | left, right)
the other context checks use. A pair missing from the table counts as what the two
words' own counts would give side by side by chance, capped under the cut-off.

The written word is flagged only when it is rare there (a pair on at least one side is
missing) and another word, printed on both sides, fits ``RATIO`` times better. Unlike
:mod:`.context_forms` the written word may fit one side ("passed the" is common). What
two neighbours cannot decide is left to the rules that see more, or to the writer: a
verb's agreement and tense after a possible subject, a noun's number, a degree, one
modal or determiner for another (benchmarks/README.md, fifth pass, has the sweep and
the false alarms each limit removed).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.context_forms import spelling_twins
from reviewdesk.core.engines.grammar.findings import Finding, replace_word, sentence_start
from reviewdesk.core.engines.grammar.lexicon import (
    CONJUNCTIONS,
    DETERMINERS,
    MODALS,
    SUBORDINATORS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.soundalike import ALTERNATIVES
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.word_pairs import CUT_OFF, SWAP, other_forms
from reviewdesk.core.models import Category

RULE = "context-fit"
RATIO = 100.0  # the other word must fit both sides this many times better
COMMON = 1_000_000  # the written word and its neighbours at least this common
# Totals of symspellpy's tables: the pair counts come from a larger slice of print than
# the word counts, so a chance estimate is scaled from one to the other.
_WORDS = 541_808_760_578
_PAIRS = 12_404_830_571_200
_SCALE = _PAIRS / _WORDS / _WORDS
LIFT = 1.0  # neighbours go together more often than chance: a missing pair's estimate
_PRONOUNS = word_set("i me you he him she her it we us they them who whom")
_VERB_FORMS = frozenset({"VB", "VBZ", "VBP", "VBD", "VBG", "VBN"})
_NOUN_FORMS = frozenset({"NN", "NNS"})
_DEGREES = frozenset({"JJ", "JJR", "JJS", "RBR", "RBS"})
_DEGREE = word_set("more most less least")
_BE = word_set("be is are was were am been being")
_DO = word_set("do does did")
_CLAUSE_WORDS = CONJUNCTIONS | SUBORDINATORS | word_set("to then which who")


def check_context_fit(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Words far less likely between their neighbours than another form of them."""
    for i in range(1, len(sent) - 1):
        left, tok, right = sent[i - 1], sent[i], sent[i + 1]
        if not (left.is_word and tok.is_word and right.is_word):
            continue
        if tok.is_capitalised and not sentence_start(sent, i):
            continue
        if right.is_capitalised:
            continue
        if left.is_capitalised and not (sentence_start(sent, i - 1) or left.text == "I"):
            continue
        if left.low in _BE and i >= 2 and sent[i - 2].low in _DO:
            continue  # "all they did was add", "what it does is add": the bare verb
        form = better_word(lex, left.low, tok.low, right.low)
        if form is None:
            continue
        confused = tok.low in SWAP or form not in other_forms(tok.low)
        category = Category.CONFUSION if confused else Category.GRAMMAR
        message = (
            f"“{left.text} {tok.text} {right.text}” is rare in print; "
            f"“{left.text} {form} {right.text}” is far more usual. Did you mean “{form}”?"
        )
        yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, form),), category)


def _pair(lex: Lexicon, first: str, second: str) -> float:
    """The pair's count, or for a pair under the cut-off an estimate: ``LIFT`` times
    what the two words' own counts give side by side by chance, capped at half the
    cut-off (a missing pair of rare words says little; of very common ones, a lot)."""
    n = lex.pair(first, second)
    if n:
        return float(n)
    chance = lex.count(first) * lex.count(second) * _SCALE * LIFT
    return max(1.0, min(CUT_OFF / 2, chance))


def better_word(lex: Lexicon, left: str, word: str, right: str) -> str | None:
    """The word that fits between ``left`` and ``right`` far better than ``word``, or None."""
    if word in _DEGREE or (lex.pair(left, word) and lex.pair(word, right)):
        return None  # "more better" is the degree rules' (one finding, not two)
    if min(lex.count(word), lex.count(left), lex.count(right)) < COMMON:
        return None
    found = best_fit(lex, left, word, right)
    return found[1] if found and found[0] >= math.log(RATIO) else None


@functools.lru_cache(maxsize=4_096)
def best_fit(lex: Lexicon, left: str, word: str, right: str) -> tuple[float, str] | None:
    """The best other word between ``left`` and ``right`` and how much better it fits
    (log ratio) than ``word``, common and rare there (cached: a paragraph is checked
    again at every edit; the quick tests before it are not, to keep the cache small)."""
    n = lex.count(word)
    written = math.log(_pair(lex, left, word)) + math.log(_pair(lex, word, right)) - math.log(n)
    best: tuple[float, str] | None = None
    # a verb's agreement and tense after a possible subject are the agreement rules'
    # (the subject may be further back: "one of you thinks so", "we celebrated our")
    # and so is a verb after a word that may end one clause or phrase and let the next
    # begin ("each Contributor hereby grants", "or limiting", "refers to gives")
    open_before = (
        left in _PRONOUNS
        or left in _CLAUSE_WORDS
        or lex.is_noun(left)
        or "ADV" in lex.classes(left)
        or "VBG" in lex.tags(left)  # "where fishing was prohibited": a gerund subject
    )
    verb = bool(lex.tags(word) & _VERB_FORMS)
    noun = bool(lex.tags(word) & _NOUN_FORMS)
    own = other_forms(word)
    # a function word's partner ("off"/"of") only where the written word fits neither
    # side ("laid out off the window's thread": "off the" is common)
    swap_ok = not (lex.pair(left, word) or lex.pair(word, right))
    for form in _candidates(word):
        tags = lex.tags(form)
        if form in own and open_before and verb and tags & _VERB_FORMS:
            continue
        if form in own and left in CONJUNCTIONS:  # mirrors its pair ("best and simplest")
            continue
        # after "be" the "-ing" form and the participle are both English: the
        # progressive or the passive is the writer's meaning ("was intending to")
        if left in _BE and {"VBG", "VBN"} <= lex.tags(word) | tags:
            continue
        # a noun's number is its meaning, not its neighbours' ("per metric ton", "the
        # weak point"): the determiner rules judge it where a determiner decides
        if form in own and noun and tags & _NOUN_FORMS:
            continue
        if word in SWAP and form in SWAP[word] and not swap_ok:
            continue
        # one modal, determiner or degree for another is the writer's meaning ("could"
        # for "can", "every spring" for "each", "the bigger question" for "big")
        if (word in MODALS and form in MODALS) or (word in DETERMINERS and form in DETERMINERS):
            continue
        if form in own and lex.tags(word) & _DEGREES and tags & _DEGREES:
            continue
        before, after, m = lex.pair(left, form), lex.pair(form, right), lex.count(form)
        if not (before and after and m) or spelling_twins(word, form):
            continue
        fit = math.log(before) + math.log(after) - math.log(m) - written
        if best is None or fit > best[0]:
            best = (fit, form)
    return best


def _candidates(word: str) -> frozenset[str]:
    """The other forms of ``word``, its function-word partners and its sound-alikes
    (common words one letter away were tried too: more false alarms than finds)."""
    return other_forms(word) | frozenset(ALTERNATIVES.get(word, ()))
