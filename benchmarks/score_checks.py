"""Recall and false alarms of Harper alone and of all fast engines on LanguageTool's examples.

Reads ../shared/corpus/checks (next to the main checkout; never copied into the project).
An error counts as found when an issue overlaps its span; a correct sentence is a false
alarm when any issue is reported in it. Rules LanguageTool leaves off by default are
reported apart from the headline figures.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import sys
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


def checks_dir() -> Path:
    """The shared checks corpus: ../shared from the main checkout or a worktree."""
    for base in _CANDIDATES:
        path = base / "corpus" / "checks"
        if path.is_dir():
            return path
    sys.exit("../shared/corpus/checks not found")


def _load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _score(
    pipeline: CheckPipeline, incorrect: list[dict], correct: list[dict], ctx: CheckContext
) -> tuple[dict[str, list[int]], int, collections.Counter[str]]:
    """(found/total per category, correct sentences flagged, rules flagging correct ones)."""
    by_cat: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for row in incorrect:
        start, end = row["span"]
        issues = pipeline.check(row["text"], ctx).issues
        hit = any(i.start < end and start < i.end for i in issues)
        key = "default-off" if row["default_off"] else str(row["category"])
        for k in (key, "overall") if key != "default-off" else (key,):
            by_cat[k][0] += hit
            by_cat[k][1] += 1
    flagged = 0
    rules: collections.Counter[str] = collections.Counter()
    for row in correct:
        issues = pipeline.check(row["text"], ctx).issues
        flagged += bool(issues)
        rules.update(f"{i.engine}:{i.rule}" for i in issues)
    return by_cat, flagged, rules


def _pct(found: int, total: int) -> str:
    return f"{100 * found / total:5.1f}% ({found}/{total})" if total else "   n/a"


def main() -> None:
    """Print the side-by-side table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="en-US")
    parser.add_argument("--top", type=int, default=12, help="rules to list on correct text")
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
    contexts = {"Harper alone": bare, "reviewdesk": house}
    runs = {
        # Harper as it comes, without reviewdesk's spelling ranking and misfire filters
        "Harper alone": CheckPipeline([HarperChecker(raw=True)]),
        "reviewdesk": build_fast_pipeline(EngineSettings()),
    }
    results = {name: _score(p, incorrect, correct, contexts[name]) for name, p in runs.items()}
    names = list(runs)
    print(f"{'recall':<16}" + "".join(f"{n:<24}" for n in names))
    rows = [*CATEGORIES, "overall", "default-off"]
    for key in rows:
        label = CATEGORIES.get(key, key)
        print(f"{label:<16}" + "".join(f"{_pct(*results[n][0][key]):<24}" for n in names))
    print(
        f"{'false alarms':<16}" + "".join(f"{_pct(results[n][1], len(correct)):<24}" for n in names)
    )
    for name in names:
        print(f"\nTop rules on correct sentences ({name}):")
        for rule, count in results[name][2].most_common(args.top):
            print(f"  {count:4d}  {rule}")


if __name__ == "__main__":
    main()
