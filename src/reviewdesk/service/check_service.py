"""The checking work itself, without Qt: run the fast pipeline on a snapshot, merge a
slow engine's raw issues in, and lay issues and redline spans out per block.

:class:`CheckService` runs in the checker process (:mod:`reviewdesk.service.check_process`),
or on a worker thread when a test builds its own pipeline. It does not import Qt, so the
checker process stays lean.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import cast

from reviewdesk.core.checker import (
    CancelToken,
    Capability,
    HeldWarmUpChecker,
    early_pass,
    offers_early_pass,
)
from reviewdesk.core.diff import word_diff
from reviewdesk.core.finalize import Finalizer
from reviewdesk.core.lines import LineIssues, Lines
from reviewdesk.core.models import Issue
from reviewdesk.core.pipeline import CheckPipeline, RawResult, combine_raw
from reviewdesk.service.focus import FocusOf
from reviewdesk.service.messages import CheckOutcome, CheckRequest, SlowRaw
from reviewdesk.service.outcome import Layout
from reviewdesk.service.priority import PRIORITY_CHARS, PriorityCheck, early_finalizer
from reviewdesk.service.redline import Redline
from reviewdesk.service.redline_follow import RedlineFollower

__all__ = [
    "CheckOutcome",
    "CheckRequest",
    "CheckService",
    "Partial",
    "PipelineFactory",
    "SlowRaw",
    "StopCheck",
    "carry_over",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Last:
    """The fast engines' raw issues for a pane's last snapshot, and its redline."""

    request: CheckRequest
    raw: RawResult
    redline: Redline | None = None


@dataclass(frozen=True)
class _Shown:
    """What the last outcome made for a pane was made from: a slow engine's result that
    comes while the next check runs is merged into it (:meth:`CheckService.merge_beside`)."""

    last: _Last
    finalizer: Finalizer | None
    waiting_for: tuple[str, ...]


PipelineFactory = Callable[[], CheckPipeline | None]
StopCheck = Callable[[], bool]
Partial = Callable[["CheckOutcome"], None]
# (pane, fraction done) while a long text is checked
Progressed = Callable[[str, float], None]
# Text this long gets an early result from the quick engines before the heavy ones
# (Harper) have gone through it all: the first issues within seconds, not minutes.
EARLY_RESULT_CHARS = 50_000


class CheckService:
    """Owns one pipeline (not thread-safe: use it from one thread) and its last results."""

    def __init__(self, build: PipelineFactory, *, slow: bool = False) -> None:
        self._build = build
        self.slow = slow
        self._pipeline: CheckPipeline | None = None
        self._last: dict[str, _Last] = {}
        self._slow_raw: dict[str, SlowRaw] = {}
        self._layouts: dict[str, Layout] = {}  # per pane: the last result's block layout
        self._redlines = RedlineFollower()  # the draft's redline, followed as it is typed
        self._split: dict[str, Lines] = {}  # per pane: its last text's lines
        # set once the first results are out: warm-ups that only hold the interpreter
        # (the grammar engine's tables, ~1.3 s of Python) wait for it, so the ready
        # engines' first result does not share it with them (benchmarks/README.md, stall5)
        self._first_out = threading.Event()
        # merging and laying out, from the check's thread and a slow result's thread
        # (merge_beside): the finalizer and the layouts keep state per line
        self._finalizing = threading.RLock()
        self._shown: dict[str, _Shown] = {}  # per pane: what its last outcome was made of
        self._made = 0  # outcomes made so far: each is stamped with its place in that order

    def start_up(self, warm_language: str, stopping: StopCheck = lambda: False) -> list[str]:
        """Build the pipeline and warm its engines up; return the engine names.

        Raises the builder's exception when the pipeline cannot be built.
        """
        self._pipeline = self._build()
        if self._pipeline is None:
            return []
        for checker in self._pipeline.checkers:
            # an engine that can warm up on its own thread does so; the others are waited for
            if stopping():
                break
            try:
                if Capability.WARMS_AFTER in checker.capabilities:
                    held = cast(HeldWarmUpChecker, checker)
                    held.start_warm_up(warm_language, after=self._first_out)
                elif Capability.WARMS_IN_BACKGROUND in checker.capabilities:
                    checker.start_warm_up(warm_language)
                elif Capability.WARMS_UP in checker.capabilities:
                    checker.warm_up(warm_language)
            except Exception as exc:  # warm-up is best effort; check() reports errors
                log.warning("warming up %s failed: %s", checker.name, exc)
        return self._pipeline.engine_names

    def release_memory(self) -> None:
        """The window is idle after a long check: let the engines give memory back."""
        if self._pipeline is not None:
            self._pipeline.release_memory()

    def close(self) -> None:
        """Release the engines."""
        if self._pipeline is not None:
            try:
                self._pipeline.close()
            except Exception:
                log.exception("closing the check pipeline failed")
            self._pipeline = None

    def check(
        self,
        request: CheckRequest,
        cancelled: StopCheck,
        partial: Partial | None = None,
        progress: Progressed | None = None,
        focus: FocusOf | None = None,
    ) -> CheckOutcome | SlowRaw | None:
        """Check one snapshot: a :class:`SlowRaw` for a slow service, else the outcome.

        While an engine is still warming up (Harper, just after start), the engines that
        are ready check this snapshot and the ``waiting`` ones first, and their results go
        to ``partial``, so the editor sees something in both panes at once. A long text
        gets such an early result from the quick engines too, and ``progress`` hears how
        far the check has got. A huge text (:data:`PRIORITY_CHARS`) is gone through the
        paragraphs ``focus`` says are in view first (:mod:`reviewdesk.service.priority`).
        Raises :class:`reviewdesk.core.pipeline.Cancelled` when ``cancelled()`` turns true.
        """
        try:
            return self._check(request, cancelled, partial, progress, focus)
        finally:
            self._first_out.set()  # a held warm-up goes ahead now, whatever happened

    def precheck(self, request: CheckRequest, cancelled: StopCheck) -> None:
        """Run ``request``'s first check as :meth:`check` will, sending nothing: the
        pipeline keeps the results (its paragraph cache and the text remembered as a
        base), so the window's own request for the same text and context is answered
        from them. While engines warm up only the ready ones run, as for the early result
        the window's first request gets (the one the first highlights come from).

        Unlike :meth:`check`, it lets no held warm-up go: that still waits for the
        window's first results, as it did. Raises
        :class:`reviewdesk.core.pipeline.Cancelled` when ``cancelled()`` turns true.
        """
        pipeline = self._pipeline
        if pipeline is None or self.slow or len(request.text) >= EARLY_RESULT_CHARS:
            return  # a long text's first check goes its own way (early results, priority)
        cold = {c.name for c in pipeline.checkers if not c.is_warm}
        ready = [name for name in pipeline.engine_names if name not in cold]
        if ready:
            pipeline.check_raw(request.text, request.ctx, ready, is_cancelled=cancelled)

    def _check(
        self,
        request: CheckRequest,
        cancelled: StopCheck,
        partial: Partial | None,
        progress: Progressed | None,
        focus: FocusOf | None,
    ) -> CheckOutcome | SlowRaw | None:
        pipeline = self._pipeline
        if pipeline is None:
            return None
        if self.slow:
            raw = pipeline.check_raw(request.text, request.ctx, is_cancelled=cancelled)
            return SlowRaw(request.pane, request.revision, request.text, raw, request.doc)
        by_priority = (
            focus is not None
            and partial is not None
            and len(request.text) >= PRIORITY_CHARS
            and bool(pipeline.paragraph_engines)
        )
        cold = tuple(c.name for c in pipeline.checkers if not c.is_warm)
        if not cold and len(request.text) >= EARLY_RESULT_CHARS:
            cold = tuple(c.name for c in pipeline.checkers if Capability.WARMS_UP in c.capabilities)
        # a keystroke's redline is diffed while Harper lints (check_raw's ``meanwhile``);
        # early results need it before any engine runs
        redlined: list[Redline | None] = []
        if by_priority or (partial is not None and cold):
            redlined.append(self._redline(request))
        if by_priority:
            assert focus is not None and partial is not None
            self._by_priority(request, redlined[0], cancelled, partial, progress, focus)
            partial = None  # the early results are sent: the full check follows
        if partial is not None and cold:
            self._send_early(request, redlined[0], cold, cancelled, partial)

        def advanced(done: int, total: int) -> None:
            if progress is not None and total:
                progress(request.pane, done / total)

        def diff_meanwhile() -> None:
            if not redlined:
                redlined.append(self._redline(request))

        raw = pipeline.check_raw(
            request.text,
            request.ctx,
            is_cancelled=cancelled,
            progress=advanced,
            meanwhile=diff_meanwhile,
            lines=self._lines_of(request),
        )
        diff_meanwhile()  # a check that never got as far (no engine at all)
        last = self._last[request.pane] = _Last(request, raw, redlined[0])
        return self._finalize(last)

    def _send_early(
        self,
        request: CheckRequest,
        redline: Redline | None,
        cold: tuple[str, ...],
        cancelled: StopCheck,
        partial: Partial,
    ) -> None:
        """Early results while the ``cold`` engines warm up, each pane in turn: the
        ready engines' at once, then again with the early pass of the cold engines that
        offer one (Harper's grammar and punctuation, before its spelling tables are
        built). Each early result is a whole result, merged like the full one that
        replaces it: the window swaps one for the next, so no issue shows twice.
        """
        assert self._pipeline is not None
        pipeline = self._pipeline
        ready = [name for name in pipeline.engine_names if name not in cold]
        quick = [c.name for c in pipeline.checkers if c.name in cold and offers_early_pass(c)]
        each_pane = [
            (each, redline if each is request else self._redline(each))
            for each in (request, *request.waiting)
        ]
        sent: dict[str, RawResult] = {}
        for each, diffed in each_pane if ready else ():
            raw = sent[each.pane] = pipeline.check_raw(
                each.text, each.ctx, ready, is_cancelled=cancelled
            )
            partial(self._finalize(_Last(each, raw, diffed), waiting_for=cold))
        self._first_out.set()  # the ready engines' results are out: a held warm-up goes on
        for each, diffed in each_pane if quick else ():
            passed = pipeline.check_raw(
                each.text, early_pass(each.ctx), quick, is_cancelled=cancelled, remember=False
            )
            raw = _joined(sent.get(each.pane), passed, pipeline.engine_names)
            partial(self._finalize(_Last(each, raw, diffed), waiting_for=cold))

    def _by_priority(
        self,
        request: CheckRequest,
        redline: Redline | None,
        cancelled: StopCheck,
        partial: Partial,
        progress: Progressed | None,
        focus: FocusOf,
    ) -> None:
        """Check a huge text's paragraphs, those in view first, sending early results."""
        assert self._pipeline is not None
        pipeline = self._pipeline
        check = PriorityCheck(
            pipeline, request.text, request.ctx, request.pane, focus, CancelToken(cancelled)
        )
        waiting = tuple(pipeline.engine_names)
        finalizer = early_finalizer(pipeline)

        def send_early(per_line: dict[str, list[LineIssues]], checked: int) -> None:
            raw = RawResult(request.text, lines=check.lines, per_line=per_line)
            raw.paragraphs_checked = checked
            partial(self._finalize(_Last(request, raw, redline), finalizer, waiting))
            self._first_out.set()

        def advanced(fraction: float) -> None:
            if progress is not None:  # the whole-article engines and the rest: the last tenth
                progress(request.pane, 0.9 * fraction)

        check.run(send_early, advanced)

    def merge_slow(self, slow: SlowRaw) -> CheckOutcome | None:
        """Merge a slow engine's raw issues with the last fast result for that pane."""
        with self._finalizing:
            self._slow_raw[slow.pane] = slow
            last = self._last.get(slow.pane)
            if last is not None and last.request.doc == slow.doc and self._pipeline is not None:
                return self._finalize(last)
            return None

    def merge_beside(self, slow: SlowRaw) -> CheckOutcome | None:
        """Merge a slow engine's raw issues while a check may be running on another thread.

        Merged into what the pane's last outcome was made of (an early result while an
        engine warms up, or the last full one), if that was for the snapshot the slow
        engine checked or a later one: the fast engines' findings as the window has them, with
        the slow engine's, at once rather than after the check under way. None when
        there is no such outcome (the check under way merges them as it ends: they are
        kept for it). Thread-safe against :meth:`check`, which it never stops.
        """
        with self._finalizing:
            self._slow_raw[slow.pane] = slow
            shown = self._shown.get(slow.pane)
            if shown is None or self._pipeline is None:
                return None
            request = shown.last.request
            if request.revision < slow.revision or request.doc != slow.doc:
                return None  # an older snapshot (the window would drop it), or article
            # a newer snapshot gets the findings in its unchanged text, as merge_slow's
            return self._finalize(shown.last, shown.finalizer, shown.waiting_for)

    def _finalize(
        self, last: _Last, early: Finalizer | None = None, waiting_for: tuple[str, ...] = ()
    ) -> CheckOutcome:
        """The outcome of ``last``; ``early`` merges and filters an early result, which
        ``waiting_for`` engines are still to complete."""
        with self._finalizing:
            outcome = self._finalized(last, early, waiting_for)
            self._shown[last.request.pane] = _Shown(last, early, waiting_for)
            return outcome

    def _finalized(
        self, last: _Last, early: Finalizer | None, waiting_for: tuple[str, ...]
    ) -> CheckOutcome:
        assert self._pipeline is not None
        request, raw = last.request, last.raw
        combined = combine_raw(raw)
        slow = self._slow_raw.get(request.pane)
        if slow is not None and slow.doc == request.doc:
            carried = {
                engine: issues
                if slow.text == request.text
                else carry_over(issues, slow.text, request.text)
                for engine, issues in slow.raw.by_engine.items()
            }
            combined = combine_raw(
                raw, RawResult(request.text, by_engine=carried, errors=dict(slow.raw.errors))
            )
        if early is not None:
            engines = {e: combined.per_line(e) for e in combined.engines}
            final = early.run(combined.lines, engines, request.ctx)
        else:
            final = self._pipeline.finalize_lines(combined, request.ctx)
        layout = self._layouts.setdefault(request.pane, Layout())
        self._made += 1
        return CheckOutcome(
            pane=request.pane,
            revision=request.revision,
            text=request.text,
            lines=layout.run(final.lines, final.issues),
            engines=combined.engines,
            errors=dict(combined.errors),
            redline=last.redline,
            paragraphs_checked=combined.paragraphs_checked,
            elapsed=combined.elapsed,
            waiting_for=waiting_for,
            made=self._made,
        )

    def _redline(self, request: CheckRequest) -> Redline | None:
        """The draft's redline against the original (the original pane has none)."""
        if request.original is None:
            return None
        return self._redlines.redline(request.original, self._lines_of(request))

    def split_of(self, pane: str, text: str) -> Lines | None:
        """The lines the last check of ``pane`` split ``text`` (that very string) into,
        or None: the loop's record of what it sent keeps these rather than a copy."""
        lines = self._split.get(pane)
        return lines if lines is not None and lines.text is text else None

    def _lines_of(self, request: CheckRequest) -> Lines:
        """The request's text as lines, split where it differs from the pane's last text
        (or, for a pane's first text, the other pane's): the pipeline, the engines, the
        finalizer and the redline share them, and compare unchanged lines by identity."""
        last = self._split.get(request.pane)
        if last is not None and last.text is request.text:
            return last
        if last is None and self._split:
            last = next(reversed(self._split.values()))
        lines = Lines.of(request.text) if last is None else Lines.edited(last, request.text)
        self._split[request.pane] = lines
        return lines


