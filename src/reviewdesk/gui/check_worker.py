"""A check worker: a QObject living on its own QThread, owning its own CheckPipeline.

Harper's linter is not thread-safe, so one pipeline is built, warmed up and used on one
worker thread only. Requests are coalesced: only the latest request per pane waits to
be checked. The *fast* worker (Harper and the in-process engines) also lays issues and
redline spans out per block, so the UI thread only swaps the results in. A *slow* worker
(LanguageTool) only returns raw per-engine issues; the fast worker merges them with its
own through ``CheckPipeline.finalize``, so a slow or unreachable server never delays the
fast engines' results.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.diff import DiffOp, changes, word_diff
from reviewdesk.core.models import Issue
from reviewdesk.core.pipeline import Cancelled, CheckPipeline, RawResult
from reviewdesk.gui.docmap import BlockSpans, DocMap
from reviewdesk.gui.palette import KIND_DELETED, KIND_INSERTED, kind_for
from reviewdesk.gui.sync_scroll import BlockMapper

log = logging.getLogger(__name__)

ORIGINAL = "original"
DRAFT = "draft"
PANES = (ORIGINAL, DRAFT)

PipelineFactory = Callable[[], CheckPipeline | None]


@dataclass(frozen=True)
class CheckRequest:
    """Check ``text`` (a snapshot of one pane at ``revision``) with ``ctx``.

    For the draft, ``original`` is the text to diff against for the redline.
    """

    pane: str
    revision: int
    text: str
    ctx: CheckContext
    original: str | None = None
    doc: int = 0


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


class CheckWorker(QObject):
    """Runs checks for the GUI on the thread it has been moved to."""

    ready = Signal(list)  # engine names; emitted once the pipeline is built and warm
    outcome = Signal(object)  # CheckOutcome (fast worker)
    raw_ready = Signal(object)  # SlowRaw (slow worker)
    busy = Signal(bool)
    failed = Signal(str)
    _wake = Signal()
    _close = Signal()

    def __init__(
        self, build: PipelineFactory, *, slow: bool = False, warm_language: str = "en-US"
    ) -> None:
        super().__init__()
        self._build = build
        self._slow = slow
        self._warm_language = warm_language
        self._lock = threading.Lock()
        self._pending: dict[str, CheckRequest] = {}
        self._pending_slow: dict[str, SlowRaw] = {}
        self._stopping = False
        self._started = False
        self._pipeline: CheckPipeline | None = None
        self._last: dict[str, _Last] = {}
        self._slow_raw: dict[str, SlowRaw] = {}
        self._original_map: DocMap | None = None
        self._wake.connect(self._process, Qt.ConnectionType.QueuedConnection)
        self._close.connect(self._shutdown, Qt.ConnectionType.QueuedConnection)

    # -- called from any thread -------------------------------------------------------

    def submit(self, request: CheckRequest) -> None:
        """Queue a check; an older request for the same pane that has not started is dropped."""
        with self._lock:
            self._pending[request.pane] = request
        self._wake.emit()

    def submit_slow_raw(self, slow: SlowRaw) -> None:
        """Merge a slow engine's raw result into this (fast) worker's next outcome."""
        with self._lock:
            self._pending_slow[slow.pane] = slow
        self._wake.emit()

    def has_pending(self) -> bool:
        """Whether requests wait to be checked."""
        with self._lock:
            return bool(self._pending or self._pending_slow)

    def request_close(self) -> None:
        """Stop after the current check, release the engines and end the thread."""
        with self._lock:
            self._stopping = True
            self._pending.clear()
            self._pending_slow.clear()
        self._close.emit()

    # -- worker thread ----------------------------------------------------------------

    @Slot()
    def start_up(self) -> None:
        """Build the pipeline and warm its engines up (the first Harper lint is slow)."""
        names: list[str] = []
        try:
            self._pipeline = self._build()
        except Exception as exc:  # an engine that cannot even be built
            log.exception("building the check pipeline failed")
            self.failed.emit(f"The checker could not start: {exc}")
            self._pipeline = None
        if self._pipeline is not None:
            for checker in self._pipeline.checkers:
                warm = getattr(checker, "warm_up", None)
                if self._stopping or not callable(warm):
                    continue
                try:
                    warm(self._warm_language)
                except Exception as exc:  # warm-up is best effort; check() reports errors
                    log.warning("warming up %s failed: %s", checker.name, exc)
            names = self._pipeline.engine_names
        self._started = True
        self.ready.emit(names)
        self._process()

    @Slot()
    def _shutdown(self) -> None:
        if self._pipeline is not None:
            try:
                self._pipeline.close()
            except Exception:
                log.exception("closing the check pipeline failed")
            self._pipeline = None
        thread = QThread.currentThread()
        if thread is not None:
            thread.quit()

    @Slot()
    def _process(self) -> None:
        if not self._started:
            return
        announced = False
        while True:
            item = self._next()
            if item is None:
                break
            if not announced:
                self.busy.emit(True)
                announced = True
            try:
                if isinstance(item, SlowRaw):
                    self._merge_slow(item)
                else:
                    self._check(item)
            except Cancelled:
                continue
            except Exception as exc:  # a bug in an engine must not kill the worker
                log.exception("checking failed")
                self.failed.emit(f"Checking failed: {exc}")
        if announced:
            self.busy.emit(False)

    def _next(self) -> CheckRequest | SlowRaw | None:
        with self._lock:
            if self._stopping:
                return None
            if self._pending_slow:
                return self._pending_slow.pop(next(iter(self._pending_slow)))
            for pane in (DRAFT, ORIGINAL):
                if pane in self._pending:
                    return self._pending.pop(pane)
            if self._pending:
                return self._pending.pop(next(iter(self._pending)))
        return None

    def _superseded(self, pane: str) -> bool:
        with self._lock:
            return self._stopping or pane in self._pending

    def _check(self, request: CheckRequest) -> None:
        if self._pipeline is None:
            return
        raw = self._pipeline.check_raw(
            request.text, request.ctx, is_cancelled=lambda: self._superseded(request.pane)
        )
        if self._slow:
            slow = SlowRaw(request.pane, request.revision, request.text, raw, request.doc)
            self.raw_ready.emit(slow)
            return
        last = _Last(request, raw)
        if request.original is not None:
            last.extra = self._redline(request.original, request.text)
        self._last[request.pane] = last
        self.outcome.emit(self._finalize(last))

    def _merge_slow(self, slow: SlowRaw) -> None:
        self._slow_raw[slow.pane] = slow
        last = self._last.get(slow.pane)
        if last is not None and last.request.doc == slow.doc and self._pipeline is not None:
            self.outcome.emit(self._finalize(last))

    def _finalize(self, last: _Last) -> CheckOutcome:
        assert self._pipeline is not None
        request, raw = last.request, last.raw
        combined = RawResult(
            text=request.text,
            by_engine=dict(raw.by_engine),
            errors=dict(raw.errors),
            paragraphs_checked=raw.paragraphs_checked,
            elapsed=raw.elapsed,
        )
        slow = self._slow_raw.get(request.pane)
        if slow is not None and slow.doc == request.doc:
            for engine, issues in slow.raw.by_engine.items():
                if slow.text != request.text:
                    issues = carry_over(issues, slow.text, request.text)
                combined.by_engine[engine] = issues
            combined.errors.update(slow.raw.errors)
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

    def _redline(self, original: str, draft: str) -> dict[str, object]:
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
