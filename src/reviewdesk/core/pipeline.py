"""Running checkers over a text: per-line results, caching, merging and filtering.

A :class:`CheckPipeline` is not thread-safe (Harper's linter is not); give each worker
thread its own pipeline. Everything is kept per line (a paragraph, a QTextDocument
block) with offsets relative to the line (see :mod:`reviewdesk.core.lines`), so after an
edit only the changed lines cost anything:

- paragraph-scoped engines see only the changed lines (their results are also cached by
  paragraph text, so a line seen before, in this text or another, is free);
- document-scoped engines that report per line (:attr:`Capability.LINES`) keep their own
  incremental indexes and hand back per-line results, most of them unchanged objects;
- merging and filtering (:mod:`reviewdesk.core.finalize`) redo the lines whose results
  changed, and those a filter says its verdicts changed for.

The pipeline remembers the last few texts it checked (the draft as typed, the original)
and takes the closest one as the base of the next.

Every issue's ``context_hash`` (and so its :attr:`Issue.key`) is computed from the line
the issue starts in, whichever engine or scope found it: a cached paragraph's issues keep
their keys wherever the paragraph moves, and no key depends on a neighbouring paragraph.

What a check returns (:class:`RawResult`, :class:`CheckResult`) is declared in
:mod:`reviewdesk.core.check_results` and re-exported here.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reviewdesk.core.check_results import CheckResult, RawResult, combine_raw
from reviewdesk.core.checker import (
    NEVER,
    BackgroundChecker,
    Cancelled,
    CancelToken,
    Capability,
    CheckContext,
    Checker,
    CheckerError,
    IssueFilter,
)
from reviewdesk.core.finalize import Finalized, Finalizer
from reviewdesk.core.lines import (
    NO_ISSUES,
    LineIssues,
    Lines,
    Splice,
    closest,
    joined_issues,
    split_issues,
)
from reviewdesk.core.memos import clear_word_memos
from reviewdesk.core.models import Issue
from reviewdesk.core.paragraph_cache import ParagraphCache, validated, validated_paragraph
from reviewdesk.core.text import prose

log = logging.getLogger(__name__)

# Characters of paragraph text the cache may hold (with a small allowance per entry):
# about 600k words, enough for a long article's original and draft and their edits.
DEFAULT_CACHE_CHARS = 4_000_000
# A long article's paragraphs go to an engine in chunks of about this many characters, so
# a check reports its progress, and a cancel (a new edit, quitting) takes effect between
# chunks instead of after minutes of Harper.
CHUNK_CHARS = 20_000
# (characters done, characters to do) of the engine at work
Progress = Callable[[int, int], None]
# Texts whose per-line results are kept as bases for the next check (draft, original).
_STATES = 3


__all__ = ["Cancelled", "CheckPipeline", "CheckResult", "RawResult", "combine_raw"]


@dataclass
class _State:
    """What the pipeline knows about one text it checked: the base for the next one."""

    lines: Lines
    fingerprint: str
    per_engine: dict[str, list[LineIssues]]


class CheckPipeline:
    """Runs a set of checkers over texts and merges what they find."""

    def __init__(
        self,
        checkers: Sequence[Checker],
        filters: Sequence[IssueFilter] = (),
        cache_chars: int = DEFAULT_CACHE_CHARS,
    ) -> None:
        self.checkers = list(checkers)
        self.filters = list(filters)
        self._cache = ParagraphCache(cache_chars)
        self._states: OrderedDict[str, _State] = OrderedDict()
        self._finalizer = Finalizer(self.filters)
        # start an engine with a thread of its own (Harper) first and run ours meanwhile;
        # False runs every engine in turn; own_thread_last starts it after ours, with only
        # the caller's ``meanwhile`` beside it (bench_keystroke_orders.py compares them)
        self.overlap = True
        self.own_thread_last = False

    @property
    def engine_names(self) -> list[str]:
        """Names of the engines in this pipeline, in order."""
        return [c.name for c in self.checkers]

    def clear_cache(self) -> None:
        """Forget every cached result: the paragraph cache, the bases, the engines' caches."""
        self._cache.clear()
        self._states.clear()
        self._finalizer.clear()
        prose.forget_spans()
        for checker in self.checkers:
            if Capability.CACHES in checker.capabilities:
                checker.clear_cache()

    def _base(self, lines: Lines, fingerprint: str) -> tuple[_State, Splice] | None:
        """The remembered text closest to ``lines`` (fewest changed lines), if any."""
        return closest(
            lines, ((s.lines, s) for s in self._states.values() if s.fingerprint == fingerprint)
        )

    def check_raw(
        self,
        text: str,
        ctx: CheckContext,
        engines: Iterable[str] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        progress: Progress | None = None,
        *,
        remember: bool = True,
        meanwhile: Callable[[], object] | None = None,
        lines: Lines | None = None,
    ) -> RawResult:
        """Run the checkers (all, or those named in ``engines``) and return their issues.

        ``progress`` hears how far each engine has got through a long text. With
        ``remember`` False the text is not kept as a base for the next check (an early
        pass: the full check that follows must not start from it). ``meanwhile`` is
        called once our engines are done, before waiting for an engine on a thread of its
        own (Harper, which lets the GIL go while it lints): other work of the caller's
        (the redline) then costs a keystroke nothing while Harper takes longer. ``lines``
        is this very ``text`` already split, if the caller keeps it (see :meth:`Lines.edited`).
        """
        t0 = time.perf_counter()
        cancel = CancelToken(is_cancelled) if is_cancelled is not None else NEVER
        wanted = set(engines) if engines is not None else None
        fingerprint = ctx.fingerprint()
        if lines is None or lines.text is not text:
            lines = Lines.of(text)
        base = self._base(lines, fingerprint)
        per_engine: dict[str, list[LineIssues]] = {}
        result = RawResult(text, lines=lines)
        result._per_line = per_engine  # filled below
        checked: set[int] = set()
        chosen = [c for c in self.checkers if wanted is None or c.name in wanted]
        found_by: dict[str, list[LineIssues]] = {}
        started: dict[str, float] = {}
        # an engine on a thread of its own (Harper) starts first, and ours run while it
        # works: a keystroke costs about the slowest engine, not the sum of them
        pending: dict[str, Callable[[], list[LineIssues]]] = {}
        own = [c for c in chosen if self.overlap and c.scope == "paragraph" and _own_thread(c)]

        def start_own() -> None:
            for checker in own:
                cancel.raise_if_cancelled()
                started[checker.name] = time.perf_counter()
                try:
                    pending[checker.name] = self._start_paragraphs(
                        checker, lines, base, ctx, fingerprint, checked, cancel, progress
                    )
                except CheckerError as exc:
                    _failed(result, checker.name, exc)

        if not self.own_thread_last:
            start_own()
        for checker in chosen:
            if checker in own:
                continue
            cancel.raise_if_cancelled()
            started[checker.name] = time.perf_counter()
            try:
                if checker.scope == "paragraph":
                    found = self._paragraphs(
                        checker, lines, base, ctx, fingerprint, checked, cancel, progress
                    )
                elif Capability.LINES in checker.capabilities:
                    found = checker.check_lines(lines, ctx, cancel)
                    if len(found) != len(lines):
                        raise CheckerError(f"{checker.name} returned results for the wrong lines.")
                else:
                    absolute = checker.check([text], ctx, cancel)[0]
                    found = split_issues(lines, validated(lines, absolute, checker.name))
            except CheckerError as exc:
                _failed(result, checker.name, exc)
                continue
            found_by[checker.name] = found
            result.timings[checker.name] = time.perf_counter() - started[checker.name]
        if self.own_thread_last:
            start_own()
        if meanwhile is not None:
            meanwhile()
        for name, finish in pending.items():
            try:
                found_by[name] = finish()
            except CheckerError as exc:
                _failed(result, name, exc)
                continue
            # from its start to its result: it overlapped the engines above
            result.timings[name] = time.perf_counter() - started[name]
        for checker in chosen:  # in the pipeline's order, whichever finished first
            if checker.name in found_by:
                per_engine[checker.name] = found_by[checker.name]
        result.paragraphs_checked = len(checked)
        if remember:
            self._remember(text, _State(lines, fingerprint, dict(per_engine)))
        result.elapsed = time.perf_counter() - t0
        return result

    @property
    def paragraph_engines(self) -> list[str]:
        """The engines that look at one paragraph at a time (they can check any lines)."""
        return [c.name for c in self.checkers if c.scope == "paragraph"]

    def check_paragraphs(
        self, lines: Lines, ctx: CheckContext, todo: Sequence[int], cancel: CancelToken
    ) -> dict[str, list[LineIssues]]:
        """The paragraph engines' issues for lines ``todo`` only (in that order), cached.

        A huge article is checked a few paragraphs at a time, those in view first; this
        does one such slice. Nothing is remembered as a base: that is :meth:`check_raw`'s.
        """
        fingerprint = ctx.fingerprint()
        self._cache.max_chars = max(self._cache.max_chars, 2 * len(lines.text))  # all of it
        found: dict[str, list[LineIssues]] = {}
        for checker in self.checkers:
            if checker.scope == "paragraph":
                cancel.raise_if_cancelled()
                try:
                    found[checker.name] = self._look_up(
                        checker, lines, todo, ctx, fingerprint, set(), cancel
                    )
                except CheckerError as exc:  # the full check reports it
                    log.debug("%s could not check a slice: %s", checker.name, exc)
        return found

    def _remember(self, text: str, state: _State) -> None:
        old = self._states.pop(text, None)
        if old is not None and old.fingerprint == state.fingerprint:
            state.per_engine = {**old.per_engine, **state.per_engine}  # a partial check
        self._states[text] = state
        while len(self._states) > _STATES:
            self._states.popitem(last=False)

    def _todo(
        self, name: str, lines: Lines, base: tuple[_State, Splice] | None
    ) -> tuple[Callable[[list[LineIssues]], list[LineIssues]], Sequence[int]]:
        """The lines a paragraph engine must look at (only changed lines when the base
        has its results), and how to put their results among the base's."""
        if base is not None and name in base[0].per_engine:
            state, splice = base
            old = state.per_engine[name]
            return (lambda fresh: splice.apply(old, fresh)), splice.new_lines()
        return (lambda fresh: fresh), range(len(lines))

    def _paragraphs(
        self,
        checker: Checker,
        lines: Lines,
        base: tuple[_State, Splice] | None,
        ctx: CheckContext,
        fingerprint: str,
        checked: set[int],
        cancel: CancelToken,
        progress: Progress | None = None,
    ) -> list[LineIssues]:
        """A paragraph-scoped engine's issues per line: only changed lines are looked at."""
        placed, todo = self._todo(checker.name, lines, base)
        return placed(
            self._look_up(checker, lines, todo, ctx, fingerprint, checked, cancel, progress)
        )

    def _start_paragraphs(
        self,
        checker: Checker,
        lines: Lines,
        base: tuple[_State, Splice] | None,
        ctx: CheckContext,
        fingerprint: str,
        checked: set[int],
        cancel: CancelToken,
        progress: Progress | None = None,
    ) -> Callable[[], list[LineIssues]]:
        """:meth:`_paragraphs` for an engine with a thread of its own: a few paragraphs
        (a keystroke's) start on its thread and the returned call waits for them; more
        (a long text's first check) are checked now, in chunks, so progress and cancel
        work as for any engine."""
        placed, todo = self._todo(checker.name, lines, base)
        out, missing = self._plan(checker.name, lines, todo, fingerprint, checked)
        texts = [lines.lines[todo[pos]] for pos, _node in missing]
        results: list[list[Issue]] | None = None
        if texts and (sum(map(len, texts)) > CHUNK_CHARS or not _own_thread(checker)):
            results = _check_in_chunks(checker, texts, ctx, cancel, progress)
            self._fill(checker.name, out, missing, texts, results)
        if not texts or results is not None:
            return lambda: placed(out)
        assert isinstance(checker, BackgroundChecker)
        wait = checker.start_check(texts, ctx)

        def finish() -> list[LineIssues]:
            self._fill(checker.name, out, missing, texts, wait())
            return placed(out)

        return finish

    def _plan(
        self,
        name: str,
        lines: Lines,
        todo: Sequence[int],
        fingerprint: str,
        checked: set[int],
    ) -> tuple[list[LineIssues], list[tuple[int, dict[str, LineIssues]]]]:
        """Lines ``todo``'s cached issues, and the lines missing from the cache:
        (position in the list, cache node to fill)."""
        out: list[LineIssues] = []
        missing: list[tuple[int, dict[str, LineIssues]]] = []
        for k in todo:
            line = lines.lines[k]
            if not line or line.isspace():
                out.append(NO_ISSUES)
                continue
            node = self._cache.touch((fingerprint, line))
            found = node.get(name) if node is not None else None
            if found is None:
                if node is None:
                    # interned: one copy of the paragraph shared with the engines' caches
                    node = self._cache.node((fingerprint, sys.intern(line)))
                missing.append((len(out), node))
                checked.add(k)
                found = NO_ISSUES
            out.append(found)
        return out, missing

    @staticmethod
    def _fill(
        name: str,
        out: list[LineIssues],
        missing: list[tuple[int, dict[str, LineIssues]]],
        texts: list[str],
        results: list[list[Issue]],
    ) -> None:
        """Put an engine's fresh results into ``out`` and the paragraph cache."""
        if len(results) != len(texts):
            raise CheckerError(f"{name} returned results for the wrong number of paragraphs.")
        for (pos, node), para, issues in zip(missing, texts, results, strict=True):
            found = validated_paragraph(para, issues, name)
            node[name] = found
            out[pos] = found

    def _look_up(
        self,
        checker: Checker,
        lines: Lines,
        todo: Sequence[int],
        ctx: CheckContext,
        fingerprint: str,
        checked: set[int],
        cancel: CancelToken,
        progress: Progress | None = None,
    ) -> list[LineIssues]:
        """Issues for lines ``todo``, from the paragraph cache or checked in one batch."""
        out, missing = self._plan(checker.name, lines, todo, fingerprint, checked)
        if missing:
            texts = [lines.lines[todo[pos]] for pos, _node in missing]
            results = _check_in_chunks(checker, texts, ctx, cancel, progress)
            self._fill(checker.name, out, missing, texts, results)
        return out

    def finalize(self, raw: RawResult, ctx: CheckContext) -> CheckResult:
        """Merge the engines' issues, apply filters, and drop what the editor switched off."""
        started = time.perf_counter()
        final = self.finalize_lines(raw, ctx)
        merged = time.perf_counter()
        issues = joined_issues(final.lines, final.issues)
        timings = {
            **raw.timings,
            "finalize": merged - started,  # merging and filtering, per line
            "whole-text list": time.perf_counter() - merged,  # offsets in the whole text
        }
        return CheckResult(
            text=raw.text,
            issues=issues,
            engines=raw.engines,
            errors=dict(raw.errors),
            paragraphs_checked=raw.paragraphs_checked,
            elapsed=raw.elapsed,
            timings=timings,
        )

    def finalize_lines(self, raw: RawResult, ctx: CheckContext) -> Finalized:
        """:meth:`finalize`, per line: only lines whose inputs changed are redone."""
        return self._finalizer.run(raw.lines, {e: raw.per_line(e) for e in raw.engines}, ctx)

    def check(self, text: str, ctx: CheckContext) -> CheckResult:
        """Check ``text`` with every engine and return the final issue list."""
        return self.finalize(self.check_raw(text, ctx), ctx)

    def release_memory(self) -> None:
        """The checker is idle after a long check: engines that can give back what it
        left them (Harper's thread and linter) do so, in the background, and the
        engines' per-word memo caches are emptied (:mod:`reviewdesk.core.memos`)."""
        for checker in self.checkers:
            release = getattr(checker, "release_memory", None)
            if callable(release):
                release()
        clear_word_memos()

    def close(self) -> None:
        """Release engine resources (servers, threads)."""
        for checker in self.checkers:
            if Capability.HOLDS_RESOURCES in checker.capabilities:
                checker.close()


def _own_thread(checker: Checker) -> bool:
    """Whether ``checker`` runs on a thread of its own (:attr:`Capability.OWN_THREAD`)."""
    return Capability.OWN_THREAD in checker.capabilities and isinstance(checker, BackgroundChecker)


def _failed(result: RawResult, name: str, exc: CheckerError) -> None:
    log.warning("%s could not check: %s", name, exc)
    result.errors[name] = str(exc)


def _check_in_chunks(
    checker: Checker,
    texts: list[str],
    ctx: CheckContext,
    cancel: CancelToken,
    progress: Progress | None,
) -> list[list[Issue]]:
    """``checker.check(texts)``, in chunks of about CHUNK_CHARS for a long text."""
    total = sum(len(t) for t in texts)
    if total <= CHUNK_CHARS:
        return checker.check(texts, ctx, cancel)
    out: list[list[Issue]] = []
    done = start = size = 0
    for n, text in enumerate(texts):
        size += len(text)
        if size >= CHUNK_CHARS or n == len(texts) - 1:
            cancel.raise_if_cancelled()
            out.extend(checker.check(texts[start : n + 1], ctx, cancel))
            done += size
            start, size = n + 1, 0
            if progress is not None:
                progress(done, total)
    return out
