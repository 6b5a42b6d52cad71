"""An adverb where the noun after it wants an adjective: "a philosophically question"
-> "philosophical", "a surprisingly win" -> "surprising". An "-ly" word that is only an
adverb, between a determiner and a noun (that is no participle), has no other reading;
the adjective is found by taking "-ly" off ("careful", "happy", "simple") and kept only
when the dictionary knows it as an adjective.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, replace_word
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "adverb-adjective"
_DETERMINERS = word_set("a an the this that these those my your his her its our their")


def check_adverbs(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Determiner, "-ly" adverb, noun: the adverb should be an adjective."""
    for i in range(1, len(sent) - 1):
        adverb, noun = sent[i], sent[i + 1]
        if sent[i - 1].low not in _DETERMINERS or not adverb.low.endswith("ly"):
            continue
        if lex.tags(adverb.low) != {"RB"} or not noun.is_word or noun.is_capitalised:
            continue
        if not _noun(noun.low, lex):
            continue
        if sent[i - 1].low == "that" and i >= 2 and lex.is_noun(sent[i - 2].low):
            continue  # "a subject that really needs addressing": "that" opens a clause
        adjective = _adjective(adverb.low, lex)
        if adjective:
            message = f"Before the noun “{noun.text}”, the adjective: “{adjective}”."
            yield Finding(
                adverb.start, adverb.end, RULE, message, (replace_word(adverb, adjective),)
            )


def _noun(word: str, lex: Lexicon) -> bool:
    """A noun that may also be a verb's present ("win", "answer"), never a participle
    ("the newly elected", "a rapidly rising")."""
    tags = lex.tags(word)
    return (
        bool(tags & {"NN", "NNS"})
        and not tags & {"VBD", "VBN", "VBG", "JJ"}
        and lex.classes(word) <= {"NOUN", "VERB"}
    )


def _adjective(adverb: str, lex: Lexicon) -> str | None:
    """ "philosophically" -> "philosophical", "happily" -> "happy", "simply" -> "simple"."""
    stem = adverb[:-2]
    candidates = [stem]
    if stem.endswith("al") and adverb.endswith("ally"):
        candidates.append(stem[:-2])  # "basically" -> "basic"
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")  # "happily" -> "happy"
    candidates.append(stem + "le" if not stem.endswith("l") else stem + "e")  # "simply"
    candidates.append(stem + "e")  # "truly" -> "true"
    for word in candidates:
        if "ADJ" in lex.classes(word) and lex.count(word) > 0:
            return word
    return None
