"""Agreement after "there": "there is many reasons", "there were a long tradition".

Split from :mod:`.agreement` (which had passed 1,000 lines): "there" is no subject, so the
verb agrees with what follows it, read here; the noun-phrase helpers are agreement's.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import (
    NUMBER_WORDS,
    RULE,
    clause_start,
    plural_in_use,
)
from reviewdesk.core.engines.grammar.findings import Finding, low_at, opening, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    NUMBER_BY_MEANING,
    REPORTING_VERBS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token
from reviewdesk.core.engines.grammar.verb_or_noun import a_lot_of_plural


def check_there_agreement(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "there is" before a plural, "there are" before one thing."""
    for i, tok in enumerate(sent[:-2]):
        if tok.low != "there":
            continue
        # "Is there any problems?": the helper before "there" in a question (grammar14)
        o = opening(sent)  # past marks and a label ("Update:")
        asked = i == o + 1 and sent[o].low in ("is", "was", "has") and sent[-1].text == "?"
        if asked:
            at = i + 1
            verb_at = o
        elif sent[i + 1].low in ("is", "was", "has", "'s") and _there_opens(sent, i):
            at = i + 2
            verb_at = i + 1
            if sent[i + 1].low == "has" and low_at(sent, at) == "been":
                at += 1  # "There has been many accidents" (grammar14)
        elif sent[i + 1].low in ("are", "were") and _there_opens(sent, i):
            yield from _there_are_one(sent, i + 2, sent[i + 1], lex)
            continue
        else:
            continue
        if at >= len(sent):
            continue
        yield from _there_subject(sent, at, sent[verb_at], lex)


def _there_opens(sent: list[Token], i: int) -> bool:
    """Whether "there" at ``i`` opens a clause: at a clause's start, or straight after a
    verb of saying or "that" ("Officials said there was many reasons", "said that there
    was many") (grammar21)."""
    before = low_at(sent, i - 1)
    return clause_start(sent, i) or before in REPORTING_VERBS or before == "that"


# after "a": words that make a quantity of a plural ("there are a few", "a dozen")
_QUANTITY_AFTER_A = word_set(
    "few couple dozen lot number handful hundred thousand million great good total host "
    "series variety range majority minority pair set bunch score myriad plethora"
)


def _there_are_one(sent: list[Token], at: int, verb: Token, lex: Lexicon) -> Iterator[Finding]:
    """ "there were a longstanding tradition", "there are no guarantee that": one thing
    after a plural "there are" (grammar20). Left: a quantity ("a few", "a total of"),
    any "of" close by, two subjects joined ("a man and a woman"), a noun before another
    noun ("no pay rises") and nouns whose number goes by meaning ("no police")."""
    nxt = low_at(sent, at)
    if nxt not in ("a", "an", "one", "no") or low_at(sent, at + 1) in _QUANTITY_AFTER_A:
        return
    rest = [t.low for t in sent[at + 1 :]]
    if low_at(sent, at + 2) == "of" or {"and", "or", "nor"} & set(rest):
        return
    if any(t.is_number or t.low in NUMBER_WORDS for t in sent[at + 1 : at + 4]):
        return  # "there were a reported 30 deaths": a figure the quantity belongs to
    if nxt == "no":
        noun = low_at(sent, at + 1)
        after = low_at(sent, at + 2)
        if (
            lex.noun_number(noun) != "singular"
            or noun in NUMBER_BY_MEANING
            or plural_in_use(noun, lex)
            or lex.classes(noun) - {"NOUN", "VERB"}
            or after not in ("that", "to", "for", "in", "on", "at", ".", ",", ";", "")
        ):
            return
    fix = {"are": "is", "were": "was"}[verb.low]
    yield Finding(
        verb.start,
        verb.end,
        RULE,
        f"One thing follows: use “there {fix}”.",
        (replace_word(verb, fix),),
    )


def _there_subject(sent: list[Token], at: int, verb: Token, lex: Lexicon) -> Iterator[Finding]:
    """The verb of "there is" against the subject starting at ``at``."""
    nxt = sent[at].low
    plural = a_lot_of_plural(sent, at, lex) or nxt in (
        "many",
        "several",
        "few",
        "numerous",
        "multiple",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
        "millions",
    )
    if not plural and nxt == "any":
        noun = low_at(sent, at + 1)
        plural = lex.tags(noun) == {"NNS"} and lex.noun_number(noun) == "plural"
        plural = plural and noun not in NUMBER_BY_MEANING and low_at(sent, at + 2) != "of"
    if not plural and nxt in ("some", "no", "lots", "these", "those", "other"):
        noun = low_at(sent, at + 1)
        after = low_at(sent, at + 2)
        plural = nxt in ("these", "those", "lots") or (
            lex.noun_number(noun) == "plural"
            and noun not in NUMBER_BY_MEANING
            and after != "of"
            and "NOUN" not in lex.classes(after)
        )
    if plural:
        fix = {"is": "are", "was": "were", "has": "have", "'s": "are"}[verb.low]
        yield Finding(
            verb.start,
            verb.end,
            RULE,
            f"A plural follows: use “there {fix}”.",
            (replace_word(verb, fix),),
        )
