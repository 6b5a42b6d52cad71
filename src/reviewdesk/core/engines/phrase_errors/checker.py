"""The phrase errors behind the checker protocol: paragraph by paragraph, a word index.

Each paragraph is folded to lower case once and its words looked up by the first word
of a phrase; only a word that starts one tries that phrase's own pattern, so the cost
grows with the paragraph, not with the list (a regular expression per phrase over the
whole text, as proselint runs them, costs ~2 ms a paragraph; this ~25 µs).
A phrase matches only as whole words with the same separators ("shoe-in" needs the
hyphen, so "a shoe in the box" is left alone), never as part of a hyphenated compound
("tax-free gift"), and never inside a quotation: quoted words are the speaker's.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, CheckContext, Scope
from reviewdesk.core.engines.phrase_errors.proselint_table import (
    PROSELINT_MISUSED,
    PROSELINT_NONSTANDARD,
    PROSELINT_REDUNDANT,
)
from reviewdesk.core.engines.phrase_errors.table import (
    FAMILIES,
    MISUSED,
    NONSTANDARD,
    OWN_MISUSED,
    OWN_NONSTANDARD,
    OWN_REDUNDANT,
    REDUNDANT,
    generated_redundant,
)
from reviewdesk.core.engines.spelling_shapes import in_quotation
from reviewdesk.core.models import Category, Issue, Severity, make_issue
from reviewdesk.core.text.prose import overlaps, protected_spans

ENGINE = "phrases"
RULES = {MISUSED: "misused-phrase", NONSTANDARD: "nonstandard-form", REDUNDANT: "redundant-phrase"}
_CATEGORY = {
    MISUSED: Category.CONFUSION,
    NONSTANDARD: Category.GRAMMAR,
    REDUNDANT: Category.STYLE,
}
_SEVERITY = {MISUSED: Severity.ERROR, NONSTANDARD: Severity.WARNING, REDUNDANT: Severity.INFO}
_MESSAGE = {
    MISUSED: "“{w}” is a misheard or misused form of “{r}”.",
    NONSTANDARD: "“{w}” is not standard English: “{r}”.",
    REDUNDANT: "Redundant: “{r}” says it already.",
}
_WORD = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Phrase:
    """One entry: its words and the separators between them (folded), its fixes."""

    words: tuple[str, ...]
    seps: tuple[str, ...]
    fixes: tuple[str, ...]
    family: str


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


def _sep(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'"))


def _entries(block: str, family: str) -> list[Phrase]:
    """A table's ``wrong => right`` lines as phrases: the wrong form's words (folded)
    and what stands between each two of them."""
    out = []
    for line in block.strip().splitlines():
        wrong, _, right = line.partition(" => ")
        spans = [(m.start(), m.end()) for m in _WORD.finditer(wrong)]
        words = tuple(_fold(wrong[a:b]) for a, b in spans)
        seps = tuple(_sep(wrong[a[1] : b[0]]) for a, b in itertools.pairwise(spans))
        fixes = tuple(f.strip() for f in right.split(" / ") if f.strip())
        if words and fixes:
            out.append(Phrase(words, seps, fixes, family))
    return out


@functools.lru_cache(maxsize=1)
def phrase_index() -> dict[str, tuple[Phrase, ...]]:
    """First word -> the phrases starting with it, longest first (read once)."""
    index: dict[str, list[Phrase]] = {}
    seen: set[tuple[str, ...]] = set()
    for block, family in (
        (OWN_MISUSED, MISUSED),
        (PROSELINT_MISUSED, MISUSED),
        (OWN_NONSTANDARD, NONSTANDARD),
        (PROSELINT_NONSTANDARD, NONSTANDARD),
        (OWN_REDUNDANT, REDUNDANT),
        (PROSELINT_REDUNDANT, REDUNDANT),
        (generated_redundant(), REDUNDANT),
    ):
        for phrase in _entries(block, family):
            if phrase.words + phrase.seps not in seen:  # our wording wins over a repeat
                seen.add(phrase.words + phrase.seps)
                index.setdefault(phrase.words[0], []).append(phrase)
    return {w: tuple(sorted(p, key=lambda x: -len(x.words))) for w, p in index.items()}


def families_on(ctx: CheckContext) -> frozenset[str]:
    """The families the house style sheet leaves on (all of them without a sheet)."""
    conventions = getattr(ctx.style, "conventions", None)
    off = set(getattr(conventions, "phrases_off", ()) or ())
    return frozenset(f for f in FAMILIES if f not in off)


def _with_case(fix: str, matched: str) -> str:
    """The fix with the capital the text had ("Free gift" -> "Gift")."""
    if matched.isupper() and len(matched) > 1:
        return fix.upper()
    if matched[:1].isupper() and fix[:1].islower():
        return fix[:1].upper() + fix[1:]
    return fix


class PhraseChecker(BaseChecker):
    """Misused phrases, nonstandard forms and redundancies, each with its fix."""

    name = ENGINE
    scope: Scope = "paragraph"

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Check each paragraph on its own."""
        on = families_on(ctx)
        out: list[list[Issue]] = []
        for text in texts:
            cancel.raise_if_cancelled()
            out.append(check_paragraph(text, on) if on else [])
        return out


