"""How long closing waits for the checker process (issue 9: quitting should be instant).

Prints the time :meth:`RemoteService.close` takes in three states: warm and idle, still
warming up (Harper's tables, the grammar lexicon: closed 0.3 s after launch), and in the
middle of a request the checker never answers (the process stopped with SIGSTOP, as a
hang in a native engine would leave it). Before issue 9's fix the second waited the full
5 s Close timeout and the third never returned. Also the checker CPU a window's close
saves by not waiting.

    .venv/bin/python benchmarks/bench_shutdown.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import statistics
import threading
import time
from collections.abc import Callable

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.service.check_process import CLOSE_GRACE_S, RemoteService
from reviewdesk.service.check_service import CheckRequest

TARGET_S = 1.0  # a window closes within a second, whatever its checker is doing


def _timed_close(service: RemoteService) -> float:
    start = time.perf_counter()
    service.close()
    return time.perf_counter() - start


def warm_idle() -> float:
    service = RemoteService(EngineSettings())
    service.start_up("en-US")
    service.check(CheckRequest("draft", 1, "Their was a problem.\n", CheckContext()), lambda: False)
    return _timed_close(service)


def warming_up() -> float:
    service = RemoteService(EngineSettings())
    service.launch("en-US")
    time.sleep(0.3)
    return _timed_close(service)


def never_answers() -> float:
    service = RemoteService(EngineSettings())
    service.start_up("en-US")
    pid = service.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    request = CheckRequest("draft", 1, "Their was a problem.\n", CheckContext())
    asking = threading.Thread(
        target=lambda: _swallow(lambda: service.check(request, lambda: False)), daemon=True
    )
    asking.start()
    time.sleep(0.2)  # the request is sent and waits for its answer
    start = time.perf_counter()
    service.abandon()  # what closing the window does first (CheckWorker.request_close)
    asking.join()
    service.close()
    return time.perf_counter() - start


def _swallow(call: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):  # the abandoned request ends with Cancelled
        call()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"checker close, median of {args.rounds} (grace before ending it: {CLOSE_GRACE_S} s)")
    for name, case in (
        ("warm, idle", warm_idle),
        ("warming up", warming_up),
        ("never answers", never_answers),
    ):
        times = [case() for _ in range(args.rounds)]
        median = statistics.median(times)
        verdict = "ok" if median <= TARGET_S else "MISSED"
        print(
            f"  {name:14s} {median:6.2f} s (max {max(times):.2f} s)"
            f"  target <= {TARGET_S:.1f} s  {verdict}"
        )


if __name__ == "__main__":
    main()
