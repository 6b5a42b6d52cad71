"""The present perfect with a finished time: "I have seen him two days ago" -> "I saw
him", "She has visited Paris last year" -> "visited". "Ago", "yesterday" and "last week"
name a time that is over, which the simple past expresses; "since" ("since two years
ago") keeps the perfect right, and so does "had" (the past perfect).

And the other way round: a time running from a point up to now ("since 2010", "since
May") takes the perfect, not the present: "I am living here since 2010" -> "have been
living", "She works there since May" -> "has worked". A superlative between them makes
"since" mark a record, which is right in the present ("is growing at its fastest pace
since 2008").
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "verb-tense"
_HAVE = word_set("have has 've")
_SKIP = word_set("not never already just also recently only really")
_CLAUSE_BREAKS = word_set(", ; : and but or after before which who that because until")
_TIME_UNITS = word_set(
    "night week month year weekend summer winter spring autumn fall time monday tuesday "
    "wednesday thursday friday saturday sunday"
)


def check_time_tense(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """A "have" + participle in a clause that names a finished time after it; a present
    before "since" and a point in time."""
    if any(t.low == "since" for t in sent):
        yield from _present_since(sent, lex)
    if not any(t.low in ("ago", "yesterday", "last") for t in sent):
        return
    if any(t.low in ("since", "for", "if", "when") for t in sent):
        return
    for i, tok in enumerate(sent):
        if tok.low not in _HAVE or low_at(sent, i - 1) in ("to", "would", "could", "should"):
            continue
        j = i + 1
        while j < len(sent) and sent[j].low in _SKIP:
            j += 1
        if j >= len(sent) or not sent[j].is_word:
            continue
        verb = sent[j]
        tags = lex.tags(verb.low)
        if "VBN" not in tags or tags - {"VBN", "VBD", "JJ"} or not _finished_time(sent, j + 1):
            continue
        lemma = lex.lemmas(verb.low)
        past = lex.inflect(lemma[0], "VBD") if lemma else None
        if verb.low == "been":
            singular = tok.low == "has" or low_at(sent, i - 1) == "i"
            past = "was" if singular else "were"
        if not past:
            continue
        fix = " ".join([*(t.text for t in sent[i + 1 : j]), past])
        message = f"A finished time takes the simple past: “{fix}”."
        yield Finding(tok.start, verb.end, RULE, message, (fix,))
        return


def _finished_time(sent: list[Token], start: int) -> bool:
    """Whether a finished time follows ``start`` within its clause ("seen him two days
    ago"; not "was found after the storm, which began yesterday")."""
    for k in range(start, min(len(sent), start + 8)):
        tok = sent[k]
        if tok.low in _CLAUSE_BREAKS or (tok.low == "as" and low_at(sent, k + 1) == "of"):
            return False
        if tok.low in ("ago", "yesterday"):
            return True
        if tok.low == "last" and low_at(sent, k + 1) in _TIME_UNITS:
            return True
    return False


_PRESENT_BE = {"am": "have been", "are": "have been", "is": "has been", "'m": "have been"}
_PERSON_HAVE = {"i": "have", "you": "have", "we": "have", "they": "have", "he": "has"}
_PERSON_HAVE |= {"she": "has"}
_MONTHS = word_set(
    "january february march april may june july august september october november december"
)
_HELPERS = word_set("have has do does am is are was were can will may must shall")
_SINCE_BREAKS = word_set(", ; : ( and but or when which who that because if")
_RECORDS = word_set("first best worst most least highest lowest biggest largest fastest")


def _present_since(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """ "am living ... since 2010" -> "have been living"; "He works here since May" ->
    "has worked"."""
    for i, tok in enumerate(sent[:-2]):
        fix: str | None = None
        if tok.low in _PRESENT_BE and "VBG" in lex.tags(low_at(sent, i + 1)):
            fix = f"{_PRESENT_BE[tok.low]} {sent[i + 1].text}"
        elif low_at(sent, i - 1) in _PERSON_HAVE and tok.is_word and tok.low not in _HELPERS:
            tags = lex.tags(tok.low)
            if tags & {"VBP", "VBZ"} and not tags & {"VBD", "VBN", "MD"}:
                lemma = lex.lemmas(tok.low)
                participle = lex.inflect(lemma[0], "VBN") if lemma else None
                if participle:
                    fix = f"{_PERSON_HAVE[low_at(sent, i - 1)]} {participle}"
        if fix is None or not _since_point(sent, i + 1, lex):
            continue
        end = sent[i + 1] if tok.low in _PRESENT_BE else tok
        message = f"A time up to now takes the perfect: “{fix}”."
        yield Finding(tok.start, end.end, RULE, message, (fix,))
        return


def _since_point(sent: list[Token], start: int, lex: Lexicon) -> bool:
    """Whether "since" and a point in time follow within the clause ("since 2010",
    "since May", "since last year", "since yesterday"), with no record before it."""
    for k in range(start, min(len(sent), start + 10)):
        low = sent[k].low
        if low in _SINCE_BREAKS or low in _RECORDS:
            return False
        if low == "since":
            nxt = sent[k + 1] if k + 1 < len(sent) else None
            if nxt is None:
                return False
            point = nxt.low
            after = low_at(sent, k + 2)
            if nxt.is_number and after.isalpha() and "NOUN" in lex.classes(after):
                return False  # "since 2010 figures show": the year describes a noun
            year = nxt.is_number and len(point) == 4 and point[:2] in ("19", "20")
            return (
                year
                or point in _MONTHS
                or point in ("yesterday", "last")
                or (point in _TIME_UNITS and point.endswith("day"))
            )
    return False
