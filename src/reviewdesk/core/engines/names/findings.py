"""The names engine's findings, re-computed after an edit only where the edit can matter.

:func:`find_parts` runs the six finders (name variants, first names, capitalisation and
hyphenation variants, lowercase names, British/American spellings) and :func:`merge`
turns their lists into the engine's findings. After an edit that kept the paragraph's
names in their roles (the names model was shifted, see :mod:`.updates`),
:func:`update` re-runs only the finders whose inputs the edit touched and moves the other
finders' findings with the text. Each finder's inputs:

- name variants, first names: the capitalised words (unchanged by a shifted edit) and,
  through "is this a common word", the lowercase counts of those words;
- capitalisation variants: the text right after the first word of each multi-word name;
- hyphenation, lowercase names, spellings: the counts of some lowercase words and where
  some terms stand in the text; those finders report the terms they looked for.

So a re-check after typing in one paragraph of a long article costs a few dictionary
lookups instead of six passes over every word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.model import Finding, NameModel
from reviewdesk.core.engines.names.spelling_variants import classify, find_spelling_variants
from reviewdesk.core.engines.names.terms import (
    find_case_variants,
    find_hyphenation_variants,
    find_lowercase_names,
)
from reviewdesk.core.engines.names.updates import TextEdit, shift_findings
from reviewdesk.core.engines.names.variants import find_first_name_conflicts, find_name_variants

NAME_VARIANTS = "name-variants"
FIRST_NAMES = "first-names"
CASE = "case"
HYPHENATION = "hyphenation"
LOWERCASE = "lowercase"
SPELLING = "spelling"

_Finder = Callable[[NameModel, CheckContext, set[str]], list[Finding]]
# In this order: where two finders report the same span, the first one's finding is kept.
FINDERS: tuple[tuple[str, _Finder], ...] = (
    (NAME_VARIANTS, lambda m, ctx, _w: find_name_variants(m, ctx.words)),
    (FIRST_NAMES, lambda m, _ctx, _w: find_first_name_conflicts(m)),
    (CASE, lambda m, _ctx, _w: find_case_variants(m)),
    (HYPHENATION, lambda m, _ctx, w: find_hyphenation_variants(m, w)),
    (LOWERCASE, lambda m, _ctx, w: find_lowercase_names(m, w)),
    (SPELLING, lambda m, ctx, w: find_spelling_variants(m, ctx.language, ctx.words, w)),
)
# how far before an edit a finding can depend on it (a capitalisation variant reads the
# name before it); mirrors updates.findings_still_hold
_REACH = {"term-capitalisation": 100}


@dataclass
class _ModelIndex:
    """Facts about a model's capitalised words, valid while only its offsets change."""

    bases_by_lower: dict[str, list[str]]
    phrase_starts: frozenset[str]  # first words of multi-word names


def _index(model: NameModel) -> _ModelIndex:
    by_lower: dict[str, list[str]] = {}
    for base in model.occurrences:
        by_lower.setdefault(base.lower(), []).append(base)
    tokens = model.tokens
    starts = frozenset(tokens[run[0]].text for run in model.runs if all(tokens[i].cap for i in run))
    return _ModelIndex(by_lower, starts)


@dataclass
class Findings:
    """One text's findings, per finder and merged, with what an update needs."""

    text: str
    key: tuple[object, ...]
    parts: dict[str, list[Finding]]
    watch: dict[str, set[str]]
    merged: list[Finding]
    model: NameModel | None = field(default=None, repr=False)
    index: _ModelIndex | None = field(default=None, repr=False)


def merge(model: NameModel, parts: dict[str, list[Finding]]) -> list[Finding]:
    """The finders' findings in document order, one per span, none already fixed."""
    seen: set[tuple[int, int]] = set()
    unique: list[Finding] = []
    text = model.text
    for name, _finder in FINDERS:
        for f in parts[name]:
            if (f.start, f.end) in seen or text[f.start : f.end] == f.replacement:
                continue
            seen.add((f.start, f.end))
            unique.append(f)
    return sorted(unique, key=lambda f: (f.start, f.end))


def find_parts(model: NameModel, ctx: CheckContext) -> Findings:
    """Run every finder on ``model``."""
    parts: dict[str, list[Finding]] = {}
    watch: dict[str, set[str]] = {}
    for name, finder in FINDERS:
        watch[name] = set()
        parts[name] = finder(model, ctx, watch[name])
    key = (ctx.language, ctx.words)
    return Findings(model.text, key, parts, watch, merge(model, parts), model, None)


