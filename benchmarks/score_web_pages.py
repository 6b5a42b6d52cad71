"""Saved web pages on real sites: how much of the article we keep, and what else comes in.

Each page goes through ``import_file`` as File ▸ Open reads it, and is scored against
the article text its test set gives as expected: **recall** (the share of the expected
words we keep, as a multiset), **debris** (the share of our body words, captions aside,
that are not in the expected article or its headline and byline: navigation, share
lines, related links, newsletter boxes), lines opened with a **mark** the page does not
show ("- " before a list item), paragraphs **broken** mid-sentence (a line ending no
sentence before one in lower case), whether the **headline** is the first paragraph, whether the
**byline**, **date** and **lang** come through, and the import's CPU time; then the same
after the debris engine's removals (what the editor sees flagged as web debris counts as
caught, as if every removal were accepted).

The pages are the publishers' copyright: they are never committed. They come from the
test data of newspaper4k (MIT; its ``tests/data/html``, ``txt`` and ``metadata``), whose
expected texts are that extractor's reviewed output, not hand-made gold: a word it missed
and we keep counts against us as debris. Make the folder once with::

    .venv/bin/python benchmarks/score_web_pages.py --make-pages /tmp/web7/pages

(``pip download --no-deps --no-binary :all: newspaper4k==0.9.6`` and the English pages
pulled out of the sdist), then score with ``--pages /tmp/web7/pages``. The pages are
split by site into a development half (used while fixing) and a held-out half (scored
only at the end): :data:`DEV` and :data:`HELD_OUT`. Only English pages are used.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import logging
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _web_snippets as snippets

from reviewdesk.core.engines.debris.checker import find_debris
from reviewdesk.core.structure import SpanKind
from reviewdesk.formats import FormatError, import_file

SDIST = "newspaper4k==0.9.6"
# By site, fixed before any measure: cnn.com, sott.net and cleveland.com to work on ...
DEV = ("cnn_001", "cnn_002", "cnn_article", "cnn_test_nlp", "article_with_br", "cleveland.com1")
# ... and time.com, wired.com, fox13now.com, oneesports.gg, linknaija.com kept unseen.
HELD_OUT = ("time_001", "wired_001", "fox13now_001", "video_article_02", "article_with_divs")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A standfirst is article text: the expected text has it when it is real
_ENDS = ".!?:;\"”’')…"
_PARTS = (SpanKind.HEADLINE, SpanKind.BYLINE, SpanKind.PHOTO_CAPTION)


def words(text: str) -> collections.Counter[str]:
    """The text's words, lower-cased, with curly and straight apostrophes alike."""
    return collections.Counter(w.replace("’", "'") for w in _WORD.findall(text.lower()))


