"""GUI benchmarks (offscreen): UI-thread stalls while checking, cold start to first highlight.

Each measurement runs the real window (``reviewdesk.gui.main_window.MainWindow``, wired
like ``reviewdesk.app.main``) in a fresh child process with Qt offscreen, a throwaway
library and config dir; the cold start runs the app itself, as ``reviewdesk FILE`` does
(``_cold_app.py``). Prints numbers and their targets; asserts nothing.

    .venv/bin/python benchmarks/bench_gui.py            # stall + cold start
    .venv/bin/python benchmarks/bench_gui.py --only cold --runs 9
                                  # each figure beside its floor (--floor-runs 0: none)
    BENCH_EVENTS=1 .venv/bin/python benchmarks/bench_gui.py --only stall --words 100000
                                                        # + the events in the gaps
    .venv/bin/python benchmarks/bench_gui.py --child memory FILE   # used by bench_memory.py
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import (
    DEMO,
    REPO,
    header,
    long_text,
    ms,
    pss_by_mapping,
    pss_mb,
    rss_mb,
    verdict,
    window_env,
)
from _floors import print_beside_floors
from _threads import ThreadClock, describe_gap

STALL_TARGET = 0.050
# issue 14, target 3: the first highlights, and Harper's (spelling included), from a cold start
FIRST_TARGET = 0.5
HARPER_TARGET = 1.5
HEARTBEAT_MS = 5
# memory is read with the app idle a moment after the check, as an editor reads: Harper's
# thread is renewed 1 s after a long article's check, its new tables built in ~1.5 s
IDLE_BEFORE_MEMORY_MS = 4000
# ... and again once both processes are settled: neither has used more than QUIET_CPU_S of
# CPU over QUIET_FOR_S (the checker's idle release done and Harper's renewed thread's
# tables built, 1.5 s quiet, 8 s at load 20): the 4 s reading can fall before, inside or
# after that renewal, which moved the checker's figure 245-352 MB between runs (memory20)
QUIET_FOR_S = 1.5
QUIET_CPU_S = 0.03
SETTLE_LIMIT_S = 60.0
# a child gives up after this long (BENCH_TIMEOUT seconds; a loaded machine needs more)
TIMEOUT_S = float(os.environ.get("BENCH_TIMEOUT", "600"))


# --- child side: runs inside the measured process --------------------------------------


def _emit(**values: object) -> None:
    print("RESULT " + json.dumps(values), flush=True)


def _build_window(article: str | None = None):  # type: ignore[no-untyped-def]
    """Checker process, library, QApplication, coordinator, MainWindow: as
    ``reviewdesk.app.main`` does, the checker process starts before the library is
    opened (settings read by ``store.peek``) and Qt is loaded, and the garbage collector
    is off until the window is up. ``article``: the file the app was started on, which
    the checker checks ahead (since precheck9)."""
    gc.disable()
    from reviewdesk.core.engines.registry import ENGINES_SETTING as ENGINE_SETTINGS_KEY
    from reviewdesk.core.engines.registry import HARPER, engine_settings_from
    from reviewdesk.store import default_library_path

    try:  # as app.main does since cold7: launched before the library opens
        from reviewdesk.store.peek import peek_settings
    except ImportError:  # a tree before that (--base runs through PYTHONPATH)
        peek = None
    else:
        peek = peek_settings(default_library_path())
    checker = None
    if peek is not None:
        settings = engine_settings_from(peek.get_setting(ENGINE_SETTINGS_KEY))
        try:  # as app.main does since first9: started before check_process is imported
            from reviewdesk.service.spawn import spawn_checker
        except ImportError:  # a tree before that
            spawned = None
        else:
            spawned = spawn_checker("en-US" if settings.is_on(HARPER) else "")
        from reviewdesk.service.check_process import RemoteService

        checker = RemoteService(settings)
        if spawned is not None:
            checker.launch("en-US", spawned, *_precheck(article, peek))
        else:
            checker.launch()
    from reviewdesk.service.check_process import RemoteService
    from reviewdesk.store import Library

    library = Library(default_library_path())
    if checker is None:
        settings = engine_settings_from(library.get_setting(ENGINE_SETTINGS_KEY))
        checker = RemoteService(settings)
        checker.launch()
    try:  # as app.main does since first9: PySide6's look at each later import, cheap
        from reviewdesk.gui.pyside_feature import quicken_module_checks
    except ImportError:  # a tree before that
        pass
    else:
        quicken_module_checks()
    from PySide6.QtWidgets import QApplication

    from reviewdesk.gui.checking import CheckCoordinator
    from reviewdesk.gui.main_window import MainWindow

    app = QApplication.instance() or _make_app()
    coordinator = CheckCoordinator(settings, launched=checker)
    coordinator.start()
    window = MainWindow(library, settings, coordinator=coordinator)
    window.show()
    gc.freeze()  # as app.main does
    gc.enable()
    return app, library, coordinator, window


def _precheck(article: str | None, peek: object) -> list[object]:
    """The launch's look-ahead at ``article`` as app.main sends it (none for a tree
    without it, or no article)."""
    if article is None:
        return []
    try:
        from reviewdesk.desk.context import settings_context
        from reviewdesk.service.messages import Precheck
    except ImportError:  # a tree before precheck9
        return []
    words = getattr(peek, "words", frozenset())
    ctx = settings_context(peek, print, language="en-US", words=words)  # type: ignore[arg-type]
    return [Precheck(os.path.abspath(article), ctx)]


class _EventTimer:
    """Times every event the UI thread dispatches (``BENCH_EVENTS=1``): which receiver
    and which kind of event a long gap was, C++ work (a paint, a layout) included, which
    the Python sampler cannot see. Only events of ``LONG_S`` or more are kept."""

    LONG_S = 0.004
    LONG_CPU_S = 0.001

    def __init__(self) -> None:
        self.events: list[
            tuple[float, float, float, int, str]
        ] = []  # start, wall, cpu, depth, what
        self.depth = 0


def _run_window(app, library, coordinator, begin, timeout_s: float) -> int:  # type: ignore[no-untyped-def]
    """The child window's event loop: ``begin`` once the checker is ready (as it is
    while the editor picks a file), quit after ``timeout_s`` at the latest, then stop
    the checker and close the library; 0 for the child's exit status."""
    from PySide6.QtCore import QTimer

    if coordinator.is_ready:
        begin()
    else:
        coordinator.ready.connect(begin)
    QTimer.singleShot(int(timeout_s * 1000), app.quit)
    app.exec()
    coordinator.shutdown()
    library.close()
    return 0


