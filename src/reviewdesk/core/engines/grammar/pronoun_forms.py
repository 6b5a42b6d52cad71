"""Pronoun forms a grammar reference lists and the case rules in ``order.py`` leave:

- "myself" standing in for "I" or "me" beside another person ("Myself and John will
  attend", "send it to John or myself"), with no "I" in the sentence for it to reflect;
- "I" as the second half of a verb's object ("She invited my wife and I to dinner"),
  judged only where nothing after it could be its own verb;
- a subject pronoun after a preposition and before "and" ("written by he and his
  team"), or alone after a preposition that never opens a clause ("one of they was
  hurt", "Under he, the diocese", "for I to say") (grammar21);
- "which" for a person ("the man which called") and "us" opening a subject ("Us
  students want");
- an object pronoun as a clause's subject after a conjunction ("when them get there",
  "and them was happy").
Each is narrow on purpose: a pronoun's case is judged only where the words around it
allow one reading.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, match_case, sentence_start
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "pronoun-case"
RELATIVE_RULE = "relative-pronoun"
_FIRST_PERSON = word_set("i me my mine i'm i've i'd i'll")
_PREPOSITIONS = word_set(
    "to for with from about without like by at of between among toward towards against"
)
_OBJECT_FORM = {"he": "him", "she": "her", "we": "us", "they": "them"}
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_FORM = {"me": "I", "him": "he", "us": "we", "them": "they"}  # "her" may own
_CLAUSE_OPENERS = word_set("and when because if although while since until whenever")
_BE_HAVE = word_set("is are was were has have had")
# verbs whose object may be a clause ("told John and I went"): not judged
_CLAUSE_VERBS = word_set(
    "said say says think thought know knew believe believed hope hoped guess guessed "
    "felt feel feels found find finds heard hear hears saw see sees wish wished "
    "remember remembered forgot forget mean meant suppose supposed"
)
_HELPERS = word_set(
    "be am is are was were been being have has had do does did will would can could "
    "shall should may might must"
)
# people "which" cannot stand for (a hand list of the commonest person nouns)
_PEOPLE = word_set(
    "man men woman women person people boy boys girl girls child children friend friends "
    "teacher teachers student students doctor doctors nurse nurses guy guys lady ladies "
    "gentleman gentlemen kid kids neighbour neighbor neighbours neighbors driver drivers "
    "officer officers worker workers employee employees customer customers patient "
    "patients player players mother father mothers fathers brother sister brothers "
    "sisters son daughter sons daughters wife husband boss colleague colleagues "
    "author writer singer actor actress artist lawyer manager leader leaders resident "
    "residents voter voters victim victims suspect suspects witness witnesses"
)


def check_pronoun_forms(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Reflexives, "and I" as an object, subject pronouns after prepositions, "which"."""
    has_first = any(t.low in _FIRST_PERSON for t in sent)
    for k, tok in enumerate(sent):
        low = tok.low
        if low == "myself" and not has_first:
            yield from _myself(sent, k)
        elif tok.text == "I" and low_at(sent, k - 1) == "and" and k >= 3:
            yield from _object_i(sent, k, lex)
        elif low in _OBJECT_FORM and low_at(sent, k + 1) == "and":
            yield from _after_preposition(sent, k)
        elif (low in _OBJECT_FORM or tok.text == "I") and k > 0:
            yield from _preposition_object(sent, k)
        elif low == "which" and k > 0:
            yield from _which_person(sent, k, lex)
        elif low == "us" and tok.is_capitalised and sentence_start(sent, k):
            yield from _us_subject(sent, k, lex)
        elif low in _SUBJECT_FORM and low_at(sent, k - 1) in _CLAUSE_OPENERS:
            yield from _clause_subject(sent, k, lex)


def _myself(sent: list[Token], k: int) -> Iterator[Finding]:
    """ "Myself and John", "to John and myself": "myself" with no "I" to reflect."""
    before, after = low_at(sent, k - 1), low_at(sent, k + 1)
    tok = sent[k]
    if after == "and" and sentence_start(sent, k):
        message = "A reflexive needs an “I” to point back to: “I” (“John and I”)."
        yield Finding(tok.start, tok.end, RULE, message, ("I",))
    elif before in ("and", "or") and k >= 2 and sent[k - 2].is_word:
        m = k - 2
        while m > 0 and k - m <= 4 and sent[m].is_word and sent[m].low not in _PREPOSITIONS:
            m -= 1
        if sent[m].low in _PREPOSITIONS or after in ("", ".", ",", "!", "?"):
            message = "A reflexive needs an “I” to point back to: “me”."
            yield Finding(tok.start, tok.end, RULE, message, ("me",))


