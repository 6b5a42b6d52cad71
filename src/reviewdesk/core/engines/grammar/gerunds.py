"""A verb after a preposition takes "-ing": "without say a word" -> "without saying",
"before to leave" -> "before leaving", "instead of go" -> "instead of going"; the "to"
of an infinitive does not ("want to going" -> "want to go"), and "be" does not join a
base verb ("I am agree" -> "I agree", "It is depend on" -> "It depends on").

Only a word that can be nothing but a verb's base form is judged ("eat"; "say" and "use"
are nouns too, so only with an object after them), and only where print does not put it
after the preposition ("of act" is common: LemmInflect does not know every noun).
"About to" is left alone ("about to leave" is the near future).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import verb_follows
from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import (
    DETERMINERS,
    OBJECT_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    Lexicon,
    word_set,
)
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-form"
_PREPOSITIONS = word_set("after before without of by despite besides upon instead")
_OBJECT_STARTS = word_set("a an them him me us")  # "after work the day": a noun
_NOT_BEFORE_TO = word_set("of by upon instead")  # "a way of to" never; "close by to" is odd


def check_gerunds(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Base verbs right after a preposition, or after a preposition and "to"."""
    for i, tok in enumerate(sent[:-1]):
        if tok.low not in _PREPOSITIONS or (tok.low == "instead" and low_at(sent, i + 1) != "of"):
            continue
        j = i + 2 if tok.low == "instead" else i + 1
        if low_at(sent, j) == "to" and tok.low not in _NOT_BEFORE_TO:
            if "VB" in lex.tags(low_at(sent, j + 1)):  # "before to" + a noun does not occur
                yield from _gerund(sent, j, j + 1, lex)
        elif tok.low in _NOT_BEFORE_TO and tok.low != "instead":
            continue  # "kind of act", "by law": LemmInflect does not know every noun
        elif _verb(sent, j, lex) and not lex.pair(sent[j - 1].low, sent[j].low):
            # a pair print knows ("of act", "after school") is a noun's use
            yield from _gerund(sent, j, j, lex)
    for i, tok in enumerate(sent[:-1]):
        if tok.low in _PRINT_DECIDES and _wide_gerund(sent, i + 1, lex):
            yield from _gerund(sent, i + 1, i + 1, lex)


