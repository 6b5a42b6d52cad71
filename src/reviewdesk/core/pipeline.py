"""Running checkers over a text: per-paragraph caching, merging and filtering.

A :class:`CheckPipeline` is not thread-safe (Harper's linter is not); give each worker
thread its own pipeline. Paragraph-scoped results are cached by paragraph text, so
re-checking after an edit only sends the changed paragraphs to the engines.

Every issue's ``context_hash`` (and so its :attr:`Issue.key`) is computed from the
paragraph the issue starts in, whichever engine or scope found it: a cached paragraph's
issues keep their keys wherever the paragraph moves, and no key depends on a
neighbouring paragraph.
"""

from __future__ import annotations

import bisect
import logging
import sys
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from reviewdesk.core.checker import (
    NEVER,
    Cancelled,
    CancelToken,
    Capability,
    CheckContext,
    Checker,
    CheckerError,
    IssueFilter,
)
from reviewdesk.core.merge import drop_issues_inside_debris, merge_issues
from reviewdesk.core.models import Issue, context_hash

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
_ENTRY_OVERHEAD = 64


__all__ = ["Cancelled", "CheckPipeline", "CheckResult", "RawResult", "combine_raw"]


@dataclass
class RawResult:
    """Per-engine issues for one text, before merging and filtering."""

    text: str
    by_engine: dict[str, list[Issue]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    paragraphs_checked: int = 0
    elapsed: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per engine


@dataclass
class CheckResult:
    """The final, merged and filtered issues for one text."""

    text: str
    issues: list[Issue]
    engines: list[str]
    errors: dict[str, str]
    paragraphs_checked: int = 0
    elapsed: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # per engine, and "finalize"


def combine_raw(fast: RawResult, *more: RawResult) -> RawResult:
    """The fast engines' raw issues for a text with the slow engines' added: one result.

    Every way of checking (the window's service, ``reviewdesk check``) merges fast and
    slow results here and then finalizes once, so both see the same issues.
    """
    out = RawResult(
        text=fast.text,
        by_engine=dict(fast.by_engine),
        errors=dict(fast.errors),
        paragraphs_checked=fast.paragraphs_checked,
        elapsed=fast.elapsed,
        timings=dict(fast.timings),
    )
    for raw in more:
        out.by_engine.update(raw.by_engine)
        out.errors.update(raw.errors)
        out.timings.update(raw.timings)
    return out


class _Placed:
    """One engine's issues for one paragraph, positioned where it was last seen.

    Keeping the shifted list (rather than paragraph-relative issues) means a paragraph
    that did not move since the last check costs nothing; one that moved is shifted once.
    """

    __slots__ = ("issues", "offset")

    def __init__(self, offset: int, issues: list[Issue]) -> None:
        self.offset = offset
        self.issues = issues

    def at(self, offset: int) -> list[Issue]:
        """The issues for the paragraph starting at ``offset``."""
        if offset != self.offset:
            delta = offset - self.offset
            self.issues = [i.shifted(delta) for i in self.issues]
            self.offset = offset
        return self.issues


_Key = tuple[str, str]  # (context fingerprint, paragraph text)
# Marks "this engine found nothing in this paragraph" (never shifted: it holds no issues).
_NOTHING = _Placed(0, [])


class _ParagraphCache:
    """Least-recently-used paragraph results, bounded by the characters of text held."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.chars = 0
        self._data: OrderedDict[_Key, dict[str, _Placed]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._data)

    def touch(self, key: _Key) -> dict[str, _Placed] | None:
        """The engines' results for a paragraph, marked as recently used."""
        node = self._data.get(key)
        if node is not None:
            self._data.move_to_end(key)
        return node

    def node(self, key: _Key) -> dict[str, _Placed]:
        """The (possibly new, empty) results for a paragraph; may evict old paragraphs."""
        node = self._data.get(key)
        if node is None:
            node = self._data[key] = {}
            self.chars += len(key[1]) + _ENTRY_OVERHEAD
            while self.chars > self.max_chars and len(self._data) > 1:
                old, _ = self._data.popitem(last=False)
                self.chars -= len(old[1]) + _ENTRY_OVERHEAD
        return node

    def clear(self) -> None:
        self._data.clear()
        self.chars = 0


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
        self._cache = _ParagraphCache(cache_chars)

    @property
    def engine_names(self) -> list[str]:
        """Names of the engines in this pipeline, in order."""
        return [c.name for c in self.checkers]

    def clear_cache(self) -> None:
        """Forget every cached result: the paragraph cache and the engines' own caches."""
        self._cache.clear()
        for checker in self.checkers:
            if Capability.CACHES in checker.capabilities:
                checker.clear_cache()

    def check_raw(
        self,
        text: str,
        ctx: CheckContext,
        engines: Iterable[str] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> RawResult:
        """Run the checkers (all, or those named in ``engines``) and return their issues.

        ``progress`` hears how far each engine has got through a long text.
        """
        t0 = time.perf_counter()
        cancel = CancelToken(is_cancelled) if is_cancelled is not None else NEVER
        wanted = set(engines) if engines is not None else None
        result = RawResult(text=text)
        fingerprint = ctx.fingerprint()
        lines = text.split("\n")  # paragraphs, as split_paragraphs has them
        starts = list(accumulate([len(line) + 1 for line in lines[:-1]], initial=0))
        prose: list[int] | None = None  # indices of the non-blank paragraphs
        nodes: list[dict[str, _Placed] | None] = []
        checked: set[int] = set()
        for checker in self.checkers:
            if wanted is not None and checker.name not in wanted:
                continue
            cancel.raise_if_cancelled()
            started = time.perf_counter()
            try:
                if checker.scope == "document":
                    found = checker.check([text], ctx, cancel)[0]
                    found = _validated(text, lines, starts, found, checker.name)
                else:
                    if prose is None:
                        prose = [n for n, line in enumerate(lines) if line and not line.isspace()]
                        nodes = [self._cache.touch((fingerprint, lines[n])) for n in prose]
                    found = self._check_paragraphs(
                        checker,
                        lines,
                        starts,
                        prose,
                        nodes,
                        ctx,
                        fingerprint,
                        checked,
                        cancel,
                        progress,
                    )
            except CheckerError as exc:
                log.warning("%s could not check: %s", checker.name, exc)
                result.errors[checker.name] = str(exc)
                continue
            result.by_engine[checker.name] = found
            result.timings[checker.name] = time.perf_counter() - started
        result.paragraphs_checked = len(checked)
        result.elapsed = time.perf_counter() - t0
        return result

    def _check_paragraphs(
        self,
        checker: Checker,
        lines: list[str],
        starts: list[int],
        prose: list[int],
        nodes: list[dict[str, _Placed] | None],
        ctx: CheckContext,
        fingerprint: str,
        checked: set[int],
        cancel: CancelToken,
        progress: Progress | None = None,
    ) -> list[Issue]:
        name = checker.name
        found: list[Issue] = []
        todo: list[int] = []  # positions in ``prose``
        for k, node in enumerate(nodes):
            placed = node.get(name) if node is not None else None
            if placed is None:
                todo.append(k)
            elif placed is not _NOTHING:
                found.extend(placed.at(starts[prose[k]]))
        if not todo:
            return found
        fresh = self._check_in_chunks(
            checker, [lines[prose[k]] for k in todo], ctx, cancel, progress
        )
        if len(fresh) != len(todo):
            raise CheckerError(f"{name} returned results for the wrong number of paragraphs.")
        for k, issues in zip(todo, fresh, strict=True):
            index = prose[k]
            line = lines[index]
            node = nodes[k]
            if node is None:
                # interned: one copy of the paragraph shared with the engines' own caches
                node = nodes[k] = self._cache.node((fingerprint, sys.intern(line)))
            checked.add(index)
            valid = _validated_paragraph(line, issues, name)
            if not valid:
                node[name] = _NOTHING  # most paragraphs: one shared marker, no list
                continue
            placed = node[name] = _Placed(0, valid)
            found.extend(placed.at(starts[index]))
        return found

    @staticmethod
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

    def finalize(self, raw: RawResult, ctx: CheckContext) -> CheckResult:
        """Merge the engines' issues, apply filters, and drop what the editor switched off."""
        started = time.perf_counter()
        issues = merge_issues(raw.by_engine.values())
        for flt in self.filters:
            issues = flt.filter_issues(raw.text, issues, ctx)
        if ctx.disabled_rules or ctx.disabled_categories or ctx.ignored_keys:
            issues = [
                i
                for i in issues
                if i.rule not in ctx.disabled_rules
                and i.category not in ctx.disabled_categories
                and i.key not in ctx.ignored_keys
            ]
        # after the editor's own choices: an ignored debris issue shows what lies inside it
        issues = drop_issues_inside_debris(issues)
        return CheckResult(
            text=raw.text,
            issues=issues,
            engines=list(raw.by_engine),
            errors=dict(raw.errors),
            paragraphs_checked=raw.paragraphs_checked,
            elapsed=raw.elapsed,
            timings={**raw.timings, "finalize": time.perf_counter() - started},
        )

    def check(self, text: str, ctx: CheckContext) -> CheckResult:
        """Check ``text`` with every engine and return the final issue list."""
        return self.finalize(self.check_raw(text, ctx), ctx)

    def close(self) -> None:
        """Release engine resources (servers, threads)."""
        for checker in self.checkers:
            if Capability.HOLDS_RESOURCES in checker.capabilities:
                checker.close()


def _validated_paragraph(para: str, issues: list[Issue], engine: str) -> list[Issue]:
    """Issues whose span lies in ``para``, with text and context taken from ``para``."""
    out: list[Issue] = []
    size = len(para)
    for issue in issues:
        start, end = issue.start, issue.end
        if end > size:
            log.debug("%s reported a span past the paragraph's end: %s", engine, issue)
            continue
        out.append(issue.with_source(para[start:end], context_hash(para, start, end)))
    return out


def _validated(
    text: str, lines: list[str], starts: list[int], issues: list[Issue], engine: str
) -> list[Issue]:
    """Issues whose span lies in ``text``; text from ``text``, context from their paragraph."""
    out: list[Issue] = []
    size = len(text)
    for issue in issues:
        start, end = issue.start, issue.end
        if end > size:
            log.debug("%s reported a span past the end: %s", engine, issue)
            continue
        n = bisect.bisect_right(starts, start) - 1
        base = starts[n]
        ctx_hash = context_hash(lines[n], start - base, end - base)
        out.append(issue.with_source(text[start:end], ctx_hash))
    return out
