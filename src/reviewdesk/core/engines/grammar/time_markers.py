"""A present verb in a clause that names a finished time ("Yesterday I go to the park",
"Last year we visit Paris", "She call me two days ago" -> "went", "visited", "called"),
and a past verb with "tomorrow" or "next week" ("Tomorrow I went" -> "will go").

The grammar books' tense markers, and a common slip of learners (W&I: "when I was young
I like plays"). Only where the marker surely dates this verb: the marker opens the
sentence and a subject pronoun with its verb follows at once, or the marker closes the
clause with no other verb, comma or joining word between ("I go there yesterday"), and
never after "than", "since", "from", "until" ("I feel better today than yesterday").
Only a verb with no other reading is changed ("go", "calls"; not "cut", "put", "read").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.agreement import verb_follows
from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word, sentence_start
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-tense"
_SUBJECTS = word_set("i you he she we they")
_UNITS = word_set(
    "night week month year weekend summer winter spring autumn fall monday tuesday "
    "wednesday thursday friday saturday sunday"
)
_AGO_UNITS = word_set(
    "minutes hours days weeks months years decades minute hour day week month year"
)
_AGO_COUNTS = word_set("a an two three four five six seven eight nine ten few several many")
_NOT_BEFORE = word_set("than since from until till of like before the a an this that every")
_BREAKS = word_set(", ; : and but or because that when while if which who where as so")
_SUBJECT_DETERMINERS = word_set("the a an my his her our their its this that")
_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "VB", "VBG", "MD"})
_BE_PAST = {"am": "was", "is": "was", "are": "were"}


def check_time_markers(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "Yesterday I go" -> "went"; "Tomorrow I went" -> "will go"."""
    if sent[-1].text == "?" or not any(
        t.low in ("yesterday", "last", "ago", "tomorrow", "next") for t in sent
    ):
        return
    first = _first_word(sent)
    if low_at(sent, first + 1) == ":":
        first += 2  # "Update: Yesterday I go"
    opening = _marker_at(sent, first) if sentence_start(sent, first) else None
    if opening:
        kind, end = opening
        k = end + (1 if low_at(sent, end) == "," else 0)
        if low_at(sent, k) in _SUBJECTS and k + 1 < len(sent):
            yield from _verb(sent, k, k + 1, kind, lex)
        elif kind == "past" and low_at(sent, k) in _SUBJECT_DETERMINERS:
            yield from _noun_subject(sent, k, lex)
    for m in range(2, len(sent)):
        closing = _marker_at(sent, m)
        if closing is None or low_at(sent, m - 1) in _NOT_BEFORE:
            continue
        for k in range(m - 2, -1, -1):
            if sent[k].low in _BREAKS or not (sent[k].is_word or sent[k].is_number):
                break
            if sent[k].low in _SUBJECTS:
                opens = sentence_start(sent, k) or low_at(sent, k - 1) == ","
                if opens and _no_other_verb(sent, k + 2, m, lex):
                    yield from _verb(sent, k, k + 1, closing[0], lex)
                break  # "He says he left yesterday": the nearest subject's verb is dated


def _noun_subject(sent: list[Token], k: int, lex: Lexicon) -> Iterator[Finding]:
    """ "Yesterday the council votes to close" -> "voted": a determiner, a singular noun
    (one or two words) and an "-s" verb with its object, particle or end after it."""
    for j in (k + 2, k + 3):
        if j >= len(sent) or not sent[j].is_word:
            return
        head = sent[j - 1].low
        if lex.noun_number(head) != "singular" or head in _SUBJECTS:
            continue
        verb = sent[j]
        tags = lex.tags(verb.low)
        if not (tags and tags <= {"VBZ", "NNS"} and verb.low.endswith("s")):
            continue
        if not verb_follows(sent, j, lex):
            return  # "the council votes were counted": a noun
        past = _past(verb.low, "he", lex)
        if past:
            message = f"The time named is over: “{past}”."
            yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, past),))
        return


def _first_word(sent: list[Token]) -> int:
    return next((k for k, t in enumerate(sent) if t.is_word), 0)


def _marker_at(sent: list[Token], m: int) -> tuple[str, int] | None:
    """("past" or "future", the index after it) for a time marker starting at ``m``."""
    low = low_at(sent, m)
    if low == "yesterday" and low_at(sent, m + 1) != "'s":
        return "past", m + 1
    if low == "tomorrow" and low_at(sent, m + 1) != "'s":
        return "future", m + 1
    if low in ("last", "next") and low_at(sent, m + 1) in _UNITS:
        return ("past" if low == "last" else "future"), m + 2
    counted = low in _AGO_COUNTS or (0 <= m < len(sent) and sent[m].is_number)
    if counted and low_at(sent, m + 1) in _AGO_UNITS and low_at(sent, m + 2) == "ago":
        return "past", m + 3
    return None


def _no_other_verb(sent: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """No word between the verb and the marker that can only be a verb ("he left")."""
    for tok in sent[start:end]:
        tags = lex.tags(tok.low)
        if tags & {"VBD", "VBZ", "MD"} or (tags and tags <= _VERB_TAGS):
            return False
    return True


def _verb(sent: list[Token], k: int, j: int, kind: str, lex: Lexicon) -> Iterator[Finding]:
    subject = sent[k].low
    verb = sent[j]
    low = verb.low
    if kind == "past":
        fix = _BE_PAST.get(low) if subject != "you" or low == "are" else None
        if fix is None:
            fix = _past(low, subject, lex)
        if fix:
            message = f"The time named is over: “{fix}”."
            yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))
        return
    tags = lex.tags(low)
    if tags and tags <= {"VBD", "VBN"} and "VBD" in tags:
        lemmas = lex.lemmas(low)
        if len(lemmas) == 1 and lemmas[0] != low:
            fix = f"will {lemmas[0]}"
            message = f"The time named is still to come: “{fix}”."
            yield Finding(verb.start, verb.end, RULE, message, (replace_word(verb, fix),))


def _past(low: str, subject: str, lex: Lexicon) -> str | None:
    """The past of a present-only verb form after ``subject`` (None when unsure)."""
    tags = lex.tags(low)
    third = tags and tags <= {"VBZ", "NNS"} and low.endswith("s") and subject in ("he", "she")
    base = tags and "VBP" in tags and tags <= {"VB", "VBP", "NN", "NNS"}
    if not (third or base):
        return None  # "He cut", "I read": a past form as well
    if low in ("need", "dare", "must", "can", "may"):
        return None
    lemmas = lex.lemmas(low)
    if len(lemmas) != 1:
        return None
    past = lex.inflect(lemmas[0], "VBD")
    return past if past and past != low else None
