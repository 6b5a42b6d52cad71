"""First-suggestion accuracy on poor spellers' errors, reviewdesk vs Harper vs Hunspell.

The data is not shipped (its licence is research use; read it from where you keep it):
- ``--birkbeck FILE``: Roger Mitton's Birkbeck spelling error corpus (``missp.dat``,
  Oxford Text Archive): a line ``$correct`` then its misspellings, ``_`` for a space;
- ``--norvig FILE`` (repeatable): Peter Norvig's ``spell-testset1.txt`` /
  ``spell-testset2.txt`` (derived from Birkbeck), lines ``correct: wrong wrong ...``.

Only one-word errors are kept (no ``_``, letters and apostrophes), and only non-words:
a misspelling that is itself a word in LemmInflect's lexicon ("there" for "their") is
a confused word, not a spelling error, and no spell checker's first suggestion is judged
on it. Each misspelling is planted in a plain carrier sentence (``score_spelling.py``'s)
and checked with every fast engine. A misspelling counts as
- *flagged* when an issue covers it,
- *right first* / *in top 3* when the correction is the first / among the first three,
- *filed as spelling* when that issue's category is spelling (share of flagged).
The pairs are split by correct word (CRC-32, even: tuning, odd: validation), so a word
tuned on never scores the validation half. Harper's own order (before our ranking) and
Hunspell (``hunspell -d en_US -a``, when the command is there) are printed beside.
``--cost`` times the ranking alone per flagged word (uncached, process CPU).
"""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import subprocess
import sys
import time
import zlib
from collections.abc import Iterable
from pathlib import Path

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.lexicon import is_dictionary_word
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.style import load_default_style_sheet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_spelling import CARRIERS  # the same sentences as the typo set

Pair = tuple[str, str]  # (misspelling, correct)


def read_birkbeck(path: Path) -> list[Pair]:
    """(wrong, right) pairs of ``missp.dat``'s format."""
    pairs: list[Pair] = []
    right = ""
    for line in path.read_text("latin-1").splitlines():
        line = line.strip()
        if line.startswith("$"):
            right = line[1:]
        elif line and right:
            pairs.append((line, right))
    return pairs


def read_norvig(path: Path) -> list[Pair]:
    """(wrong, right) pairs of ``right: wrong wrong ...`` lines."""
    pairs: list[Pair] = []
    for line in path.read_text("utf-8").splitlines():
        right, _, wrongs = line.partition(":")
        pairs += [(w, right.strip()) for w in wrongs.split()]
    return pairs


def usable(pairs: Iterable[Pair]) -> tuple[list[Pair], int]:
    """One-word non-word errors (see the module's docstring), and how many were left out."""
    kept: list[Pair] = []
    seen: set[Pair] = set()
    dropped = 0
    for wrong, right in pairs:
        ok = (
            wrong.replace("'", "").isalpha()
            and right.replace("'", "").isalpha()
            and wrong.lower() != right.lower()
            and not is_dictionary_word(wrong.lower())
            and (wrong, right) not in seen
        )
        if ok:
            kept.append((wrong, right))
            seen.add((wrong, right))
        else:
            dropped += 1
    return kept, dropped


def half(pairs: list[Pair], which: int) -> list[Pair]:
    """The tuning (0) or validation (1) half, split by correct word."""
    return [p for p in pairs if zlib.crc32(p[1].lower().encode()) % 2 == which]


def score_reviewdesk(pairs: list[Pair], settings: EngineSettings, show: int) -> str:
    """flagged / right first / top 3 / filed as spelling for a pipeline."""
    pipeline = build_fast_pipeline(settings)
    ctx = CheckContext(language="en-US", style=load_default_style_sheet())
    flagged = right = top3 = spelling = 0
    misses: list[str] = []
    for n, (wrong, correct) in enumerate(pairs):
        text = CARRIERS[n % len(CARRIERS)].format(wrong)
        start = text.index(wrong)
        end = start + len(wrong)
        issues = [i for i in pipeline.check(text, ctx).issues if i.start < end and start < i.end]
        if not issues:
            continue
        flagged += 1
        spelling += str(issues[0].category) == "spelling"
        fixes = [r.lower() for r in issues[0].replacements]
        if fixes[:1] == [correct.lower()]:
            right += 1
        elif len(misses) < show:
            misses.append(f"    {wrong} -> {fixes[:3]} (want {correct})")
        top3 += correct.lower() in fixes[:3]
    line = _line(len(pairs), flagged, right, top3)
    line += f"   filed as spelling {_pct(spelling, max(flagged, 1))} of flagged"
    return "\n".join([line, *misses])


def score_harper_raw(pairs: list[Pair]) -> str:
    """Harper's own first suggestion, before reviewdesk re-ranks it."""
    import harper

    linter = harper.Linter(harper.Dialect(0))
    flagged = right = top3 = 0
    for n, (wrong, correct) in enumerate(pairs):
        text = CARRIERS[n % len(CARRIERS)].format(wrong)
        start = text.index(wrong)
        lint = _lint_at(linter.organized_lints(text, language="plaintext"), start)
        if lint is None:
            continue
        flagged += 1
        fixes = [s.replacement_text.lower() for s in lint.suggestions]
        right += fixes[:1] == [correct.lower()]
        top3 += correct.lower() in fixes[:3]
    return _line(len(pairs), flagged, right, top3)


