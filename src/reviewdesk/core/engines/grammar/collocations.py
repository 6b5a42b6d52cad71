"""The preposition an adjective or verb takes, read from print: "fond to" -> "fond of",
"accustomed of" -> "accustomed to", "interested on" -> "interested in". Nouns are left
alone (a noun takes many: "quarter on record"). A word that print follows
with one preposition far more than any other (a collocation), written with another that
print never puts after it, is flagged with the usual one. Only prepositions that start
no adjunct of time or place are judged as the written one ("on Monday", "in 2010",
"at noon" can follow anything), and before a determiner only "of", or "from" and
"with" after an adjective ("afraid from the floods").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, low_at, replace_word
from reviewdesk.core.engines.grammar.lexicon import CLOSED_CLASS, Lexicon, word_set
from reviewdesk.core.engines.grammar.tokens import Token

RULE = "preposition"
_PREPOSITIONS = ("of", "to", "in", "on", "at", "for", "with", "about", "from", "by")
_SHARE = 0.10  # the usual preposition follows the word in at least this share of its uses
# the written preposition judged: "by now", "in modern times", "for 30 hours", "about
# which" start adjuncts after any word; "from" is judged after adjectives only
_JUDGED = word_set("of to on at with from")
_STRONG = 50_000_000  # and the pair is this common in print
_TIME_OR_PLACE = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december all some least most once "
    "first last times home work night noon midnight dawn"
)
# a determiner after the preposition may start an adjunct ("on the day", "at the time",
# "refused with a note"); "of" starts none, nor do "from" and "with" after an adjective
# that print never follows with them ("afraid from the floods", "famous with its")
_DETERMINERS = word_set("the a an this that these those my your his her our their its")
_NO_ADJUNCT = word_set("of")
_POSSESSIVE = re.compile(r"[’']s?$")
_NO_ADJUNCT_AFTER_ADJECTIVE = word_set("from with")


def check_collocations(sent: list[Token], lex: Lexicon) -> Iterator[Finding]:
    """A preposition print never puts after the word before it, where another is usual."""
    for i in range(1, len(sent) - 1):
        word, prep = sent[i - 1], sent[i]
        if prep.low not in _JUDGED or not word.is_word or word.low in CLOSED_CLASS:
            continue
        if word.is_capitalised or lex.pair(word.low, prep.low):
            continue
        if "NOUN" in lex.classes(word.low) or not lex.classes(word.low) & {"ADJ", "VERB"}:
            continue  # a noun takes many prepositions ("the best quarter on record")
        after = low_at(sent, i + 1)
        # a possessive is a determiner too: "likely at Tuesday's hearing", "at the firm's"
        base = _POSSESSIVE.sub("", after)
        if not after or base in _TIME_OR_PLACE or sent[i + 1].is_number:
            continue  # "interested on Monday", "recovered at least": an adjunct may start
        determiner = after in _DETERMINERS or base != after
        if (prep.low == "from" or determiner) and not _starts_no_adjunct(word.low, prep.low, lex):
            continue  # "resigned on the spot", "refused with a note": adjuncts
        usual = _usual(word.low, lex)
        if usual and usual != prep.low:
            message = f"“{word.text}” takes “{usual}”: “{word.text} {usual}”."
            yield Finding(prep.start, prep.end, RULE, message, (replace_word(prep, usual),))


def _usual(word: str, lex: Lexicon) -> str | None:
    """The preposition print puts after ``word`` most, when it is a strong habit."""
    count = lex.count(word)
    if not count:
        return None
    best = max(_PREPOSITIONS, key=lambda p: lex.pair(word, p))
    pair = lex.pair(word, best)
    if pair >= _STRONG and pair >= _SHARE * count:
        return best
    return None


def _starts_no_adjunct(word: str, prep: str, lex: Lexicon) -> bool:
    """Whether ``prep`` after ``word`` cannot start an adjunct: "of" never does; "from"
    and "with" do after a verb ("refused with a message", "detected from afar") but
    not after an adjective that print never follows with them ("afraid from")."""
    if prep in _NO_ADJUNCT:
        return True
    return prep in _NO_ADJUNCT_AFTER_ADJECTIVE and "VERB" not in lex.classes(word)