def check_paragraph(text: str, on: frozenset[str] = frozenset(FAMILIES)) -> list[Issue]:
    """The phrase errors in one paragraph, of the families in ``on``."""
    index = phrase_index()
    low = _folded(text)
    issues: list[Issue] = []
    protected: list[tuple[int, int]] | None = None
    pos = 0
    for m in _WORD.finditer(low):
        if m.start() < pos or m.group() not in index:
            continue
        if m.start() > 0 and low[m.start() - 1] == "-":
            continue  # the second half of a compound ("tax-free gift")
        phrase, end = _match_at(low, m.start(), index[m.group()], on)
        if phrase is None:
            continue
        start, pos = m.start(), end
        if protected is None:
            protected = protected_spans(text)
        if overlaps(protected, start, end) or in_quotation(text, start):
            continue
        matched = text[start:end]
        fixes = tuple(_with_case(f, matched) for f in phrase.fixes)
        issues.append(
            make_issue(
                text,
                start,
                end,
                category=_CATEGORY[phrase.family],
                rule=RULES[phrase.family],
                engine=ENGINE,
                message=_MESSAGE[phrase.family].format(w=matched, r=" or ".join(fixes)),
                replacements=fixes,
                severity=_SEVERITY[phrase.family],
            )
        )
    return issues


def _folded(text: str) -> str:
    """``text`` in lower case with straight apostrophes, each character kept in place
    (a character whose lower case is longer, "İ", stays as it is)."""
    low = text.lower().replace("’", "'")
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")


def _match_at(
    low: str, start: int, candidates: tuple[Phrase, ...], on: frozenset[str]
) -> tuple[Phrase | None, int]:
    """The longest phrase of a family in ``on`` that starts at ``start``, and its end."""
    for phrase in candidates:
        if phrase.family in on:
            m = _pattern(phrase).match(low, start)
            if m is not None:
                return phrase, m.end()
    return None, start


@functools.lru_cache(maxsize=1024)  # one per phrase: the list holds ~370
def _pattern(phrase: Phrase) -> re.Pattern[str]:
    """The phrase's words with its separators (a space: any run of spaces), ending where
    a word ends and no hyphen goes on ("free gift-wrapping")."""
    parts = [re.escape(phrase.words[0])]
    for sep, word in zip(phrase.seps, phrase.words[1:], strict=True):
        parts.append(r"\s+".join(re.escape(p) for p in sep.split(" ")) + re.escape(word))
    return re.compile("".join(parts) + r"(?![^\W_]|['.][^\W_]|-)")
