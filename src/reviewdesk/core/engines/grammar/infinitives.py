"""A plain verb where English wants "to" or "-ing" before it: "not" and a plain verb
after a verb that is no helper ("We decided not go", "cannot afford not spend" -> "not
to"), and "to" as a preposition in "be used to" and "accustomed to" ("I am used to run"
-> "running").

Only helpers and modals take "not" and a plain verb ("did not go", "must not go"), with
a few set pairs ("need not", "dare not", "had better not", "would rather not", "let's
not", "why not"); after any other verb "not" negates an infinitive, which keeps its
"to" ("decided not to go"), or a gerund ("regret not going", left alone). The helpers
are a closed class; the verb before "not" is judged by its word class (LemmInflect).
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import CLOSED_CLASS, MODALS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "missing-to"
RULE_GERUND = "preposition-to-verb"
# words before "not" that take a plain verb after it (besides helpers and modals)
_NOT_BARE = word_set("need dare better rather let's lets why or and if whether but")
_USED = word_set("used accustomed")
# "used to" after these is the adjective's ("am used to", "got used to"); after "is",
# "was" it may be a passive ("The money was used to build a school")
_USED_AFTER = word_set("am i'm get gets got getting become became")
_ACCUSTOMED_AFTER = _USED_AFTER | word_set("is are was were be been being")


def check_infinitives(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """Both slips above, in one sentence."""
    for i, tok in enumerate(sent[:-2]):
        if tok.low == "not" and i > 0:
            yield from _not_bare(sent, i, lex)
        elif tok.low in _THAT_VERBS and i + 3 < len(sent):
            yield from _object_to(sent, i, lex)
        elif tok.low in _USED and sent[i + 1].low == "to":
            before = low_at(sent, i - 1)
            if before in (_USED_AFTER if tok.low == "used" else _ACCUSTOMED_AFTER):
                yield from _used_to(sent, i, lex)


# verbs of proposing take a "that" clause, never an object and "to" ("suggest you to
# go" -> "suggest that you go"); "advise", "ask", "urge" do take one
_THAT_VERBS = word_set(
    "suggest suggests suggested suggesting propose proposes proposed proposing "
    "recommend recommends recommended recommending insist insists insisted insisting"
)
_OBJECTS = {"me": "I", "you": "you", "him": "he", "her": "she", "us": "we", "them": "they"}


def _object_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I suggest you to go" -> "suggest that you go"."""
    obj, to, word = sent[i + 1], sent[i + 2], sent[i + 3]
    if obj.low not in _OBJECTS or to.low != "to" or not word.is_word:
        return
    if word.low in CLOSED_CLASS or not _plain_verb(word.low, lex):
        return  # "recommended him to the board": "to" before a noun
    verb = sent[i]
    fix = f"{verb.text} that {_OBJECTS[obj.low]} {word.text}"
    message = f"“{verb.text}” takes a clause, not “to”: “{fix}”."
    yield Finding(verb.start, word.end, RULE_CLAUSE, message, (fix,))


RULE_CLAUSE = "that-clause"


def _not_bare(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "decided not go" -> "not to go"."""
    verb, word = sent[i - 1], sent[i + 1]
    if not verb.is_word or not word.is_word or word.is_capitalised:
        return
    low = verb.low
    if low in CLOSED_CLASS or low in MODALS or low in _NOT_BARE or "'" in low:
        return
    if lex.classes(low) != {"VERB"} or not lex.tags(low) & {"VBD", "VBZ", "VBP", "VB"}:
        return
    if not _plain_verb(word.low, lex):
        return  # an adjective, an adverb or another form is left ("not guilty")
    message = f"After “{verb.text} not”, the verb keeps its “to”: “not to {word.text}”."
    yield Finding(sent[i].start, word.end, RULE, message, (f"{sent[i].text} to {word.text}",))


def _used_to(sent: list[Token], i: int, lex: Lexicon) -> Iterator[Finding]:
    """ "I am used to run" -> "used to running": here "to" is a preposition."""
    word = sent[i + 2]
    if not word.is_word or word.is_capitalised or word.low == "be":
        return
    tags = lex.tags(word.low)
    if "VB" not in tags or tags & {"JJ", "RB"} or word.low in CLOSED_CLASS:
        return
    form = lex.inflect(word.low, "VBG")
    if not form or form == word.low:
        return
    message = f"In “{sent[i].text} to”, “to” is a preposition: “{form}”."
    yield Finding(word.start, word.end, RULE_GERUND, message, (replace_word(word, form),))


def _plain_verb(low: str, lex: Lexicon) -> bool:
    """A verb's plain form and nothing else but, at most, a noun print uses less ("go",
    "spend"; not "guilty", "fact", "went")."""
    tags = lex.tags(low)
    if "VB" not in tags or tags & {"JJ", "RB", "VBD", "VBN", "VBG", "VBZ"}:
        return False
    if not tags & {"NN", "NNS"}:
        return True
    return lex.pair("to", low) >= 3 * (lex.pair("the", low) + lex.pair("a", low))
