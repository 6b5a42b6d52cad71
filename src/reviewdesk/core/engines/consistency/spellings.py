"""One word or phrase written two ways, found by a key its writings share rather than
by kind, read a line at a time like :mod:`.forms`.

Each occurrence that another writing of it could match is read with a *key* and its own
surface as the form; the checker counts the forms per key over the article and flags the
rarer one, so nothing here knows any word:

- ``spelled``: a capitalised word keyed with its accents folded and its inner capitals
  lowered ("Zoë"/"Zoe", "YouTube"/"Youtube"); a word in capitals is its own key (the
  term-case family compares "LIDL" with "Lidl");
- ``dots``: an abbreviation with and without its full stops ("U.S."/"US"), a title
  before a name with and without its full stop ("Mr."/"Mr");
- ``the-term``: a term after "the" capitalised and in lowercase ("the Prime Minister"/
  "the prime minister"). Only after "the": "a prime minister" is generic in every style,
  and a title before a name ("Prime Minister Jane Doe") is the name's, so neither counts.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from reviewdesk.core.engines.consistency.use import Use
from reviewdesk.core.engines.names.terms import CAPITALISABLE_COMMON
from reviewdesk.core.engines.names.words import STOPWORDS, fold, word_set

SPELLED, DOTS, THE_TERM = "spelled", "dots", "the-term"
# families whose forms are the occurrences' own wordings, not a style's name
SURFACE_FAMILIES = frozenset({SPELLED, DOTS, THE_TERM})

# a capitalised word of three letters or more, with any inner capitals or accents
_CAPITALISED = re.compile(r"(?<![\w’'.-])([A-Z\u00c0-\u00de][^\W\d_]{2,})(?:[’'][sS])?(?![\w-])")
_DOTTED = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})(?![\w])")
# not a currency's letters ("US$6 million")
_PLAIN_CAPS = re.compile(r"(?<![\w.&-])([A-Z]{2,4})(?![\w&$-]|\.\w)")
# titles before a name: the full stop is a house choice ("Mr Smith", "Mr. Smith")
_TITLE = re.compile(
    r"(?<![\w.])(Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|Supt|Cllr)(\.?)"
    r"(?= [A-Z])"
)
# after a dotted abbreviation, a sentence that starts: its last dot is the full stop too
_SENTENCE_NEXT = re.compile(r"\s*$|\s+(?:The|A|An|It|He|She|They|We|I|In|On|But|And|This)\b")
_QUOTE_GATE = re.compile(r"[\"“]")
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_THE = re.compile(r"(?<![\w’'-])[Tt]he ")
_WORD = re.compile(r"[A-Za-z]+")
# a term capitalised as an institution's or lowercased as a common noun: a style choice
# when the article means one thing by it ("the Government"/"the government"); compass
# words ("the West"/"the west of") and words of two meanings ("the House"/"the house")
# are left out
_ONE_WORD = CAPITALISABLE_COMMON - word_set(
    """west east north south western eastern northern southern church house party bank
    sun moon earth heaven hell god bible mother father mom mum dad uncle aunt street
    court river lake mountain ocean sea bay island station airport hospital museum office
    center centre school college university city green greens independent labour labor
    liberal liberals conservative conservatives union state general chief justice
    national federal central international"""
)


def read_spellings(line: str, add: Callable[[Use], None]) -> None:
    """Every occurrence in ``line`` of the three families above."""
    for m in _CAPITALISED.finditer(line):
        word = m.group(1)
        if word.isascii() and word[1:].islower():
            key = word.lower()  # most words: no accent, no inner capital to fold
        elif word.isupper():
            continue  # a word in capitals: the term-case family's
        else:
            key = fold(word)
        # interned: every line's reading is kept (by its text) and a long article writes
        # the same capitalised words thousands of times (~1.8 MB of copies at 100k words)
        add(Use(SPELLED, sys.intern(key), sys.intern(word), m.start(1), m.end(1)))
    if "." in line:
        for m in _DOTTED.finditer(line):
            dotted = m.group(1)
            plain = dotted.replace(".", "")
            ends = _SENTENCE_NEXT.match(line, m.end()) is not None
            add(Use(DOTS, plain, dotted, m.start(1), m.end(1),
                    ((plain, plain + "." if ends else plain),)))  # fmt: skip
    for m in _PLAIN_CAPS.finditer(line):
        plain = m.group(1)
        dotted = ".".join(plain) + "."
        followed = line[m.end() : m.end() + 1] == "."
        add(Use(DOTS, plain, plain, m.start(1), m.end(1),
                ((dotted, dotted[:-1] if followed else dotted),)))  # fmt: skip
    for m in _TITLE.finditer(line):
        title = m.group(1)
        add(Use(DOTS, title, title + m.group(2), m.start(1), m.end()))
    if "the " in line or "The " in line:
        _read_the_terms(line, add)


def _read_the_terms(line: str, add: Callable[[Use], None]) -> None:
    """A term after "the": its capitalised run whole (one to three words), or its first
    one to three lowercase words (the lengths a capitalised run could have). Not inside
    a quotation: it keeps the speaker's or the document's own style."""
    quoted = [q.span() for q in _QUOTED.finditer(line)] if _QUOTE_GATE.search(line) else []
    for m in _THE.finditer(line):
        if any(s <= m.start() < e for s, e in quoted):
            continue
        words: list[re.Match[str]] = []
        at = m.end()
        while len(words) < 4:
            w = _WORD.match(line, at)
            if w is None:
                break
            words.append(w)
            if line[w.end() : w.end() + 1] != " ":
                break
            at = w.end() + 1
        if not words:
            continue
        if words[0].group()[0].isupper():
            run = _leading(words, str.isupper)
            if not run or len(run) > 3:
                continue  # a longer name, or one going on: no term
            after = line[run[-1].end() : run[-1].end() + 4]
            if after.startswith(" of") or not all(w.group()[1:].islower() for w in run):
                continue  # "the Department of Health": a full name, not the term
            _add_term(line, run, add)
        else:
            low = _leading(words, str.islower)[:3]
            for n in (1, 2, 3):
                if len(low) >= n:
                    _add_term(line, low[:n], add)


def _leading(words: list[re.Match[str]], case: Callable[[str], bool]) -> list[re.Match[str]]:
    out = []
    for w in words:
        if not case(w.group()[0]) or w.group().lower() in STOPWORDS:
            break
        out.append(w)
    return out


def _add_term(line: str, run: list[re.Match[str]], add: Callable[[Use], None]) -> None:
    if len(run) == 1 and run[0].group().lower() not in _ONE_WORD:
        return
    start, end = run[0].start(), run[-1].end()
    surface = line[start:end]
    if " " not in surface and len(surface) < 3:
        return
    add(Use(THE_TERM, surface.lower(), surface, start, end))
