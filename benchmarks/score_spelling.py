"""First-suggestion accuracy on real misspellings, reviewdesk vs Harper alone.

Misspellings come from codespell's dictionary.txt (the ``codespell`` package, a dev
dependency; GPL-2.0, read in place, never shipped): common typos found in real text,
each with one correction. A sample is planted into a plain carrier sentence and checked
with every fast engine; a misspelling counts as
- *flagged* when an issue covers it,
- *right first* when the first suggestion is the correction,
- *filed as spelling* when that issue's category is spelling.
Hunspell's published figures for comparison: about 85% right first on common typos and
40% on poor spellers' errors (Birkbeck); the latter set is not on PyPI and is not
measured here.
"""

from __future__ import annotations

import argparse
import logging
import random
from importlib import resources

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.style import load_default_style_sheet

CARRIERS = (
    "The mayor said the {} was on the agenda.",
    "Officials called it {} in a statement on Monday.",
    "She {} the plan, according to the report.",
)


def misspellings(lexicon: Lexicon) -> list[tuple[str, str]]:
    """(misspelling, correction) pairs: one-word typos of known words, unambiguous."""
    text = resources.files("codespell_lib").joinpath("data/dictionary.txt").read_text("utf-8")
    pairs = []
    for line in text.splitlines():
        wrong, _, right = line.partition("->")
        right = right.strip()
        if not wrong.isalpha() or not wrong.islower() or "," in right or not right.isalpha():
            continue
        if len(wrong) < 4 or lexicon.count(wrong) > 0 or lexicon.count(right) < 100_000:
            continue  # the "typo" is itself a word, or the correction is a rare one
        pairs.append((wrong, right))
    return pairs


def main() -> None:
    """Print flagged / right-first / filed-as-spelling for both runs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--language", default="en-US")
    parser.add_argument("--show", type=int, default=0, help="list this many wrong first fixes")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    pairs = misspellings(Lexicon())
    rng = random.Random(args.seed)
    sample = rng.sample(pairs, min(args.sample, len(pairs)))
    ctx = CheckContext(language=args.language, style=load_default_style_sheet())
    runs = {
        "Harper + ranking": EngineSettings().switch(harper=True, grammar=False, editorial=False),
        "reviewdesk": EngineSettings(),
    }
    print(f"{len(sample)} of {len(pairs)} codespell misspellings, planted in sentences")
    _raw_harper(sample, args.language)
    for name, settings in runs.items():
        pipeline = build_fast_pipeline(settings)
        flagged = right = spelling = 0
        wrong_first: list[str] = []
        for n, (wrong, correct) in enumerate(sample):
            carrier = CARRIERS[n % len(CARRIERS)]
            text = carrier.format(wrong)
            start = text.index(wrong)
            end = start + len(wrong)
            issues = [
                i for i in pipeline.check(text, ctx).issues if i.start < end and start < i.end
            ]
            if not issues:
                continue
            flagged += 1
            issue = issues[0]
            spelling += str(issue.category) == "spelling"
            first = issue.replacements[0].lower() if issue.replacements else ""
            if first == correct:
                right += 1
            elif len(wrong_first) < args.show:
                wrong_first.append(f"  {wrong} -> {first or '(none)'} (want {correct})")
        total = len(sample)
        print(
            f"{name:15} flagged {100 * flagged / total:5.1f}%   right first "
            f"{100 * right / total:5.1f}% (Hunspell ~85%)   filed as spelling "
            f"{100 * spelling / max(flagged, 1):5.1f}% of flagged"
        )
        if wrong_first:
            print("\n".join(wrong_first))


def _raw_harper(sample: list[tuple[str, str]], language: str) -> None:
    """Harper's own first suggestion, before reviewdesk re-ranks it."""
    import harper

    from reviewdesk.core.engines.harper_engine import DIALECTS

    linter = harper.Linter(harper.Dialect(DIALECTS.get(language, 0)))
    flagged = right = 0
    for n, (wrong, correct) in enumerate(sample):
        text = CARRIERS[n % len(CARRIERS)].format(wrong)
        start = text.index(wrong)
        for lints in linter.organized_lints(text, language="plaintext").values():
            for lint in lints:
                if lint.span.start <= start < lint.span.end:
                    flagged += 1
                    first = lint.suggestions[0].replacement_text if lint.suggestions else ""
                    right += first.lower() == correct
                    break
    total = len(sample)
    print(
        f"{'Harper raw':15} flagged {100 * flagged / total:5.1f}%   right first "
        f"{100 * right / total:5.1f}% (its own suggestion order)"
    )


if __name__ == "__main__":
    main()
