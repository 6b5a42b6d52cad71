"""``bench_gui.py``'s cold child: the app started as its command line starts it.

``python _cold_app.py FILE`` runs ``reviewdesk.cli.main([FILE])``, what the
``reviewdesk`` console script runs, and prints one ``RESULT`` line: seconds from this
script's first line to the window shown, the first issue highlight on screen, Harper's
early and full highlights, and every pane checked. Until the app imports its window,
nothing but the standard library's ``time``, ``sys`` and ``importlib.util`` is imported here
(before the fifteenth session the child built the window itself after importing the
benchmarks' helpers, uncompiled: ~0.09 s of CPU of its own before the checker's launch,
in every cold figure). The marks are put in by wrapping ``MainWindow`` as its module
loads, so any tree runs as it is. The finder is a plain class: ``importlib.abc`` brings
``importlib.resources`` and ``pathlib`` with it, ~12 ms of CPU before the checker's launch
that the app itself pays only after it (until first14).
"""

import time

T_START = time.perf_counter()

import importlib.util  # noqa: E402
import sys  # noqa: E402

MARKS: dict[str, float] = {}


def _mark(name: str) -> None:
    """Seconds since the start, and the UI thread's CPU then (``cpu_`` + name)."""
    if name not in MARKS:
        MARKS[name] = time.perf_counter() - T_START
        MARKS["cpu_" + name] = time.thread_time()


def _watch(window) -> None:  # type: ignore[no-untyped-def]
    """Marks on ``window``'s session and checker; quits once both panes are checked."""
    import json

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    session = window.session
    done = False

    def highlighted() -> bool:
        return any(bool(e.highlighter.layer("issues")) for e in (window.original, window.draft))

    def on_checked(_pane: str) -> None:
        nonlocal done
        if "first_highlight" not in MARKS and highlighted():
            _mark("first_highlight")
        if done or session.article is None or window.coordinator.busy:
            return
        if all(session.is_current(p) for p in ("original", "draft")):
            done = True
            _mark("full")
            print("RESULT " + json.dumps(MARKS), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)

    def on_outcome(outcome) -> None:  # type: ignore[no-untyped-def]
        # connected after the window's own slot: the result is on screen when this runs
        if any(i.engine == "harper" for i in outcome.issues):
            _mark("harper_early" if "harper" in outcome.waiting_for else "harper_full")

    session.checked.connect(on_checked)
    window.coordinator.outcome_ready.connect(on_outcome)
    window.coordinator.busy_changed.connect(lambda busy: None if busy else on_checked(""))


def _patch_spawn(module) -> None:  # type: ignore[no-untyped-def]
    # the process started: by spawn_checker, or (since cold21) by start_checker, first
    # thing, before the dialect is known
    for name in ("spawn_checker", "start_checker"):
        if hasattr(module, name):
            setattr(module, name, _launching(getattr(module, name)))


def _launching(spawn):  # type: ignore[no-untyped-def]
    def spawned(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = spawn(*args, **kwargs)
        _mark("launch")
        return started

    return spawned


def _patch(module) -> None:  # type: ignore[no-untyped-def]
    cls = module.MainWindow
    init, show = cls.__init__, cls.show

    def patched_init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        init(self, *args, **kwargs)
        _watch(self)

    def patched_show(self) -> None:  # type: ignore[no-untyped-def]
        show(self)
        _mark("window")

    cls.__init__, cls.show = patched_init, patched_show


class _Finder:
    """Wraps ``spawn_checker`` and ``MainWindow`` once their modules have run."""

    def __init__(self) -> None:
        self.patches = {
            "reviewdesk.service.spawn": _patch_spawn,
            "reviewdesk.gui.main_window": _patch,
        }

    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        patch = self.patches.pop(name, None)
        if patch is None:
            return None
        if not self.patches:
            sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module) -> None:  # type: ignore[no-untyped-def]
            run(module)
            patch(module)

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main() -> int:
    sys.meta_path.insert(0, _Finder())
    from reviewdesk.cli import main as reviewdesk

    return int(reviewdesk(sys.argv[1:]))


if __name__ == "__main__":
    raise SystemExit(main())
