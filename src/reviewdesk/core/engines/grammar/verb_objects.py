"""Verbs that take their object through a preposition, and phrases whose "to" is a
preposition:

- "listen" and "wait" take no direct object: "listen music" -> "listen to music",
  "wait me" -> "wait for me" (judged before a determiner, a possessive or an object
  pronoun, where nothing but an object can start: "listen carefully", "wait a minute"
  and "wait them out" stay);
- "look forward to", "in addition to", "when it comes to" end in the preposition "to",
  so a verb after them takes "-ing": "look forward to meet you" -> "meeting".
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "preposition"
GERUND_RULE = "verb-form"
_NEEDS = {
    **dict.fromkeys(("listen", "listens", "listened", "listening"), "to"),
    **dict.fromkeys(("wait", "waits", "waited", "waiting"), "for"),
}
_OBJECT_PRONOUNS = word_set("me him us them")
_STARTS = _OBJECT_PRONOUNS | word_set("the my your his their our its this these those")
_OBJECT_AFTER = _STARTS | word_set("you it her a an")
# phrases ending in the preposition "to" (their last word, the words before it)
_TO_PHRASES = (("forward", ("look", "looks", "looked", "looking")), ("addition", ("in",)))


def check_verb_objects(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """A missing preposition after "listen"/"wait"; "look forward to meet"."""
    for i, tok in enumerate(sent[:-1]):
        low = tok.low
        nxt = low_at(sent, i + 1)
        if low in _NEEDS and _object_starts(sent, i + 1, low.startswith("listen"), lex):
            if nxt in _OBJECT_PRONOUNS and low_at(sent, i + 2) in ("out", "up"):
                continue  # "wait them out"
            prep = _NEEDS[low]
            message = f"“{tok.text}” takes its object with “{prep}”: “{tok.text} {prep}”."
            yield Finding(tok.start, tok.end, RULE, message, (f"{tok.text} {prep}",))
        elif low == "to" and _to_phrase(sent, i):
            yield from _gerund_after(sent, i, lex)


def _object_starts(sent: list[Token], j: int, listen: bool, lex: Lexicon) -> bool:
    """An object starts at ``j``: an object pronoun; after "listen" also a determiner
    or a word that is nothing but a noun ("listen music"; "wait a minute" is a time)."""
    word = low_at(sent, j)
    if word in _OBJECT_PRONOUNS:
        return True
    if not listen or not sent[j].is_word or sent[j].is_capitalised:
        return False
    return word in _STARTS or lex.classes(word) == {"NOUN"}


def _to_phrase(sent: list[Token], i: int) -> bool:
    before = low_at(sent, i - 1)
    if before == "comes" and low_at(sent, i - 2) == "it" and low_at(sent, i - 3) == "when":
        return True
    return any(before == last and low_at(sent, i - 2) in firsts for last, firsts in _TO_PHRASES)


def _gerund_after(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """The verb after a phrase's "to": "-ing" ("look forward to meet" -> "meeting")."""
    j = i + 1
    if j >= len(sent) or not sent[j].is_word or sent[j].is_capitalised:
        return
    word = sent[j].low
    tags = lex.tags(word)
    if "VB" not in tags or tags & {"VBD", "VBN", "VBG"} or "VERB" not in lex.classes(word):
        return
    if lex.classes(word) != {"VERB"} and low_at(sent, j + 1) not in _OBJECT_AFTER:
        return  # "look forward to work": a noun reading; "to meet you" is a verb's
    form = lex.inflect(word, "VBG")
    if not form or form == word:
        return
    message = f"“to” is a preposition here: the verb takes “-ing”: “{form}”."
    yield Finding(sent[j].start, sent[j].end, GERUND_RULE, message, (replace_word(sent[j], form),))
