"""The checker process with a memory probe: where its memory goes, by dropping each part.

Benchmarks only (``bench_gui.py --child memory-account`` starts the checker through it):
the real checker (``reviewdesk.service.checker_entry``), with its service and its record
of the results sent kept where the probe can reach them. On SIGUSR1 (sent when the window
shows both panes checked), with Harper's thread idle, it drops one structure at a time,
collects the garbage, trims the C heap and reads the PSS after each: what each drop gives
back is what that structure held. The figures go as JSON to ``$REVIEWDESK_PROBE_OUT``.

Run as ``python benchmarks/checker_probe.py FD LANGUAGE LIFELINE`` (as the entry module).
"""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import pss_by_mapping, pss_mb

_HELD: dict[str, Any] = {}


def _trimmed_pss() -> float:
    from reviewdesk.core.memory import trim_heap

    gc.collect()
    trim_heap()
    return pss_mb()


def _harper(service: Any) -> Any:
    pipeline = service._pipeline
    return next((c for c in pipeline.checkers if c.name == "harper"), None) if pipeline else None


def _on_harper_thread(harper: Any, fn: Any) -> None:
    if harper is not None:
        harper._submit(fn).result()
    else:
        fn()


def account() -> dict[str, Any]:
    """Drop the checker's structures one by one; what each gave back (MB of PSS)."""
    service = _HELD["service"]
    harper = _harper(service)
    # idle: a forget-and-trim it queued is done, and a renewal of its thread (if any)
    _on_harper_thread(harper, lambda: None)
    out: dict[str, Any] = {"pss": pss_mb(), "mappings": pss_by_mapping()}
    drops: list[tuple[str, float]] = []
    before = _trimmed_pss()
    out["pss_trimmed"] = before

    def drop(name: str, fn: Any) -> None:
        nonlocal before
        fn()
        now = _trimmed_pss()
        drops.append((name, before - now))
        before = now

    sent = _HELD.get("sent")
    drop("the last results sent, per pane (lines and outcomes)", lambda: sent._last.clear())

    def results() -> None:
        service._last.clear()
        service._slow_raw.clear()

    drop("the fast engines' last raw results, per pane", results)
    drop("the issues' block layouts, per pane", lambda: service._layouts.clear())

    def redline() -> None:
        from reviewdesk.service.redline_follow import RedlineFollower

        service._redlines = RedlineFollower()
        service._split.clear()

    drop("the redline (original's map and lines, alignment, stretches), panes' lines", redline)
    pipeline = service._pipeline

    def paragraph_cache() -> None:
        pipeline._cache.clear()
        pipeline._states.clear()

    drop("the pipeline's paragraph cache and bases", paragraph_cache)
    for checker in pipeline.checkers:
        if checker is harper or not hasattr(checker, "clear_cache"):
            continue
        drop(f"engine {checker.name}: its caches (clear_cache)", checker.clear_cache)

    def linter() -> None:
        def go() -> None:
            harper._linter_now = None

        _on_harper_thread(harper, go)

    if harper is not None:
        drop("Harper's linter and its text cache", linter)
        drop("Harper's early linter", harper._early.close)
        drop("Harper's thread (its spelling tables)", harper.close)

    def memo_caches() -> None:
        for name, module in list(sys.modules.items()):
            if name.startswith("reviewdesk"):
                for value in list(vars(module).values()):
                    clear = getattr(value, "cache_clear", None)
                    if callable(clear):
                        clear()

    drop("our modules' memo caches (lru_cache)", memo_caches)
    out["lemminflect_loaded"] = "lemminflect" in sys.modules
    if out["lemminflect_loaded"]:  # an unlisted word was inflected (numpy stays loaded)

        def lemminflect() -> None:
            from lemminflect.utils.Singleton import _Singleton

            _Singleton._instances.clear()

        drop("LemmInflect's tables and model (an unlisted word inflected)", lemminflect)

    def engines() -> None:
        service._pipeline = None

    drop("the engines themselves (their tables: lexicon, names, counts...)", engines)
    out["drops"] = drops
    out["left"] = before
    out["left_mappings"] = pss_by_mapping()
    return out


def _probe(_signum: int, _frame: object) -> None:
    target = os.environ.get("REVIEWDESK_PROBE_OUT", "")
    try:
        result = account()
    except Exception as exc:  # the bench reports it rather than waiting for nothing
        result = {"error": repr(exc)}
    tmp = target + ".tmp"
    Path(tmp).write_text(json.dumps(result), encoding="utf-8")
    os.replace(tmp, target)


def main() -> int:
    from reviewdesk.service import checker_entry, checker_loop

    class HeldService(checker_loop.CheckService):  # type: ignore[misc, name-defined]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            _HELD["service"] = self

    class HeldSent(checker_loop._Sent):  # type: ignore[misc, name-defined]
        # whatever the loop passes (since memory19, the check's own line split): a fixed
        # signature here made the probed checker die at its start, and the window wait
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            _HELD["sent"] = self

    checker_loop.CheckService = HeldService  # type: ignore[misc]
    checker_loop._Sent = HeldSent  # type: ignore[misc]
    signal.signal(signal.SIGUSR1, _probe)
    return checker_entry.main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
