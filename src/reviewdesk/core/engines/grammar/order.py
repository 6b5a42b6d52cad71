"""Word order and pronoun case at the start of a clause.

A direct question that opens with a question word puts its auxiliary before the subject
("Why he is late?" -> "Why is he late?", "What time it is?"); a reported question does
not, and it has no question mark or starts elsewhere ("I asked why he is late"), so only
a sentence that opens with the question word and ends in "?" is judged. One with no
helper at all takes "do" ("Why she left?" -> "Why did she leave?", "Where you live?"
-> "Where do you live?", "How much it costs?" -> "How much does it cost?"), judged after
a subject pronoun only. A subject made
of two people joined by "and" takes the subject forms ("Me and him went" -> "He and I
went", "My wife and me went" -> "I"), judged only where a verb follows the pair.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, sentence_start
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

ORDER_RULE = "question-order"
CASE_RULE = "pronoun-case"
_WH = word_set("what where why when how who")
_AUXILIARIES = word_set(
    "is are was were am can could will would should shall may might must has have had "
    "isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't hasn't haven't"
)
_SUBJECTS = word_set("i you he she it we they")
_PLURAL_SUBJECTS = word_set("i you we they")
_SUBJECT_FORM = {"me": "I", "him": "he", "her": "she", "us": "we", "them": "they"}
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "what" and "who" can be the subject or an echo ("What she said?"): not judged
_DO_WH = word_set("why where when how")
_NOT_DONE = word_set("did does do didn't doesn't don't got")


def check_order(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Question word order and subject pronoun case in one sentence."""
    yield from _question_order(sent)
    yield from _do_question(sent, lex)
    yield from _subject_case(sent, lex)
    yield from _lone_object_subject(sent, lex)
    yield from _object_case(sent, lex)
    yield from _verb_object_case(sent, lex)


def _question_order(sent: list[Token]) -> Iterator[Finding]:
    """ "Where you are going?" -> "Where are you going?"."""
    if len(sent) < 4 or sent[-1].text != "?":
        return
    i = _opening(sent)
    if i is None:
        return
    tok = sent[i]
    if tok.low not in _WH:
        return
    j = i + 1
    if tok.low in ("what", "which") and low_at(sent, j) == "time":
        j += 1  # "What time it is?"
    subject, aux = low_at(sent, j), low_at(sent, j + 1)
    if subject not in _SUBJECTS or aux not in _AUXILIARIES:
        return
    if tok.low in ("who", "what") and j == i + 1:
        return  # "Who they are?" can be an echo; "what it is?" too
    if any(t.text == "," for t in sent[j + 2 :]):
        return  # "How we do it, who knows?": more than one clause
    first, second = sent[j], sent[j + 1]
    swapped = f"{second.text} {first.text if first.text == 'I' else first.low}"
    message = f"A question puts the verb first: “{tok.text} {swapped}”."
    yield Finding(first.start, second.end, ORDER_RULE, message, (swapped,))