def _make_app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    if os.environ.get("BENCH_EVENTS") != "1":
        return QApplication(["reviewdesk-bench"])

    timer = _EventTimer()

    def describe(receiver, event) -> str:  # type: ignore[no-untyped-def]
        names = []
        obj = receiver
        while obj is not None and len(names) < 4:
            name = type(obj).__name__
            if obj.objectName():
                name += f"({obj.objectName()})"
            names.append(name)
            obj = obj.parent()
        return f"{event.type().name} to {' < '.join(names)}"

    import threading

    main = threading.get_ident()

    class TimedApp(QApplication):
        def notify(self, receiver, event):  # type: ignore[no-untyped-def]
            if threading.get_ident() != main:  # the check threads' own events
                return super().notify(receiver, event)
            t0, c0 = time.perf_counter(), time.thread_time()
            kind = event.type()
            timer.depth += 1
            try:
                return super().notify(receiver, event)
            finally:
                timer.depth -= 1
                wall = time.perf_counter() - t0
                if wall >= timer.LONG_S or time.thread_time() - c0 >= timer.LONG_CPU_S:
                    try:
                        what = describe(receiver, event)
                    except RuntimeError:
                        what = f"{kind} to (deleted)"
                    timer.events.append((t0, wall, time.thread_time() - c0, timer.depth, what))

    app = TimedApp(["reviewdesk-bench"])
    app.event_timer = timer  # type: ignore[attr-defined]
    return app


