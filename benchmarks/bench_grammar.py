"""The grammar engine's CPU time on the sample, paragraph by paragraph, and each rule's share.

The engine runs per paragraph on each keystroke, so its time must stay small. Checks
every paragraph of ``../shared/samples/belarus-visit.txt`` (else the demo article) with
a warm engine, best of ``--rounds``; then, for each rule named with ``--without``, the
same with that rule switched off, alternating the two so load on a shared machine falls
on both alike. Timed twice: with the rules' caches cleared first ("new words": every
pair is asked afresh) and with them warm ("cached": a keystroke re-checks a paragraph
whose other words were asked before).
Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import reviewdesk.core.engines.grammar.checker as grammar_checker
from reviewdesk.core.engines.grammar.checker import GrammarChecker

REPO = Path(__file__).resolve().parents[1]
SAMPLES = [
    REPO.parent / "shared" / "samples" / "belarus-visit.txt",
    REPO.parents[1] / "shared" / "samples" / "belarus-visit.txt",
    REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt",
]


def _paragraphs() -> list[str]:
    path = next(p for p in SAMPLES if p.is_file())
    print(f"sample: {path.name}")
    text = path.read_text(encoding="utf-8")
    return [p for p in text.split("\n") if p.strip()]


def _clear_caches() -> None:
    """Clear the rules' per-pair caches (not the lexicon's tables: those stay warm)."""
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper):
            module = getattr(obj, "__module__", "") or ""
            if module.startswith("reviewdesk.core.engines.grammar.") and not module.endswith(
                "lexicon"
            ):
                obj.cache_clear()


def _time(checker: GrammarChecker, paragraphs: list[str], cold: bool) -> float:
    if cold:
        _clear_caches()
    began = time.process_time()
    for paragraph in paragraphs:
        checker.check_paragraph(paragraph)
    return (time.process_time() - began) * 1000


def _off(*_args: object) -> Iterator[object]:
    """A rule switched off (some rules also take the paragraph's text)."""
    return iter(())


def main() -> None:
    """Print the engine's time with every rule, and without each rule asked about."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--without", nargs="*", default=["check_context_forms", "check_word_pairs"])
    args = parser.parse_args()
    paragraphs = _paragraphs()
    print(f"{len(paragraphs)} paragraphs, {sum(len(p.split()) for p in paragraphs)} words")
    print(f"load average: {os.getloadavg()}")
    checker = GrammarChecker()
    checker.warm_up("en-US")
    _time(checker, paragraphs, cold=False)
    for name in args.without:
        rule: Callable[..., Iterator[object]] = getattr(grammar_checker, name)
        times: dict[tuple[bool, bool], list[float]] = {}
        for _ in range(args.rounds):
            for cold in (True, False):
                for on in (True, False):
                    setattr(grammar_checker, name, rule if on else _off)
                    if not cold:
                        _time(checker, paragraphs, cold=False)  # fill this set-up's caches
                    times.setdefault((cold, on), []).append(_time(checker, paragraphs, cold))
        setattr(grammar_checker, name, rule)
        for cold in (True, False):
            best_on, best_off = min(times[cold, True]), min(times[cold, False])
            print(
                f"{name:<22} {'new words' if cold else 'cached':<9}  all rules "
                f"{best_on:6.1f} ms  without it {best_off:6.1f} ms  "
                f"share {best_on - best_off:5.1f} ms"
            )
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
