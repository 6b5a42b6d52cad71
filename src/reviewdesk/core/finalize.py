"""Merging and filtering the engines' issues, line by line, redoing only what changed.

For each line: the engines' issues are merged (:func:`merge_issues`), the filters run,
the editor's switched-off rules, categories and ignored issues go, and issues inside web
debris are dropped. A line's result depends on its own issues, the context and, for a
filter such as the names filter, on facts about the words in it ("is 'Oreshkin' a
name in this article?"). So after an edit only these lines are redone:

- the changed lines, and lines whose engines' results changed (a document engine's
  finding elsewhere);
- lines whose filter verdicts may have changed: a :class:`LineFilter` says which words'
  facts changed since the base text, and each line remembers the words its verdicts
  read.

A filter that works only on the whole text (an :class:`IssueFilter` without
``filter_line``) still works: then the lines are merged incrementally and that filter
runs over the whole list.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import not_
from typing import Protocol, runtime_checkable

from reviewdesk.core.checker import CheckContext, IssueFilter
from reviewdesk.core.filing import filed, filed_category, is_word_file
from reviewdesk.core.lines import (
    NO_ISSUES,
    LineIssues,
    Lines,
    Splice,
    changed_entries,
    closest,
    joined_issues,
    split_issues,
)
from reviewdesk.core.merge import (
    drop_issues_in_placeholders,
    drop_issues_inside_debris,
    merge_issues,
    settle_contrary_fixes,
)
from reviewdesk.core.models import Issue
from reviewdesk.core.wording import worded

_STATES = 3
_NO_DEPS: frozenset[str] = frozenset()


@runtime_checkable
class LineFilter(Protocol):
    """An :class:`IssueFilter` that can also work one line at a time."""

    def prepare(
        self, lines: Lines, ctx: CheckContext, engines: Sequence[str], base: str | None
    ) -> tuple[set[str], set[int]] | None:
        """Get ready to filter ``lines``; return what changed since the text ``base``: the
        words whose facts changed, and lines (of ``lines``) whose verdicts may have
        changed for another reason (None: filter every line again)."""
        ...

    def filter_line(
        self, lines: Lines, line: int, issues: list[Issue], ctx: CheckContext
    ) -> tuple[list[Issue], frozenset[str]]:
        """The issues of one line to keep (offsets relative to the line), and the words
        (lowercase) whose facts the verdicts read."""
        ...

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """The whole-text form (see :class:`IssueFilter`)."""
        ...


@dataclass(frozen=True)
class Finalized:
    """The final issues of one text, per line (offsets relative to each line)."""

    lines: Lines
    issues: list[LineIssues]

    def absolute(self) -> list[Issue]:
        """Every issue with offsets in the whole text, in order."""
        return joined_issues(self.lines, self.issues)


@dataclass
class _State:
    lines: Lines
    key: tuple[object, ...]
    per_engine: dict[str, list[LineIssues]]
    final: list[LineIssues]
    deps: list[frozenset[str]]


class Finalizer:
    """Merges and filters per line, keeping the last few texts' results as bases."""

    def __init__(self, filters: Sequence[IssueFilter]) -> None:
        self.filters = list(filters)
        self._line_filters: list[LineFilter] = [f for f in filters if isinstance(f, LineFilter)]
        self._whole_text = len(self._line_filters) < len(self.filters)
        self._states: OrderedDict[str, _State] = OrderedDict()

    def clear(self) -> None:
        """Forget every base."""
        self._states.clear()

    def run(
        self, lines: Lines, per_engine: dict[str, list[LineIssues]], ctx: CheckContext
    ) -> Finalized:
        """The final issues of ``lines`` from each engine's per-line issues."""
        engines = tuple(per_engine)
        key = (
            ctx.language,
            ctx.disabled_rules,
            ctx.disabled_categories,
            ctx.ignored_keys,
            engines,
            is_word_file(ctx),  # a Word article files a repeated paragraph elsewhere
            ctx.placeholders,
        )
        base = self._base(lines, key)
        line_filters = [] if self._whole_text else self._line_filters
        if base is None:
            dirty: set[int] | None = None
            for flt in line_filters:
                flt.prepare(lines, ctx, engines, None)
        else:
            dirty = self._dirty(lines, per_engine, ctx, engines, base, line_filters)
        state, splice = base if base is not None else (None, None)
        if state is None or splice is None:
            todo: Sequence[int] = range(len(lines))
            final = [NO_ISSUES] * len(lines)
            deps = [_NO_DEPS] * len(lines)
        else:  # start from the base: an equal result keeps its very object
            todo = range(len(lines)) if dirty is None else sorted(dirty)
            final = splice.apply(state.final, [NO_ISSUES] * (splice.new_end - splice.start))
            deps = splice.apply(state.deps, [_NO_DEPS] * (splice.new_end - splice.start))
        for k in todo:
            found, deps[k] = self._line(lines, k, per_engine, ctx, line_filters)
            if found != final[k]:  # equal results stay the very same object
                final[k] = found
        self._remember(lines, _State(lines, key, dict(per_engine), final, deps))
        if self._whole_text:
            final = self._filter_whole_text(lines, final, ctx)
        return Finalized(lines, final)

    def _base(self, lines: Lines, key: tuple[object, ...]) -> tuple[_State, Splice] | None:
        return closest(lines, ((s.lines, s) for s in self._states.values() if s.key == key))

    def _remember(self, lines: Lines, state: _State) -> None:
        self._states.pop(lines.text, None)
        self._states[lines.text] = state
        while len(self._states) > _STATES:
            self._states.popitem(last=False)

    def _dirty(
        self,
        lines: Lines,
        per_engine: dict[str, list[LineIssues]],
        ctx: CheckContext,
        engines: tuple[str, ...],
        base: tuple[_State, Splice],
        line_filters: list[LineFilter],
    ) -> set[int] | None:
        """The lines to redo, or None for all of them."""
        state, splice = base
        dirty = set(splice.new_lines())
        for name, found in per_engine.items():
            old = state.per_engine[name]
            if found is not old:
                # an engine's entries for unchanged lines are usually the very same objects
                dirty |= changed_entries(splice, old, found)
        # a line's debris removal may cover the lines after it, up to the next non-blank one
        for k in sorted(dirty):
            j = k + 1
            while j < len(lines) and j not in dirty:
                dirty.add(j)
                if lines.lines[j] and not lines.lines[j].isspace():
                    break
                j += 1
        redo_all = False
        for flt in line_filters:  # every filter gets ready, whatever the others say
            said = flt.prepare(lines, ctx, engines, state.lines.text)
            if said is None:
                redo_all = True
                continue
            changed, redo = said
            dirty.update(redo)
            if changed:
                # the lines whose verdicts read a changed word (at C speed: no Python loop
                # over the lines)
                hit = compress(count(), map(not_, map(changed.isdisjoint, state.deps)))
                for j in hit:
                    if j < splice.start:
                        dirty.add(j)
                    elif j >= splice.old_end:
                        dirty.add(j + splice.shift)
        if redo_all:
            return None
        return dirty

    def _line(
        self,
        lines: Lines,
        k: int,
        per_engine: dict[str, list[LineIssues]],
        ctx: CheckContext,
        line_filters: list[LineFilter],
    ) -> tuple[LineIssues, frozenset[str]]:
        lists = [found[k] for found in per_engine.values() if found[k]]
        if not lists:
            return NO_ISSUES, _NO_DEPS
        issues = merge_issues(lists)
        if self._whole_text:
            return tuple(issues), _NO_DEPS  # filtered over the whole text afterwards
        deps = _NO_DEPS
        for flt in line_filters:
            issues, read = flt.filter_line(lines, k, issues, ctx)
            deps = deps | read if deps else read
        word = is_word_file(ctx)
        if ctx.disabled_rules or ctx.disabled_categories or ctx.ignored_keys:
            issues = [
                i
                for i in issues
                if i.rule not in ctx.disabled_rules
                and filed_category(i, word) not in ctx.disabled_categories
                and not i.ignored_by(ctx.ignored_keys)
            ]
        # a Word form's prompt ("Choose an item.") is not the writer's text
        issues = drop_issues_in_placeholders(lines.lines[k], issues, ctx.placeholders)
        # after the editor's own choices: an ignored house rule lets the others speak
        issues = settle_contrary_fixes(issues)
        # after the editor's own choices: an ignored debris issue shows what lies inside it
        issues = drop_issues_inside_debris(issues, self._reaching(lines, k, per_engine, ctx))
        # last: a repeated paragraph still covers its words; then one voice for all engines
        issues = worded(filed(issues, word))
        return (tuple(issues) if issues else NO_ISSUES), deps

    @staticmethod
    def _reaching(
        lines: Lines, k: int, per_engine: dict[str, list[LineIssues]], ctx: CheckContext
    ) -> list[tuple[int, int]]:
        """Debris removals that start on an earlier line and cover some of line ``k``
        (one at the end of the text takes the blank lines before it), relative to ``k``.

        Such a removal starts at most at the nearest non-blank line before ``k``.
        """
        spans: list[tuple[int, int]] = []
        start = lines.starts[k]
        j = k - 1
        while j >= 0:
            base = lines.starts[j]
            for found in per_engine.values():
                for i in found[j]:
                    if (
                        i.category == "debris"
                        and not any(i.replacements)  # a removal, not marks around words
                        and base + i.end > start
                        and i.rule not in ctx.disabled_rules
                        and filed_category(i, is_word_file(ctx)) not in ctx.disabled_categories
                        and not i.ignored_by(ctx.ignored_keys)
                    ):
                        spans.append((max(0, base + i.start - start), base + i.end - start))
            if lines.lines[j] and not lines.lines[j].isspace():
                break
            j -= 1
        return spans

    def _filter_whole_text(
        self, lines: Lines, final: list[LineIssues], ctx: CheckContext
    ) -> list[LineIssues]:
        """Run every filter over the whole merged list (a filter without line support)."""
        issues = joined_issues(lines, final)
        for flt in self.filters:
            issues = flt.filter_issues(lines.text, issues, ctx)
        word = is_word_file(ctx)
        if ctx.disabled_rules or ctx.disabled_categories or ctx.ignored_keys:
            issues = [
                i
                for i in issues
                if i.rule not in ctx.disabled_rules
                and filed_category(i, word) not in ctx.disabled_categories
                and not i.ignored_by(ctx.ignored_keys)
            ]
        issues = settle_contrary_fixes(issues)
        per_line = split_issues(lines, worded(filed(drop_issues_inside_debris(issues), word)))
        if ctx.placeholders:  # a Word form's prompt ("Choose an item.") is not the writer's
            per_line = [
                tuple(drop_issues_in_placeholders(lines.lines[k], list(found), ctx.placeholders))
                or NO_ISSUES
                if found
                else found
                for k, found in enumerate(per_line)
            ]
        return per_line
