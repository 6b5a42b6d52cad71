"""Harper beside our engines: does its lint let the GIL go, and which order is fastest?

Issue 14, target 1: a keystroke at 50k words measured Harper's lint at 19.4 ms beside our
engines against 10.8 ms alone (quiet). Two measurements:

(1) ``--only gil``: Harper lints a paragraph at a time (fresh text each time, no cache) on
    a thread while the main thread runs a Python loop; the loop's rate inside the lint
    calls against its rate between them (near zero inside: the lint holds the GIL; near
    the rate outside: it lets it go), and the lint's wall and thread CPU time alone and
    beside the loop.
(2) ``--only orders``: the keystroke of bench_check.py (c) (a word typed a letter at a
    time, through the checker process's ``CheckService``) in four orders, alternated
    paragraph by paragraph in one process (the same minutes, the same load): ``beside``
    (now: Harper first, our engines and the redline while it lints), ``ours first`` (our
    engines, then Harper with only the redline beside it), ``in turn`` (Harper, then
    ours) and ``beside, 1 ms switch`` (``sys.setswitchinterval(0.001)``: a thread waiting
    for the GIL gets it within 1 ms instead of 5).

Prints numbers; asserts nothing. ``--rounds N`` paragraphs per order (default 8).
"""

from __future__ import annotations

import argparse
import bisect
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import harper_idle, header, long_text
from _keystroke import WORD

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.service.check_service import CheckRequest, CheckService

ORDERS = ("beside", "ours first", "in turn", "beside, 1 ms switch")


def bench_gil(calls: int = 40) -> None:
    import harper

    header("(1) Does Harper's lint let the GIL go?")
    paras = [p for p in long_text(50_000).split("\n") if len(p.split()) > 60][:40]
    linter = harper.Linter()
    for p in paras[:5]:
        linter.organized_lints(p, language="plaintext")

    def lint(i: int) -> tuple[float, float, float]:
        text = paras[i % len(paras)] + f" x{i}q"  # new text: nothing cached
        t0, c0 = time.perf_counter(), time.thread_time()
        linter.organized_lints(text, language="plaintext")
        return t0, time.perf_counter(), time.thread_time() - c0

    alone = [lint(i) for i in range(calls)]
    beside: list[tuple[float, float, float]] = []
    stop = threading.Event()

    def linting() -> None:
        for i in range(calls, 2 * calls):
            time.sleep(0.005)  # gaps: the loop's rate outside the lint calls
            beside.append(lint(i))
        stop.set()

    stamps: list[float] = []
    thread = threading.Thread(target=linting)
    thread.start()
    while not stop.is_set():
        stamps.append(time.perf_counter())
    thread.join()
    inside = sum(
        bisect.bisect_right(stamps, t1) - bisect.bisect_left(stamps, t0) for t0, t1, _c in beside
    )
    t_inside = sum(t1 - t0 for t0, t1, _c in beside)
    rate_in = inside / t_inside
    rate_out = (len(stamps) - inside) / (stamps[-1] - stamps[0] - t_inside)
    med = statistics.median
    wall_alone = med(t1 - t0 for t0, t1, _c in alone)
    wall_beside = med(t1 - t0 for t0, t1, _c in beside)
    print(f"load {os.getloadavg()[0]:.1f}, switch interval {sys.getswitchinterval() * 1000:.0f} ms")
    print(
        f"Harper's lint alone:          wall {wall_alone * 1000:6.2f} ms, "
        f"its thread's CPU {med(c for *_t, c in alone) * 1000:6.2f} ms (median of {calls})"
    )
    print(
        f"beside a Python loop:         wall {wall_beside * 1000:6.2f} ms, "
        f"its thread's CPU {med(c for *_t, c in beside) * 1000:6.2f} ms"
    )
    print(
        f"the loop's rate inside the lint calls {rate_in / 1e6:.2f} M/s, between them "
        f"{rate_out / 1e6:.2f} M/s ({rate_in / rate_out:.0%}; ~0% would mean the lint holds "
        "the GIL)"
    )


def bench_orders(rounds: int) -> None:
    header("(2) A keystroke at 50k words in four orders, alternated")
    text = long_text(50_000)
    ctx = CheckContext()
    pipeline = build_fast_pipeline(EngineSettings())
    pipeline.check("The committee met on Thursday. Their was a long debate.", ctx)
    pipeline.clear_cache()
    pipeline.check(text, ctx)
    harper_idle(pipeline)
    service = CheckService(lambda: pipeline)
    service._pipeline = pipeline  # built and warm
    service.check(CheckRequest("original", 0, text, ctx), lambda: False)
    service.check(CheckRequest("draft", 0, text, ctx, original=text), lambda: False)
    paras = text.split("\n")
    prose = [k for k, p in enumerate(paras) if len(p.split()) > 5]
    times: dict[str, dict[str, list[float]]] = {
        o: {"wall": [], "cpu": [], "harper": [], "ours": []} for o in ORDERS
    }
    revision = n = 0
    switch = sys.getswitchinterval()
    try:
        for _ in range(rounds):
            for order in ORDERS:
                pipeline.overlap = order != "in turn"
                pipeline.own_thread_last = order == "ours first"
                sys.setswitchinterval(0.001 if "1 ms" in order else switch)
                k = prose[(37 * n + 11) % len(prose)]
                n += 1
                words = paras[k].split(" ")
                at = len(" ".join(words[: len(words) // 2]))
                head, tail = paras[k][:at], paras[k][at:]
                for typed in range(1, len(WORD) + 1):
                    paras[k] = head + WORD[:typed] + tail
                    revision += 1
                    request = CheckRequest("draft", revision, "\n".join(paras), ctx, original=text)
                    c0, t0 = time.process_time(), time.perf_counter()
                    service.check(request, lambda: False)
                    got = times[order]
                    got["wall"].append(time.perf_counter() - t0)
                    got["cpu"].append(time.process_time() - c0)
                    spent = service._last["draft"].raw.timings
                    got["harper"].append(spent.get("harper", 0.0))
                    got["ours"].append(sum(s for e, s in spent.items() if e != "harper"))
    finally:
        sys.setswitchinterval(switch)
        pipeline.close()
    med = statistics.median
    print(f"load {os.getloadavg()[0]:.1f}; {rounds} paragraphs x {len(WORD)} keystrokes per order")
    print(f"  {'order':22} keystroke (best)      process CPU  Harper's span  our engines")
    for order, got in times.items():
        print(
            f"  {order:22} {med(got['wall']) * 1000:6.1f} ms ({min(got['wall']) * 1000:5.1f})"
            f"      {med(got['cpu']) * 1000:6.1f} ms    {med(got['harper']) * 1000:6.1f} ms"
            f"     {med(got['ours']) * 1000:6.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("gil", "orders"))
    parser.add_argument("--rounds", type=int, default=8, help="paragraphs per order")
    args = parser.parse_args()
    if args.only in (None, "gil"):
        bench_gil()
    if args.only in (None, "orders"):
        bench_orders(args.rounds)


if __name__ == "__main__":
    main()