def update(last: Findings | None, model: NameModel, ctx: CheckContext) -> Findings:
    """The findings for ``model``'s text, re-using ``last`` (the previous text's) if it can."""
    key = (ctx.language, ctx.words)
    if last is None or last.key != key:
        return find_parts(model, ctx)
    if last.text == model.text:
        return last
    edit = model.edit
    if edit is None or edit.old_text != last.text or last.model is not model:
        return find_parts(model, ctx)  # learned afresh: every finder runs
    index = last.index if last.index is not None else _index(model)
    dirty, local = _dirty(last, model, edit, index)
    parts: dict[str, list[Finding]] = {}
    watch: dict[str, set[str]] = {}
    for name, finder in FINDERS:
        if name in dirty:
            watch[name] = set()
            parts[name] = finder(model, ctx, watch[name])
            continue
        watch[name] = last.watch[name]
        if name in local:
            parts[name] = _redo_line(name, model, edit, last.parts[name])
        else:
            parts[name] = shift_findings(edit, last.parts[name])
    return Findings(model.text, key, parts, watch, merge(model, parts), model, index)


def _redo_line(name: str, model: NameModel, edit: TextEdit, old: list[Finding]) -> list[Finding]:
    """A paragraph-local finder's findings, with the edited paragraph's found again."""
    begin, end = _span(model, edit)
    old_end = end - edit.delta
    kept = shift_findings(edit, [f for f in old if not begin <= f.start <= old_end])
    if name == CASE:
        return kept + find_case_variants(model, line=edit.line)
    return kept + find_lowercase_names(model, span=(begin, end))


def _dirty(
    last: Findings, model: NameModel, edit: TextEdit, index: _ModelIndex
) -> tuple[set[str], set[str]]:
    """The finders to re-run, and those to re-run on the edited paragraph only.

    Capitalisation variants and lowercase names depend, for each finding, on its own
    paragraph only (given the model's counts), so they are found again in that paragraph.
    """
    dirty: set[str] = set()
    local: set[str] = set()
    if edit.compounds_changed:
        dirty.add(HYPHENATION)
    for word, change in edit.lowers.items():
        now = model.lower_count.get(word, 0)
        for base in index.bases_by_lower.get(word, ()):
            threshold = max(1, model.cap_count.get(base, 0))
            if (now >= threshold) != (now - change >= threshold):
                # "common word" flipped for a capitalised word
                dirty.update((NAME_VARIANTS, FIRST_NAMES, SPELLING))
        if classify(word) is not None:
            dirty.add(SPELLING)
        if (
            word in model.compound_keys()
            or word in model.compound_halves()
            or (len(word) >= 8 and model.splits_into_words(word))
        ):
            dirty.add(HYPHENATION)
        if model.solo_mid_count.get(word[:1].upper() + word[1:], 0) >= 2:
            dirty.add(LOWERCASE)
    if any(t.text in index.phrase_starts for t in model.tokens_of_line(edit.line)):
        local.add(CASE)
    old_line, new_line = _lines(model, edit)
    hay = "\n".join((old_line.lower(), new_line.lower(), old_line.casefold(), new_line.casefold()))
    for name, words in last.watch.items():
        if name not in dirty and any(w in hay for w in words):
            (local if name == LOWERCASE else dirty).add(name)
    for name, findings in last.parts.items():
        if name in dirty or name in local:
            continue
        for f in findings:
            reach = _REACH.get(f.rule, 1)
            if edit.start <= f.end + 1 and f.start - reach <= edit.end:
                (local if name in (CASE, LOWERCASE) else dirty).add(name)
                break
    return dirty, local - dirty


def _span(model: NameModel, edit: TextEdit) -> tuple[int, int]:
    """Where the edited paragraph starts and ends (before its newline) in the new text."""
    starts = model.line_starts
    begin = starts[edit.line]
    end = starts[edit.line + 1] - 1 if edit.line + 1 < len(starts) else len(model.text)
    return begin, end


def _lines(model: NameModel, edit: TextEdit) -> tuple[str, str]:
    """The edited paragraph before and after the edit."""
    begin, end = _span(model, edit)
    return edit.old_text[begin : end - edit.delta], model.text[begin:end]
