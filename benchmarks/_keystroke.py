"""A keystroke as the checker process handles it for the window, timed part by part.

The window sends each snapshot of the draft (with the original, for the redline) to the
checker process, whose :class:`CheckService` diffs the redline, runs the pipeline
(Harper on its own thread, our engines meanwhile), merges and filters per line and lays
the issues out per block. :func:`type_in_paragraphs` does exactly that, in process, on
keystrokes typed a letter at a time into a few paragraphs, and times each part:

- ``redline``: the draft diffed against the original (while Harper lints, once our
  engines are done; before the engines start until keystroke5);
- ``pipeline passes``: the pipeline's own work (split into lines, the base, the cache,
  handing Harper its paragraph), i.e. the check's wall time less Harper's span;
- ``our engines``: ours, on the pipeline's thread while Harper lints;
- ``waiting for Harper``: Harper's span beyond ours (zero when ours take longer);
- ``Harper's lint``: on its own thread (overlaps ``our engines``);
- ``merge, filters``: the finalizer; ``layout per block``: what goes to the window.

Timing hooks are wrapped around the real methods (benchmark only).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines import harper_engine
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.service import check_service, outcome, redline_follow
from reviewdesk.service.check_service import CheckRequest, CheckService

ENGINE = "harper"
WORD = " recieved"  # typed a letter at a time: 9 keystrokes, the last a misspelling


@dataclass
class Keystrokes:
    """Per keystroke, seconds of each part (see the module's docstring)."""

    total: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    first_in_paragraph: list[float] = field(default_factory=list)
    later_in_paragraph: list[float] = field(default_factory=list)
    parts: dict[str, list[float]] = field(default_factory=dict)

    def add(self, part: str, seconds: float) -> None:
        self.parts.setdefault(part, []).append(seconds)

    def median(self, part: str) -> float:
        return statistics.median(self.parts.get(part) or [0.0])


class _Hooks:
    """Wall time of the redline, Harper's lint, the finalizer and the layout, per check."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._undo: list[Callable[[], None]] = []

    def _wrap(self, owner: object, name: str, part: str) -> None:
        real = getattr(owner, name)

        def timed(*args: object, **kwargs: object) -> object:
            if part == "redline" and self.seconds.get("in check_raw"):
                self.seconds["redline inside"] = 1.0  # diffed while Harper lints
            t0 = time.perf_counter()
            self.seconds["in " + name] = 1.0
            try:
                return real(*args, **kwargs)
            finally:
                self.seconds["in " + name] = 0.0
                self.seconds[part] = self.seconds.get(part, 0.0) + time.perf_counter() - t0

        setattr(owner, name, timed)
        self._undo.append(lambda: setattr(owner, name, real))

    def __enter__(self) -> _Hooks:
        self._wrap(redline_follow.RedlineFollower, "redline", "redline")
        self._wrap(harper_engine.HarperChecker, "_lint", "Harper's lint (its thread)")
        self._wrap(CheckPipeline, "finalize_lines", "merge, filters")
        self._wrap(CheckPipeline, "check_raw", "check_raw")
        self._wrap(outcome.Layout, "run", "layout per block")
        return self

    def __exit__(self, *exc: object) -> None:
        for undo in reversed(self._undo):
            undo()
        self._undo.clear()


def type_in_paragraphs(
    pipeline: CheckPipeline, text: str, ctx: CheckContext, paragraphs: int = 3
) -> Keystrokes:
    """Type :data:`WORD` a letter at a time into ``paragraphs`` prose paragraphs of
    ``text`` (already checked by ``pipeline``), through a :class:`CheckService` with the
    original beside the draft, as the window does; time each keystroke's check."""
    service = CheckService(lambda: pipeline)
    service._pipeline = pipeline  # built and warm: start_up would build another
    out = Keystrokes()
    service.check(CheckRequest("original", 0, text, ctx), lambda: False)
    # the window checks both panes when it opens an article: the draft's first keystroke
    # finds its pane's results (a first layout of every block is not a keystroke's)
    service.check(CheckRequest("draft", 0, text, ctx, original=text), lambda: False)
    paras = text.split("\n")
    prose = [k for k, p in enumerate(paras) if len(p.split()) > 5]
    revision = 0
    with _Hooks() as hooks:
        for n in range(paragraphs):
            k = prose[(37 * n + 11) % len(prose)]
            words = paras[k].split(" ")
            at = len(" ".join(words[: len(words) // 2]))
            head, tail = paras[k][:at], paras[k][at:]
            for typed in range(1, len(WORD) + 1):
                paras[k] = head + WORD[:typed] + tail
                draft = "\n".join(paras)
                revision += 1
                hooks.seconds.clear()
                request = CheckRequest("draft", revision, draft, ctx, original=text)
                c0, t0 = time.process_time(), time.perf_counter()
                result = service.check(request, lambda: False)
                wall = time.perf_counter() - t0
                out.cpu.append(time.process_time() - c0)
                assert result is not None and not isinstance(result, check_service.SlowRaw)
                raw = service._last["draft"].raw
                _parts(out, raw.timings, raw.elapsed, hooks.seconds, wall)
                out.total.append(wall)
                (out.first_in_paragraph if typed == 1 else out.later_in_paragraph).append(wall)
    return out


def _parts(
    out: Keystrokes,
    timings: dict[str, float],
    elapsed: float,
    hooked: dict[str, float],
    wall: float,
) -> None:
    harper = timings.get(ENGINE, 0.0)
    ours = sum(s for e, s in timings.items() if e != ENGINE)
    redline = hooked.get("redline", 0.0)
    inside = redline if hooked.get("redline inside") else 0.0  # in Harper's span
    out.add("redline", redline)
    out.add("pipeline passes", elapsed - max(harper, ours + inside))
    out.add("our engines", ours)
    out.add("waiting for Harper", max(0.0, harper - ours - inside) if harper else 0.0)
    out.add("Harper's lint (its thread)", hooked.get("Harper's lint (its thread)", 0.0))
    out.add("merge, filters", hooked.get("merge, filters", 0.0))
    out.add("layout per block", hooked.get("layout per block", 0.0))
    counted = (
        redline
        - inside
        + elapsed
        + hooked.get("merge, filters", 0.0)
        + hooked.get("layout per block", 0.0)
    )
    out.add("the rest (service)", max(0.0, wall - counted))
    for engine, seconds in timings.items():
        if engine != ENGINE:
            out.add(f"  {engine}", seconds)


PARTS = (
    "redline",
    "pipeline passes",
    "our engines",
    "waiting for Harper",
    "merge, filters",
    "layout per block",
    "the rest (service)",
)
"""The parts that add up to a keystroke's wall time (Harper's lint overlaps ours)."""
