"""An adverb of manner or degree put between a verb and its object: "I like very much
football" -> "like football very much", "She speaks very well English" -> "speaks
English very well". English keeps a verb and its object together; "very much",
"well" and an adverb in "-ly" follow the object.

Judged only after a subject pronoun and a word that is only a verb, in a finite form,
before a short noun phrase that ends the clause (so "He said quickly that ..." and a
longer object that a writer may put last on purpose are left). The fix moves the
adverb after the object.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding
from reviewdesk.core.engines.grammar.lexicon import (
    CLOSED_CLASS,
    DETERMINERS,
    SUBJECT_PRONOUNS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "adverb-order"
_DEGREE = word_set("very really so")
_MANNER = word_set("much well")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLAUSE_END = frozenset(".,;:!?")
_LONGEST_OBJECT = 3


def check_object_order(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Adverbs between a verb and a short object that ends the clause."""
    for i in range(1, len(sent) - 3):
        if sent[i - 1].low in SUBJECT_PRONOUNS and _lexical_verb(sent[i], lex):
            yield from _adverb_before_object(sent, i, lex)


def _lexical_verb(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    if low == "like":
        return True  # a preposition too, but after a subject pronoun the verb
    if not tok.is_word or low in CLOSED_CLASS or "'" in low:
        return False
    classes = lex.classes(low)
    return "VERB" in classes and "NOUN" not in classes and bool(lex.tags(low) & _FINITE)


def _adverb_before_object(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    k = i + 1
    if sent[k].low in _DEGREE:
        k += 1
    adverb = sent[k]
    if not adverb.is_word:
        return
    if adverb.low not in _MANNER and not (
        adverb.low.endswith("ly") and lex.classes(adverb.low) == {"ADV"}
    ):
        return
    if adverb.low == "much" and k == i + 1:
        return  # "I much prefer": "much" alone before a verb grades it
    start = k + 1
    end = _short_object(sent, start, lex)
    if end is None:
        return
    verb = sent[i]
    adverbs = " ".join(t.text for t in sent[i + 1 : k + 1])
    obj = " ".join(t.text for t in sent[start:end])
    message = f"“{adverbs}” goes after the object: “{verb.text} {obj} {adverbs}”."
    fix = f"{verb.text} {obj} {adverbs}"
    yield Finding(verb.start, sent[end - 1].end, RULE, message, (fix,))


def _short_object(sent: list[Token], start: int, lex: Lexicon) -> int | None:
    """The end of a noun phrase of at most three words that ends the clause: a
    determiner and its noun, or a lone noun ("football", "English")."""
    k = start
    while k < len(sent) and k - start < _LONGEST_OBJECT and sent[k].is_word:
        k += 1
    if k == start or (k < len(sent) and sent[k].text not in _CLAUSE_END):
        return None
    words = sent[start:k]
    last = words[-1]
    if last.low in CLOSED_CLASS:
        return None
    if not lex.is_noun(last.low) and not (len(words) == 1 and last.is_capitalised):
        return None  # a lone capitalised word is a name's or a language's ("English")
    first = words[0]
    if first.low in DETERMINERS or len(words) == 1:
        return k
    return None