def check_to_gerund(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "want to going" -> "want to go"; "I am agree" -> "I agree"."""
    for i, tok in enumerate(sent[:-2]):
        if tok.low in _INFINITIVE_TAKERS and low_at(sent, i + 1) == "to":
            verb = sent[i + 2]
            if not verb.low.endswith("ing"):
                continue
            noun_reading = bool(lex.tags(verb.low) - {"VBG", "JJ"})
            a_noun_before = low_at(sent, i - 1) in DETERMINERS  # "The plan to building"
            if noun_reading and (a_noun_before or not verb_follows(sent, i + 2, lex)):
                continue  # "the offer to building owners": a noun reading
            lemmas = lex.lemmas(verb.low)
            if len(lemmas) == 1 and verb.low != "being":
                message = f"After “{tok.text} to” the verb's base form: “{lemmas[0]}”."
                yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, lemmas[0]),))
        elif tok.low in _DO_FOR_BE and low_at(sent, i + 1) == "not" and i + 3 <= len(sent):
            yield from _be_not_verb(sent, i, lex)
        elif tok.low in _BE_FORM and sent[i + 1].is_word and low_at(sent, i - 1) in _SUBJECTS:
            verb = sent[i + 1]
            tags = lex.tags(verb.low)
            if not tags or not tags <= {"VB", "VBP"} or lex.classes(verb.low) != {"VERB"}:
                continue
            form = lex.inflect(verb.low, _BE_FORM[tok.low]) or verb.low
            message = f"“{tok.text} {verb.text}” joins two verbs: “{form}”."
            yield Finding(tok.start, verb.end, RULE, message, (form,))


_INFINITIVE_TAKERS = word_set(
    "want wants wanted need needs needed prefer prefers preferred decide decides decided "
    "plan plans planned hope hopes hoped try tries tried refuse refuses refused "
    "promise promises promised manage manages managed learn learns learned "
    "learnt fail fails failed intend intends intended like wish wishes wished "
    # the grammar books' other verbs taking "to" + base (W&I: "started to taking care")
    "start starts started begin begins began begun continue continues continued love "
    "loves loved hate hates hated forget forgets forgot forgotten remember remembers "
    "remembered afford affords afforded choose chooses chose chosen offer offers offered "
    "seem seems seemed tend tends tended deserve deserves deserved attempt attempts "
    "attempted threaten threatens threatened pretend pretends pretended hesitate "
    "hesitates hesitated expect expects expected arrange arranges arranged"
)
_BE_FORM = {"am": "VBP", "is": "VBZ", "are": "VBP", "was": "VBD", "were": "VBD", "'m": "VBP"}
_SUBJECTS = word_set("i you he she it we they")
# "I am not agree" -> "I do not agree": "be" negated before a verb's plain form wants
# "do" (grammar15); not "'m" ("I'm not agree" needs the subject rewritten)
_DO_FOR_BE = {"am": "do", "are": "do", "is": "does", "was": "did", "were": "did"}


def _be_not_verb(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I am not agree" -> "do not agree", after a subject pronoun, before a verb that
    is nothing else."""
    if low_at(sent, i - 1) not in _SUBJECTS:
        return
    verb = sent[i + 2]
    tags = lex.tags(verb.low)
    if not verb.is_word or not tags or not tags <= {"VB", "VBP"}:
        return
    if lex.classes(verb.low) != {"VERB"}:
        return
    tok = sent[i]
    fix = f"{_DO_FOR_BE[tok.low]} not {verb.low}"
    if tok.is_capitalised:
        fix = fix.capitalize()
    message = f"“{tok.text} not {verb.text}” joins two verbs: “{fix}”."
    yield Finding(tok.start, verb.end, RULE, message, (fix,))


def _verb(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A verb's base form: nothing else ("eat"), or a noun too ("say", "use") when an
    object follows it ("without say a word", "by use the tool")."""
    word = low_at(sent, j)
    tags = lex.tags(word)
    if not tags or not tags <= {"VB", "VBP", "NN", "NNS"} or "VB" not in tags:
        return False
    if lex.classes(word) == {"VERB"}:
        return True
    return lex.classes(word) == {"VERB", "NOUN"} and low_at(sent, j + 1) in _OBJECT_STARTS


# Prepositions that take a gerund as often as a noun ("good at singing", "thanks for
# helping"): a base form after them is judged by print and by what follows it
# (grammar15). Not "to" (an infinitive), "than"/"but"/"except" ("rather than go", "do
# nothing but wait"), nor "like".
_PRINT_DECIDES = word_set("at for about on in from with against")


def _base_or_noun(word: str, lex: Lexicon) -> bool:
    """A verb's base form, perhaps a noun too, never a past ("read", "cut") nor an
    adjective ("clean")."""
    tags = lex.tags(word)
    return bool(tags) and "VB" in tags and tags <= {"VB", "VBP", "NN", "NNS"}


def _wide_gerund(sent: list[Token], j: int, lex: Lexicon) -> bool:
    """A base form after a preposition of :data:`_PRINT_DECIDES`: before an object
    pronoun, which no noun runs on into ("thanks for help me"); or a verb and nothing
    else, that print never puts there, before its object or an adverb ("interested in
    learn French")."""
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return False
    word = sent[j].low
    if not _base_or_noun(word, lex):
        return False
    nxt = sent[j + 1] if j + 1 < len(sent) else None
    if nxt is not None and nxt.low in OBJECT_PRONOUNS and not nxt.is_capitalised:
        return True  # "US" is a country
    if nxt is None or not nxt.is_word or lex.classes(word) != {"VERB"}:
        return False  # "with pip:", "in compile_args": a name, not a verb
    if lex.pair(sent[j - 1].low, word):
        return False  # "for sure", "at issue": print's own pair
    # its object or an adverb follows ("in learn French", "about go abroad")
    return (
        nxt.low in DETERMINERS
        or nxt.low in POSSESSIVES
        or nxt.is_capitalised
        or (lex.only(nxt.low, "RB") and nxt.low not in PREPOSITIONS)
    )


def _gerund(sent: list[Token], first: int, verb_at: int, lex: Lexicon) -> Iterator[Finding]:
    verb = sent[verb_at]
    form = lex.inflect(verb.low, "VBG")
    if not form or form == verb.low:
        return
    start = sent[first]
    message = f"After “{sent[first - 1].text}” a verb takes “-ing”: “{form}”."
    yield Finding(start.start, verb.end, RULE, message, (replace_word(start, form),))
