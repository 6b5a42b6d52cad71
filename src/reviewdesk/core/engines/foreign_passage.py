"""Sentences that are not English: a quotation in another language, placeholder Latin.

A misspelling is a slip in English copy; a sentence where most small words are unknown
to print ("sed do eiusmod tempor incididunt ut labore et dolore magna aliqua", a
Spanish or Latin quotation, a template's placeholder) is written in another language,
and flagging each of its words buries the few real slips of the document under dozens
of flags with English "fixes" ("ipsum" -> "issue"). Measured on other projects' Word
files (benchmarks/score_false_alarms.py): three such passages made 250 of 400 flags.

Edited English keeps most of its lower-case words known even with several slips in a
sentence, so the test asks for many unknown words and a large share of them; and a
careless writer's sentence ("The goverment recieved teh reprot") is slips of English
words, each a letter from a known word, so some of the unknown words must be far from
every English word ("consectetur", "gobierno"). Keyboard mash and codes ("xkcdqz",
"bcdfgh") are not a language: when an unknown word has no vowel the sentence is not
taken for one, and its words stay flagged.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.spelling import near_words

# a sentence: up to its end mark and the space after it, or a line break
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+|\n")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_VOWELS = frozenset("aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿæœ")
# at least this many lower-case words unknown to print, and this share of them
MIN_UNKNOWN = 4
MIN_SHARE = 0.4
# of which at least this many with no English word one edit away
MIN_FAR = 2


def in_foreign_passage(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the sentence around ``start``, or the whole of ``text`` (a paragraph),
    reads as another language: a short Latin sentence has too few words to tell alone."""
    spans = foreign_spans(text, lex)
    k = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    return k >= 0 and start < spans[k][1]


@lru_cache(maxsize=64)
def foreign_spans(text: str, lex: Lexicon) -> tuple[tuple[int, int], ...]:
    """The spans of ``text`` (a paragraph) in another language, in order: the whole of
    it, or its sentences that are. Once per paragraph, however many flags ask."""
    if _foreign(text, lex):
        return ((0, len(text)),)
    spans = []
    begin = 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        if _foreign(text[begin:end], lex):
            spans.append((begin, end))
        begin = match.end() if match else end
    return tuple(spans)


def _foreign(sentence: str, lex: Lexicon) -> bool:
    # names are capitalised: only the small words say which language this is
    small = [w for w in _WORD.findall(sentence) if w.islower() and len(w) > 1]
    unknown = [w for w in small if not lex.count(w.replace("’", "'")) and not lex.classes(w)]
    if len(unknown) < MIN_UNKNOWN or len(unknown) < MIN_SHARE * len(small):
        return False
    if not all(_VOWELS & set(w) for w in unknown):
        return False  # mash or codes, not a language
    return sum(1 for w in unknown if len(w) > 2 and not near_words(w, lex)) >= MIN_FAR
