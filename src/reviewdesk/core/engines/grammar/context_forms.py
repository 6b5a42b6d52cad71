"""A word that fits neither of its neighbours in print, where another form of it, or a
common word one letter away, fits both: "was wrote by" ("written"), "please contract
me" ("contact"), "I ill have to" ("will"), "I will bee there" ("be").

The word-pair check (:mod:`.word_pairs`) asks one pair at a time and needs the other
form's pair to be printed a hundred times its cut-off. This check asks both sides at
once, which is stronger evidence, so it can ask less of each side: the written word
must be missing from the pair counts on *both* sides (left word + it, it + right word),
and a candidate (LemmInflect's inflections of it, a small function word's usual
partner, or a common word one insertion, deletion, change or swap of letters away) must
be printed at least five times the cut-off on each side and fit them far better, by
the estimate the sound-alike check uses: P(w | left, right) ~ c(left, w) * c(w, right)
/ c(w). A real-word slip ("contract" for "contact") is a kind no list can hold.

A word that fits either neighbour is left alone: a verb whose subject is further back
("the girl about whom I told you lives here") fits the word after it ("lives here").
A verb's other forms after a noun or pronoun are not asked at all: its agreement is the
agreement rules' ("one of you thinks so": "you" is not the subject).
American and British spellings of one word are the dialect check's ("in favor of").
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, replace_word, sentence_start
from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    CLOSED_CLASS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.word_pairs import CUT_OFF, SWAP, other_forms
from reviewdesk.core.frozen import frozen
from reviewdesk.core.models import Category

RULE = "word-context"
_COMMON = 200_000  # the written word and its neighbours at least this common
_RATIO = 100.0  # the other form must fit both sides this many times better
_EDIT_RATIO = 300.0  # a word one letter away must fit better still ("was fond to" stays)
_MIN_PAIR = 5 * CUT_OFF  # and each of its pairs be printed this often


def check_context_forms(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Words that fit neither neighbour, where another form of them fits both."""
    for i in range(1, len(sent) - 1):
        left, tok, right = sent[i - 1], sent[i], sent[i + 1]
        if not (left.is_word and tok.is_word and right.is_word):
            continue
        if tok.is_capitalised or right.is_capitalised or "'" in tok.low:
            continue
        if left.is_capitalised and not (sentence_start(sent, i - 1) or left.text == "I"):
            continue
        form = _better_form(lex, left.low, tok.low, right.low)
        if form is None:
            continue
        # another word ("contract" for "contact") is a confusion; another form, grammar
        confused = tok.low in SWAP or form not in other_forms(tok.low)
        category = Category.CONFUSION if confused else Category.GRAMMAR
        message = (
            f"“{tok.text}” rarely follows “{left.text}” or comes before “{right.text}”; "
            f"did you mean “{form}”?"
        )
        yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, form),), category)


@functools.lru_cache(maxsize=20_000)
def _better_form(lex: Lexicon, left: str, word: str, right: str) -> str | None:
    """The other form of ``word`` that fits between ``left`` and ``right``, or None
    (cached: a paragraph is checked again at every edit)."""
    if lex.pair(left, word) or lex.pair(word, right):
        return None
    if min(lex.count(left), lex.count(word), lex.count(right)) < _COMMON:
        return None
    floor = CUT_OFF / 2  # an unseen pair: somewhere under the cut-off
    written = 2 * math.log(floor) - math.log(lex.count(word))
    best: tuple[float, str] | None = None
    # a verb's agreement is left to the rules that see the whole subject ("one of you
    # thinks so": "you" is not the subject)
    subject_before = left in _PRONOUNS or lex.is_noun(left)
    finite = bool(lex.tags(word) & _FINITE)
    for form in _candidates(lex, word):
        own_form = form in other_forms(word)
        if subject_before and finite and own_form:
            continue
        before, after, n = lex.pair(left, form), lex.pair(form, right), lex.count(form)
        if before < _MIN_PAIR or after < _MIN_PAIR or not n or spelling_twins(word, form):
            continue
        fit = math.log(before) + math.log(after) - math.log(n)
        ratio = _RATIO if own_form else _EDIT_RATIO
        if fit - written >= math.log(ratio) and (best is None or fit > best[0]):
            best = (fit, form)
    return best[1] if best else None


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_OPEN = frozenset({"NOUN", "VERB", "ADJ"})
_PRONOUNS = word_set("i me you he him she her it we us they them who whom")
_FINITE = frozenset({"VBZ", "VBP", "VBD"})
_DIALECT_ENDINGS = (("our", "or"), ("ise", "ize"), ("re", "er"), ("ising", "izing"))


@functools.lru_cache(maxsize=20_000)
def _candidates(lex: Lexicon, word: str) -> frozenset[str]:
    """Other forms of ``word``, and common words one letter away from it (not for a
    word of a closed class or an adverb: "they", "neither" and "then" have their partners
    listed)."""
    out = set(other_forms(word))
    closed = word in CLOSED_CLASS or word in ADVERBS_BETWEEN
    if len(word) >= 3 and not closed and lex.classes(word) & _OPEN:
        splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
        edits |= {a + c + b for a, b in splits for c in _LETTERS}
        out |= {e for e in edits if e != word and lex.count(e) >= _COMMON}
    return frozen(out)


def spelling_twins(word: str, form: str) -> bool:
    """Whether two words are one word's American and British spellings ("favor"), which
    the dialect check judges, not this one."""
    for ours, theirs in _DIALECT_ENDINGS:
        if word.replace(ours, theirs) == form.replace(ours, theirs):
            return True
    return False
