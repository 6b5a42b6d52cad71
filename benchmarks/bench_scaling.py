"""How checking scales with the article: 1k to 200k words (issue 14's scaling table).

For each size, in fresh processes:

- the engines alone (no GUI): a full check with every cache cleared, then a keystroke as
  the window's checker takes it, the same path as ``bench_check.py``'s (c)
  (``_keystroke.type_in_paragraphs``): a word typed a letter at a time into 3 paragraphs,
  each snapshot through ``CheckService`` with the original beside it (redline, pipeline,
  merge and filters, layout per block), both panes checked first; the median of the 27
  keystrokes' wall clock, of the first letter in each paragraph, and of the process's CPU;
  and the process's peak RSS;
- the real window (offscreen, checker process and all, ``bench_gui``'s stall child): the
  open call on the UI thread, the time until both panes are full and the longest stall
  meanwhile; the longest UI-thread stall while the file opens and both panes are checked, its 99th
  percentile, and the UI thread's own CPU time in its longest gap (on a loaded machine
  the wall-clock gaps include time the process was not run at all); the peak RSS of the
  window's and the checker's processes.

Then, per 1,000 words, the full check and the keystroke cost, and how each grows from
one size to the next (the exponent k of t ~ n^k: 1 is linear, 0 is flat). Prints the
machine's load with the figures; asserts nothing.

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 1000,5000,...] [--no-gui] [--with-200k]

Without ``--with-200k`` (or ``BENCH_200K=1``, which ``make bench`` passes on) the sizes
stop at 100k words: the 200k row alone takes about as long as the others together. A
200k-word article (~1.3 million characters) is over the window's article limit
(``formats.limits.MAX_ARTICLE_CHARS``, about 160,000 words), so that row has the engines'
figures only and says why; the window refuses such a file before any work starts.
Times are wall-clock and CPU (the process's, Harper's thread included): on a shared
machine the CPU time and the ratios are the figures to compare.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, long_text, script_result, verdict

from reviewdesk.formats.limits import MAX_ARTICLE_CHARS

SIZES = (1_000, 5_000, 20_000, 50_000, 100_000)
BIG = 200_000
STALL_TARGET = 0.050
P99_TARGET = 0.016
KEYSTROKE_TARGET = 0.016
_BENCH_DIR = str(Path(__file__).resolve().parent)

_ENGINES = textwrap.dedent(
    f"""
    import json, statistics, sys, time
    sys.path.insert(0, {_BENCH_DIR!r})
    from _common import harper_idle, rss_mb
    from _keystroke import type_in_paragraphs
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
    text = open(sys.argv[1], encoding="utf-8").read()
    pipeline = build_fast_pipeline(EngineSettings())
    ctx = CheckContext()
    pipeline.check("A warm-up text, with an typo by Zbrovnikova.", ctx)
    pipeline.clear_cache()
    t0, c0 = time.perf_counter(), time.process_time()
    pipeline.check(text, ctx)
    full, full_cpu = time.perf_counter() - t0, time.process_time() - c0
    harper_idle(pipeline)
    # the keystroke as the window's checker takes it (bench_check's (c)): a word typed a
    # letter at a time into 3 paragraphs, each snapshot through CheckService with the
    # original beside it, both panes checked first
    keys = type_in_paragraphs(pipeline, text, ctx, 3)
    print(json.dumps({{"full": full, "full_cpu": full_cpu,
                      "engine": statistics.median(keys.total),
                      "first": statistics.median(keys.first_in_paragraph),
                      "key_cpu": statistics.median(keys.cpu), "peak": rss_mb()[1]}}))
    """
)


def _engines(path: Path) -> dict[str, float]:
    result: dict[str, float] = script_result(
        _ENGINES, str(path), env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    )
    return result


def _exponent(a: tuple[int, float], b: tuple[int, float]) -> float:
    """k in t ~ n^k between two (words, seconds) points."""
    (n1, t1), (n2, t2) = a, b
    if t1 <= 0 or t2 <= 0:
        return float("nan")
    return math.log(t2 / t1) / math.log(n2 / n1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(n) for n in SIZES))
    parser.add_argument("--no-gui", action="store_true", help="skip the window's figures")
    parser.add_argument("--with-200k", action="store_true", help="add the 200k-word row")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if (args.with_200k or os.environ.get("BENCH_200K") == "1") and BIG not in sizes:
        sizes.append(BIG)
    gui = not args.no_gui
    if gui:
        import bench_gui

        reason = bench_gui.gui_available()
        if reason is not None:
            print(f"window figures skipped: {reason}")
            gui = False
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    header(f"Scaling, 1k to 200k words ({os.cpu_count()} cores, load average {load:.2f})")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for words in sizes:
            path = Path(tmp) / f"article-{words}.txt"
            path.write_text(long_text(words), encoding="utf-8")
            row: dict[str, float] = {"words": words, **_engines(path)}
            if gui and len(path.read_text(encoding="utf-8")) <= MAX_ARTICLE_CHARS:
                r, _ = bench_gui.run_child("stall", path)
                row.update(r)
            row["load"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            rows.append(row)
            print(_line(row, gui), flush=True)
    header("Per 1,000 words, and growth from the size before (t ~ n^k)")
    for before, row in zip([None, *rows], rows, strict=False):
        per_k = 1000 / row["words"]
        grow = ""
        if before is not None:
            k_full = _exponent(
                (before["words"], before["full_cpu"]), (row["words"], row["full_cpu"])
            )
            k_key = _exponent((before["words"], before["key_cpu"]), (row["words"], row["key_cpu"]))
            grow = f"; growth k (CPU): full {k_full:.2f}, keystroke {k_key:.2f}"
        print(
            f"{row['words'] // 1000:>4}k words: full {row['full_cpu'] * per_k * 1000:6.1f} ms "
            f"CPU per 1k words; keystroke {row['key_cpu'] * per_k * 1000:7.3f} ms CPU per 1k "
            f"words{grow}"
        )
    big = next((r for r in rows if r["words"] == 50_000), None)
    if big is not None:
        ratio = big["full"] / big["engine"]
        print(
            f"\n50k words: keystroke {big['engine'] * 1000:.1f} ms through CheckService "
            f"(target <= {KEYSTROKE_TARGET * 1000:.0f} ms on a quiet machine: "
            f"{verdict(big['engine'] <= KEYSTROKE_TARGET)}), {ratio:.0f}x faster than a full "
            f"check (target >= 300x: {verdict(ratio >= 300)})"
        )
    if gui:
        worst = next((r for r in rows if r["words"] == 100_000 and "open" in r), None)
        if worst is not None:
            print(
                f"100k words: longest UI stall {worst['max_gap_check'] * 1000:.0f} ms "
                f"(target <= {STALL_TARGET * 1000:.0f}: "
                f"{verdict(worst['max_gap_check'] <= STALL_TARGET)}), p99 "
                f"{worst['p99_gap_check'] * 1000:.1f} ms (target <= {P99_TARGET * 1000:.0f}: "
                f"{verdict(worst['p99_gap_check'] <= P99_TARGET)}); the UI thread's own work "
                f"in its longest gap {worst['max_busy_check'] * 1000:.0f} ms"
            )
    return 0


def _line(row: dict[str, float], gui: bool) -> str:
    text = (
        f"{int(row['words']) // 1000:>4}k words: full check {row['full']:7.2f} s "
        f"({row['full_cpu']:6.2f} s CPU); keystroke {row['engine'] * 1000:6.1f} ms "
        f"(first letter in a paragraph {row['first'] * 1000:6.1f} ms, "
        f"{row['key_cpu'] * 1000:6.1f} ms CPU), {row['full'] / row['engine']:6.0f}x; "
        f"engines' peak RSS {row['peak']:6.1f} MB"
    )
    if gui and "open" not in row:
        text += (
            f"\n            window: not opened: the article is over the window's limit of "
            f"{MAX_ARTICLE_CHARS:,} characters (about 160,000 words); load {row['load']:.1f}"
        )
    elif gui:
        text += (
            f"\n            window: open call {row['open'] * 1000:5.0f} ms, panes full "
            f"{row.get('open_full', row['open']) * 1000:5.0f} ms, longest stall opening "
            f"{row.get('max_gap_open', 0.0) * 1000:4.0f} ms (own work "
            f"{row.get('max_busy_open', 0.0) * 1000:4.1f}); longest stall "
            f"{row['max_gap_check'] * 1000:5.0f} ms (p99 {row['p99_gap_check'] * 1000:4.1f}, "
            f"own work {row['max_busy_check'] * 1000:4.1f}); typing stall "
            f"{row['max_gap_edit'] * 1000:4.0f} ms; peak RSS window {row['peak_rss']:6.1f} MB, "
            f"checker {row['checker_peak']:6.1f} MB; load {row['load']:.1f}"
        )
    return text


if __name__ == "__main__":
    raise SystemExit(main())
