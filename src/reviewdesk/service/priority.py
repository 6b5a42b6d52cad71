"""A huge article's check, the paragraphs in view first.

Checking 200,000 words with Harper takes minutes. Rather than show nothing until the end,
the paragraph engines go through the article in slices: first the lines the editor sees
(and a few around them), then the rest from there on, looking at the view again between
slices, so scrolling moves the priority. An early result with what is checked so far goes
to the window after the lines in view are done, and every few seconds after that, with
the progress. The whole-article engines (names, consistency, debris) and the final
result come at the end, through the ordinary check, which finds every paragraph in the
pipeline's cache by then. A cancel (an edit, quitting) takes effect between slices.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from reviewdesk.core.checker import CancelToken, CheckContext
from reviewdesk.core.finalize import Finalizer
from reviewdesk.core.lines import NO_ISSUES, LineIssues, Lines, joined_issues, split_issues
from reviewdesk.core.models import Category, Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service.focus import FocusOf, View

log = logging.getLogger(__name__)

# Texts at least this long (about 10,000 words) are checked in this order.
PRIORITY_CHARS = 60_000
SLICE_CHARS = 6_000  # characters per slice: about a screenful and a half, under a second
VIEW_MARGIN = 10  # lines above and below the view that count as in view
EARLY_EVERY_S = 2.0  # how often, at most, an early result goes out after the view's

# (issues per line of each paragraph engine so far, lines checked) -> sent to the window
SendEarly = Callable[[dict[str, list[LineIssues]], int], None]
Progressed = Callable[[float], None]


class PriorityCheck:
    """Goes through one text's paragraphs, those in view first (one use)."""

    def __init__(
        self,
        pipeline: CheckPipeline,
        text: str,
        ctx: CheckContext,
        pane: str,
        focus: FocusOf,
        cancel: CancelToken,
    ) -> None:
        self.pipeline, self.ctx, self.pane = pipeline, ctx, pane
        self.focus, self.cancel = focus, cancel
        self.lines = Lines.of(text)
        count = len(self.lines)
        self._done = bytearray(count)  # 1: checked
        self._next = 0  # where the idle order goes on from
        self._per_line: dict[str, list[LineIssues]] = {
            name: [NO_ISSUES] * count for name in pipeline.paragraph_engines
        }
        self._total = max(1, len(text))
        self._checked_chars = 0
        self.slices = 0

    def run(self, send_early: SendEarly, progress: Progressed) -> None:
        """Check every paragraph; ``send_early`` hears the results so far after the lines
        in view are done and every few seconds; ``progress`` hears how far it has got."""
        last_sent = time.monotonic()
        checked = 0
        view_pending = True  # the lines in view have not been sent since they changed
        last_view: View | None = None
        while True:
            self.cancel.raise_if_cancelled()  # also reads what the window said last
            view = self._view()
            if view != last_view:
                last_view, view_pending = view, True
            todo, in_view = self._slice(view)
            if not todo:
                break
            found = self.pipeline.check_paragraphs(self.lines, self.ctx, todo, self.cancel)
            for name, issues in found.items():
                column = self._per_line[name]
                for k, line_issues in zip(todo, issues, strict=True):
                    column[k] = line_issues
            for k in todo:
                self._done[k] = 1
                self._checked_chars += len(self.lines.lines[k]) + 1
            checked += len(todo)
            self.slices += 1
            progress(min(1.0, self._checked_chars / self._total))
            now = time.monotonic()
            view_done = view_pending and not self._view_left(view)
            if view_done or (not in_view and now - last_sent >= EARLY_EVERY_S):
                send_early({n: list(c) for n, c in self._per_line.items()}, checked)
                last_sent = now
                if view_done:
                    view_pending = False
        log.debug("%s: %d lines in %d slices, the view first", self.pane, checked, self.slices)

    def _view_left(self, view: View | None) -> bool:
        """Whether lines in ``view`` are still to be checked."""
        return view is not None and not all(self._done[view[0] : view[1] + 1])

    def _view(self) -> View | None:
        """The lines in view now, widened by the margin and kept inside the text."""
        view = self.focus(self.pane)
        if view is None:
            return None
        last_line = len(self.lines) - 1
        first = min(max(0, view[0] - VIEW_MARGIN), last_line)
        return first, min(last_line, max(first, view[1] + VIEW_MARGIN))

    def _slice(self, view: View | None) -> tuple[list[int], bool]:
        """The next lines to check, and whether they are in view."""
        if view is not None:
            todo = self._take(range(view[0], view[1] + 1))
            if todo:
                return todo, True
            if self._next < view[0] or self._next > view[1] + 1:
                self._next = view[1] + 1  # on from the view: where the editor reads next
        todo = self._take(range(self._next, len(self.lines)))
        if not todo:
            self._next = 0
            todo = self._take(range(len(self.lines)))
        return todo, False

    def _take(self, candidates: range) -> list[int]:
        """Unchecked lines from ``candidates``, in order, up to about SLICE_CHARS."""
        todo: list[int] = []
        size = 0
        lines, done = self.lines.lines, self._done
        for k in candidates:
            if done[k]:
                continue
            todo.append(k)
            size += len(lines[k]) + 1
            if size >= SLICE_CHARS:
                self._next = k + 1
                break
        else:
            if todo:
                self._next = todo[-1] + 1
        return todo


# What a names filter may drop once it has read the whole article: an early result holds
# these back on capitalised words (maybe names) rather than flag them and take it back.
_MAYBE_NAMES = frozenset({Category.SPELLING, Category.CAPITALIZATION})


class HoldBackNames:
    """Stands in, in early results, for the filters that read the whole article first
    (the names filter: reading 200,000 words takes a minute); a per-line filter."""

    def prepare(
        self, lines: Lines, ctx: CheckContext, engines: Sequence[str], base: str | None
    ) -> tuple[set[str], set[int]] | None:
        return (set(), set()) if base == lines.text else None

    def filter_line(
        self, lines: Lines, line: int, issues: list[Issue], ctx: CheckContext
    ) -> tuple[list[Issue], frozenset[str]]:
        kept = [i for i in issues if not (i.category in _MAYBE_NAMES and i.text[:1].isupper())]
        return kept, frozenset()

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        lines = Lines.of(text)
        per_line = split_issues(lines, issues)
        return joined_issues(
            lines, [tuple(self.filter_line(lines, 0, list(f), ctx)[0]) for f in per_line]
        )


def early_finalizer(pipeline: CheckPipeline) -> Finalizer:
    """Merging and filtering for early results: the pipeline's filters, those that read
    the whole article first replaced by :class:`HoldBackNames`."""
    quick = [f for f in pipeline.filters if not getattr(f, "reads_whole_article", False)]
    if len(quick) < len(pipeline.filters):
        quick.append(HoldBackNames())
    return Finalizer(quick)
