"""A probe for ``bench_cold_timeline.py``: marks along the cold start, in both processes.

Python imports ``sitecustomize`` at start from ``PYTHONPATH``; the benchmark puts this
folder there, with ``BENCH_TIMELINE=DIR``, for its measured window and the checker process
the window starts (which inherits both). Without that variable it does nothing. Each
process appends one JSON line per mark to ``DIR/PID.jsonl``: the monotonic clock (the
same in every process), the process's and the thread's CPU, the thread, and what
happened. The marks wrap a few functions by name as their modules load (Harper's
``Linter`` and its lints, the warm-up, the early and full lints, the findings read, the
messages sent and received), so any tree can be measured as it is. Threads are given
their Python names as OS names (``prctl``), so the parent's schedstat sampler
(``_threads.ThreadClock``) tells Harper's threads apart.
"""

from __future__ import annotations

import os

_DIR = os.environ.get("BENCH_TIMELINE")


def _install(folder: str) -> None:
    import ctypes
    import importlib.abc
    import importlib.util
    import json
    import sys
    import threading
    import time
    from collections.abc import Callable
    from typing import Any

    fd = os.open(
        os.path.join(folder, f"{os.getpid()}.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_APPEND
    )

    def switches() -> tuple[int, int]:
        """The calling thread's voluntary context switches so far: each a wait (a lock,
        the GIL, a read), so a thread's count between two marks tells waits apart from
        computing (malloc's arena lock, shared between threads, shows here); and its
        involuntary ones (preempted: waiting for a core)."""
        found = [-1, -1]
        try:
            with open("/proc/thread-self/status", "rb") as status:
                for line in status:
                    if line.startswith(b"voluntary_ctxt_switches:"):
                        found[0] = int(line.split()[1])
                    elif line.startswith(b"nonvoluntary_ctxt_switches:"):
                        found[1] = int(line.split()[1])
        except OSError:
            pass
        return found[0], found[1]

    def mark(what: str, **extra: object) -> None:
        vcs, nvcs = switches()
        row = dict(
            vcs=vcs,
            nvcs=nvcs,
            t=time.monotonic(),
            cpu=time.process_time(),
            tcpu=time.thread_time(),
            thread=threading.current_thread().name,
            tid=threading.get_native_id(),
            what=what,
            pid=os.getpid(),
            **extra,
        )
        os.write(fd, (json.dumps(row) + "\n").encode())

    mark("interpreter", argv=sys.argv[1:3])
    try:
        libc: Any = ctypes.CDLL(None)
    except OSError:
        libc = None
    boot = threading.Thread._bootstrap_inner  # type: ignore[attr-defined]

    def heap() -> str:
        """Which of glibc's malloc arenas this thread allocates from: "main", or the
        arena's address (a chunk's size field says NON_MAIN_ARENA; a thread arena's 64 MB
        heap begins with a pointer to it). Threads that share an arena share its lock;
        which they get depends on the order threads first allocate (the checker's
        ``MALLOC_ARENA_MAX`` is 2)."""
        if libc is None:
            return "?"
        libc.malloc.restype = ctypes.c_void_p
        libc.malloc.argtypes = [ctypes.c_size_t]
        libc.free.argtypes = [ctypes.c_void_p]
        block = libc.malloc(200)
        try:
            if not ctypes.c_size_t.from_address(block - 8).value & 4:
                return "main"
            return hex(ctypes.c_void_p.from_address(block & ~((1 << 26) - 1)).value or 0)
        finally:
            libc.free(block)

    def named_boot(self: threading.Thread) -> None:
        if libc is not None:
            libc.prctl(15, self.name[:15].encode(), 0, 0, 0)  # PR_SET_NAME
        mark("thread", heap=heap())  # its name by id, in case the sampler read the OS name before
        boot(self)

    # BENCH_TIMELINE_THREADS=0: threads start untouched (no name, no mark, no allocation of
    # the probe's at their start), to see whether the probe itself moves what it measures
    if os.environ.get("BENCH_TIMELINE_THREADS", "1") != "0":
        threading.Thread._bootstrap_inner = named_boot  # type: ignore[attr-defined]

    def wrap(owner: Any, attr: str, label: str, info: Callable[..., dict] | None = None) -> None:
        fn = getattr(owner, attr)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            mark(label + "<", **(info(*args, **kwargs) if info else {}))
            try:
                return fn(*args, **kwargs)
            finally:
                mark(label + ">")

        setattr(owner, attr, wrapped)

    def message(_self: object, sent: object, *_args: object, **_kwargs: object) -> dict:
        out: dict[str, object] = {"type": type(sent).__name__}
        outcome = getattr(sent, "outcome", None)
        if outcome is not None:
            out["pane"] = getattr(outcome, "pane", None)
            out["waiting"] = list(getattr(outcome, "waiting_for", ()) or ())
        return out

    class Proxy:
        """A ``harper.Linter`` whose lints are marked."""

        def __init__(self, linter: Any) -> None:
            object.__setattr__(self, "_linter", linter)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._linter, name)

        def __setattr__(self, name: str, value: object) -> None:
            setattr(self._linter, name, value)

        def organized_lints(self, text: str, *args: Any, **kwargs: Any) -> Any:
            mark("lint<", chars=len(text), heap=heap())
            try:
                return self._linter.organized_lints(text, *args, **kwargs)
            finally:
                mark("lint>", chars=len(text))

    def patch(name: str, module: Any) -> None:
        if name == "harper":
            real = module.Linter

            def linter(*args: Any, **kwargs: Any) -> Proxy:
                mark("Linter<")
                try:
                    return Proxy(real(*args, **kwargs))
                finally:
                    mark("Linter>")

            module.Linter = linter
        elif name == "reviewdesk.service.checker_loop":
            wrap(module.Channel, "send", "send", message)
            read = module.Channel.recv

            def read_marked(self: object) -> object:
                got = read(self)
                mark("crecv", type=type(got).__name__)  # the checker read a window message
                return got

            module.Channel.recv = read_marked
        elif name == "reviewdesk.service.precheck":
            wrap(module, "precheck_article", "precheck")
        elif name == "reviewdesk.service.check_process":
            receive = module.RemoteService._receive

            def received(self: object) -> object:
                got = receive(self)
                mark("recv", **message(self, got))
                return got

            module.RemoteService._receive = received
            wrap(module.RemoteService, "launch", "launch")
        elif name == "reviewdesk.service.spawn" and hasattr(module, "StartedChecker"):
            # the dialect told to a checker started first thing (cold21)
            wrap(module.StartedChecker, "go", "go")
        elif name == "reviewdesk.core.engines.harper_engine":
            wrap(module.HarperChecker, "_warm_up", "warm_up")
            wrap(module.HarperChecker, "_lint", "full_lint")
            wrap(module.HarperChecker, "_lint_early", "early_lint")
            wrap(module.HarperChecker, "_issues", "issues")

    wanted = {
        "harper",
        "reviewdesk.service.checker_loop",
        "reviewdesk.service.check_process",
        "reviewdesk.core.engines.harper_engine",
        "reviewdesk.service.precheck",
        "reviewdesk.service.spawn",
    }

    class Loader(importlib.abc.Loader):
        def __init__(self, inner: Any, name: str) -> None:
            self.inner, self.name = inner, name

        def create_module(self, spec: Any) -> Any:
            return self.inner.create_module(spec)

        def exec_module(self, module: Any) -> None:
            self.inner.exec_module(module)
            patch(self.name, module)

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
            if name not in wanted:
                return None
            sys.meta_path.remove(self)
            try:
                spec = importlib.util.find_spec(name)
            finally:
                sys.meta_path.insert(0, self)
            if spec is None or spec.loader is None:
                return None
            spec.loader = Loader(spec.loader, name)
            return spec

    sys.meta_path.insert(0, Finder())


if _DIR:
    _install(_DIR)
