"""A word the article itself introduces as a term is not a misspelling.

News copy glosses a foreign or technical word where it first uses it: "the platforms,
or ahu, built to support the statues", "a practice known as hikikomori", "what Danes
call “hygge”". The dictionary lacks such words, so every later "ahu" is flagged too,
ten false alarms for one word of Rapa Nui. A misspelling is never introduced that way.

:class:`GlossedTermFilter` drops spelling flags on a lowercase word that the article
glosses anywhere, in every paragraph, and on a species' epithet after its genus's
initial ("A. millepora") where the article names the species in full ("Acropora
millepora"), in another paragraph too. It works over the whole text or one line at a time
(a :class:`reviewdesk.core.finalize.LineFilter`): a keystroke re-reads the edited lines
only, and redoes the lines whose flagged words gained or lost their gloss.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Sequence
from functools import lru_cache

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.frozen import frozen
from reviewdesk.core.lines import Lines
from reviewdesk.core.models import Category, Issue

_KNOWN = 4  # texts remembered to find what an edit changed
_TERM = r"[^\W\d_A-Z][^\W\d_]*"
# "the platforms, or ahu, built": an appositive "or" closed by a comma or a bracket
_APPOSITIVE = re.compile(rf",\s+or\s+[\"“‘']?({_TERM})[\"”’']?\s*[,;)]")
# "known as hikikomori", "referred to as “hygge”", "called “moai”" (quoted: "called
# goverment officials" introduces nothing)
_NAMED = re.compile(
    rf"\b(?:known as|referred to as|also called)\s+[\"“‘']?({_TERM})"
    rf"|\b(?:called|calls|call|dubbed|termed)\s+[\"“‘']({_TERM})[\"”’']"
)
_CUES = (" or ", " as ", "call", "dubbed", "termed")
# A species named in full ("Acropora millepora"): a capitalised genus and a lowercase
# epithet with a Latin ending; the article may shorten it later to "A. millepora"
_BINOMIAL = re.compile(r"\b([A-Z])[a-z]{2,} ([a-z]{3,}(?:a|ae|i|ii|is|us|um|ensis|oides))\b")
# the genus's initial right before a flagged word: "A. millepora"
_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-Z])\. $")


@lru_cache(maxsize=4096)
def glossed_terms(line: str) -> frozenset[str]:
    """The lowercase words that ``line`` introduces as terms."""
    if not any(cue in line for cue in _CUES):
        return frozenset()
    found = {m.group(1) for m in _APPOSITIVE.finditer(line)}
    found.update(m.group(1) or m.group(2) for m in _NAMED.finditer(line))
    return frozen(t for t in found if t.islower())


@lru_cache(maxsize=4096)
def named_species(line: str) -> frozenset[str]:
    """The species ``line`` names in full, as the article may shorten them: "A.
    millepora" for "Acropora millepora". A slip in the short form ("P. cyclindrica" after
    "Porites cylindrica") matches none of them."""
    if " " not in line:
        return frozenset()
    return frozen(f"{m.group(1)}. {m.group(2)}" for m in _BINOMIAL.finditer(line))


def _count(lines: Sequence[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(glossed_terms(line))
        counts.update(named_species(line))
    return counts


def _words(terms: Counter[str] | set[str]) -> set[str]:
    """The words whose flags the terms decide: a term itself, a species' epithet."""
    return {t.rsplit(" ", 1)[-1] for t in terms}


def _is_spelling_of(issue: Issue, terms: Counter[str], text: str) -> bool:
    """Whether ``issue`` (its offsets in ``text``) is a spelling flag on a glossed term,
    or on a species' epithet after the genus's initial where the article names the
    species in full ("A. millepora" beside "Acropora millepora")."""
    if issue.category != Category.SPELLING:
        return False
    if issue.text in terms:
        return True
    m = _INITIAL_BEFORE.search(text, max(0, issue.start - 3), issue.start)
    return m is not None and f"{m.group(1)}. {issue.text}" in terms


class GlossedTermFilter:
    """Drops spelling flags on words the article introduces as terms."""

    def __init__(self) -> None:
        # text -> (its lines, how many glosses each term has in it)
        self._known: OrderedDict[str, tuple[Lines, Counter[str]]] = OrderedDict()
        self._terms: Counter[str] = Counter()
        self._words: set[str] = set()  # the words the terms decide (_words)

    def prepare(
        self, lines: Lines, ctx: CheckContext, engines: Sequence[str], base: str | None
    ) -> tuple[set[str], set[int]] | None:
        """Count the glossed terms; return the terms that gained or lost every gloss since
        ``base`` (None: ``base`` unknown, filter every line)."""
        old = self._known.get(base) if base is not None else None
        if old is None:
            counts = _count(lines.lines)
        else:
            old_lines, old_counts = old
            splice = lines.splice_from(old_lines)
            counts = old_counts.copy()
            counts.subtract(_count(old_lines.lines[splice.start : splice.old_end]))
            counts.update(_count(lines.lines[splice.start : splice.new_end]))
            counts = +counts  # drop the terms with no gloss left
        self._known.pop(lines.text, None)
        self._known[lines.text] = (lines, counts)
        while len(self._known) > _KNOWN:
            self._known.popitem(last=False)
        self._terms = counts
        self._words = _words(counts)
        if old is None:
            return None
        return _words(set(old[1]) ^ set(counts)), set()

    def filter_line(
        self, lines: Lines, line: int, issues: list[Issue], ctx: CheckContext
    ) -> tuple[list[Issue], frozenset[str]]:
        """One line's issues without spelling flags on glossed terms, and the flagged
        words whose verdict was read."""
        read = frozenset(i.text for i in issues if i.category == Category.SPELLING)
        if not read or read.isdisjoint(self._words):
            return issues, read
        text = lines.lines[line]
        return [i for i in issues if not _is_spelling_of(i, self._terms, text)], read

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """Keep every issue but the spelling flags on the text's glossed terms."""
        if not any(i.category == Category.SPELLING for i in issues):
            return issues
        terms = _count(text.split("\n"))
        return [i for i in issues if not _is_spelling_of(i, terms, text)]
