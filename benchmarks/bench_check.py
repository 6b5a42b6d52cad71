"""Check-speed benchmarks: warm check, incremental re-check, cold start.

Prints numbers and their targets; asserts nothing. Run with ``make bench`` or
``.venv/bin/python benchmarks/bench_check.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    DEMO,
    REPO,
    header,
    long_text,
    ms,
    sample_path,
    sample_text,
    summary,
    timed,
    verdict,
)

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline

WARM_UP_TEXT = (
    "The committee met on Thursday to discuss the budget. Their was a long debate about "
    "the new library, and several members said they would vote against it.\n\n"
    "A spokesperson later said the plan would be revised."
)
WARM_TARGET_HARPER = 0.050
WARM_TARGET_ALL = 0.100
RATIO_TARGET = 50.0
COLD_TARGET = 2.0


def warmed(settings: EngineSettings) -> CheckPipeline:
    """A pipeline whose engines have linted something else once (the first lint is slow)."""
    pipeline = build_fast_pipeline(settings)
    pipeline.check(WARM_UP_TEXT, CheckContext())
    pipeline.clear_cache()
    return pipeline


_FRESH = textwrap.dedent(
    """
    import json, sys, time
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
    settings = EngineSettings(harper=True, editorial=sys.argv[3] == "all")
    pipeline = build_fast_pipeline(settings)
    ctx = CheckContext()
    pipeline.check(open(sys.argv[1], encoding="utf-8").read(), ctx)  # warm up on other text
    pipeline.clear_cache()
    text = open(sys.argv[2], encoding="utf-8").read()
    t0 = time.perf_counter()
    result = pipeline.check(text, ctx)
    print(json.dumps({"seconds": time.perf_counter() - t0, "issues": len(result.issues),
                      "engines": pipeline.engine_names}))
    """
)


def _fresh_check(which: str, runs: int = 3) -> tuple[list[float], int, list[str]]:
    """Warm engines, but the sample is new to them: one fresh process per run."""
    sample = sample_path()
    times: list[float] = []
    report: dict = {}
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", _FRESH, str(DEMO), str(sample), which],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
        )
        report = json.loads(proc.stdout.strip().splitlines()[-1])
        times.append(report["seconds"])
    return times, report["issues"], report["engines"]


def bench_warm_check() -> None:
    label, text = sample_text()
    header(f"Warm check of {label} ({len(text.split())} words)")
    print("(a) engines warmed up on the demo article; the sample is new to them (the")
    print("    first check of an article just opened). One fresh process per run.")
    print("(b) the same text again, pipeline cache cleared each run: Harper keeps internal")
    print("    caches keyed on text it has seen, so this is a re-check of known text.")
    ctx = CheckContext()
    rows = [
        ("Harper only", "harper", EngineSettings(harper=True, editorial=False),
         WARM_TARGET_HARPER),
        ("all fast engines", "all", EngineSettings(), WARM_TARGET_ALL),
    ]
    for name, which, settings, target in rows:
        fresh, issues, engines = _fresh_check(which)
        med = statistics.median(fresh)
        print(
            f"(a) {name:17} [{', '.join(engines)}]: {summary(fresh)}; {issues} issues; "
            f"target <= {target * 1000:.0f} ms: {verdict(med <= target)}"
        )
        pipeline = warmed(settings)

        def run(pipeline: CheckPipeline = pipeline) -> None:
            pipeline.clear_cache()
            pipeline.check(text, ctx)

        run()  # Harper sees the sample once
        times = timed(run, 15)
        med = statistics.median(times)
        print(
            f"(b) {name:17} [{', '.join(pipeline.engine_names)}]: {summary(times)}; "
            f"target <= {target * 1000:.0f} ms: {verdict(med <= target)}"
        )
        pipeline.close()


def _edit_one_word(text: str, paragraph_index: int) -> str:
    paras = text.split("\n")
    prose = [i for i, p in enumerate(paras) if len(p.split()) > 5]
    i = prose[paragraph_index % len(prose)]
    words = paras[i].split(" ")
    words[len(words) // 2] = "recieved"
    paras[i] = " ".join(words)
    return "\n".join(paras)


def bench_incremental() -> None:
    text = long_text(50_000)
    n_paras = sum(1 for p in text.split("\n") if p.strip())
    header(f"Re-check after a one-word edit, 50k-word text ({len(text.split())} words, "
           f"{n_paras} paragraphs)")
    ctx = CheckContext()
    pipeline = warmed(EngineSettings())

    def full() -> None:
        pipeline.clear_cache()
        pipeline.check(text, ctx)

    full_times = timed(full, 3)
    pipeline.check(text, ctx)  # cache holds every paragraph of the current text

    edit_times = []
    raw_times = []
    checked = []
    current = text
    for k in range(7):
        edited = _edit_one_word(current, 37 * k + 11)
        t0 = time.perf_counter()
        raw = pipeline.check_raw(edited, ctx)
        t1 = time.perf_counter()
        result = pipeline.finalize(raw, ctx)
        t2 = time.perf_counter()
        edit_times.append(t2 - t0)
        raw_times.append(t1 - t0)
        checked.append(result.paragraphs_checked)
        current = edited
    full_med = statistics.median(full_times)
    edit_med = statistics.median(edit_times)
    ratio = full_med / edit_med
    print(f"full check (cache cleared):   {summary(full_times)}")
    print(f"re-check after one-word edit: {summary(edit_times)}; "
          f"engines only {ms(statistics.median(raw_times))}; "
          f"paragraphs re-checked per edit: {sorted(set(checked))}")
    print(f"ratio full / incremental: {ratio:8.1f}x  target >= {RATIO_TARGET:.0f}x: "
          f"{verdict(ratio >= RATIO_TARGET)}")
    print("per engine, re-check after one more one-word edit (paragraph-scoped engines use")
    print("their cache; document-scoped ones see the whole text):")
    for n, checker in enumerate(pipeline.checkers):
        current = _edit_one_word(current, 53 + 17 * n)
        t0 = time.perf_counter()
        pipeline.check_raw(current, ctx, engines=[checker.name])
        print(f"  {checker.name:14} ({checker.scope:9}) {ms(time.perf_counter() - t0)}")
    pipeline.close()


_COLD = textwrap.dedent(
    """
    import json, sys, time
    t0 = time.perf_counter()
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
    t1 = time.perf_counter()
    pipeline = build_fast_pipeline(EngineSettings())
    t2 = time.perf_counter()
    text = open(sys.argv[1], encoding="utf-8").read()
    result = pipeline.check(text, CheckContext())
    t3 = time.perf_counter()
    print(json.dumps({"import": t1 - t0, "build": t2 - t1, "first_check": t3 - t2,
                      "issues": len(result.issues)}))
    """
)


def bench_cold_start() -> None:
    header("Cold start: new process, import + build + first check of the demo article")
    totals = []
    parts = []
    for _ in range(3):
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-c", _COLD, str(DEMO)],
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO,
            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"),
        )
        totals.append(time.perf_counter() - t0)
        parts.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    med = statistics.median(totals)
    best = parts[totals.index(min(totals))]
    print(f"process start to first result: {summary(totals)}; target <= {COLD_TARGET:.0f} s "
          f"(the GUI's cold start to first highlight is in bench_gui.py): "
          f"{verdict(med <= COLD_TARGET)}")
    print(f"  of which (best run): import {ms(best['import'])}, build {ms(best['build'])}, "
          f"first check incl. Harper warm-up {ms(best['first_check'])}; "
          f"{best['issues']} issues")


def main() -> None:
    print(f"Python {sys.version.split()[0]} on {os.cpu_count()} cores")
    bench_warm_check()
    bench_incremental()
    bench_cold_start()


if __name__ == "__main__":
    main()
