"""Recall and false alarms of Harper alone and of all fast engines on LanguageTool's examples.

Reads ../shared/corpus/checks (next to the main checkout; never copied into the project).
An error counts as found when an issue overlaps its span; a correct sentence is a false
alarm when any issue is reported in it. Rules LanguageTool leaves off by default are
reported apart from the headline figures.

``--split`` scores the development half in two parts chosen by a hash of the rule id
(about 60/40): a *tuning* part to build against and a *validation* part that stands in
for the held-back half. A gap between the two parts is overfitting. ``--misses`` lists
what reviewdesk misses and flags in the tuning part only; the validation part's sentences
are never printed, so they stay unseen.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import sys
import zlib
from pathlib import Path

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.harper_engine import HarperChecker
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import load_default_style_sheet

REPO = Path(__file__).resolve().parents[1]
_CANDIDATES = [REPO.parent / "shared", REPO.parents[1] / "shared"]  # main checkout, worktree
CATEGORIES = {
    "GRAMMAR": "grammar",
    "CONFUSED_WORDS": "confused words",
    "TYPOS": "typos",
    "PUNCTUATION": "punctuation",
}
PARTS = ("tuning", "validation")
Row = dict[str, object]
Scores = tuple[dict[str, list[int]], list[int], collections.Counter[str]]


def part_of(rule: str) -> str:
    """The part a LanguageTool rule's examples belong to: ~60% "tuning", ~40% "validation".

    By rule id, so a rule's correct and incorrect examples stay together and a kind of
    error learnt from one part is tested on rules never looked at.
    """
    return "tuning" if zlib.crc32(rule.encode("utf-8")) % 10 < 6 else "validation"


def checks_dir() -> Path:
    """The shared checks corpus: ../shared from the main checkout or a worktree."""
    for base in _CANDIDATES:
        path = base / "corpus" / "checks"
        if path.is_dir():
            return path
    sys.exit("../shared/corpus/checks not found")


def _load(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _score(
    pipeline: CheckPipeline,
    incorrect: list[Row],
    correct: list[Row],
    ctx: CheckContext,
    misses: list[str] | None = None,
) -> Scores:
    """(found/total per category, [correct flagged, correct total], rules flagging them)."""
    by_cat: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for row in incorrect:
        start, end = row["span"]  # type: ignore[misc]
        text = str(row["text"])
        issues = pipeline.check(text, ctx).issues
        hit = any(i.start < end and start < i.end for i in issues)
        key = "default-off" if row["default_off"] else str(row["category"])
        for k in (key, "overall") if key != "default-off" else (key,):
            by_cat[k][0] += hit
            by_cat[k][1] += 1
        if misses is not None and not hit and key != "default-off":
            misses.append(
                f"MISS {row['category']:<15} {row['rule']}: {text[:start]}[["
                f"{text[start:end]}]]{text[end:]}  -> {row['correction']}"
            )
    flagged = [0, len(correct)]
    rules: collections.Counter[str] = collections.Counter()
    for row in correct:
        text = str(row["text"])
        issues = pipeline.check(text, ctx).issues
        flagged[0] += bool(issues)
        rules.update(f"{i.engine}:{i.rule}" for i in issues)
        if misses is not None and issues:
            marks = "; ".join(f"{i.engine}:{i.rule} '{text[i.start : i.end]}'" for i in issues)
            misses.append(f"FLAG {row['rule']}: {text}  <- {marks}")
    return by_cat, flagged, rules


def _pct(found: int, total: int) -> str:
    return f"{100 * found / total:5.1f}% ({found}/{total})" if total else "   n/a"


def _table(title: str, results: dict[str, Scores]) -> None:
    names = list(results)
    print(f"\n== {title} ==")
    print(f"{'recall':<16}" + "".join(f"{n:<24}" for n in names))
    for key in [*CATEGORIES, "overall", "default-off"]:
        label = CATEGORIES.get(key, key)
        print(f"{label:<16}" + "".join(f"{_pct(*results[n][0][key]):<24}" for n in names))
    print(f"{'false alarms':<16}" + "".join(f"{_pct(*results[n][1]):<24}" for n in names))


def main() -> None:
    """Print the side-by-side table (for the whole half, or for each part with --split)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="en-US")
    parser.add_argument("--top", type=int, default=12, help="rules to list on correct text")
    parser.add_argument("--split", action="store_true", help="score tuning and validation apart")
    parser.add_argument("--reviewdesk-only", action="store_true", help="skip Harper alone")
    parser.add_argument(
        "--misses", type=Path, help="write the tuning part's misses and false alarms here"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    folder = checks_dir()
    incorrect = _load(folder / "lt-incorrect.jsonl")
    correct = [r for r in _load(folder / "lt-correct.jsonl") if not r["default_off"]]
    # reviewdesk checks as the app does, with the default house style sheet (AP: its
    # conventions silence Harper's serial-comma, ellipsis and en-dash advice); Harper alone
    # runs with no sheet.
    house = CheckContext(language=args.language, style=load_default_style_sheet())
    bare = CheckContext(language=args.language)
    runs: dict[str, tuple[CheckPipeline, CheckContext]] = {}
    if not args.reviewdesk_only:
        # Harper as it comes, without reviewdesk's spelling ranking and misfire filters
        runs["Harper alone"] = (CheckPipeline([HarperChecker(raw=True)]), bare)
    runs["reviewdesk"] = (build_fast_pipeline(EngineSettings()), house)
    parts: dict[str, tuple[list[Row], list[Row]]] = {"development half": (incorrect, correct)}
    if args.split or args.misses:
        parts = {
            part: (
                [r for r in incorrect if part_of(str(r["rule"])) == part],
                [r for r in correct if part_of(str(r["rule"])) == part],
            )
            for part in PARTS
        }
    last: dict[str, Scores] = {}
    for title, (inc, cor) in parts.items():
        misses: list[str] | None = [] if args.misses and title == "tuning" else None
        results = {}
        for name, (pipeline, ctx) in runs.items():
            results[name] = _score(
                pipeline, inc, cor, ctx, misses if name == "reviewdesk" else None
            )
        _table(title, results)
        if misses is not None:
            args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
        last = results
    for name, scores in last.items():
        print(f"\nTop rules on correct sentences ({name}, last part):")
        for rule, count in scores[2].most_common(args.top):
            print(f"  {count:4d}  {rule}")


if __name__ == "__main__":
    main()
