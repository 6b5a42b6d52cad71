"""A determiner that does not fit its noun's number or countability, beyond
:mod:`.number`: "this shoes" ("these"), "each books", "one books", "an advice", "there
are a man" ("is"), "a large amount of people" ("number"), "each of them have" ("has").

Number is read from print where LemmInflect leaves a word two ways ("books" is also a
verb: "this books a flight" is possible in principle, "this shoes" is never printed
while "these shoes" is). Nouns that take either number by meaning ("news", "series",
"team") are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import clause_start
from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    CLAUSE_VERBS,
    CLOSED_CLASS,
    DETERMINERS,
    NUMBER_BY_MEANING,
    PREPOSITIONS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.number import count_noun, joins_new_phrase
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "noun-number"
AGREEMENT_RULE = "subject-verb-agreement"
_PLURAL_OF = {"this": "these", "that": "those"}
_ONE_AT_A_TIME = word_set("each every another one")
# before "one", these make it a pronoun ("the one girls like") or part of a phrase
_ONE_PRONOUN = word_set(
    "the no any every each which that this such little anyone someone no-one a per"
)
# nouns with no plural that "a"/"an" cannot count ("a piece of advice")
UNCOUNTABLE = word_set(
    "information advice furniture equipment luggage baggage homework research evidence "
    "traffic software feedback progress machinery clothing garbage rubbish jewellery "
    "jewelry scenery vocabulary"
)
_QUANTITY_NOUNS = word_set(
    "few lot number couple dozen handful hundred thousand million billion total range "
    "variety series host bunch pair set great good whole kind sort type lot majority "
    "minority group team crowd"
)
_AFTER_MASS = word_set("of from on about for to and or that is was which in with")
_THEM = word_set("them us you these those")
_PLURAL_VERB = {"have": "has", "are": "is", "were": "was", "do": "does", "don't": "doesn't"}


def check_determiners(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Determiner-noun slips in one sentence."""
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        if low in _PLURAL_OF:
            yield from _this_plural(sent, i, lex)
        elif low in _ONE_AT_A_TIME:
            yield from _one_plural(sent, i, lex)
        if low in ("a", "an"):
            yield from _a_uncountable(sent, i, lex)
        elif (low == "lot" and low_at(sent, i - 1) == "a") or low == "lots":
            yield from _lot_without_of(sent, i, lex)
        elif low == "there" and low_at(sent, i + 1) in ("are", "were"):
            yield from _there_are_a(sent, i, lex)
        elif low == "amount" and low_at(sent, i + 1) == "of":
            yield from _amount_of(sent, i, lex)
        elif low in ("each", "one") and low_at(sent, i + 1) == "of":
            yield from _each_of_them(sent, i)
        if low in _ONE_HEADS and low_at(sent, i + 1) in _HEAD_PREPOSITIONS:
            yield from _one_head_phrase(sent, i, lex)


