"""Agreement that the subject-start rules do not reach: a relative clause's verb agrees
with the noun "who" stands for ("people who has", "a man who have"); "everyone",
"nobody" and the like take a singular verb ("Everyone have", "Nobody know"), and so
does "each of" or "one of" with its plural ("Each of the boys have"); "do" and "does"
that open a question agree with the subject after them ("Do she have").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import (
    base_verb_only,
    clause_start,
    verb_follows,
)
from reviewdesk.core.engines.grammar.findings import (
    Finding,
    low_at,
    replace_word,
    sentence_start,
)
from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    DETERMINERS,
    NUMBER_BY_MEANING,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "subject-verb-agreement"
_TO_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
_TO_SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't"}
_ONE_OF = word_set("one each every any none only")
_PLURAL_PRONOUNS = word_set("they we you")
_INDEFINITES = word_set(
    "everyone everybody someone somebody anyone anybody nobody nothing everything "
    "something anything"
)
_PLURAL_ONLY = word_set("people men women children")
_SINGULAR_TAGS = frozenset({"NN", "VB", "VBP"})  # "police", "people" as a verb


def check_relative(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Relative-clause, "they all" and do-question agreement in one sentence."""
    for i, tok in enumerate(sent):
        if tok.low in ("who", "that") and i > 0:
            yield from _relative(sent, i, lex)
        elif tok.low in ("all", "both") and low_at(sent, i - 1) in _PLURAL_PRONOUNS:
            yield from _they_all(sent, i, lex)
        elif tok.low in _INDEFINITES or (tok.low == "one" and low_at(sent, i - 1) == "no"):
            yield from _indefinite(sent, i, lex)
        elif tok.low in ("each", "one") and low_at(sent, i + 1) == "of":
            yield from _one_of(sent, i, lex)
        elif tok.low in ("do", "does") and sentence_start(sent, i) and sent[-1].text == "?":
            yield from _do_question(sent, i)


