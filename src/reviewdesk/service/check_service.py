"""The checking work itself, without Qt: run the fast pipeline on a snapshot, merge a
slow engine's raw issues in, and lay issues and redline spans out per block.

:class:`CheckService` runs in the checker process (:mod:`reviewdesk.service.check_process`),
or on a worker thread when a test builds its own pipeline. It does not import Qt, so the
checker process stays lean.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from reviewdesk.core.checker import Capability, CheckContext
from reviewdesk.core.diff import DiffOp, changes, word_diff
from reviewdesk.core.models import Issue
from reviewdesk.core.pipeline import CheckPipeline, RawResult, combine_raw
from reviewdesk.service.docmap import BlockSpans, DocMap
from reviewdesk.service.layout import KIND_DELETED, KIND_INSERTED, BlockMapper, kind_for

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckRequest:
    """Check ``text`` (a snapshot of one pane at ``revision``) with ``ctx``.

    For the draft, ``original`` is the text to diff against for the redline. ``waiting``
    holds the other panes' requests queued behind this one: while an engine warms up,
    their early results are sent along with this one's (their full checks follow later).
    """

    pane: str
    revision: int
    text: str
    ctx: CheckContext
    original: str | None = None
    doc: int = 0
    waiting: tuple[CheckRequest, ...] = ()


@dataclass
class CheckOutcome:
    """The final issues for one pane snapshot, laid out per block."""

    pane: str
    revision: int
    text: str
    issues: list[Issue]
    engines: list[str]
    errors: dict[str, str]
    issue_blocks: dict[int, BlockSpans]
    changes: list[DiffOp] | None = None
    redline_blocks: dict[int, BlockSpans] | None = None
    original_redline_blocks: dict[int, BlockSpans] | None = None
    mapper: BlockMapper | None = None
    paragraphs_checked: int = 0
    elapsed: float = 0.0
    # engines still warming up: this is an early, partial result and a full one follows
    waiting_for: tuple[str, ...] = ()


@dataclass(frozen=True)
class SlowRaw:
    """Raw per-engine issues from the slow worker, for one pane snapshot."""

    pane: str
    revision: int
    text: str
    raw: RawResult
    doc: int = 0


@dataclass
class _Last:
    request: CheckRequest
    raw: RawResult
    extra: dict[str, object] = field(default_factory=dict)


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
        self._original_map: DocMap | None = None

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
                if Capability.WARMS_IN_BACKGROUND in checker.capabilities:
                    checker.start_warm_up(warm_language)
                elif Capability.WARMS_UP in checker.capabilities:
                    checker.warm_up(warm_language)
            except Exception as exc:  # warm-up is best effort; check() reports errors
                log.warning("warming up %s failed: %s", checker.name, exc)
        return self._pipeline.engine_names

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
    ) -> CheckOutcome | SlowRaw | None:
        """Check one snapshot: a :class:`SlowRaw` for a slow service, else the outcome.

        While an engine is still warming up (Harper, just after start), the engines that
        are ready check this snapshot and the ``waiting`` ones first, and their results go
        to ``partial``, so the editor sees something in both panes at once. A long text
        gets such an early result from the quick engines too, and ``progress`` hears how
        far the check has got. Raises :class:`reviewdesk.core.pipeline.Cancelled` when
        ``cancelled()`` turns true.
        """
        pipeline = self._pipeline
        if pipeline is None:
            return None
        if self.slow:
            raw = pipeline.check_raw(request.text, request.ctx, is_cancelled=cancelled)
            return SlowRaw(request.pane, request.revision, request.text, raw, request.doc)
        extra = self._redline(request)
        cold = tuple(c.name for c in pipeline.checkers if not c.is_warm)
        if not cold and len(request.text) >= EARLY_RESULT_CHARS:
            cold = tuple(c.name for c in pipeline.checkers if Capability.WARMS_UP in c.capabilities)
        ready = [name for name in pipeline.engine_names if name not in cold]
        if partial is not None and cold and ready:
            for each in (request, *request.waiting):
                raw = pipeline.check_raw(each.text, each.ctx, ready, is_cancelled=cancelled)
                diffed = extra if each is request else self._redline(each)
                early = self._finalize(_Last(each, raw, diffed))
                early.waiting_for = cold
                partial(early)

        def advanced(done: int, total: int) -> None:
            if progress is not None and total:
                progress(request.pane, done / total)

        raw = pipeline.check_raw(
            request.text, request.ctx, is_cancelled=cancelled, progress=advanced
        )
        last = self._last[request.pane] = _Last(request, raw, extra)
        return self._finalize(last)

    def merge_slow(self, slow: SlowRaw) -> CheckOutcome | None:
        """Merge a slow engine's raw issues with the last fast result for that pane."""
        self._slow_raw[slow.pane] = slow
        last = self._last.get(slow.pane)
        if last is not None and last.request.doc == slow.doc and self._pipeline is not None:
            return self._finalize(last)
        return None

    def _finalize(self, last: _Last) -> CheckOutcome:
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
        result = self._pipeline.finalize(combined, request.ctx)
        docmap = DocMap(request.text)
        spans = [(i.start, i.end, kind_for(i.category), n) for n, i in enumerate(result.issues)]
        return CheckOutcome(
            pane=request.pane,
            revision=request.revision,
            text=request.text,
            issues=result.issues,
            engines=result.engines,
            errors=result.errors,
            issue_blocks=docmap.layout(spans),
            changes=last.extra.get("changes"),  # type: ignore[arg-type]
            redline_blocks=last.extra.get("redline"),  # type: ignore[arg-type]
            original_redline_blocks=last.extra.get("original_redline"),  # type: ignore[arg-type]
            mapper=last.extra.get("mapper"),  # type: ignore[arg-type]
            paragraphs_checked=result.paragraphs_checked,
            elapsed=result.elapsed,
        )

    def _redline(self, request: CheckRequest) -> dict[str, object]:
        original, draft = request.original, request.text
        if original is None:  # only the draft is diffed
            return {}
        ops = changes(original, draft)
        if self._original_map is None or self._original_map.text != original:
            self._original_map = DocMap(original)
        draft_spans = [
            (op.b_start, op.b_end, KIND_INSERTED, n)
            for n, op in enumerate(ops)
            if op.b_end > op.b_start
        ]
        original_spans = [
            (op.a_start, op.a_end, KIND_DELETED, n)
            for n, op in enumerate(ops)
            if op.a_end > op.a_start
        ]
        return {
            "changes": ops,
            "redline": DocMap(draft).layout(draft_spans),
            "original_redline": self._original_map.layout(original_spans),
            "mapper": BlockMapper(original, draft, ops),
        }


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