def make_pages(folder: Path) -> None:
    """Download newspaper4k's sdist with pip and copy its English test pages to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--no-binary",
                ":all:",
                SDIST,
                "-d",
                tmp,
                "-q",
            ],
            check=True,
        )
        tarball = next(Path(tmp).glob("newspaper4k-*.tar.gz"))
        with tarfile.open(tarball) as tar:
            for member in tar.getmembers():
                parts = Path(member.name).parts
                if len(parts) < 3 or parts[-3] != "data":
                    continue
                kind, name = parts[-2], Path(parts[-1]).stem
                if kind not in ("html", "txt", "metadata") or name not in DEV + HELD_OUT:
                    continue
                suffix = {"html": ".html", "txt": ".txt", "metadata": ".json"}[kind]
                data = tar.extractfile(member)
                if data is not None:
                    (folder / f"{name}{suffix}").write_bytes(data.read())
    print(f"{len(list(folder.glob('*.html')))} pages in {folder}")


@dataclass
class Score:
    name: str
    recall: float = 0.0
    debris: float = 0.0
    recall_after: float = 0.0
    debris_after: float = 0.0
    headline: bool = False
    byline: bool | None = False  # None: the expected metadata names no author
    marks: int = 0
    broken: int = 0
    date: bool = False
    lang: bool = False
    cpu_ms: float = 0.0
    words: int = 0
    expected_words: int = 0
    failed: str = ""


def _overlap(ours: collections.Counter[str], gold: collections.Counter[str]) -> tuple[int, int]:
    """(words of ``gold`` we have, words we have that ``gold`` lacks)."""
    kept = sum((ours & gold).values())
    extra = sum((ours - gold).values())
    return kept, extra


def _after_removals(text: str) -> str:
    """The text with every debris removal applied (each issue's first replacement)."""
    out, at = [], 0
    for issue in sorted(find_debris(text), key=lambda i: i.start):
        if issue.start < at or not issue.replacements:
            continue
        out.append(text[at : issue.start])
        out.append(issue.replacements[0])
        at = issue.end
    out.append(text[at:])
    return "".join(out)


def _body(text: str, parts: list[tuple[int, int]]) -> str:
    """``text`` less the headline, standfirst, byline and captions the importer marked."""
    out, at = [], 0
    for start, end in sorted(parts):
        out.append(text[at:start])
        at = max(at, end)
    out.append(text[at:])
    return "\n".join(out)


def _like(line: str, title: str) -> bool:
    """Most of the line's words are in the title (a page's ``<h1>`` and its ``og:title``
    often differ in a word or a clause: both are its headline)."""
    ours, theirs = words(line), words(title)
    return bool(ours) and sum((ours & theirs).values()) / sum(ours.values()) >= 0.6


def score_page(folder: Path, name: str) -> Score:
    meta = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    gold_text = (folder / f"{name}.txt").read_text(encoding="utf-8")
    title = str(meta.get("title") or "")
    authors = [str(a) for a in meta.get("authors") or []]
    gold = words(gold_text)
    allowed = gold + words(title) + words(" ".join(authors))  # headline and byline belong
    score = Score(name, expected_words=sum(gold.values()))
    began = time.process_time()
    try:
        doc = import_file(folder / f"{name}.html")
    except FormatError as exc:
        score.failed = str(exc)
        return score
    score.cpu_ms = (time.process_time() - began) * 1000
    text = doc.text
    parts = [(s.start, s.end) for s in doc.structure.of_kind(*_PARTS)]
    body = words(_body(text, parts))
    score.words = sum(words(text).values())
    kept, _ = _overlap(words(text), gold)
    _, extra = _overlap(body, allowed)
    score.recall = kept / max(1, score.expected_words)
    score.debris = extra / max(1, sum(body.values()))
    cleaned = _after_removals(text)
    kept_after, _ = _overlap(words(cleaned), gold)
    body_after = words(cleaned) - (words(text) - body)  # the marked parts stay as they were
    _, extra_after = _overlap(body_after, allowed)
    score.recall_after = kept_after / max(1, score.expected_words)
    score.debris_after = extra_after / max(1, sum(body_after.values()))
    first = text.split("\n", 1)[0]
    marked = any(s.start == 0 for s in doc.structure.of_kind(SpanKind.HEADLINE))
    score.headline = marked and (_like(first, title) if title else True)
    byline = (
        doc.meta.get("author", "")
        + " "
        + " ".join(text[s.start : s.end] for s in doc.structure.of_kind(SpanKind.BYLINE))
    )
    score.byline = (
        all(a.split()[-1].lower() in byline.lower() for a in authors) if authors else None
    )
    # lines opened with a mark the page does not show ("- " before a list item)
    score.marks = sum(line.startswith(("- ", "* ")) for line in text.split("\n"))
    # paragraphs broken mid-sentence: a line that ends no sentence, the next in lower case
    lines = text.split("\n")
    score.broken = sum(
        bool(a) and a[-1] not in _ENDS and b[:1].islower() for a, b in itertools.pairwise(lines)
    )
    published = str(meta.get("publish_date") or "")[:10]
    score.date = doc.meta.get("date", "")[:10] == published if published else True
    lang = str(meta.get("language") or meta.get("meta_lang") or "en")
    score.lang = doc.meta.get("language", "").lower().startswith(lang.lower())
    return score


def score_snippet_page(folder: Path, name: str) -> snippets.SnippetScore:
    """One of trafilatura's pages: its wanted and unwanted snippets in what we import."""
    path = folder / f"{snippets.PREFIX}{name}.html"
    wanted = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    score = snippets.SnippetScore(name)
    began = time.process_time()
    try:
        doc = import_file(path)
    except FormatError as exc:
        score.failed = str(exc)
        return score
    score.cpu_ms = (time.process_time() - began) * 1000
    snippets.score_text(score, wanted, doc.text, _after_removals(doc.text))
    score.words = sum(words(doc.text).values())
    score.headline = any(s.start == 0 for s in doc.structure.of_kind(SpanKind.HEADLINE))
    score.lang = doc.meta.get("language", "").lower().startswith("en")
    return score


def _print(title: str, scores: list[Score]) -> None:
    print(f"\n{title}")
    print(
        f"{'page':22} {'recall':>7} {'debris':>7} {'rec+deb':>8} {'deb+deb':>8} "
        f"{'head':>5} {'by':>3} {'marks':>5} {'brk':>4} {'date':>5} {'lang':>5} {'ms':>6} "
        f"{'words':>6} {'gold':>6}"
    )
    for s in scores:
        if s.failed:
            print(f"{s.name:22} FAILED: {s.failed}")
            continue
        yn = {True: "yes", False: "no", None: "-"}
        print(
            f"{s.name:22} {s.recall:7.1%} {s.debris:7.1%} {s.recall_after:8.1%} "
            f"{s.debris_after:8.1%} {yn[s.headline]:>5} {yn[s.byline]:>3} {s.marks:5d} "
            f"{s.broken:4d} {yn[s.date]:>5} "
            f"{yn[s.lang]:>5} {s.cpu_ms:6.0f} {s.words:6d} {s.expected_words:6d}"
        )
    ok = [s for s in scores if not s.failed]
    if not ok:
        return
    n = len(scores)

    def mean(attr: str) -> float:
        return sum(getattr(s, attr) for s in ok) / n  # a failed page scores 0

    bylines = f"{sum(s.byline is True for s in ok)}/{sum(s.byline is not None for s in ok)}"
    print(
        f"{'mean (' + str(n) + ' pages)':22} {mean('recall'):7.1%} {mean('debris'):7.1%} "
        f"{mean('recall_after'):8.1%} {mean('debris_after'):8.1%} "
        f"{sum(s.headline for s in ok):>3}/{n} {bylines} "
        f"{sum(s.marks for s in ok):5d} {sum(s.broken for s in ok):4d} "
        f"{sum(s.date for s in ok):>3}/{n} {sum(s.lang for s in ok):>3}/{n} "
        f"{mean('cpu_ms'):6.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=Path, default=Path("/tmp/web7/pages"))
    parser.add_argument("--make-pages", type=Path, metavar="DIR", help="download them here")
    parser.add_argument("--held-out", action="store_true", help="score the held-out half too")
    parser.add_argument("--show", metavar="PAGE", help="print one page's imported text")
    parser.add_argument(
        "--only-held-out-snippets",
        action="store_true",
        help="score only trafilatura's held-out pages (the session's first, unseen figure)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.make_pages:
        make_pages(args.make_pages)
        snippets.make_pages(args.make_pages)
        return
    if not args.pages.is_dir():
        sys.exit(f"no pages in {args.pages}: make them with --make-pages {args.pages}")
    if args.show:
        print(import_file(args.pages / f"{args.show}.html").text)
        return
    if args.only_held_out_snippets:  # the new pages' unseen figure, before any other run
        snippets.print_scores(
            "trafilatura's pages, held-out half",
            [score_snippet_page(args.pages, n) for n in snippets.HELD_OUT],
        )
        return
    import_file(args.pages / f"{DEV[0]}.html")  # trafilatura's import and caches: not a page's
    _print("development half", [score_page(args.pages, n) for n in DEV])
    if args.held_out:
        _print("held-out half", [score_page(args.pages, n) for n in HELD_OUT])
    if not (args.pages / f"{snippets.PREFIX}{snippets.DEV[0]}.html").exists():
        return  # a folder made before trafilatura's pages were added
    snippets.print_scores(
        "trafilatura's pages, development half",
        [score_snippet_page(args.pages, n) for n in snippets.DEV],
    )
    if args.held_out:
        snippets.print_scores(
            "trafilatura's pages, held-out half",
            [score_snippet_page(args.pages, n) for n in snippets.HELD_OUT],
        )


if __name__ == "__main__":
    main()
