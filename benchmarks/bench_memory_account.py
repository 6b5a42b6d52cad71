"""Where each 10 MB goes: the whole app's memory at 100k words, item by item (issue 14).

The real window (offscreen) opens a 100k-word article and waits until both panes are
checked; its checker is the real one, started through ``checker_probe.py``. Then each
process drops what it holds one structure at a time, collects its garbage and trims its
C heap, and reads its PSS after each drop: what a drop gives back is what that structure
held (measured, not estimated). What is left at the end (interpreter, libraries, Harper's
dictionary, Qt) is split by mapping (``/proc/PID/smaps``) and by a bare process that
only imports and builds the dictionary. Prints a table; asserts nothing.

    .venv/bin/python benchmarks/bench_memory_account.py [--words N]
    .venv/bin/python benchmarks/bench_memory_account.py --child FILE   # the window's side
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import signal
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    child_result,
    header,
    long_text,
    pss_by_mapping,
    pss_mb,
    script_result,
    window_env,
)

_BENCH_DIR = Path(__file__).resolve().parent
PROBE = _BENCH_DIR / "checker_probe.py"
BIG_MB = 10.0  # the issue: "report where each 10 MB goes"


def _trimmed_pss() -> float:
    from reviewdesk.core.memory import trim_heap

    gc.collect()
    trim_heap()
    return pss_mb()


def _settle(app: Any, seconds: float = 0.3) -> None:
    """Let the event loop run (highlighters redraw in slices)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def _window_drops(app: Any, window: Any, remote: Any) -> dict[str, Any]:
    session = window.session
    editors = (window.original, window.draft)
    out: dict[str, Any] = {"pss": pss_mb(), "mappings": pss_by_mapping()}
    before = _trimmed_pss()
    out["pss_trimmed"] = before
    drops: list[tuple[str, float]] = []

    def drop(name: str, fn: Any) -> None:
        nonlocal before
        fn()
        _settle(app)
        now = _trimmed_pss()
        drops.append((name, before - now))
        before = now

    def layer(name: str) -> Any:
        def go() -> None:
            for editor in editors:
                highlighter = editor.highlighter
                if name in highlighter._layers:
                    highlighter.set_layer(name, {})
                # until the blocks near the view are drawn (far ones wait for the view)
                while highlighter._timer.isActive():
                    app.processEvents()

        return go

    names = sorted({n for e in editors for n in e.highlighter._layers})
    for name in names:
        drop(f"the {name} layer: its block spans and Qt's formats in the layouts", layer(name))
    drop("the issues panel's rows", lambda: session.issues_panel.set_issues([], ""))

    def pane_states() -> None:
        for state in session._panes.values():
            state.issues = []
            state._docmap = None
        session.results.forget()

    drop("the panes' issue lists and offset maps", pane_states)

    def received() -> None:
        if remote is not None:
            remote._received.clear()
            remote._texts.clear()
            remote._originals.clear()

    drop("the checker's results and texts as received (the window's side)", received)

    def undo() -> None:
        for editor in editors:
            editor.document().clearUndoRedoStacks()

    drop("the panes' undo stacks", undo)
    drop(
        "the article closed (Qt's documents and layouts, the article's texts)",
        session.close_article,
    )
    out["drops"] = drops
    out["left"] = before
    out["left_mappings"] = pss_by_mapping()
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _checker_ended(pid: int | None, seen: list[int]) -> bool:
    """Whether the probed checker (the first one ``seen``) ended or was replaced before the
    account: its figures would never come. A probe that failed at its start (memory19's
    run) left the window waiting its whole timeout, then the parent raised."""
    if not seen:
        if pid is not None:
            seen.append(pid)
        return False
    return pid != seen[0] or not _alive(seen[0])


def child(path: str) -> int:
    """The window with the probed checker: open ``path``, wait for both panes, account."""
    import bench_gui
    from PySide6.QtCore import QTimer

    from reviewdesk.service import spawn

    def probed(module: str, args: Any = ()) -> list[str]:
        return [sys.executable, str(PROBE), *args]

    # the checker is spawned by service.spawn (it imported module_command by name)
    spawn.module_command = probed  # type: ignore[assignment]
    app, library, coordinator, window = bench_gui._build_window()
    t0 = time.perf_counter()
    target = Path(os.environ["REVIEWDESK_PROBE_OUT"])

    at_idle: dict[str, float] = {}

    def at_four_seconds() -> None:
        pid = coordinator.checker_pid
        at_idle["window_pss"] = pss_mb()
        at_idle["checker_pss"] = pss_mb(pid) if pid is not None else 0.0
        bench_gui._when_settled([None, pid], report)

    def report(waited: float) -> None:
        watch.stop()  # the probe's drops keep it alive; the result comes from here now
        pid = coordinator.checker_pid
        result: dict[str, Any] = {
            "seconds": time.perf_counter() - t0,
            "window_pss": pss_mb(),
            "checker_pss": pss_mb(pid) if pid is not None else 0.0,
            "idle_window_pss": at_idle.get("window_pss", 0.0),
            "idle_checker_pss": at_idle.get("checker_pss", 0.0),
            "settled_after": waited,
        }
        remote = getattr(getattr(coordinator, "_fast", None), "_service", None)
        if pid is not None:
            os.kill(pid, signal.SIGUSR1)
            waited = 0.0
            while not target.exists() and waited < 300:
                time.sleep(0.1)
                waited += 0.1
            if target.exists():
                result["checker"] = json.loads(target.read_text(encoding="utf-8"))
        result["window"] = _window_drops(app, window, remote)
        bench_gui._emit(**result)
        app.quit()

    bench_gui._when_checked(
        window, lambda: QTimer.singleShot(bench_gui.IDLE_BEFORE_MEMORY_MS, at_four_seconds)
    )
    seen: list[int] = []

    def watch_checker() -> None:
        if _checker_ended(coordinator.checker_pid, seen):
            watch.stop()
            bench_gui._emit(error=f"its checker process ({seen[0]}) ended before the account")
            app.quit()

    watch = QTimer()
    watch.timeout.connect(watch_checker)
    watch.start(1000)
    window.open_file(path)
    QTimer.singleShot(int(bench_gui.TIMEOUT_S * 1000), app.quit)
    app.exec()
    coordinator.shutdown()
    library.close()
    return 0