def _ends_phrase(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """Nothing noun-like after ``j`` ("this shoes", not "this sales tax")."""
    after = low_at(sent, j + 1)
    if joins_new_phrase(sent, j + 1):
        return True  # "this shoes and a bag"
    if after in ("-", "'s", "'", "’", "and", "or", "&"):
        return False
    return not (after.isalpha() and lex.is_noun(after) and "ADV" not in lex.classes(after))


def _at_end(sent: list[Token], j: int) -> bool:
    """Nothing but a mark (or nothing) at ``j``: the phrase ends its clause."""
    return j >= len(sent) or not (sent[j].is_word or sent[j].is_number)


def _plural_reading(word: str, lex: Lexicon) -> str | None:
    """The singular of ``word`` when it is a plural noun whose number is not by meaning."""
    if word in NUMBER_BY_MEANING or not lex.is_noun(word):
        return None
    if lex.noun_number(word) != "plural":
        return None
    singular = lex.lemmas(word, "NOUN")
    if len(singular) != 1 or singular[0] == word:
        return None
    return singular[0]


def _this_plural(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "this shoes" -> "these shoes": print never pairs the two."""
    nxt = sent[i + 1]
    if not nxt.is_word or nxt.is_capitalised or not _ends_phrase(sent, i + 1, lex):
        return
    if _plural_reading(nxt.low, lex) is None:
        return
    if "VBZ" in lex.tags(nxt.low) and not _at_end(sent, i + 2) and not _object_of(sent, i, lex):
        return  # "This forms a contrast": "this" is the subject of a verb
    det, plural_det = sent[i].low, _PLURAL_OF[sent[i].low]
    if lex.pair(det, nxt.low) > 0 or lex.pair(plural_det, nxt.low) == 0:
        return
    tok = sent[i]
    message = f"“{nxt.text}” is plural: “{plural_det} {nxt.text}”."
    yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, plural_det),))


def _object_of(sent: list[Token], i: int, lex: Lexicon) -> bool:
    """ "this" at ``i`` is an object, never a subject, so the "-s" word after it is not
    its verb: right after a preposition ("at this shoes") or after a verb that takes no
    clause ("I like this shoes"; not "said this shows", and not "that", which opens
    clauses after any verb) (grammar15)."""
    if sent[i].low != "this" or i == 0:
        return False
    before = sent[i - 1].low
    if before in PREPOSITIONS:
        return before not in ("like", "than", "that")
    return lex.classes(before) == {"VERB"} and before not in CLAUSE_VERBS


def _one_plural(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "each books", "one books" -> the singular, where print pairs only that."""
    det = sent[i].low
    if det == "one" and (low_at(sent, i - 1) in _ONE_PRONOUN or low_at(sent, i - 1) == "-"):
        return  # "the one", "twenty-one days"
    if det in ("each", "every") and low_at(sent, i + 1) in ("other", "few"):
        return
    nxt = sent[i + 1]
    if not nxt.is_word or nxt.is_capitalised or not _ends_phrase(sent, i + 1, lex):
        return
    singular = _plural_reading(nxt.low, lex)
    if singular is None or lex.pair(det, nxt.low) > 0 or lex.pair(det, singular) == 0:
        return
    message = f"After “{sent[i].text}” the noun is singular: “{singular}”."
    yield Finding(nxt.start, nxt.end, RULE, message, (replace_word(nxt, singular),))


def _lot_without_of(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "a lot friends" -> "a lot of friends": a plural noun straight after "a lot"
    (never "a lot more", "a lot better": those grade the word after)."""
    nxt = sent[i + 1]
    if not nxt.is_word or nxt.is_capitalised or lex.classes(nxt.low) != {"NOUN"}:
        return
    if lex.noun_number(nxt.low) != "plural":
        return
    tok = sent[i]
    fix = f"{tok.text} of"
    message = f"“{tok.text}” counts a noun with “of”: “{fix} {nxt.text}”."
    yield Finding(tok.start, tok.end, RULE, message, (fix,))


def _a_uncountable(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "an advice" -> "advice" (or "a piece of advice"); never "an information desk"."""
    nxt = sent[i + 1]
    if nxt.low not in UNCOUNTABLE or nxt.is_capitalised:
        return
    after = low_at(sent, i + 2)
    if (after.isalpha() and after not in _AFTER_MASS) or after == "-":
        return  # "a progress bar", "an information desk": a modifier of a later noun
    tok = sent[i]
    message = f"“{nxt.text}” is not counted: drop “{tok.text}”, or say “a piece of {nxt.text}”."
    fixes = (replace_word(nxt, nxt.low), replace_word(tok, "a piece of " + nxt.low))
    yield Finding(tok.start, nxt.end, RULE, message, fixes)


def _there_are_a(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "There are a man outside" -> "There is": one thing after "a"."""
    if low_at(sent, i + 2) not in ("a", "an") or low_at(sent, i - 1) in ("are", "were"):
        return
    j = i + 3
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    noun = low_at(sent, j)
    between = {t.low for t in sent[i + 3 : j + 1]}
    if between & _QUANTITY_NOUNS or noun in NUMBER_BY_MEANING or not lex.is_noun(noun):
        return
    if lex.noun_number(noun) != "singular" or not _ends_phrase(sent, j, lex):
        return
    verb = sent[i + 1]
    right = "is" if verb.low == "are" else "was"
    message = f"One thing follows: “there {right}”."
    yield Finding(verb.start, verb.end, AGREEMENT_RULE, message, (replace_word(verb, right),))


def _amount_of(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "a large amount of people" -> "number of": things that are counted."""
    j = i + 2
    while j < len(sent) and sent[j].is_word and lex.classes(sent[j].low) == {"ADJ"}:
        j += 1
    noun = low_at(sent, j)
    if noun != "people":
        singular = _plural_reading(noun, lex)
        if singular is None or count_noun(singular, lex) is None:
            return
    if not _ends_phrase(sent, j, lex):
        return
    tok = sent[i]
    message = f"“{sent[j].text}” are counted: “number of”."
    yield Finding(tok.start, tok.end, RULE, message, (replace_word(tok, "number"),))


def _each_of_them(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "Each of them have" -> "has": the verb agrees with "each", not "them"."""
    if low_at(sent, i + 2) not in _THEM:
        return
    verb = low_at(sent, i + 3)
    if verb not in _PLURAL_VERB:
        return
    tok = sent[i + 3]
    right = _PLURAL_VERB[verb]
    message = f"The verb agrees with “{sent[i].text}”: “{right}”."
    yield Finding(tok.start, tok.end, AGREEMENT_RULE, message, (replace_word(tok, right),))


# Pronouns that stand for one at a time whatever phrase follows them: "Everyone in the
# room was", "Neither of the options is", "Nobody in the village has" (grammar15). Not
# "none" ("none of them are" is standard), nor "all", "some", "most" (their number is
# the phrase's).
_ONE_HEADS = word_set(
    "each either neither everyone everybody everything someone somebody something anyone "
    "anybody anything nobody nothing"
)
_HEAD_PREPOSITIONS = word_set("of in at on from with among")


def _one_head_phrase(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """A pronoun of :data:`_ONE_HEADS` opening a clause, a short phrase after it (a
    preposition, then a determiner, adjectives, nouns or numbers), and a plural verb
    of "be", "have" or "do" straight after the phrase."""
    if not clause_start(sent, i, lex):
        return
    k = i + 2
    end = min(len(sent), i + 8)
    while k < end and (sent[k].is_word or sent[k].is_number):
        low = sent[k].low
        if low in _PLURAL_VERB and k > i + 2:
            break
        verb = lex.tags(low) & {"VBD", "VBZ", "MD"} and not lex.is_noun(low)
        if low in CLOSED_CLASS - DETERMINERS - _THEM or verb:
            return  # "Each of us who were", "Either of them said"
        k += 1
    else:
        return
    if k >= end or sent[k].low not in _PLURAL_VERB:
        return
    tok = sent[k]
    right = _PLURAL_VERB[tok.low]
    message = f"The verb agrees with “{sent[i].text}”: “{right}”."
    yield Finding(tok.start, tok.end, AGREEMENT_RULE, message, (replace_word(tok, right),))
