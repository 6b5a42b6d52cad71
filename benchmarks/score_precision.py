"""Issues per 1,000 words on clean, edited, published news (goal: at most 2).

Reads benchmarks/data/wikinews-2019-01.txt (Wikinews, CC BY 2.5; see data/README.md):
an issue on published copy is a false alarm until shown otherwise, except on the few
slips the editors left in (listed below, found by reading the text), which count as
real finds. Prints the rate for reviewdesk's fast engines and for Harper alone, by
engine and category; ``--show`` lists every issue to read.
"""

from __future__ import annotations

import argparse
import collections
import logging
import re
from pathlib import Path

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.harper_engine import HarperChecker
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import effective_style_sheet

DATA = Path(__file__).resolve().parent / "data" / "wikinews-2019-01.txt"
# Slips left in the published text (read by hand): flagging these is right.
REAL_SLIPS = (
    "a another",
    "uncomfirmed",
    "hopitalised",
    "Magnitigorsk",
    "Its plausible",
    "it help to",
    "and and",
)


def articles() -> list[tuple[str, str]]:
    """(title, text) of each article in the data file."""
    text = DATA.read_text(encoding="utf-8")
    # The articles' wiki source has two spaces after some sentences; the published page
    # (HTML) shows one, so the text is checked as readers saw it.
    text = re.sub(r"(?<=\S)  +(?=\S)", " ", text)
    parts = re.split(r"^### (.+)$", text, flags=re.MULTILINE)
    return [(parts[i].strip(), parts[i + 1].strip() + "\n") for i in range(1, len(parts), 2)]


def _real(text: str, start: int, end: int) -> bool:
    for slip in REAL_SLIPS:
        for m in re.finditer(re.escape(slip), text):
            if m.start() < end and start < m.end():
                return True
    return False


def main() -> None:
    """Print issues per 1,000 words by engine and category."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="list every issue")
    parser.add_argument("--language", default="en-US")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    docs = articles()
    words = sum(len(text.split()) for _, text in docs)
    ctx = CheckContext(language=args.language, style=effective_style_sheet(None))
    runs = {
        # Harper as it comes, without reviewdesk's spelling ranking and misfire filters
        "Harper alone": CheckPipeline([HarperChecker(raw=True)]),
        "reviewdesk": build_fast_pipeline(EngineSettings()),
    }
    print(f"{len(docs)} Wikinews articles, {words} words ({DATA.name}, CC BY 2.5)")
    for name, pipeline in runs.items():
        by_engine: collections.Counter[str] = collections.Counter()
        by_category: collections.Counter[str] = collections.Counter()
        real = other = 0
        shown: list[str] = []
        for title, text in docs:
            for issue in pipeline.check(text, ctx).issues:
                is_real = _real(text, issue.start, issue.end)
                real += is_real
                other += not is_real
                if is_real:
                    continue
                by_engine[issue.engine] += 1
                by_category[str(issue.category)] += 1
                line_start = text.rfind("\n", 0, issue.start) + 1
                context = text[max(line_start, issue.start - 40) : issue.end + 40].replace(
                    "\n", " ⏎ "
                )
                shown.append(
                    f"  [{issue.engine}:{issue.rule}] {issue.text!r} -> "
                    f"{list(issue.replacements[:2])}  …{context.strip()}…  ({title[:30]})"
                )
        rate = 1000 * other / words
        verdict = "meets" if rate <= 2 else "MISSES"
        print(
            f"\n{name}: {rate:.1f} issues per 1,000 words on published text "
            f"(goal <= 2: {verdict}); {real} more on the {len(REAL_SLIPS)} real slips"
        )
        for label, counts in (("engine", by_engine), ("category", by_category)):
            rates = ", ".join(f"{k} {1000 * v / words:.2f}" for k, v in counts.most_common())
            print(f"  by {label}: {rates}")
        if args.show:
            print("\n".join(shown))


if __name__ == "__main__":
    main()