def _when_checked(window, callback) -> None:  # type: ignore[no-untyped-def]
    """Call ``callback`` once both panes show results for the text on screen."""
    session = window.session
    done = False

    def on_checked(_pane: str) -> None:
        nonlocal done
        if done or session.article is None:
            return
        current = all(session.is_current(p) for p in ("original", "draft"))
        if current and not window.coordinator.busy:
            done = True
            callback()

    session.checked.connect(on_checked)
    window.coordinator.busy_changed.connect(lambda busy: None if busy else on_checked(""))


def cpu_seconds(pid: int | None = None) -> float:
    """A process's CPU time so far (user + system, every thread), from /proc."""
    try:
        fields = Path(f"/proc/{pid or 'self'}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _when_settled(pids, callback) -> None:  # type: ignore[no-untyped-def]
    """Call ``callback(waited_seconds)`` once none of ``pids`` (None: this process) has
    used more than :data:`QUIET_CPU_S` of CPU over :data:`QUIET_FOR_S`, or after
    :data:`SETTLE_LIMIT_S`: the moment after every idle release, thread renewal and heap
    trim, which the fixed 4 s reading can fall before."""
    from PySide6.QtCore import QTimer

    t0 = time.perf_counter()
    history: list[tuple[float, float]] = []
    timer = QTimer()

    def poll() -> None:
        now = time.perf_counter()
        history.append((now, sum(cpu_seconds(pid) for pid in pids)))
        old = [h for h in history if now - h[0] >= QUIET_FOR_S]
        quiet = bool(old) and history[-1][1] - old[-1][1] <= QUIET_CPU_S
        if quiet or now - t0 >= SETTLE_LIMIT_S:
            timer.stop()
            callback(now - t0)

    timer.timeout.connect(poll)
    timer.start(250)
    _when_settled.timers = [*getattr(_when_settled, "timers", []), timer]  # kept alive


def _loaded(window) -> bool:  # type: ignore[no-untyped-def]
    """Whether the window shows the article whole, opening done (off the UI thread too)."""
    files = getattr(window, "files", None)
    still = bool(getattr(files, "busy_opening", False))
    return window.session.article is not None and not window.session.loading and not still


def _highlighted(window) -> bool:  # type: ignore[no-untyped-def]
    return any(
        bool(editor.highlighter.layer("issues")) for editor in (window.original, window.draft)
    )


def child_cold(path: str) -> int:
    """Start the app on ``path``; print when the first issue highlight is on screen, and
    when every fast engine's (Harper's included) are."""
    t_start = time.perf_counter()
    from PySide6.QtCore import QTimer

    app, library, coordinator, window = _build_window(path)
    t_window = time.perf_counter()
    window.open_file(path)
    t_open = time.perf_counter()
    marks: dict[str, float] = {}

    def on_checked(_pane: str) -> None:
        if "first" not in marks and _highlighted(window):
            marks["first"] = time.perf_counter() - t_start

    def on_outcome(outcome) -> None:  # type: ignore[no-untyped-def]
        # connected after the window's own slot: the result is on screen when this runs
        if not any(i.engine == "harper" for i in outcome.issues):
            return
        mark = "harper_early" if "harper" in outcome.waiting_for else "harper_full"
        marks.setdefault(mark, time.perf_counter() - t_start)

    def on_full() -> None:
        _emit(
            window=t_window - t_start,
            open=t_open - t_window,
            first_highlight=marks.get("first", 0.0),
            harper_early=marks.get("harper_early", 0.0),
            harper_full=marks.get("harper_full", 0.0),
            full=time.perf_counter() - t_start,
        )
        app.quit()

    window.session.checked.connect(on_checked)
    coordinator.outcome_ready.connect(on_outcome)
    _when_checked(window, on_full)
    QTimer.singleShot(int(TIMEOUT_S * 1000), app.quit)
    app.exec()
    coordinator.shutdown()
    library.close()
    return 0


class _Sampler:
    """Samples the UI thread's Python stack every 2 ms from a thread of its own
    (``BENCH_SAMPLE=1``), to say what the window was doing in its longest gaps.

    A sample needs the GIL: while the UI thread is inside one long C++ call holding it
    (a layout), the sample comes when it lets go, still naming the Python frame that
    made the call. Good enough to find the caller; py-spy gives native frames too.
    """

    def __init__(self) -> None:
        import threading

        self.main = threading.main_thread().ident
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.002):
            frame = sys._current_frames().get(self.main)
            stack: list[str] = []
            while frame is not None and len(stack) < 14:
                code = frame.f_code
                if "reviewdesk" in code.co_filename or "bench" in code.co_filename:
                    where = code.co_filename.rsplit("/", 1)[-1]
                    stack.append(f"{where}:{code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(stack[:6])))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def within(self, start: float, end: float) -> list[tuple[int, str]]:
        """The commonest stacks sampled between ``start`` and ``end``."""
        counts: dict[tuple[str, ...], int] = {}
        for t, stack in self.samples:
            if start <= t <= end + 0.004:
                counts[stack] = counts.get(stack, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
        return [(n, " < ".join(stack) or "(Qt's event loop)") for stack, n in ranked]


def child_stall(path: str) -> int:
    """Open a long text with a 5 ms heartbeat running; report the longest gaps."""
    import threading

    from PySide6.QtCore import QTimer

    app, library, coordinator, window = _build_window()
    sampler = _Sampler() if os.environ.get("BENCH_SAMPLE") == "1" else None
    beats: list[float] = []
    cpu: list[float] = []  # the UI thread's own CPU time at each beat
    marks: dict[str, float] = {}
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)

    def beat() -> None:
        beats.append(time.perf_counter())
        cpu.append(time.thread_time())
        # both panes whole and the rest of opening done (the first check asked for)
        if "opened" in marks and "loaded" not in marks and _loaded(window):
            marks["loaded"] = beats[-1]

    heartbeat.timeout.connect(beat)

    def gaps(after: float, before: float) -> list[float]:
        inside = [b for b in beats if after <= b <= before]
        return [b - a for a, b in itertools.pairwise(inside)]

    def busy(after: float, before: float) -> list[float]:
        """CPU time the UI thread itself spent in each gap: its own work, apart from
        the time a loaded machine did not run it at all."""
        inside = [c for b, c in zip(beats, cpu, strict=True) if after <= b <= before]
        return [b - a for a, b in itertools.pairwise(inside)]

    def finish_edit() -> None:
        marks["edit_checked"] = time.perf_counter()
        heartbeat.stop()
        during_check = gaps(marks["opened"], marks["checked"])
        during_edit = gaps(marks["typed"], marks["edit_checked"])
        busy_check = busy(marks["opened"], marks["checked"])
        # opening alone: from the open call until the panes are full (the call included)
        loaded = marks.get("loaded", marks["checked"])
        during_open = gaps(marks["open"], loaded)
        busy_open = busy(marks["open"], loaded)
        pid = coordinator.checker_pid
        # the longest gaps by the clock, in absolute time: the parent's ThreadClock says
        # where the window's and the checker's threads spent them
        inside = [b for b in beats if marks["opened"] <= b <= marks["checked"]]
        longest = sorted(itertools.pairwise(inside), key=lambda ab: ab[0] - ab[1])[:3]
        edited = [b for b in beats if marks["typed"] <= b <= marks["edit_checked"]]
        longest_edit = sorted(itertools.pairwise(edited), key=lambda ab: ab[0] - ab[1])[:1]
        stalls = []
        if sampler is not None:
            sampler.stop()
            inside = [b for b in beats if marks["open"] <= b <= marks["edit_checked"]]
            pairs = sorted(itertools.pairwise(inside), key=lambda ab: ab[0] - ab[1])[:8]
            for a, b in pairs:
                stalls.append(
                    {"at": a - marks["open"], "gap": b - a, "stacks": sampler.within(a, b)}
                )
        timer = getattr(app, "event_timer", None)
        if timer is not None:
            # the gaps holding the most of the UI thread's own CPU (on a loaded machine
            # the longest by the clock are the machine not running the window)
            inside = [
                (b, c)
                for b, c in zip(beats, cpu, strict=True)
                if marks["open"] <= b <= marks["edit_checked"]
            ]
            ranked = sorted(itertools.pairwise(inside), key=lambda p: p[0][1] - p[1][1])[:8]
            for (a, ca), (b, cb) in ranked:
                events = [
                    (round(wall * 1000, 1), round(cpu_s * 1000, 1), depth, what)
                    for t0, wall, cpu_s, depth, what in timer.events
                    if a - 0.001 <= t0 <= b and depth <= 2
                ]
                stalls.append(
                    {
                        "at": a - marks["open"],
                        "gap": b - a,
                        "cpu": cb - ca,
                        "stacks": [],
                        "events": events,
                    }
                )
        opening_events = []
        if timer is not None:  # BENCH_EVENTS=1: the opening's heaviest events, by own CPU
            held = [e for e in timer.events if marks["open"] <= e[0] <= loaded and e[3] == 0]
            for t0, wall, cpu_s, _depth, what in sorted(held, key=lambda e: -e[2])[:10]:
                opening_events.append((t0 - marks["open"], wall * 1000, cpu_s * 1000, what))
        _emit(
            opening_events=opening_events,
            peak_rss=rss_mb()[1],
            checker_peak=rss_mb(pid)[1] if pid is not None else 0.0,
            open=marks["opened"] - marks["open"],
            open_full=loaded - marks["open"],
            max_gap_open=max(during_open, default=0.0),
            p99_gap_open=_p99(during_open),
            max_busy_open=max(busy_open, default=0.0),
            beats_open=len(during_open),
            check=marks["checked"] - marks["opened"],
            max_gap_check=max(during_check, default=0.0),
            p99_gap_check=_p99(during_check),
            max_busy_check=max(busy_check, default=0.0),
            p99_busy_check=_p99(busy_check),
            beats_check=len(during_check),
            max_gap_edit=max(during_edit, default=0.0),
            max_busy_edit=max(busy(marks["typed"], marks["edit_checked"]), default=0.0),
            type_seconds=marks["typed"] - marks["type"],
            recheck=marks["edit_checked"] - marks["typed"],
            stalls=stalls,
            longest=longest,
            longest_edit=longest_edit,
            t_open=marks["open"],
            ui_tid=threading.get_native_id(),
            thread_names={t.native_id: t.name for t in threading.enumerate()},
        )
        app.quit()

    def type_a_word() -> None:
        marks["checked"] = time.perf_counter()
        _when_checked(window, finish_edit)
        cursor = window.draft.textCursor()
        block = window.draft.document().findBlockByNumber(window.draft.blockCount() // 2)
        cursor.setPosition(block.position())
        marks["type"] = time.perf_counter()
        cursor.insertText("Meanwhile, ")
        marks["typed"] = time.perf_counter()

    def open_text() -> None:
        _when_checked(window, lambda: QTimer.singleShot(50, type_a_word))
        marks["open"] = time.perf_counter()
        # the window's own way in (File > Open, a drop); a tree without it opens in place
        getattr(window, "start_open", window.open_file)(path)
        marks["opened"] = time.perf_counter()

    def start() -> None:
        heartbeat.start()
        QTimer.singleShot(100, open_text)

    # Let the checker warm up first, as it does while the editor picks a file.
    return _run_window(app, library, coordinator, start, TIMEOUT_S)


def child_memory(path: str) -> int:
    """Open ``path`` in the window, wait until both panes are checked, report RSS."""
    from PySide6.QtCore import QTimer

    app, library, coordinator, window = _build_window()
    t0 = time.perf_counter()

    at_idle: dict[str, float] = {}

    def report(waited: float) -> None:
        current, peak = rss_mb()
        pid = coordinator.checker_pid
        checker, checker_peak = rss_mb(pid) if pid is not None else (0.0, 0.0)
        _emit(
            rss=current,
            peak=peak,
            pss=pss_mb(),
            checker_rss=checker,
            checker_peak=checker_peak,
            checker_pss=pss_mb(pid) if pid is not None else 0.0,
            seconds=time.perf_counter() - t0,
            mappings=pss_by_mapping(),
            checker_mappings=pss_by_mapping(pid) if pid is not None else [],
            idle_pss=at_idle.get("pss", 0.0),
            idle_checker_pss=at_idle.get("checker_pss", 0.0),
            settled_after=waited,
        )
        app.quit()

    def at_four_seconds() -> None:
        pid = coordinator.checker_pid
        at_idle["pss"] = pss_mb()
        at_idle["checker_pss"] = pss_mb(pid) if pid is not None else 0.0
        _when_settled([None, pid], report)

    _when_checked(window, lambda: QTimer.singleShot(IDLE_BEFORE_MEMORY_MS, at_four_seconds))
    window.open_file(path)
    QTimer.singleShot(int(TIMEOUT_S * 1000), app.quit)
    app.exec()
    coordinator.shutdown()
    library.close()
    return 0


def child_memory_steps(path: str) -> int:
    """The window's process memory step by step, and where its Python objects go."""
    import tracemalloc

    steps: dict[str, float] = {"interpreter and imports": rss_mb()[0]}
    from PySide6.QtCore import QTimer

    app, library, coordinator, window = _build_window()
    app.processEvents()
    steps["Qt, the window shown, no article"] = rss_mb()[0]
    tracemalloc.start()
    done = {"filled": False}

    def filled() -> None:
        loading = getattr(window.session, "loading", False)  # older trees fill at once
        if not done["filled"] and not loading and window.session.article:
            done["filled"] = True
            steps["the article in both panes (before results)"] = rss_mb()[0]

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(filled)
    poll.start()

    def report() -> None:
        steps["both panes checked and highlighted"] = rss_mb()[0]
        snapshot = tracemalloc.take_snapshot()
        by_file: dict[str, int] = {}
        for stat in snapshot.statistics("filename"):
            name = stat.traceback[0].filename
            key = (
                name.split("/src/reviewdesk/")[-1]
                if "/src/reviewdesk/" in name
                else ("other: " + Path(name).name)
            )
            by_file[key] = by_file.get(key, 0) + stat.size
        top = sorted(by_file.items(), key=lambda kv: -kv[1])[:12]
        _emit(
            steps=steps,
            pss=pss_mb(),
            python=[(k, v / 1e6) for k, v in top],
            traced=tracemalloc.get_traced_memory()[0] / 1e6,
        )
        app.quit()

    _when_checked(window, lambda: QTimer.singleShot(200, report))
    window.open_file(path)
    QTimer.singleShot(int(TIMEOUT_S * 1000), app.quit)
    app.exec()
    coordinator.shutdown()
    library.close()
    return 0


def _p99(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


# --- parent side ------------------------------------------------------------------------


def gui_available() -> str | None:
    """None when the window can be benchmarked, else the reason it cannot."""
    try:
        import reviewdesk.app  # noqa: F401
        from reviewdesk.gui.main_window import MainWindow  # noqa: F401
    except ImportError as exc:
        return f"the GUI is not importable ({exc})"
    return None


def run_child(
    mode: str, path: Path, clock: list[ThreadClock] | None = None, cache: str | None = None
) -> tuple[dict, float]:
    """Run a child measurement; return its RESULT and the wall time to that line.

    Given ``clock`` (a list), a :class:`ThreadClock` samples the child's threads and its
    checker's while it runs, and is put in it. ``cache``: the user cache folder to use
    (kept between runs: the grammar engine's word tables kept there, as after the app's
    first start); else a fresh one, a first start's."""
    with tempfile.TemporaryDirectory(prefix="reviewdesk-bench-") as tmp:
        env = window_env(tmp, PYTHONDONTWRITEBYTECODE="1")
        if cache is not None:
            env["XDG_CACHE_HOME"] = cache
        if mode == "app":  # the app as its command line starts it (_cold_app.py)
            cmd = [sys.executable, str(Path(__file__).with_name("_cold_app.py")), str(path)]
        else:
            cmd = [sys.executable, __file__, "--child", mode, str(path)]
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env=env,
        )
        assert proc.stdout is not None
        if clock is not None:
            clock.append(ThreadClock(proc.pid))
            clock[0].start()
        result: dict | None = None
        elapsed = 0.0
        for line in proc.stdout:
            if line.startswith("RESULT "):
                elapsed = time.perf_counter() - t0
                result = json.loads(line[len("RESULT ") :])
        _, err = proc.communicate(timeout=TIMEOUT_S)
        if clock:
            clock[0].stop()
        if result is None:
            raise RuntimeError(f"{mode} run gave no result (exit {proc.returncode}): {err[-800:]}")
        return result, elapsed


def bench_stall(words: int = 50_000) -> None:
    header(f"UI-thread stalls, {words // 1000}k-word text, {HEARTBEAT_MS} ms heartbeat")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long-article.txt"
        path.write_text(long_text(words), encoding="utf-8")
        clocks: list[ThreadClock] = []
        r, _ = run_child("stall", path, clocks)
    print(
        f"opening the file: the open call on the UI thread {ms(r['open'])}; until both panes "
        f"are full and the first check is asked for {ms(r.get('open_full', r['open']))}"
    )
    if "max_gap_open" in r:
        print(
            f"longest UI-thread stall while opening (the call to full panes): "
            f"{ms(r['max_gap_open'])} (p99 {ms(r['p99_gap_open'])}, heartbeats "
            f"{r['beats_open']}); the UI thread's own CPU in its longest gap "
            f"{ms(r['max_busy_open'])}"
        )
    for at, wall, cpu_ms, what in r.get("opening_events", []):  # BENCH_EVENTS=1
        print(f"  opening event at {at:5.2f} s: {wall:6.1f} ms ({cpu_ms:5.1f} CPU)  {what}")
    print(f"checking both panes took {r['check']:.1f} s; heartbeats seen: {r['beats_check']}")
    print(
        f"longest UI-thread stall while opening and checking: {ms(r['max_gap_check'])} "
        f"(p99 {ms(r['p99_gap_check'])}); target <= {STALL_TARGET * 1000:.0f} ms: "
        f"{verdict(r['max_gap_check'] <= STALL_TARGET)}"
    )
    print(
        f"  of which the UI thread's own work (CPU time in a gap, apart from waiting to be "
        f"run on a loaded machine): longest {ms(r['max_busy_check'])} "
        f"(p99 {ms(r['p99_busy_check'])})"
    )
    print(
        f"typing a word mid-text: {ms(r['type_seconds'])}; re-check of the draft "
        f"{ms(r['recheck'])}; longest stall meanwhile {ms(r['max_gap_edit'])} "
        f"(UI thread's own work {ms(r['max_busy_edit'])})"
    )
    names = {int(k): v for k, v in r["thread_names"].items()}
    for title, gaps in (("while checking", r["longest"]), ("after typing", r["longest_edit"])):
        for start, end in gaps:  # where each longest gap's time went, thread by thread
            at = start - r["t_open"]
            print(f"  gap {ms(end - start).strip()} {title}, at {at:.2f} s after opening:")
            for line in describe_gap(clocks[0], start, end, r["ui_tid"], names):
                print(line)
    for stall in r.get("stalls", []):  # BENCH_SAMPLE=1: what the UI thread was doing
        own = f" ({ms(stall['cpu']).strip()} of the UI thread's CPU)" if "cpu" in stall else ""
        print(f"  gap {ms(stall['gap'])}{own} at {stall['at']:.2f} s after opening:")
        for count, stack in stall["stacks"]:
            print(f"      {count:3} samples  {stack}")
        for wall, cpu_ms, depth, what in stall.get("events", []):  # BENCH_EVENTS=1
            print(f"      {'  ' * depth}{wall:6.1f} ms ({cpu_ms:5.1f} CPU)  {what}")


def _median_seen(values: list[float]) -> float:
    seen = [v for v in values if v == v]  # NaN: the run never showed it
    return statistics.median(seen) if seen else float("nan")


# The cold start's child: "app" runs the app as the ``reviewdesk FILE`` command does
# (_cold_app.py: reviewdesk.cli.main, marks put in as MainWindow loads); "cold" (below,
# kept for bench_cold_timeline.py and bench_many_words.py) builds the window itself after
# this script's own imports, ~0.09 s of CPU the app does not spend (BENCH_COLD_CHILD=cold
# runs the old child here, to compare).
COLD_CHILD = os.environ.get("BENCH_COLD_CHILD", "app")


def bench_cold_start(runs: int = 5, floors_runs: int = 3) -> None:
    header("Cold start to first highlight (new process, demo article)")
    with tempfile.TemporaryDirectory(prefix="reviewdesk-bench-cache-") as cache:
        # one start first, not measured: what the app keeps in the user's cache folder
        # (the grammar engine's word tables) is there at every start but the very first
        run_child(COLD_CHILD, DEMO, cache=cache)
        _cold_runs(runs, floors_runs, cache)


def _cold_runs(runs: int, floors_runs: int, cache: str) -> None:
    firsts, earlies, harpers, fulls, parts = [], [], [], [], []
    for _ in range(runs):
        r, wall = run_child(COLD_CHILD, DEMO, cache=cache)
        # wall time to the RESULT line includes interpreter start-up; the child's own
        # clock starts after it, so add the difference to every figure
        offset = wall - r["full"]
        for mark in ("first_highlight", "harper_early", "harper_full"):
            r.setdefault(mark, 0.0)  # 0: not seen in this run
        firsts.append(r["first_highlight"] + offset)
        earlies.append(r["harper_early"] + offset if r["harper_early"] else float("nan"))
        harpers.append(r["harper_full"] + offset if r["harper_full"] else float("nan"))
        fulls.append(wall)
        parts.append(r)
    med = statistics.median(firsts)
    print(
        f"process start to first highlight: median {ms(med)}  best {ms(min(firsts))} "
        f"(n={runs}); target <= {FIRST_TARGET * 1000:.0f} ms: {verdict(med <= FIRST_TARGET)}"
    )
    _print_marks("Harper's early highlights (grammar, no spelling)", earlies, runs)
    _print_marks(
        f"Harper's full highlights (target <= {HARPER_TARGET:.1f} s)", harpers, runs, HARPER_TARGET
    )
    print(
        f"process start to every fast engine's highlights (Harper included): median "
        f"{ms(statistics.median(fulls))}  best {ms(min(fulls))}"
    )
    best = parts[fulls.index(min(fulls))]
    offsets = [w - r["full"] for w, r in zip(fulls, parts, strict=True)]
    if floors_runs:
        print_beside_floors(
            {
                "window": statistics.median(
                    r["window"] + o for r, o in zip(parts, offsets, strict=True)
                ),
                "first": med,
                "harper_early": _median_seen(earlies),
                "harper_full": _median_seen(harpers),
            },
            floors_runs,
        )
    opened = f"file opened {ms(best['open'])}, " if "open" in best else ""
    print(
        f"  inside the process (best run): window up {ms(best['window'])}, "
        f"{opened}first highlight at {ms(best['first_highlight'])}, "
        f"Harper early {ms(best['harper_early'])}, full {ms(best['harper_full'])}, "
        f"all at {ms(best['full'])}"
    )


def _print_marks(what: str, values: list[float], runs: int, target: float | None = None) -> None:
    seen = [v for v in values if v == v]  # NaN: the run never showed it
    if not seen:
        print(f"process start to {what}: not seen in {runs} runs")
        return
    med = statistics.median(seen)
    met = f": {verdict(med <= target)}" if target is not None else ""
    print(
        f"process start to {what}: median {ms(med)}  best {ms(min(seen))} "
        f"(seen in {len(seen)} of {runs} runs){met}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", choices=["cold", "stall", "memory", "memory-steps"])
    parser.add_argument("file", nargs="?")
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--only", choices=["stall", "cold"], help="run one of the two")
    parser.add_argument("--runs", type=int, default=5, help="cold starts to measure")
    parser.add_argument(
        "--floor-runs", type=int, default=3, help="runs of each floor beside them (0: none)"
    )
    args = parser.parse_args()
    if args.child:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        child = {
            "cold": child_cold,
            "stall": child_stall,
            "memory": child_memory,
            "memory-steps": child_memory_steps,
        }[args.child]
        return child(args.file)
    reason = gui_available()
    if reason is not None:
        print(f"GUI benchmarks skipped: {reason}")
        return 0
    if args.only != "cold":
        bench_stall(args.words)
    if args.only != "stall":
        bench_cold_start(args.runs, args.floor_runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
