"""Where a process's threads spent a stretch of time, from the scheduler's own accounting.

``/proc/PID/task/TID/schedstat`` gives, per thread, the nanoseconds it ran on a CPU and
the nanoseconds it waited for one (runnable, no core free). :class:`ThreadClock` samples
it for a process and its children (the window and its checker process) from the
benchmark's *parent* process, so the measured interpreter's GIL is never taken to
measure it. A UI-thread gap then splits into: its own CPU, waiting for a core, and the
rest, when it was blocked (waiting for the GIL or a lock); the other threads' CPU in the
same stretch says who held the GIL or the cores.
"""

from __future__ import annotations

import bisect
import itertools
import os
import threading
import time

Key = tuple[int, int]  # (pid, tid)


def _read(path: str) -> bytes:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return b""
    try:
        return os.read(fd, 4096)
    except OSError:
        return b""
    finally:
        os.close(fd)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tids:
        found.extend(int(c) for c in _read(f"/proc/{pid}/task/{tid}/children").split())
    return found


class ThreadClock:
    """Samples every thread of ``pid`` and of its child processes every ``interval`` s."""

    def __init__(self, pid: int, interval: float = 0.01) -> None:
        self.pid = pid
        self.interval = interval
        self.times: list[float] = []  # time.perf_counter(): CLOCK_MONOTONIC, as the child's
        self.samples: list[dict[Key, tuple[int, int]]] = []
        self.names: dict[Key, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="thread-clock", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        pids = [self.pid]
        tasks: dict[Key, str] = {}
        last_scan = 0.0
        while not self._stop.is_set():
            now = time.perf_counter()
            if now - last_scan > 0.1:  # new threads, a checker process (re)started
                last_scan = now
                pids = [self.pid, *_children(self.pid)]
                tasks = {}
                for pid in pids:
                    try:
                        tids = os.listdir(f"/proc/{pid}/task")
                    except OSError:
                        continue
                    for tid in tids:
                        key = (pid, int(tid))
                        tasks[key] = f"/proc/{pid}/task/{tid}/schedstat"
                        if key not in self.names:
                            comm = _read(f"/proc/{pid}/task/{tid}/comm").decode().strip()
                            self.names[key] = comm
            sample: dict[Key, tuple[int, int]] = {}
            for key, path in tasks.items():
                fields = _read(path).split()
                if len(fields) >= 2:
                    sample[key] = (int(fields[0]), int(fields[1]))
            self.times.append(time.perf_counter())
            self.samples.append(sample)
            self._stop.wait(self.interval)

    def _at(self, t: float) -> dict[Key, tuple[float, float]]:
        """Each thread's (run, wait) seconds at ``t``, interpolated between samples."""
        i = bisect.bisect_left(self.times, t)
        if i <= 0 or i >= len(self.times):
            sample = self.samples[min(max(i, 0), len(self.samples) - 1)]
            return {k: (r / 1e9, w / 1e9) for k, (r, w) in sample.items()}
        t0, t1 = self.times[i - 1], self.times[i]
        s0, s1 = self.samples[i - 1], self.samples[i]
        f = (t - t0) / (t1 - t0) if t1 > t0 else 1.0
        out = {}
        for key, (r1, w1) in s1.items():
            r0, w0 = s0.get(key, (r1, w1))
            out[key] = ((r0 + (r1 - r0) * f) / 1e9, (w0 + (w1 - w0) * f) / 1e9)
        return out

    def spacing(self, start: float, end: float) -> float:
        """The longest time between two samples around ``start``..``end`` (a loaded machine
        may not run the sampler either: its figures are then spread over that time)."""
        i = max(0, bisect.bisect_left(self.times, start) - 1)
        j = min(len(self.times), bisect.bisect_right(self.times, end) + 1)
        inside = self.times[i:j]
        return max((b - a for a, b in itertools.pairwise(inside)), default=0.0)

    def between(self, start: float, end: float) -> dict[Key, tuple[float, float]]:
        """Each thread's CPU seconds and seconds waiting for a CPU from ``start`` to ``end``."""
        if not self.times:
            return {}
        a, b = self._at(start), self._at(end)
        return {
            key: (rb - a.get(key, (rb, wb))[0], wb - a.get(key, (rb, wb))[1])
            for key, (rb, wb) in b.items()
        }


def describe_gap(
    clock: ThreadClock,
    start: float,
    end: float,
    ui_tid: int,
    names: dict[int, str],
) -> list[str]:
    """Lines saying where the time of the gap from ``start`` to ``end`` went."""
    spent = clock.between(start, end)
    gap = end - start
    window = clock.pid
    lines = []
    ui_run, ui_wait = spent.get((window, ui_tid), (0.0, 0.0))
    lines.append(
        f"    UI thread: {ui_run * 1000:.1f} ms on a CPU, {ui_wait * 1000:.1f} ms waiting for a "
        f"free core, {max(0.0, gap - ui_run - ui_wait) * 1000:.1f} ms blocked (the GIL, a lock)"
    )
    others: dict[str, float] = {}
    checker: dict[str, float] = {}
    for (pid, tid), (run, _wait) in spent.items():
        if (pid, tid) == (window, ui_tid):
            continue
        name = names.get(tid) or clock.names.get((pid, tid), str(tid))
        into = others if pid == window else checker
        into[name] = into.get(name, 0.0) + run

    def top(table: dict[str, float]) -> str:
        ranked = sorted(table.items(), key=lambda kv: -kv[1])
        shown = [f"{name} {run * 1000:.1f}" for name, run in ranked if run >= 0.0005][:5]
        return ", ".join(shown) or "none"

    lines.append(
        f"    the window's other threads on a CPU: {sum(others.values()) * 1000:.1f} ms "
        f"({top(others)})"
    )
    lines.append(
        f"    the checker process on a CPU: {sum(checker.values()) * 1000:.1f} ms ({top(checker)})"
    )
    apart = clock.spacing(start, end)
    if apart > 3 * clock.interval:
        lines.append(
            f"    (the clock's samples were up to {apart * 1000:.0f} ms apart here: the "
            "figures are spread over that time)"
        )
    return lines
