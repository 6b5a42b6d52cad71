"""The present perfect with a finished time: "I have seen him two days ago" -> "I saw
him", "She has visited Paris last year" -> "visited". "Ago", "yesterday" and "last week"
name a time that is over, which the simple past expresses; "since" ("since two years
ago") keeps the perfect right, and so does "had" (the past perfect).
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
    """A "have" + participle in a clause that names a finished time after it."""
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