def _do_question(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "Why she left?" -> "Why did she leave?", "How much it costs?" -> "How much does
    it cost?": a question with no helper takes "do" before its subject."""
    if len(sent) < 4 or sent[-1].text != "?" or any(t.text == "," for t in sent):
        return
    i = _opening(sent)
    if i is None or sent[i].low not in _DO_WH:
        return
    j = i + 2 if low_at(sent, i + 1) == "much" else i + 1
    if j + 1 >= len(sent) or sent[j].low not in _SUBJECTS:
        return
    verb = sent[j + 1]
    tags = lex.tags(verb.low)
    lemmas = lex.lemmas(verb.low)
    if verb.low in _AUXILIARIES or verb.low in _NOT_DONE or not lemmas or not tags:
        return
    if "VBD" in tags and not tags & {"VB", "VBP", "VBZ", "VBG"}:  # "left" is also a noun
        helper = "did"
    elif tags <= {"VBZ", "NNS"} and "VBZ" in tags and sent[j].low in ("he", "she", "it"):
        helper = "does"
    elif "VBP" in tags and lemmas == (verb.low,) and sent[j].low in _PLURAL_SUBJECTS:
        helper = "do"  # "Where you live?" -> "Where do you live?"
    else:
        return
    first = sent[j].text if sent[j].text == "I" else sent[j].low
    fix = f"{helper} {first} {lemmas[0]}"
    message = f"A question takes “{helper}” before its subject: “{sent[i].text} {fix}”."
    yield Finding(sent[j].start, verb.end, ORDER_RULE, message, (fix,))


def _subject_case(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "Me and him went" -> "He and I went"; "My wife and me went" -> "I"."""
    start = _opening(sent)
    if start is None:
        return
    try:
        conj = next(k for k in range(start, min(len(sent), start + 5)) if sent[k].low == "and")
    except StopIteration:
        return
    end = conj + 1
    while end < len(sent) and end < conj + 4 and not _finite(sent[end], lex):
        end += 1
    if end >= len(sent) or end == conj + 1 or not _finite(sent[end], lex):
        return
    if any(_finite(t, lex) or not t.is_word for t in sent[start:conj]):
        return  # "Tell him and me": a verb before the pair; or a list with commas
    left, right = sent[start:conj], sent[conj + 1 : end]
    if not any(t.low in _SUBJECT_FORM for t in (*left, *right)):
        return
    # "her friends and I": "her" is a possessive in a part of more than one word; a
    # pronoun alone on its side is the subject's ("Her and her sister are": grammar15)
    lone = [part[0] for part in (left, right) if len(part) == 1]
    possessive = any(t.low in _SUBJECT_FORM and len(p) > 1 for p in (left, right) for t in p)
    if possessive and not any(t.low in _SUBJECT_FORM for t in lone):
        return
    for tok in lone:
        if tok.low in _SUBJECT_FORM:
            fix = _SUBJECT_FORM[tok.low]
            fix = fix if fix == "I" or tok is not sent[start] else fix.capitalize()
            message = f"Part of the subject: “{fix}”, not “{tok.text}”."
            yield Finding(tok.start, tok.end, CASE_RULE, message, (fix,))


def _opening(sent: list[Token]) -> int | None:
    """The first word of the sentence, after a label ("Update: Why he is late?")."""
    k = next((k for k, t in enumerate(sent) if t.is_word), None)
    if k is None or not sentence_start(sent, k):
        return None
    if k + 2 < len(sent) and sent[k + 1].text == ":" and sentence_start(sent, k + 2):
        return k + 2
    return k


def _finite(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` can only be read as a finite verb or modal ("went", "are")."""
    if tok.low in _AUXILIARIES:
        return True
    tags = lex.tags(tok.low)
    return bool(tags) and tags <= _FINITE | {"VBN", "VB"} and bool(tags & _FINITE)


def _lone_object_subject(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "Me went home" -> "I": an object pronoun opening the sentence before its verb."""
    start = _opening(sent)
    if start is None or start + 1 >= len(sent):
        return
    tok, verb = sent[start], sent[start + 1]
    if tok.low not in _SUBJECT_FORM or not _finite(verb, lex) or sent[-1].text == "?":
        return
    if tok.low == "her" and lex.is_noun(verb.low):
        return  # "Her cat sleeps"
    fix = _SUBJECT_FORM[tok.low]
    fix = fix if fix == "I" else fix.capitalize()
    message = f"The subject form: “{fix} {verb.text}”."
    yield Finding(tok.start, tok.end, CASE_RULE, message, (fix,))


_GOVERNORS = word_set("to for with from about between among without like of by at told gave")


def _object_case(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "for my wife and I." -> "me": "I" joined to the object of a preposition."""
    for k, tok in enumerate(sent):
        if tok.text != "I" or low_at(sent, k - 1) != "and" or k < 3:
            continue
        after = low_at(sent, k + 1)
        if after in _AUXILIARIES or after in _ADVERBS or lex.tags(after) & _FINITE:
            continue  # "... and I went", "and I also"
        if after in ("'m", "'ve", "'d", "'ll", "am"):
            continue
        # the first of the pair, after a preposition: "to John and I", "with my wife and I"
        m = k - 2
        while m > 0 and sent[m].is_word and k - m <= 4 and sent[m].low not in _GOVERNORS:
            if _finite(sent[m], lex):
                break
            m -= 1
        if m >= 0 and sent[m].low in _GOVERNORS and sent[m].low != "between":
            message = "Part of an object: “me”, not “I”."
            yield Finding(tok.start, tok.end, CASE_RULE, message, ("me",))


_ADVERBS = word_set("also both still just never always often really then now too")


_OBJECT_FORM = {"he": "him", "she": "her", "we": "us", "they": "them"}
# after the pronoun, a word no verb of its own could start: "told we to wait", "saw he
# at the station" (not "saw he was", whose pronoun is the subject of a clause)
_OBJECT_FOLLOWERS = word_set("to at in on for with from into about")
_NOT_TRANSITIVE = _AUXILIARIES | word_set(
    "be been being do does did say says said ask asks asked reply replies replied add adds "
    "added cry cried think thinks thought know knows knew wonder wonders wondered"
)


def _verb_object_case(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "The coach told we to wait" -> "us": a subject pronoun as a verb's object."""
    for k in range(1, len(sent) - 1):
        tok = sent[k]
        fix = _OBJECT_FORM.get(tok.low)
        if fix is None or not tok.is_word or low_at(sent, k + 1) not in _OBJECT_FOLLOWERS:
            continue
        verb = sent[k - 1]
        tags = lex.tags(verb.low)
        if verb.low in _NOT_TRANSITIVE or "VERB" not in lex.classes(verb.low):
            continue
        if not tags & {"VBD", "VBZ", "VB", "VBP"} or "NOUN" in lex.classes(verb.low):
            continue  # "the saw he" can be a noun; a verb reading only
        message = f"The object of “{verb.text}”: “{fix}”."
        yield Finding(tok.start, tok.end, CASE_RULE, message, (fix,))
