"""Whether a word inside what looks like a noun phrase is its verb: the shapes the
subject-verb agreement walk (:mod:`.agreement`) asks about before it takes a word as a
second noun. Each was taken from real writers' agreement errors (the W&I learner
corpus's SVA edits): "The narrator answer the thief" ("answer" before its object), "The
children plays outside" ("plays" before an adjunct), "There is a lot of people" (the
noun after "of" decides).
"""

from __future__ import annotations

from reviewdesk.core.engines.grammar.findings import low_at
from reviewdesk.core.engines.grammar.lexicon import (
    CLOSED_CLASS,
    DETERMINERS,
    MODALS,
    NUMBER_BY_MEANING,
    PLURAL_VERBS,
    PREPOSITIONS,
    SINGULAR_VERBS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

OBJECT_OPENERS = word_set("a an the his her their its my our your us them him me")
SINGULAR_DETERMINERS = frozenset(
    {"a", "an", "this", "that", "each", "every", "another", "either", "neither"}
)


def verb_noun_before_object(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A base form that is also a noun, read as the verb: before an object that a noun
    cannot run on into ("answer the thief", "make us"), and not the verb of a relative
    clause with its object further back ("the bus stop the council moved": a verb of
    its own follows the object's noun phrase). Never a past or 3rd-person form too
    ("cut the costs" may be past)."""
    low = low_at(sent, j)
    tags = lex.tags(low)
    if (
        "VBP" not in tags
        or not tags <= {"VB", "VBP", "NN", "NNS"}
        or "NOUN" not in lex.classes(low)
    ):
        return False
    if low_at(sent, j + 1) not in OBJECT_OPENERS or low in CLOSED_CLASS:
        return False
    for k in range(j + 2, min(len(sent), j + 6)):
        word = sent[k]
        if not word.is_word or word.low in CLOSED_CLASS:
            return True
        tags_k = lex.tags(word.low)
        if tags_k & {"VBD", "VBZ"} and not tags_k & {"NN", "NNS", "JJ"}:
            return False  # "the bus stop the council moved", "the pay rise the union wants"
        if word.low in SINGULAR_VERBS or word.low in PLURAL_VERBS:
            return False
    return True


_ADJUNCT_OPENERS = PREPOSITIONS - word_set("of like than per via")
# "every night", "all day", "each week": an adjunct of time as well as an object, never
# the second half of a compound noun (grammar15)
_TIME_QUANTIFIERS = word_set("every each all")
_SURE_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})


def plural_head(sent: list[Token], start: int, head: int, lex: Lexicon) -> bool:
    """A plural noun phrase opened by a determiner that allows one ("The children", "My
    friends"; not "This project uses functions from": "uses" is the verb there). A
    head further on that can be an "-s" verb itself may be that verb, so only a head
    straight after the determiner counts then."""
    det = low_at(sent, start)
    if det not in DETERMINERS or det in SINGULAR_DETERMINERS:
        return False
    return head == start + 1 or "VBZ" not in lex.tags(sent[head].low)


def s_verb_before_adjunct(sent: list[Token], at: int, lex: Lexicon) -> bool:
    """ "plays" in "The children plays outside", "lives" in "My friends lives in London":
    an "-s" verb (its plural-noun reading would make a compound: "children plays") before
    a preposition, an adverb, "every"/"each"/"all" or the clause's end, with no verb of
    its own later in the clause ("The city parks in summer are full": "parks" is a noun there)."""
    low = low_at(sent, at)
    tags = lex.tags(low)
    if not low.endswith("s") or "VBZ" not in tags or not tags <= {"VBZ", "NNS"}:
        return False
    after = low_at(sent, at + 1)
    opens = after in _ADJUNCT_OPENERS or after in _TIME_QUANTIFIERS
    if not (opens or after in (".", "!", ";") or lex.only(after, "RB")):
        return False
    for k in range(at + 1, len(sent)):
        tok = sent[k]
        if tok.text in ",;:.!?" or tok.low in ("and", "but", "or"):
            break
        if tok.low in SINGULAR_VERBS or tok.low in PLURAL_VERBS or tok.low in MODALS:
            return False
        before = sent[k - 1].low
        if before in DETERMINERS or before in PREPOSITIONS or lex.only(before, "JJ"):
            continue  # "in the park": a noun, whatever else it can be
        if lex.tags(tok.low) & _SURE_VERB_TAGS:
            return False  # "The farmers markets in the city draw crowds"
    return True


def a_lot_of_plural(sent: list[Token], k: int, lex: Lexicon) -> bool:
    """ "a lot of people" after "there is": the noun after "of" decides ("a lot of water"
    stays singular), when it ends the phrase ("a lot of people here", not "a lot of
    people's time")."""
    if low_at(sent, k) != "a" or low_at(sent, k + 1) != "lot" or low_at(sent, k + 2) != "of":
        return False
    noun = low_at(sent, k + 3)
    after = sent[k + 4] if k + 4 < len(sent) else None
    if after is not None and after.is_word and lex.is_noun(after.low):
        return False
    return noun in ("people", "men", "women", "children") or (
        lex.noun_number(noun) == "plural" and noun not in NUMBER_BY_MEANING
    )
