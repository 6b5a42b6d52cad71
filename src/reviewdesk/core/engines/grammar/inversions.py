"""A verb form chosen as if the helper were not there, where a question puts the helper
before its subject: "Has she went home?" ("gone"), "How much does it costs?" ("cost"),
"Did you saw it?" ("see"); a comparative followed by "as" where English has "than"
("He is taller as me"); and a subject pronoun with "very"/"so"/"too" and an adjective
but no verb ("He very tired after work").

The helper decides the form of the verb after its subject whatever the order: "do"
wants the plain form, "have" the participle. The word classes say which form a word
is (LemmInflect), so no list of verbs is needed. A noun after "you"/"we" ("Do you
guys", "Did we Americans") is the subject's own, and a word that is also a plain verb
("saw") after "do" is left, since it may be one ("Did you saw the wood?").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, opening, replace_word
from reviewdesk.core.engines.grammar.lexicon import CLOSED_CLASS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-form"
RULE_COMPARISON = "comparison"
RULE_MISSING = "missing-word"
_DO = word_set("do does did don't doesn't didn't")
_HAVE = word_set("has have had hasn't haven't hadn't")
_SUBJECTS = word_set("i you he she it we they")
_WH = word_set("what where when why how who which whose")
_WH_FOLLOWERS = word_set("much many long often far soon")
_OBJECT_END = word_set("me him her us them")
_DEGREE = word_set("very so too")
_BE = {"i": "am", "you": "are", "we": "are", "they": "are", "he": "is", "she": "is"}
_BE["it"] = "is"
_CLAUSE_JOINS = word_set("and but so because when if although")


def check_inversions(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """The slips above, in one sentence."""
    first = opening(sent)
    yield from _question_without_do(sent, first, lex)
    helper = _question_helper(sent, first)
    if helper is not None and helper + 2 < len(sent):
        yield from _form_after_subject(sent, helper, lex)
    for i, tok in enumerate(sent[:-2]):
        if tok.low == "as" and i > 0:
            yield from _comparative_as(sent, i, lex)
        elif tok.low in _DEGREE and i > 0 and sent[i - 1].low in _BE:
            yield from _no_verb(sent, i, first, lex)


def _question_helper(sent: list[Token], first: int) -> int | None:
    """Where "do" or "have" stands before its subject: the sentence's first word, or
    after a question word ("How much does it cost")."""
    k = first
    if k < len(sent) and sent[k].low in _WH:
        k += 1
        if k < len(sent) and sent[k].low in _WH_FOLLOWERS:
            k += 1
    helper = k + 1 < len(sent) and (sent[k].low in _DO or sent[k].low in _HAVE)
    return k if helper and sent[k + 1].low in _SUBJECTS else None


_ASKING = word_set("what where why how when")
_PLURAL_SUBJECTS = word_set("i you we they")


def _question_without_do(sent: list[Token], first: int, lex: Lexicon) -> Iterator[Finding]:
    """ "What you want?" -> "What do you want?": a question word, a subject pronoun and
    a verb's plain form, in a question with no helper. "How you doing?" ("-ing") and
    "What you see is what you get" (no question mark) are left."""
    if len(sent) < first + 4 or sent[-1].text != "?" or sent[first].low not in _ASKING:
        return
    subject, verb = sent[first + 1], sent[first + 2]
    if subject.low not in _PLURAL_SUBJECTS or not verb.is_word or verb.low in CLOSED_CLASS:
        return
    tags = lex.tags(verb.low)
    if "VB" not in tags or tags & {"VBD", "VBN", "VBG", "VBZ", "MD"} or "'" in verb.low:
        return
    if any(t.low in _HELPERS for t in sent[first + 3 :]):
        return
    ask = sent[first]
    message = f"A question with “{ask.text}” needs “do” before its subject: “{ask.text} do”."
    fix = f"{ask.text} do {subject.text}"
    yield Finding(ask.start, subject.end, RULE_QUESTION, message, (fix,))


_HELPERS = word_set("do does did is are am was were can could will would should must")
RULE_QUESTION = "question-order"


def _form_after_subject(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Does it costs" -> "cost"; "Has she went" -> "gone"."""
    subject, word = sent[k + 1], sent[k + 2]
    if not word.is_word or word.is_capitalised or "'" in word.low:
        return
    low = word.low
    tags = lex.tags(low)
    if sent[k].low in _DO:
        if not tags & {"VBZ", "VBD"} or tags & {"VB", "VBP"}:
            return
        if subject.low in ("you", "we") and lex.is_noun(low):
            return  # "Do you guys", "Did we Americans"
        lemmas = [lemma for lemma in lex.lemmas(low) if lemma != low]
        if not lemmas:
            return
        fix = lemmas[0]
        message = f"After “{sent[k].text}”, the verb takes its plain form: “{fix}”."
    else:
        if "VBD" not in tags or "VBN" in tags:
            return
        fix = next(
            (f for lemma in lex.lemmas(low) if (f := lex.inflect(lemma, "VBN")) and f != low), ""
        )
        if not fix:
            return
        message = f"After “{sent[k].text}”, the verb takes its participle: “{fix}”."
    yield Finding(word.start, word.end, RULE, message, (replace_word(word, fix),))


def _comparative_as(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "taller as me" -> "than": a comparative ("-er") and "as" before a lone pronoun
    that ends the clause ("better as a team", "grew taller as he aged" stay)."""
    before = sent[i - 1]
    if not before.is_word or before.low in ("more", "less", "other"):
        return
    if not lex.tags(before.low) & {"JJR", "RBR"} or lex.tags(before.low) & {"NN", "VB", "VBD"}:
        return
    pronoun = sent[i + 1]
    if pronoun.low not in _OBJECT_END and pronoun.low not in _SUBJECTS:
        return
    end = sent[i + 2] if i + 2 < len(sent) else None
    if end is not None and end.is_word:
        return
    message = f"A comparison with “{before.text}” takes “than”: “{before.text} than”."
    yield Finding(
        sent[i].start, sent[i].end, RULE_COMPARISON, message, (replace_word(sent[i], "than"),)
    )


def _no_verb(sent: list[Token], i: int, first: int, lex: Lexicon) -> Iterator[Finding]:
    """ "He very tired" -> "He is very tired": a subject pronoun opening a clause, then
    a degree word and a word that is only an adjective."""
    subject = sent[i - 1]
    if i - 1 != first and low_at(sent, i - 2) not in _CLAUSE_JOINS and sent[i - 2].text != ",":
        return
    adjective = sent[i + 1]
    if not adjective.is_word or adjective.low in ("much", "many", "few", "far"):
        return
    classes, tags = lex.classes(adjective.low), lex.tags(adjective.low)
    if "ADJ" not in classes or "NOUN" in classes or "ADV" in classes:
        return  # "so far", "very well"
    if tags & {"JJR", "JJS", "VB", "VBP", "VBZ", "VBG", "NN"}:
        return  # "so wanted to": a verb is there
    be = _BE[subject.low]
    message = f"A verb is missing after “{subject.text}”: “{subject.text} {be}”."
    yield Finding(subject.start, subject.end, RULE_MISSING, message, (f"{subject.text} {be}",))