def _relative(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "people who has expertise" -> "have"."""
    noun = sent[i - 1]
    named = noun.is_capitalised and not sentence_start(sent, i - 1)  # "People who" opens
    if not noun.is_word or named or noun.low in NUMBER_BY_MEANING:
        return
    if not lex.is_noun(noun.low) or _counted_by_one(sent, i - 1):
        return  # "one of the people who has": either form is defended
    verb = sent[i + 1] if i + 1 < len(sent) else None
    if verb is None or not verb.is_word:
        return
    number = lex.noun_number(noun.low)
    if lex.classes(noun.low) - {"NOUN", "VERB"}:
        return  # an adjective too: no sure head
    tags = lex.tags(noun.low)
    if number == "plural" and (noun.low in _PLURAL_ONLY or not tags & _SINGULAR_TAGS):
        if sent[i].low == "that":
            return  # "told the voters that was a lie": "that" may be the subject
        fix = _TO_PLURAL.get(verb.low)
    elif number == "singular" and "NNS" not in tags:
        fix = _TO_SINGULAR.get(verb.low)
        if sent[i].low == "that" and verb.low in ("have", "do"):
            fix = None  # "the book that I have": "that" can join a new clause
    else:
        return
    if sent[i].low == "that" and low_at(sent, i - 2) in ("so", "such"):
        return
    if fix is None and sent[i].low == "who":
        fix = _lexical_verb(sent, i + 1, number, lex)
    if fix:
        message = f"The verb agrees with “{noun.text}”: “{sent[i].text} {fix}”."
        yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _lexical_verb(sent: list[Token], j: int, number: str, lex: Lexicon) -> str | None:
    """ "people who lives here" -> "live", "a man who work here" -> "works": a verb
    other than "be", "have" or "do" after "who" (only a word that is surely that verb)."""
    low = sent[j].low
    tags = lex.tags(low)
    if number == "plural" and "VBZ" in tags and tags <= {"VBZ", "NNS"} and low.endswith("s"):
        lemmas = lex.lemmas(low)
        return lemmas[0] if len(lemmas) == 1 and lemmas[0] != low else None
    if number == "singular" and base_verb_only(low, lex) and verb_follows(sent, j, lex):
        third = lex.inflect(low, "VBZ")
        return third if third and third != low else None
    return None


def _counted_by_one(sent: list[Token], k: int) -> bool:
    """ "one of the people", "each of those men": a single one is picked out."""
    for m in range(k - 1, max(-1, k - 6), -1):
        if sent[m].low == "of":
            return low_at(sent, m - 1) in _ONE_OF or low_at(sent, m - 1) == "number"
        if not sent[m].is_word:
            return False
    return False


def _they_all(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "They all means the same" -> "mean"."""
    if i + 1 >= len(sent):
        return
    verb = sent[i + 1]
    low = verb.low
    if low in _TO_PLURAL:
        fix: str | None = _TO_PLURAL[low]
    elif "VBZ" in lex.tags(low) and low.endswith("s") and "VB" not in lex.tags(low):
        after = low_at(sent, i + 2)
        if lex.is_noun(after) and after not in ("same",):
            return  # "they all sports fans": a noun, not a verb
        lemmas = lex.lemmas(low)
        fix = lemmas[0] if len(lemmas) == 1 else None
    else:
        return
    if fix and fix != low:
        message = f"“{sent[i - 1].text} {sent[i].text}” is plural: “{fix}”."
        yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _do_question(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "Do she have dinner?" -> "Does"; "Does they know?" -> "Do"."""
    subject = low_at(sent, i + 1)
    tok = sent[i]
    fix = None
    if tok.low == "do" and subject in ("he", "she", "it"):
        fix = "does"
    elif tok.low == "does" and subject in ("i", "you", "we", "they"):
        fix = "do"
    if fix:
        message = f"“{tok.text}” agrees with “{sent[i + 1].text}”: “{fix}”."
        yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, fix),))


def _indefinite(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Everyone have a car" -> "has"; "Nobody know" -> "knows"."""
    first = i - 1 if sent[i].low == "one" else i
    if not (clause_start(sent, first, lex) or low_at(sent, first - 1) == ","):
        return  # "that everyone have access" (subjunctive), "did anyone know"
    if sent[-1].text in "!?":
        return  # "Somebody call a doctor!", "Anyone have a pen?"
    j = i + 1
    while j < len(sent) - 1 and sent[j].low in ADVERBS_BETWEEN:
        j += 1
    verb = sent[j] if j < len(sent) else None
    if verb is None or not verb.is_word:
        return
    fix = _TO_SINGULAR.get(verb.low) if verb.low not in ("were", "weren't") else None
    if fix is None and base_verb_only(verb.low, lex) and verb_follows(sent, j, lex):
        fix = lex.inflect(verb.low, "VBZ")
    if fix and fix != verb.low:
        subject = " ".join(t.text for t in sent[first : i + 1])
        message = f"“{subject}” takes a singular verb: “{fix}”."
        yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _one_of(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Each of the boys have" -> "has": the verb agrees with "each", not "boys"."""
    if not clause_start(sent, i):
        return
    j = i + 2
    while j < len(sent) and (sent[j].low in DETERMINERS or lex.classes(sent[j].low) == {"ADJ"}):
        j += 1
    noun = sent[j] if j < len(sent) else None
    if noun is None or not noun.is_word or lex.noun_number(noun.low) != "plural":
        return
    verb = sent[j + 1] if j + 1 < len(sent) else None
    if verb is None or verb.low not in _TO_SINGULAR or verb.low in ("were", "weren't"):
        return  # "one of the men who", "one of them were" (a subjunctive) are left alone
    fix = _TO_SINGULAR[verb.low]
    message = f"The verb agrees with “{sent[i].text}”: “{fix}”."
    yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))
