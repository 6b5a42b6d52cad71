"""One text's findings, as the names engine keeps them: per finder and key, placed on
lines with offsets relative to the line, and merged per line (see :mod:`.findings`)."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from reviewdesk.core.engines.names.first_names import FirstNames
from reviewdesk.core.engines.names.model import Finding, LineNames, NameModel
from reviewdesk.core.engines.names.spelling_variants import Flags, dialect_group
from reviewdesk.core.engines.names.variants import Decisions
from reviewdesk.core.lines import NO_ISSUES, LineIssues
from reviewdesk.core.models import Category, Issue, Severity, context_hash

ENGINE = "names"
NAME_VARIANTS = "name-variants"
FIRST_NAMES = "first-names"
CASE = "case"
HYPHENATION = "hyphenation"
LOWERCASE = "lowercase"
SPELLING = "spelling"
# In this order: where two finders report the same span, the first one's finding is kept.
FINDERS = (NAME_VARIANTS, FIRST_NAMES, CASE, HYPHENATION, LOWERCASE, SPELLING)
_RANK = {name: n for n, name in enumerate(FINDERS)}


@dataclass(frozen=True, slots=True)
class Placed:
    """A finding on a line, offsets relative to the line."""

    line: LineNames
    start: int
    end: int
    rank: int  # the finder's place in FINDERS
    rule: str
    message: str
    replacement: str
    category: str
    severity: str


# Findings that choose one of the article's forms: each is one decision for the editor,
# however many places it marks (see reviewdesk.core.groups).
_CHOICES = frozenset(
    {"term-hyphenation", "name-hyphenation", "spelling-variant-mixed", "name-variant",
     "term-capitalisation"}
)  # fmt: skip


def _group(p: Placed, finder: str, key: Hashable, text: str) -> str:
    if p.rule == "spelling-dialect":  # every lone other-dialect word: one switch or fix
        return dialect_group(text[p.start : p.end])
    if p.rule in _CHOICES:
        return f"{ENGINE}/{p.rule}/{finder}/{key!r}"
    return ""


class NamesFindings:
    """One text's findings, per finder and key, placed on lines; merged per line."""

    def __init__(self, key: tuple[object, ...]) -> None:
        self.key = key  # the context they were found in: (language, words)
        self.by_key: dict[str, dict[Hashable, list[Placed]]] = {f: {} for f in FINDERS}
        self.on_line: dict[LineNames, set[tuple[str, Hashable]]] = {}
        self.out: list[LineIssues] = []
        # indexes from words to the keys they belong to
        self.buckets: dict[str, set[str]] = {}  # bucket -> names (capitalised words)
        self.firsts: dict[str, set[tuple[str, ...]]] = {}  # first word -> multi-word names
        self.groups: dict[tuple[str, str], set[str]] = {}  # spelling pair -> its words
        self.halves: dict[str, set[str]] = {}  # a half of a long word -> the long words
        self.parts: dict[str, set[str]] = {}  # a part of a hyphenated word -> its keys
        self.decisions: dict[str, Decisions] = {}  # bucket -> the name forms it flags
        self.names = FirstNames()  # each surname's first names, kept line by line
        self.flags: dict[Hashable, Flags] = {}  # spelling pair -> the words it flags
        self.sides: frozenset[str] = frozenset()  # the dialects the article spells in
        self.sided: dict[str, str | None] = {}  # a pair's word -> its side (None: no pair)

    # -- placing ----------------------------------------------------------------------

    def place(
        self,
        model: NameModel,
        finder: str,
        key: Hashable,
        found: list[Finding],
        only: set[LineNames] | None = None,
    ) -> set[LineNames]:
        """Replace one key's findings (only those on lines ``only``, if given); return the
        lines whose findings changed."""
        touched: set[LineNames] = set()
        placed: list[Placed] = []
        for old in self.by_key[finder].pop(key, ()):
            if only is not None and old.line not in only:
                placed.append(old)
                continue
            touched.add(old.line)
            keys = self.on_line.get(old.line)
            if keys is not None:
                keys.discard((finder, key))
        rank = _RANK[finder]
        for f in found:
            line = model.lines[model.line_of(f.start)]
            base = line.start
            placed.append(
                Placed(
                    line, f.start - base, f.end - base, rank, f.rule, f.message,
                    f.replacement, f.category, f.severity,
                )
            )  # fmt: skip
            touched.add(line)
        for p in placed:
            self.on_line.setdefault(p.line, set()).add((finder, key))
        if placed:
            self.by_key[finder][key] = placed
        return touched

    def line_issues(self, line: LineNames) -> LineIssues:
        """The merged findings of one line, as issues relative to it."""
        found = [
            (p, finder, key)
            for finder, key in self.on_line.get(line, ())
            for p in self.by_key[finder].get(key, ())
            if p.line is line
        ]
        if not found:
            return NO_ISSUES
        found.sort(key=lambda f: (f[0].rank, f[0].start, f[0].end, f[0].rule, f[0].message,
                                  f[0].replacement))  # fmt: skip
        text = line.text
        seen: set[tuple[int, int]] = set()
        out: list[Issue] = []
        for p, finder, key in found:
            span = (p.start, p.end)
            if span in seen or text[p.start : p.end] == p.replacement:
                continue
            seen.add(span)
            category = Category(p.category)
            severity = Severity.ERROR if category == Category.CAPITALIZATION else Severity.WARNING
            out.append(
                Issue(
                    p.start, p.end, text[p.start : p.end], category, p.rule, ENGINE, p.message,
                    (p.replacement,), severity, (ENGINE,), context_hash(text, p.start, p.end),
                    _group(p, finder, key, text),
                )
            )  # fmt: skip
        out.sort(key=lambda i: (i.start, i.end))
        return tuple(out)