def _joined(first: RawResult | None, then: RawResult, order: Sequence[str]) -> RawResult:
    """Two results for the same text (other engines each) as one, engines in ``order``
    (the pipeline's, as in a full check: merging prefers the earlier engine)."""
    if first is None:
        return then
    found = {name: first.per_line(name) for name in first.engines}
    found.update((name, then.per_line(name)) for name in then.engines)
    per_line = {name: found[name] for name in order if name in found}
    return RawResult(
        first.text,
        errors={**first.errors, **then.errors},
        paragraphs_checked=max(first.paragraphs_checked, then.paragraphs_checked),
        elapsed=first.elapsed + then.elapsed,
        lines=first.lines,
        per_line=per_line,
    )


def carry_over(issues: Sequence[Issue], old: str, new: str) -> list[Issue]:
    """Issues found in ``old`` that still hold in ``new``: those inside unchanged text, moved.

    Used to keep a slow engine's findings on screen while it re-checks an edited text.
    """
    ops = [op for op in word_diff(old, new) if op.tag == "equal"]
    out: list[Issue] = []
    i = 0
    for issue in sorted(issues, key=lambda x: x.start):
        while i < len(ops) and ops[i].a_end < issue.end:
            i += 1
        if i == len(ops):
            break
        op = ops[i]
        if op.a_start <= issue.start and issue.end <= op.a_end:
            delta = op.b_start - op.a_start
            out.append(replace(issue, start=issue.start + delta, end=issue.end + delta))
    return out
