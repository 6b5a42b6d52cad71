"""Running checkers over a text: per-paragraph caching, merging and filtering.

A :class:`CheckPipeline` is not thread-safe (Harper's linter is not); give each worker
thread its own pipeline. Paragraph-scoped results are cached by paragraph text, so
re-checking after an edit only sends the changed paragraphs to the engines.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from reviewdesk.core.checker import CheckContext, Checker, CheckerError, IssueFilter
from reviewdesk.core.merge import merge_issues
from reviewdesk.core.models import Issue, context_hash
from reviewdesk.core.text import split_paragraphs

log = logging.getLogger(__name__)


class Cancelled(Exception):  # noqa: N818 - reads better at the raise site
    """Raised inside a check when the caller no longer wants its result."""


@dataclass
class RawResult:
    """Per-engine issues for one text, before merging and filtering."""

    text: str
    by_engine: dict[str, list[Issue]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    paragraphs_checked: int = 0
    elapsed: float = 0.0


@dataclass
class CheckResult:
    """The final, merged and filtered issues for one text."""

    text: str
    issues: list[Issue]
    engines: list[str]
    errors: dict[str, str]
    paragraphs_checked: int = 0
    elapsed: float = 0.0


class _LRU:
    def __init__(self, size: int) -> None:
        self._size = size
        self._data: OrderedDict[tuple[str, str, str], list[Issue]] = OrderedDict()

    def get(self, key: tuple[str, str, str]) -> list[Issue] | None:
        value = self._data.get(key)
        if value is not None:
            self._data.move_to_end(key)
        return value

    def put(self, key: tuple[str, str, str], value: list[Issue]) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self._size:
            self._data.popitem(last=False)

    def clear(self) -> None:
        self._data.clear()


class CheckPipeline:
    """Runs a set of checkers over texts and merges what they find."""

    def __init__(
        self,
        checkers: Sequence[Checker],
        filters: Sequence[IssueFilter] = (),
        cache_size: int = 50_000,
    ) -> None:
        self.checkers = list(checkers)
        self.filters = list(filters)
        self._cache = _LRU(cache_size)

    @property
    def engine_names(self) -> list[str]:
        """Names of the engines in this pipeline, in order."""
        return [c.name for c in self.checkers]

    def clear_cache(self) -> None:
        """Forget cached paragraph results (e.g. after the dictionary changed)."""
        self._cache.clear()

    def check_raw(
        self,
        text: str,
        ctx: CheckContext,
        engines: Iterable[str] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> RawResult:
        """Run the checkers (all, or those named in ``engines``) and return their issues."""
        t0 = time.perf_counter()
        wanted = set(engines) if engines is not None else None
        result = RawResult(text=text)
        fingerprint = ctx.fingerprint()
        paragraphs = split_paragraphs(text)
        checked: set[int] = set()
        for checker in self.checkers:
            if wanted is not None and checker.name not in wanted:
                continue
            if is_cancelled is not None and is_cancelled():
                raise Cancelled
            if is_cancelled is not None and hasattr(checker, "is_cancelled"):
                # engines that talk to servers can give up mid-request
                checker.is_cancelled = is_cancelled
            try:
                if checker.scope == "document":
                    found = checker.check([text], ctx)[0]
                else:
                    found = self._check_paragraphs(checker, paragraphs, ctx, fingerprint, checked)
            except CheckerError as exc:
                log.warning("%s could not check: %s", checker.name, exc)
                result.errors[checker.name] = str(exc)
                continue
            result.by_engine[checker.name] = _validated(text, found, checker.name)
        result.paragraphs_checked = len(checked)
        result.elapsed = time.perf_counter() - t0
        return result

    def _check_paragraphs(
        self,
        checker: Checker,
        paragraphs: Sequence,  # Sequence[Paragraph]
        ctx: CheckContext,
        fingerprint: str,
        checked: set[int],
    ) -> list[Issue]:
        todo = []
        found: list[Issue] = []
        for para in paragraphs:
            if not para.text.strip():
                continue
            cached = self._cache.get((checker.name, fingerprint, para.text))
            if cached is None:
                todo.append(para)
            else:
                found.extend(i.shifted(para.start) for i in cached)
        if todo:
            fresh = checker.check([p.text for p in todo], ctx)
            for para, issues in zip(todo, fresh, strict=True):
                self._cache.put((checker.name, fingerprint, para.text), issues)
                found.extend(i.shifted(para.start) for i in issues)
                checked.add(para.index)
        return found

    def finalize(self, raw: RawResult, ctx: CheckContext) -> CheckResult:
        """Merge the engines' issues, apply filters, and drop what the editor switched off."""
        issues = merge_issues(raw.by_engine.values())
        for flt in self.filters:
            issues = flt.filter_issues(raw.text, issues, ctx)
        issues = [
            i
            for i in issues
            if i.rule not in ctx.disabled_rules
            and i.category not in ctx.disabled_categories
            and i.key not in ctx.ignored_keys
        ]
        return CheckResult(
            text=raw.text,
            issues=issues,
            engines=list(raw.by_engine),
            errors=dict(raw.errors),
            paragraphs_checked=raw.paragraphs_checked,
            elapsed=raw.elapsed,
        )

    def check(self, text: str, ctx: CheckContext) -> CheckResult:
        """Check ``text`` with every engine and return the final issue list."""
        return self.finalize(self.check_raw(text, ctx), ctx)

    def close(self) -> None:
        """Release engine resources (servers, threads)."""
        for checker in self.checkers:
            close = getattr(checker, "close", None)
            if callable(close):
                close()


def _validated(text: str, issues: list[Issue], engine: str) -> list[Issue]:
    """Keep issues whose span lies in ``text``; re-derive text and context from ``text``."""
    out: list[Issue] = []
    for issue in issues:
        if issue.end > len(text):
            log.debug("%s reported a span past the end: %s", engine, issue)
            continue
        out.append(_retext(issue, text, text[issue.start : issue.end]))
    return out


def _retext(issue: Issue, text: str, actual: str) -> Issue:
    from dataclasses import replace

    return replace(
        issue, text=actual, context_hash=context_hash(text, issue.start, issue.end)
    )
