"""Comparisons built the wrong way: "as tall than" (an "as" comparison ends in "as"),
"more long than" (a short adjective has its own comparative, "longer"), "less people"
(counted things are "fewer").

Which adjectives take "-er" is read from print, not from a list: "longer" is printed
far more often than "more long", while "more clear" and "clearer" are both common, so
only the first is flagged. Which nouns are counted comes from the noun-number check.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import NUMBER_BY_MEANING, Lexicon, word_set
from reviewdesk.core.engines.grammar.number import count_noun
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "comparison"
# the single-word comparative must be this many times as common as "more" + adjective
_RATIO = 5
_FLOOR = 3_200_000  # pairs under the table's cut-off (6.4 million) count as half of it
# the pair table counts a slice of print ~23 times the word table's (symspellpy's totals:
# 12.4 trillion pairs, 541.8 billion words), so a word's count is scaled up before it is
# set against a pair's: unscaled, "easier" (26.9 million) lost to "more easy" (8.9)
_PAIR_SCALE = 12_404_830_571_200 / 541_808_760_578
_NOT_GRADED = word_set("more less other rather further")
_AS_WORDS = frozenset({"ADJ", "ADV"})
_PLURAL = frozenset({"NNS", "VBZ"})


def check_comparatives(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The comparison slips of one sentence."""
    for i, tok in enumerate(sent):
        if tok.low == "than" and i >= 2:
            yield from _as_than(sent, i, lex)
            yield from _more_short(sent, i, lex)
            yield from _plain_than(sent, i, lex)
        elif tok.low == "less" and i + 1 < len(sent):
            yield from _less_counted(sent, i, lex)


def _as_than(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "as tall than his father" -> "as tall as"."""
    if sent[i - 2].low != "as" or low_at(sent, i - 3) in ("such", "so"):
        return
    word = sent[i - 1]
    if not word.is_word or word.low in _NOT_GRADED or "JJR" in lex.tags(word.low):
        return
    if not (lex.classes(word.low) & _AS_WORDS or word.low in ("much", "many")):
        return
    than = sent[i]
    message = f"An “as {word.text}” comparison ends in “as”."
    yield Finding(than.start, than.end, RULE, message, (replace_word(than, "as"),))


def _more_short(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "more long than" -> "longer than", where print writes the one word."""
    more, adj = sent[i - 2], sent[i - 1]
    if more.low != "more" or not adj.is_word or "ADJ" not in lex.classes(adj.low):
        return
    if low_at(sent, i - 3) in ("the", "one", "no", "any", "much", "far", "even"):
        return  # "one more long day than": "more" counts; leave emphatic uses alone
    after = sent[i + 1] if i + 1 < len(sent) else None
    if after is not None and after.is_word and lex.classes(after.low) == {"ADJ"}:
        return  # "more wise than clever": two qualities compared, not two things
    form = lex.inflect(adj.low, "JJR")
    if not form or form.startswith("more") or " " in form or form == adj.low:
        return
    pair = lex.pair("more", adj.low)
    # a pair print shows is set against the word scaled to its table; an unseen pair is
    # left as before, to degree.py's short-adjective check where this one does not reach
    scale = _PAIR_SCALE if pair else 1.0
    if lex.count(form) * scale < _RATIO * max(pair, _FLOOR // 2):
        return
    message = f"“{adj.text}” has its own comparative: “{form}”."
    yield Finding(more.start, adj.end, RULE, message, (replace_word(more, form),))


def _less_counted(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "less people", "less cars" -> "fewer": counted things."""
    if low_at(sent, i - 1) in ("no", "much", "far", "even", "the", "or"):
        return  # "no less", "more or less": set phrases
    noun = sent[i + 1]
    low = noun.low
    if not noun.is_word or noun.is_capitalised or low in NUMBER_BY_MEANING:
        return
    if low != "people" and (lex.noun_number(low) != "plural" or not lex.tags(low) <= _PLURAL):
        return
    singular = lex.lemmas(low, "NOUN")
    if low not in ("people",) and not (singular and count_noun(singular[0], lex)):
        return
    after = low_at(sent, i + 2)
    if after and after.isalpha() and lex.is_noun(after) and "ADV" not in lex.classes(after):
        return  # "less sales tax": the plural modifies a later noun (not "less cars today")
    less = sent[i]
    message = f"“{noun.text}” are counted: “fewer {noun.text}”."
    yield Finding(less.start, less.end, RULE, message, (replace_word(less, "fewer"),))


# a comparison started earlier in the sentence reaches "than" over an adjective ("more
# expensive and complex than", "as big or bigger than", "rather ... than")
_COMPARED = frozenset({"JJR", "RBR"})
_NOT_PLAIN = frozenset({"JJR", "JJS", "VBD", "VBN", "VBG"})
_COMPARATIVE_FLOOR = 1_000_000  # "taller" 1.5 million times in the word counts
_COMPARED_BEFORE = word_set("more less fewer as so too rather other sooner hardly scarcely")


def _plain_than(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "She is tall than her sister" -> "taller": an adjective with a one-word
    comparative of its own (print writes "taller") before "than", with nothing earlier
    in the sentence that compares."""
    adj = sent[i - 1]
    tags = lex.tags(adj.low)
    if not adj.is_word or "JJ" not in tags or tags & _NOT_PLAIN:
        return
    if any(tok.low in _COMPARED_BEFORE or lex.tags(tok.low) & _COMPARED for tok in sent[:i]):
        return  # "Better safe than sorry": a comparative before reaches "than"
    form = lex.inflect(adj.low, "JJR")
    if not form or not form.endswith("er") or form.startswith("more") or form == adj.low:
        return
    if lex.count(form) < _COMPARATIVE_FLOOR:
        return  # a comparative print seldom writes: not sure it is the one meant
    message = f"A comparison with “than” wants “{form}”."
    yield Finding(adj.start, adj.end, RULE, message, (replace_word(adj, form),))
