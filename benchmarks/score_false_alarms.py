"""Issues per 1,000 words on correct text nobody on the project has read (issue 11).

Three sources of mostly correct prose, checked as the score scripts check
(``build_fast_pipeline`` with the default house style sheet):

- the real Word files in ../shared/corpus/docx (other projects' fixtures: reports,
  letters, theses, forms), imported through the app's own importer and filed as the
  window files a Word article. They are split in two halves by a hash of the file name:
  half A is studied (``--show`` lists its issues), half B is only ever counted;
- LanguageTool's correct example sentences, the *tuning* part of ``score_checks.py
  --split`` (the validation part stays with that script, unprinted);
- the published Wikinews files score_precision.py reads (read many times), less the
  editors' slips it lists.

Every issue on this text is taken for a false alarm (a few are not: the Word fixtures
hold some real slips); the rate is printed by engine, rule and category for each source.
A finding marked at several places (one ``Issue.group``) counts once per document, as
the issues panel lists it.
"""

from __future__ import annotations

import argparse
import collections
import logging
import sys
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from score_checks import _load, checks_dir, part_of
from score_precision import DATA, SPLIT, _real, articles

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.filing import for_word_file
from reviewdesk.core.models import Issue
from reviewdesk.core.pipeline import CheckPipeline
from reviewdesk.core.style import effective_style_sheet
from reviewdesk.desk.context import kept_lines
from reviewdesk.formats.errors import FormatError
from reviewdesk.formats.importing import import_file

REPO = Path(__file__).resolve().parents[1]
_DOCX = [REPO.parent / "shared" / "corpus" / "docx", REPO.parents[1] / "shared" / "corpus" / "docx"]
SOURCES = ("word-A", "word-B", "lt-correct", "wikinews")
Doc = tuple[str, str, CheckContext]  # (name, text, context)


def word_half(name: str) -> str:
    """The half a Word file belongs to, "A" (studied) or "B" (only counted), by its name."""
    return "A" if zlib.crc32(name.encode("utf-8")) % 2 else "B"


def _docx_dir() -> Path:
    for path in _DOCX:
        if path.is_dir():
            return path
    sys.exit("../shared/corpus/docx not found")


def word_docs(half: str, base: CheckContext) -> Iterator[Doc]:
    """Half ``half``'s Word files as the app opens them: text, captions kept, Word filing."""
    for path in sorted(_docx_dir().glob("*.docx")):
        if word_half(path.name) != half:
            continue
        try:
            doc = import_file(path)
        except FormatError as exc:  # a fixture the importer refuses (empty on purpose)
            logging.getLogger(__name__).info("%s not imported: %s", path.name, exc)
            continue
        if doc.text.strip():
            kept = base.kept_lines | kept_lines(doc.structure, text=doc.text)
            yield path.name, doc.text, for_word_file(replace(base, kept_lines=kept))


def lt_docs(base: CheckContext) -> Iterator[Doc]:
    """LanguageTool's correct sentences of the tuning part, one document each."""
    for row in _load(checks_dir() / "lt-correct.jsonl"):
        if not row["default_off"] and part_of(str(row["rule"])) == "tuning":
            yield f"lt:{row['rule']}", str(row["text"]), base


def wikinews_docs(base: CheckContext) -> Iterator[Doc]:
    """The published Wikinews articles score_precision.py reads."""
    for path in DATA:
        if path.name in SPLIT:
            continue  # its held half stays unread; score_precision.py measures both halves
        for title, text in articles(path):
            yield f"{path.name}:{title[:30]}", text, base


def findings(pipeline: CheckPipeline, text: str, ctx: CheckContext) -> list[Issue]:
    """The issues as the panel lists them: one per group."""
    seen: set[str] = set()
    out = []
    for issue in pipeline.check(text, ctx).issues:
        if issue.group:
            if issue.group in seen:
                continue
            seen.add(issue.group)
        out.append(issue)
    return out


def main() -> None:
    """Print the rates for each source asked for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--source", action="append", choices=SOURCES, help="sources to score (default: all)"
    )
    parser.add_argument("--show", action="store_true", help="list each issue (never half B's)")
    parser.add_argument("--top", type=int, default=15, help="rules to list for each source")
    parser.add_argument("--language", default="en-US")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    base = CheckContext(language=args.language, style=effective_style_sheet(None))
    pipeline = build_fast_pipeline(EngineSettings())
    makers = {
        "word-A": lambda: word_docs("A", base),
        "word-B": lambda: word_docs("B", base),
        "lt-correct": lambda: lt_docs(base),
        "wikinews": lambda: wikinews_docs(base),
    }
    for source in args.source or SOURCES:
        words = count = docs = 0
        by: dict[str, collections.Counter[str]] = {
            k: collections.Counter() for k in ("engine", "category", "rule")
        }
        shown: list[str] = []
        for name, text, ctx in makers[source]():
            docs += 1
            words += len(text.split())
            for issue in findings(pipeline, text, ctx):
                if source == "wikinews" and _real(text, issue.start, issue.end):
                    continue  # a slip the editors left in (score_precision.py's list)
                count += 1
                by["engine"][issue.engine] += 1
                by["category"][str(issue.category)] += 1
                by["rule"][f"{issue.engine}:{issue.rule}"] += 1
                around = text[max(0, issue.start - 40) : issue.end + 40].replace("\n", " ⏎ ")
                shown.append(
                    f"  [{issue.engine}:{issue.rule}] {issue.text!r} -> "
                    f"{list(issue.replacements[:2])}  …{around}…  ({name[:40]})"
                )
        rate = 1000 * count / words if words else 0.0
        print(
            f"\n{source}: {rate:.1f} issues per 1,000 words "
            f"({count} in {words} words, {docs} documents)"
        )
        if source == "word-B":
            continue  # only counted: it stands in for copy nobody has read
        for label in ("engine", "category"):
            rates = ", ".join(f"{k} {1000 * v / words:.2f}" for k, v in by[label].most_common())
            print(f"  by {label}: {rates}")
        print("  by rule: " + ", ".join(f"{k} {v}" for k, v in by["rule"].most_common(args.top)))
        if args.show:
            print("\n".join(shown))


if __name__ == "__main__":
    main()
