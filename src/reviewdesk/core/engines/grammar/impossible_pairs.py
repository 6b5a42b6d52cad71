"""Two words English never puts side by side, judged from what each word can be (not a
tagger's guess, which follows the mistake): a modal after a helper or "to" ("She is
can swim", "I didn't can sleep", "to must"), a verb's plain form after "very" ("very
surprise" -> "surprised"), and a plain verb after "be" where print has only the
participle or "-ing" ("will be go" -> "gone"/"going").

Modals have no plain form, participle or "-ing" of their own, so nothing that needs one
can come before them; "very" grades adjectives and adverbs, never a verb. Both are
facts of the word classes, not lists of the sentences' words (grammar15). Also a
subject said twice, as a noun and then a pronoun ("My sister she is a doctor"), and a
preposition print never puts between a verb and its object ("mentioned about the
problem"), and "be" as a finite verb after a subject pronoun ("They be late again").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, opening, replace_word
from reviewdesk.core.engines.grammar.lexicon import SUBJECT_PRONOUNS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-form"
# modals that are nothing else ("can" is a noun and a verb: "to can tomatoes"; "will" a
# noun: "the will to win"; "might" a noun: "with all his might")
_MODALS = word_set("must may shall should could would can")
# helpers and "to" that want a verb's plain form, participle or "-ing" after them
_NEEDS_FORM = word_set("am is are was were be been being do does did don't doesn't didn't to")
_NOT_AFTER_TO = word_set("can")  # "how to can tomatoes"
_VERY = word_set("very")
_BE_PLAIN = word_set("be")


def check_impossible_pairs(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The pairs above, in one sentence."""
    yield from _subject_doubled(sent, lex)
    yield from _finite_be(sent)
    for i, tok in enumerate(sent[:-2]):
        if tok.is_word and sent[i + 1].low in _NEEDLESS and not tok.is_capitalised:
            yield from _needless_preposition(sent, i, lex)
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        if low in _NEEDS_FORM:
            yield from _modal_after(sent, i)
        if low in _VERY:
            yield from _verb_after_very(sent, i, lex)
        elif low in _BE_PLAIN:
            yield from _plain_after_be(sent, i, lex)