def _object_i(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "invited my wife and I to dinner" -> "me": "I" joined to a verb's object."""
    after = sent[k + 1] if k + 1 < len(sent) else None
    if after is not None and after.is_word:
        if after.low in _HELPERS or after.low.startswith("'") or lex.tags(after.low) & _FINITE:
            return  # "... and I went", "and I'm"
        if after.low not in _PREPOSITIONS and after.low not in ("too", "as", "that"):
            return  # "and I also": anything else may start the clause's verb
    # the start of the pair: the object after a verb ("invited my wife and I")
    m = k - 2
    while m > 0 and k - m <= 4 and sent[m].is_word and lex.tags(sent[m].low) & {"DT", "PRP$"}:
        m -= 1
    while m > 0 and k - m <= 4 and sent[m].is_word and not _verb_only(sent[m].low, lex):
        m -= 1
    verb = sent[m]
    if m <= 0 and not _verb_only(verb.low, lex):
        return
    if verb.low in _CLAUSE_VERBS or verb.low in _HELPERS or not _verb_only(verb.low, lex):
        return
    if any(not t.is_word for t in sent[m + 1 : k]) or low_at(sent, m - 1) in _HELPERS:
        return  # a comma between ("when she left, my wife and I"); a passive
    tok = sent[k]
    message = f"Part of the object of “{verb.text}”: “me”, not “I”."
    yield Finding(tok.start, tok.end, RULE, message, ("me",))


def _verb_only(word: str, lex: Lexicon) -> bool:
    """A past or present verb with no noun or adjective reading ("invited", "told")."""
    tags = lex.tags(word)
    return bool(tags & {"VBD", "VBZ"}) and not lex.classes(word) & {"NOUN", "ADJ"}


def _after_preposition(sent: list[Token], k: int) -> Iterator[Finding]:
    """ "by he and his team" -> "him": a subject pronoun as a preposition's object."""
    prep = low_at(sent, k - 1)
    if prep not in _PREPOSITIONS or prep in ("like", "than"):
        return
    tok = sent[k]
    fix = _OBJECT_FORM[tok.low]
    message = f"The object of “{sent[k - 1].text}”: “{fix}”."
    yield Finding(tok.start, tok.end, RULE, message, (fix,))


def _which_person(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "the man which called you" -> "who": "which" right after a person noun, before
    its verb (not after a comma: "the man, which" may sum up a clause)."""
    noun = sent[k - 1]
    if noun.low not in _PEOPLE:
        return
    if low_at(sent, k - 2) in ("of", "in"):
        return  # "which of the children", "in which"
    verb = low_at(sent, k + 1)
    if not verb or not (verb in _HELPERS or lex.tags(verb) & _FINITE):
        return
    tok = sent[k]
    message = f"For a person, “who”: “{noun.text} who”."
    yield Finding(tok.start, tok.end, RELATIVE_RULE, message, ("who",))


def _clause_subject(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "when them get there", "and them was happy" -> "they": an object pronoun as the
    subject of a clause that a conjunction opens. After "and" only before "be" or
    "have" ("help you and them get home" has "them" as an object)."""
    verb = low_at(sent, k + 1)
    if low_at(sent, k - 1) == "and":
        if verb not in _BE_HAVE:
            return
    elif not (verb in _HELPERS or _finite_only(verb, lex)):
        return
    tok = sent[k]
    fix = _SUBJECT_FORM[tok.low]
    message = f"The subject of “{sent[k + 1].text}”: “{fix}”."
    yield Finding(tok.start, tok.end, RULE, message, (fix,))


def _finite_only(word: str, lex: Lexicon) -> bool:
    """A verb form that can only be finite here ("get", "went"), never a noun."""
    tags = lex.tags(word)
    return bool(tags & {"VBD", "VBP", "VBZ"}) and "NOUN" not in lex.classes(word)


def _us_subject(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Us students want more time" -> "We": "us" before a plural noun and its verb."""
    noun = sent[k + 1] if k + 1 < len(sent) else None
    verb = low_at(sent, k + 2)
    if noun is None or not noun.is_word or lex.noun_number(noun.low) != "plural":
        return
    if not (verb in _HELPERS or lex.tags(verb) & {"VBP", "VBD", "MD"}):
        return
    tok = sent[k]
    message = "Part of the subject: “We”."
    yield Finding(tok.start, tok.end, RULE, message, ("We",))


# prepositions that never open a clause, so a pronoun right after one is its object
# (not "for", "like", "than", "as", "but": each may open a clause or take "I" in speech)
_OBJECT_ONLY_PREPOSITIONS = word_set(
    "of under upon into onto among between toward towards against without from with at by "
    "behind beneath beside"
)


def _preposition_object(sent: list[Token], k: int) -> Iterator[Finding]:
    """ "one of they was injured", "Under he, the diocese": a subject pronoun as the
    object of a preposition; "for I to say": "for" before a pronoun and "to"."""
    tok, before = sent[k], sent[k - 1]
    prep = before.low
    if not (prep in _OBJECT_ONLY_PREPOSITIONS or (prep == "for" and low_at(sent, k + 1) == "to")):
        return
    if k >= 2 and sent[k - 2].is_capitalised and not sentence_start(sent, k - 2):
        return  # "World War I", "Charles I": a numeral after a name
    if tok.text == "I" and low_at(sent, k + 1) in ("."):
        return
    if before.end != tok.start - 1 or (tok.text.isupper() and len(tok.text) > 1):
        return  # a mark or a line between; "by HE_VERB_AGR": capitals, not the pronoun
    right = "me" if tok.text == "I" else _OBJECT_FORM[tok.low]
    yield Finding(
        tok.start,
        tok.end,
        RULE,
        f"After “{before.text}” use the object form: “{right}”.",
        (match_case(tok.text, right) if tok.text != "I" else "me",),
    )