def _lint_at(organized: dict[str, list[object]], start: int) -> object | None:
    for lints in organized.values():
        for lint in lints:
            if lint.span.start <= start < lint.span.end:  # type: ignore[attr-defined]
                return lint
    return None


def score_hunspell(pairs: list[Pair]) -> str:
    """Hunspell 1.7's own suggestions (``-a`` pipe mode), en_US."""
    if shutil.which("hunspell") is None:
        return "(no hunspell command here: column skipped)"
    words = "\n".join("^" + w for w, _ in pairs) + "\n"
    out = subprocess.run(
        ["hunspell", "-d", "en_US", "-a"], input=words, capture_output=True, text=True, check=False
    ).stdout.splitlines()[1:]
    results = [line for line in out if line.strip()]
    if len(results) != len(pairs):
        return f"(hunspell answered {len(results)} lines for {len(pairs)} words: skipped)"
    flagged = right = top3 = 0
    for (_, correct), line in zip(pairs, results, strict=True):
        if line[:1] in "*+-":
            continue
        flagged += 1
        fixes = [s.strip().lower() for s in line.split(":", 1)[1].split(",")] if ":" in line else []
        right += fixes[:1] == [correct.lower()]
        top3 += correct.lower() in fixes[:3]
    return _line(len(pairs), flagged, right, top3)


def ranking_cost(pairs: list[Pair]) -> str:
    """Process CPU of ranking one flagged word's fixes (cache cleared), median and mean."""
    import harper

    from reviewdesk.core.engines.spelling import Speller

    linter = harper.Linter(harper.Dialect(0))
    speller = Speller()
    speller.prepare()
    costs: list[float] = []
    for wrong, _ in pairs:
        lint = _lint_at(linter.organized_lints(f"The {wrong} was here.", language="plaintext"), 4)
        if lint is None:
            continue
        suggested = [s.replacement_text for s in lint.suggestions]  # type: ignore[attr-defined]
        speller.best_fixes(wrong, suggested)  # warm the lemma and count lookups' code paths
        speller._ranked.clear()
        start = time.process_time()
        speller.best_fixes(wrong, suggested)
        costs.append(time.process_time() - start)
    costs.sort()
    if not costs:
        return "no flagged word"
    median = costs[len(costs) // 2] * 1000
    mean = sum(costs) / len(costs) * 1000
    return (
        f"ranking per flagged word: median {median:.2f} ms, mean {mean:.2f} ms CPU "
        f"({len(costs)} words, uncached)"
    )


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   - "


def _line(total: int, flagged: int, right: int, top3: int) -> str:
    return (
        f"flagged {_pct(flagged, total)}   right first {_pct(right, total)}   "
        f"in top 3 {_pct(top3, total)}"
    )


def main() -> None:
    """Print each set's halves: reviewdesk, Harper's own order, Hunspell."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--birkbeck", type=Path, help="missp.dat (Mitton's Birkbeck corpus)")
    parser.add_argument("--norvig", type=Path, action="append", default=[], help="spell-testset")
    parser.add_argument("--sample", type=int, default=0, help="at most this many pairs a half")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--half", choices=("tuning", "validation", "both"), default="both")
    parser.add_argument("--show", type=int, default=0, help="list this many wrong first fixes")
    parser.add_argument("--no-hunspell", action="store_true")
    parser.add_argument("--no-harper", action="store_true", help="skip Harper's own order")
    parser.add_argument("--cost", action="store_true", help="time the ranking per flagged word")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    sets: list[tuple[str, list[Pair]]] = []
    if args.birkbeck:
        sets.append((f"Birkbeck {args.birkbeck.name}", read_birkbeck(args.birkbeck)))
    sets += [(f"Norvig {p.name}", read_norvig(p)) for p in args.norvig]
    if not sets:
        parser.error("give --birkbeck FILE and/or --norvig FILE")
    halves = {"tuning": (0,), "validation": (1,), "both": (0, 1)}[args.half]
    rng = random.Random(args.seed)
    for name, raw in sets:
        pairs, dropped = usable(raw)
        print(f"{name}: {len(pairs)} one-word non-word errors ({dropped} others left out)")
        for which in halves:
            part = half(pairs, which)
            if args.sample and len(part) > args.sample:
                part = rng.sample(part, args.sample)
            label = ("tuning", "validation")[which]
            print(f"  {label} half, {len(part)} pairs")
            print(f"    reviewdesk   {score_reviewdesk(part, EngineSettings(), args.show)}")
            if not args.no_harper:
                print(f"    Harper raw   {score_harper_raw(part)}")
            if not args.no_hunspell:
                print(f"    Hunspell     {score_hunspell(part)}")
            if args.cost:
                print(f"    {ranking_cost(part)}")


if __name__ == "__main__":
    main()