# a noun phrase opening the sentence, then a pronoun standing for it: "My sister she is
# a doctor" -> "My sister is". The pronoun's number must fit the noun's.
_DOUBLING = {"he": "singular", "she": "singular", "it": "singular", "they": "plural"}
_OPENERS = word_set("my your his her our their the this that these those")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _subject_doubled(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "My sister she is a doctor": a sentence opening with a determiner, a noun and a
    pronoun for it before a finite verb, with no other finite verb after (so "The man
    he saw was tall", a relative clause with no "that", is left)."""
    first = opening(sent)
    if len(sent) < first + 5 or sent[first].low not in _OPENERS:
        return
    k = first + 1
    while k < len(sent) - 2 and sent[k].is_word and lex.classes(sent[k].low) == {"ADJ"}:
        k += 1
    noun, pronoun = sent[k], sent[k + 1]
    number = _DOUBLING.get(pronoun.low)
    if not number or not noun.is_word or noun.is_capitalised or not lex.is_noun(noun.low):
        return
    if lex.classes(noun.low) != {"NOUN"} or lex.noun_number(noun.low) != number:
        return
    if not lex.tags(low_at(sent, k + 2)) & _FINITE:
        return
    for tok in sent[k + 3 :]:
        if tok.text in ",;:—–":
            break  # "My sister she is, and ...": the rest is another clause
        if tok.low in _AUX or (lex.tags(tok.low) & _FINITE and not lex.is_noun(tok.low)):
            return  # "The book she read was long"
    message = f"“{pronoun.text}” repeats the subject “{noun.text}”: leave it out."
    yield Finding(noun.start, pronoun.end, RULE_SUBJECT, message, (noun.text,))


_AUX = word_set("is are was were has have had do does did will would can could")
RULE_SUBJECT = "repeated-subject"


# prepositions print would show after a verb if it took them, so a zero count after a
# verb that print follows with objects thirty million times means "not after this
# verb"; not "in", "on", "with" or "at", which start adjuncts after any verb ("was
# questioned on her clothing", "ignore on the command line") though the pair is rare
_NEEDLESS = word_set("about to of")
_OBJECT_OPENERS = word_set("the a an his her their my our its your this these those")
_OBJECT_PAIRS = word_set("the a his her their my our its this them him me us it")
_TRANSITIVE = 30_000_000  # the verb's pairs with an object's first word, summed


def _needless_preposition(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "mentioned about the problem", "answered to my question", "lacks of experience":
    a verb and nothing else that print follows with its object very often and never
    with the preposition written, before a noun phrase."""
    verb, prep = sent[i], sent[i + 1]
    if low_at(sent, i + 2) not in _OBJECT_OPENERS or lex.classes(verb.low) != {"VERB"}:
        return
    if lex.pair(verb.low, prep.low):
        return
    if sum(lex.pair(verb.low, word) for word in _OBJECT_PAIRS) < _TRANSITIVE:
        return
    message = f"“{verb.text}” takes its object without “{prep.text}”: “{verb.text}”."
    yield Finding(verb.start, prep.end, RULE_PREPOSITION, message, (verb.text,))


RULE_PREPOSITION = "preposition"


# "be" as a finite verb after a subject pronoun: "I be going" -> "am"; not in a clause
# after "that", "if", "lest", "whether" ("demand that he be fired": a subjunctive)
_FINITE_BE = {"i": "am", "he": "is", "she": "is", "it": "is", "we": "are", "you": "are"}
_FINITE_BE["they"] = "are"
_SUBJUNCTIVE_OPENERS = word_set("that if lest whether unless though")
_CLAUSE_JOINS = word_set("and but so then")


def _finite_be(sent: list[Token]) -> Iterator[Finding]:
    """ "They be late again" -> "are": a subject pronoun opening the sentence (or a
    clause after "and"/"but"/"so"), then "be" and more of the clause."""
    first = opening(sent)
    for i in range(first, len(sent) - 2):
        pronoun, be = sent[i], sent[i + 1]
        if be.low != "be" or pronoun.low not in _FINITE_BE or not sent[i + 2].is_word:
            continue
        if i > first and sent[i - 1].low not in _CLAUSE_JOINS:
            continue  # "that he be fired", "let it be known", "would they be"
        if low_at(sent, i - 2) in _SUBJUNCTIVE_OPENERS or sent[-1].text == "?":
            continue
        form = _FINITE_BE[pronoun.low]
        message = f"After “{pronoun.text}”, “be” takes its finite form: “{form}”."
        yield Finding(be.start, be.end, RULE, message, (replace_word(be, form),))


def _modal_after(sent: list[Token], i: int) -> Iterator[Finding]:
    """ "She is can swim", "didn't can", "to must": a modal has no form a helper takes.
    Not before a subject pronoun ("The question is can we afford it": a question
    quoted in the clause), nor "can" after "to"."""
    helper, modal = sent[i], sent[i + 1]
    if modal.low not in _MODALS or (helper.low == "to" and modal.low in _NOT_AFTER_TO):
        return
    if low_at(sent, i + 2) in SUBJECT_PRONOUNS or low_at(sent, i + 2) in ("there", "not"):
        return
    if not sent[i + 2 :] or not sent[i + 2].is_word:
        return  # "Yes, it is. Must it?" ends; a verb must follow the modal
    message = (
        f"“{modal.text}” has no form that “{helper.text}” can take: "
        f"use “{modal.text}” alone, or “be able to”."
    )
    yield Finding(helper.start, modal.end, RULE, message, ())


def _verb_after_very(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "He was very surprise" -> "surprised": "very" before a verb's plain form, which
    it cannot grade, where print has "very" before the participle."""
    word = sent[i + 1]
    if not word.is_word or word.is_capitalised:
        return
    low = word.low
    tags = lex.tags(low)
    if "VB" not in tags or not tags <= {"VB", "VBP", "NN", "NNS"} or lex.pair("very", low):
        return
    form = lex.inflect(low, "VBN")
    if not form or form == low or lex.pair("very", form) == 0:
        return
    message = f"“very” grades an adjective, not a verb: “{form}”."
    yield Finding(word.start, word.end, RULE, message, (replace_word(word, form),))


def _plain_after_be(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "She will be go home" -> "gone"/"going": after "be", print has a participle or
    "-ing" and never the plain form (nor, for a word that is a noun too, the noun)."""
    word = sent[i + 1]
    if not word.is_word or word.is_capitalised:
        return
    low = word.low
    tags = lex.tags(low)
    if "VB" not in tags or not tags <= {"VB", "VBP", "NN", "NNS"}:
        return
    if lex.pair("be", low) or low_at(sent, i - 1) in ("let", "lets", "may", "so"):
        return  # "let it be", "be gone"; "so be it", "may be"
    forms = [f for f in (lex.inflect(low, "VBN"), lex.inflect(low, "VBG")) if f and f != low]
    forms = [f for f in forms if lex.pair("be", f)]
    if not forms:
        return
    forms.sort(key=lambda f: -lex.pair("be", f))
    message = f"After “be”, a verb takes its participle or “-ing”: “{forms[0]}”."
    yield Finding(word.start, word.end, RULE, message, tuple(replace_word(word, f) for f in forms))