_BARE = textwrap.dedent(
    f"""
    import json, sys
    sys.path.insert(0, {str(_BENCH_DIR)!r})
    from _common import pss_mb
    steps = {{"interpreter": pss_mb()}}
    import reviewdesk.service.checker_loop, reviewdesk.core.engines.registry
    import reviewdesk.core.engines.harper_engine, harper
    steps["the checker's modules imported"] = pss_mb()
    harper.Linter()
    steps["Harper's dictionary (per process, never freed)"] = pss_mb()
    print(json.dumps(steps))
    """
)


def _bare_checker() -> dict[str, float]:
    from reviewdesk.service.spawn import checker_environment  # the checker's own allocator

    env = dict(checker_environment(), PYTHONDONTWRITEBYTECODE="1")
    return dict(script_result(_BARE, env=env))


def run(path: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="reviewdesk-account-") as tmp:
        env = window_env(
            tmp, PYTHONDONTWRITEBYTECODE="1", REVIEWDESK_PROBE_OUT=str(Path(tmp) / "probe.json")
        )
        return dict(child_result([sys.executable, __file__, "--child", str(path)], env))


def _rows(title: str, side: dict[str, Any], bare: dict[str, float] | None) -> None:
    print(f"\n{title}: PSS {side['pss']:.1f} MB; after gc + malloc_trim {side['pss_trimmed']:.1f}")
    trimmed = side["pss"] - side["pss_trimmed"]
    print(f"  {'the C heap trimmed (free pages malloc kept)':66} {trimmed:6.1f}")
    small = 0.0
    for name, mb in side["drops"]:
        mark = "*" if mb >= BIG_MB else " "
        print(f" {mark}{name:66} {mb:6.1f}")
        small += mb if mb < BIG_MB else 0.0
    print(f"  {'(of which items under 10 MB each)':66} {small:6.1f}")
    left = side["left"]
    print(f"  {'left when all of it is dropped':66} {left:6.1f}")
    if bare:
        steps = list(bare.items())
        prev = 0.0
        for name, mb in steps:
            print(f"    {name:64} {mb - prev:6.1f}")
            prev = mb
        rest = "the rest (allocator slack, libraries loaded later, threads)"
        print(f"    {rest:64} {left - prev:6.1f}")
    if side.get("lemminflect_loaded"):
        print("    (LemmInflect and numpy imported: their modules and libraries are in it)")
    cells = ", ".join(f"{n} {mb:.1f}" for n, mb in side["left_mappings"] if mb >= 1.0)
    print(f"    by mapping: {cells}")


def print_account(path: Path, words: int) -> None:
    """Run the window and its checker on ``path``; print where each 10 MB goes."""
    header(f"Where each 10 MB goes: {words // 1000}k words in the window (PSS, MB)")
    print(f"load average {os.getloadavg()[0]:.1f}")
    import bench_gui

    r = run(path)
    if "error" in r:  # said in one line rather than a traceback ending `make bench`
        print(f"no account: {r['error']}")
        return
    bare = _bare_checker()
    idle_s = bench_gui.IDLE_BEFORE_MEMORY_MS / 1000
    total = r["window_pss"] + r["checker_pss"]
    if "idle_window_pss" in r:
        at_idle = r["idle_window_pss"] + r["idle_checker_pss"]
        print(
            f"both panes checked, then idle {idle_s:.0f} s: window {r['idle_window_pss']:.1f}"
            f" + checker {r['idle_checker_pss']:.1f} = {at_idle:.1f} MB PSS (a moment: "
            "before, inside or after the checker's idle release)"
        )
    print(
        f"settled ({r.get('settled_after', 0.0):.1f} s more, both processes quiet; the "
        f"target's figure): window {r['window_pss']:.1f} + checker {r['checker_pss']:.1f} = "
        f"{total:.1f} MB PSS (target <= 400)"
    )
    if "checker" in r and "error" not in r["checker"]:
        _rows("checker process", r["checker"], bare)
    else:
        print(f"checker: no account ({r.get('checker')})")
    _rows("window process", r["window"], None)
    print("* = 10 MB or more. Each figure is the PSS a drop gave back (gc + malloc_trim after).")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", default=None)
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    if args.child:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return child(args.child)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-article.txt"
        path.write_text(long_text(args.words), encoding="utf-8")
        print_account(path, args.words)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
