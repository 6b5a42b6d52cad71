"""Recall and false alarms on grammar probe sentences of our own (issue 11).

Reads benchmarks/data/grammar_probes.txt: sentences written from the kinds of error a
grammar reference lists (agreement, verb forms after helpers, prepositions, articles,
pronoun case, comparatives, tense, question order, missing and extra words, confused
words), each error marked ``[[ ]]``, and correct sentences of the same shapes. They are
not LanguageTool's examples, so they test whether a mechanism generalises beyond the
benchmark's sentences. Prints, per kind, what the grammar engine alone and all fast
engines find, and the correct sentences flagged; ``--show`` lists misses and flags.
"""

from __future__ import annotations

import argparse
import collections
import logging
from pathlib import Path

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.grammar.checker import GrammarChecker
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.models import Issue
from reviewdesk.core.style import load_default_style_sheet

PROBES = Path(__file__).resolve().parent / "data" / "grammar_probes.txt"


def read_probes(path: Path = PROBES) -> list[tuple[str, str, str, tuple[int, int] | None]]:
    """(kind "E"/"C", error kind, sentence, error span or None) for each probe line."""
    out: list[tuple[str, str, str, tuple[int, int] | None]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        mark, kind, text = line.split("|", 2)
        span = None
        if mark == "E":
            start = text.index("[[")
            end = text.index("]]") - 2
            text = text.replace("[[", "", 1).replace("]]", "", 1)
            span = (start, end)
        out.append((mark, kind, text, span))
    return out


def main() -> None:
    """Print recall per kind and the correct sentences flagged, for two engine sets."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true", help="list misses and flags")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    grammar = GrammarChecker()
    pipeline = build_fast_pipeline(EngineSettings())
    ctx = CheckContext(language="en-US", style=load_default_style_sheet())
    runs = {
        "grammar engine": lambda text: grammar.check_paragraph(text),
        "all fast engines": lambda text: pipeline.check(text, ctx).issues,
    }
    probes = read_probes()
    for name, run in runs.items():
        found: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        flagged = [0, 0]
        notes: list[str] = []
        for _mark, kind, text, span in probes:
            issues: list[Issue] = list(run(text))
            if span is None:
                flagged[0] += bool(issues)
                flagged[1] += 1
                if issues:
                    marks = "; ".join(f"{i.rule} '{text[i.start : i.end]}'" for i in issues)
                    notes.append(f"FLAG {text}  <- {marks}")
                continue
            hit = any(i.start < span[1] and span[0] < i.end for i in issues)
            for key in (kind, "overall"):
                found[key][0] += hit
                found[key][1] += 1
            if not hit:
                notes.append(
                    f"MISS {kind}: {text[: span[0]]}[[{text[span[0] : span[1]]}]]{text[span[1] :]}"
                )
        print(f"\n== {name} ==")
        for key, (hit, total) in sorted(found.items(), key=lambda kv: kv[0] == "overall"):
            print(f"  {key:<14} {hit:3d}/{total:<3d} {100 * hit / total:5.1f}%")
        print(f"  correct flagged {flagged[0]}/{flagged[1]}")
        if args.show:
            print("\n".join(f"    {n}" for n in notes))


if __name__ == "__main__":
    main()
