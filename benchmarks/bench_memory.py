"""Memory benchmarks: resident set size with a 100k-word text checked / open in the window.

Each figure comes from a fresh child process, so one measurement's peak does not leak
into the next. Prints numbers and their targets; asserts nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, long_text, script_result, verdict

RSS_TARGET_MB = 400.0  # issue 14: the whole app (window + checker, PSS) at 100k words
WORDS = 100_000

_BENCH_DIR = str(Path(__file__).resolve().parent)

_PIPELINE = textwrap.dedent(
    f"""
    import json, sys
    sys.path.insert(0, {_BENCH_DIR!r})
    from _common import rss_mb
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
    baseline = rss_mb()[0]
    which = sys.argv[2]
    settings = EngineSettings().switch(
        harper=which in ("all", "harper"),
        grammar=which in ("all", "grammar"),
        editorial=which in ("all", "editorial"),
    )
    pipeline = build_fast_pipeline(settings)
    # unknown words: Harper builds its spelling-suggestion tables on the first one
    pipeline.check("A short warm-up text, with an typo or two by Zbrovnikova.", CheckContext())
    warm = rss_mb()[0]
    issues = 0
    if sys.argv[1] != "-":
        text = open(sys.argv[1], encoding="utf-8").read()
        result = pipeline.check(text, CheckContext())
        issues = len(result.issues)
    current, peak = rss_mb()
    print(json.dumps({{"baseline": baseline, "warm": warm, "rss": current, "peak": peak,
                      "issues": issues}}))
    """
)


def _pipeline_child(path: str, which: str = "all") -> dict:
    return dict(
        script_result(_PIPELINE, path, which, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    )


def bench_pipeline(path: Path) -> None:
    header(f"RSS, {WORDS // 1000}k-word text checked by the fast pipeline (no GUI)")
    full = _pipeline_child(str(path))
    print(f"interpreter + reviewdesk core imported:  {full['baseline']:7.1f} MB")
    print(
        f"pipeline built and warm (short text):    {full['warm']:7.1f} MB "
        "(mostly Harper's dictionary and spelling tables)"
    )
    print(
        f"after checking {WORDS // 1000}k words ({full['issues']} issues): "
        f"{full['rss']:7.1f} MB now, {full['peak']:7.1f} MB peak; target <= "
        f"{RSS_TARGET_MB:.0f} MB: {verdict(full['rss'] <= RSS_TARGET_MB)}"
    )
    harper = _pipeline_child(str(path), "harper")
    editorial = _pipeline_child(str(path), "editorial")
    grammar = _pipeline_child(str(path), "grammar")
    print("where it goes (each engine set alone, in a fresh process):")
    print(
        f"  Harper alone:              {harper['rss']:7.1f} MB now; its text cache grew "
        f"{harper['rss'] - harper['warm']:5.1f} MB (native memory, out of our hands)"
    )
    print(
        f"  editorial engines alone:   {editorial['rss']:7.1f} MB now; "
        f"{editorial['rss'] - editorial['warm']:5.1f} MB for {WORDS // 1000}k words "
        "(names model, debris readings, paragraph cache, issues)"
    )
    print(
        f"  grammar engine alone:      {grammar['rss']:7.1f} MB now ({grammar['warm']:5.1f} MB "
        f"warm: LemmInflect's lexicon and the word and word-pair counts)"
    )


def bench_window(path: Path) -> None:
    import bench_gui

    header(f"RSS, {WORDS // 1000}k-word text open in the window (offscreen)")
    reason = bench_gui.gui_available()
    if reason is not None:
        print(f"skipped: {reason}")
        return
    r, _ = bench_gui.run_child("memory", path)
    total_pss = r["pss"] + r["checker_pss"]
    idle_s = bench_gui.IDLE_BEFORE_MEMORY_MS / 1000
    print(
        f"both panes loaded and checked; read {idle_s:.0f} s later (the app idle), and "
        f"once both processes had settled ({r.get('settled_after', 0.0):.1f} s more: "
        "the checker's idle release and Harper's renewed thread done)"
    )
    if "idle_pss" in r:
        at_idle = r["idle_pss"] + r["idle_checker_pss"]
        print(
            f"  at {idle_s:.0f} s idle: window {r['idle_pss']:.1f} + checker "
            f"{r['idle_checker_pss']:.1f} = {at_idle:.1f} MB PSS (falls before, inside or "
            "after the checker's renewal: a moment, not the target's figure)"
        )
    print(
        f"  settled (issue 14 target 4's figure): window {r['pss']:.1f} + checker "
        f"{r['checker_pss']:.1f} = {total_pss:.1f} MB PSS; target <= {RSS_TARGET_MB:.0f} MB: "
        f"{verdict(total_pss <= RSS_TARGET_MB)}"
    )
    print(
        f"  window process:  {r['rss']:7.1f} MB now, {r['peak']:7.1f} MB peak; target <= "
        f"{RSS_TARGET_MB:.0f} MB: {verdict(r['rss'] <= RSS_TARGET_MB)}"
    )
    print(
        f"  checker process: {r['checker_rss']:7.1f} MB now, {r['checker_peak']:7.1f} MB peak "
        "(Harper and the editorial engines)"
    )
    print(
        f"  both together (PSS, shared pages counted once): {total_pss:7.1f} MB; "
        f"against {RSS_TARGET_MB:.0f} MB: {verdict(total_pss <= RSS_TARGET_MB)}"
    )
    for title, key in (("window", "mappings"), ("checker", "checker_mappings")):
        cells = ", ".join(f"{name} {mb:.1f}" for name, mb in r.get(key, []))
        print(f"  {title}'s PSS by mapping (MB): {cells}")


_CHECKER_STEPS = textwrap.dedent(
    f"""
    import json, sys, tracemalloc
    sys.path.insert(0, {_BENCH_DIR!r})
    from _common import rss_mb
    steps = {{"interpreter": rss_mb()[0]}}
    from reviewdesk.core.checker import CheckContext
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
    steps["reviewdesk imported"] = rss_mb()[0]
    pipeline = build_fast_pipeline(EngineSettings())
    ctx = CheckContext()
    pipeline.check("A warm-up text, with an typo by Zbrovnikova.", ctx)
    steps["Harper's dictionary and spelling tables (warm)"] = rss_mb()[0]
    tracemalloc.start()
    text = open(sys.argv[1], encoding="utf-8").read()
    pipeline.check(text, ctx)
    steps["the article checked"] = rss_mb()[0]
    snapshot = tracemalloc.take_snapshot()
    by_file = {{}}
    for stat in snapshot.statistics("filename"):
        name = stat.traceback[0].filename
        key = name.split("/src/reviewdesk/")[-1] if "/src/reviewdesk/" in name else "other"
        by_file[key] = by_file.get(key, 0) + stat.size
    top = sorted(by_file.items(), key=lambda kv: -kv[1])[:12]
    print(json.dumps({{"steps": steps, "python": [(k, v / 1e6) for k, v in top],
                      "traced": tracemalloc.get_traced_memory()[0] / 1e6}}))
    """
)


def bench_breakdown(path: Path) -> None:
    """Where the memory goes, step by step, in each process (the 400 MB target)."""
    header(f"Where the memory goes, {WORDS // 1000}k words (RSS after each step)")
    r = script_result(_CHECKER_STEPS, str(path), env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    _print_steps("checker (the fast engines; no GUI)", r)
    import bench_gui

    if bench_gui.gui_available() is None:
        w, _ = bench_gui.run_child("memory-steps", path)
        _print_steps("window's process", w)
        print(f"  window's process PSS at the end: {w['pss']:7.1f} MB")


def _print_steps(title: str, r: dict) -> None:
    print(f"{title}:")
    before = 0.0
    for step, mb in r["steps"].items():
        print(f"  {step:48} {mb:7.1f} MB  (+{mb - before:6.1f})")
        before = mb
    print(f"  Python objects made since (traced): {r['traced']:.1f} MB, by module:")
    for module, mb in r["python"]:
        print(f"    {module:46} {mb:6.1f} MB")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-article.txt"
        text = long_text(WORDS)
        path.write_text(text, encoding="utf-8")
        print(f"text: {len(text.split())} words, {len(text) / 1e6:.2f} M characters")
        bench_pipeline(path)
        bench_window(path)
        bench_breakdown(path)
        import bench_memory_account

        bench_memory_account.print_account(path, WORDS)


if __name__ == "__main__":
    main()
