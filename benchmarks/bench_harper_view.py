"""Harper only near the view for a huge article, the rest later: what it would save.

Issue 14 asked to try it. The checker already goes through a huge article the lines in
view first (``service/priority.py``), so the first highlights do not wait for the rest;
the question is what Harper costs for the rest of the article, in memory and CPU. Each
mode runs in a fresh process (the fast pipeline, warm), on a 100k-word article with the
first 40 lines in view:

  whole  the view first, then every paragraph by every engine (as now), then the full check
  view   the view by every engine; the rest and the full check without Harper (its
         results for the rest would come "at idle", later: not run here)

Printed: CPU and wall time to the view's results, total CPU, peak RSS, and PSS once idle
(after the checker loop's idle release: Harper's thread renewed, the heap trimmed).
Asserts nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, long_text, script_result

_BENCH_DIR = str(Path(__file__).resolve().parent)

_RUN = textwrap.dedent(
    f"""
    import json, sys, time
    sys.path.insert(0, {_BENCH_DIR!r})
    from _common import pss_mb, rss_mb, harper_idle
    from reviewdesk.core.checker import CancelToken, CheckContext
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
    from reviewdesk.core.lines import Lines
    mode = sys.argv[2]
    pipeline = build_fast_pipeline(EngineSettings())
    ctx = CheckContext()
    pipeline.check("A warm-up text, with an typo by Zbrovnikova.", ctx)
    harper_idle(pipeline)
    warm = pss_mb()
    text = open(sys.argv[1], encoding="utf-8").read()
    lines = Lines.of(text)
    view = [k for k in range(min(40, len(lines)))]
    never = CancelToken(lambda: False)
    t0, c0 = time.perf_counter(), time.process_time()
    pipeline.check_paragraphs(lines, ctx, view, never)
    first = (time.perf_counter() - t0, time.process_time() - c0)
    if mode == "view":
        pipeline.checkers = [c for c in pipeline.checkers if c.name != "harper"]
    rest = [k for k in range(len(lines)) if k >= len(view)]
    for at in range(0, len(rest), 60):
        pipeline.check_paragraphs(lines, ctx, rest[at : at + 60], never)
    pipeline.check_raw(text, ctx)
    cpu = time.process_time() - c0
    peak = rss_mb()[1]
    harper_idle(pipeline)
    release = getattr(pipeline, "release_memory", None)
    if release is not None:  # as the checker loop does once the window is idle
        release()
        harper_idle(pipeline)  # Harper's new thread warm
        from reviewdesk.core.memory import trim_heap
        trim_heap()
    print(json.dumps({{"warm": warm, "first": first, "cpu": cpu, "peak": peak,
                      "idle": pss_mb()}}))
    """
)


def _run(path: Path, mode: str) -> dict:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", MALLOC_ARENA_MAX="2")
    return dict(script_result(_RUN, str(path), mode, env=env))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(long_text(100_000), encoding="utf-8")
        header("Harper near the view only, 100k words (checker pipeline, no window)")
        print(f"load average {os.getloadavg()[0]:.1f}")
        for mode in ("whole", "view"):
            r = _run(path, mode)
            wall, cpu = r["first"]
            print(
                f"{mode:5}: the view's results after {wall:5.2f} s ({cpu:4.2f} s CPU); "
                f"total CPU {r['cpu']:5.1f} s; peak RSS {r['peak']:6.1f} MB; PSS warm "
                f"{r['warm']:6.1f}, idle after {r['idle']:6.1f} MB"
            )


if __name__ == "__main__":
    main()
