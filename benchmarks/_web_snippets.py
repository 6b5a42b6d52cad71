"""trafilatura's real-world test pages for ``score_web_pages.py``: kept and unwanted snippets.

trafilatura 1.0.0's sdist (Apache-2.0 code; the pages are the publishers' copyright, so
they are fetched into a scratch folder and never committed) ships ``tests/cache/*.html``
with ``tests/realworld_tests.py``, whose assertions say, page by page, which phrases an
extract must hold (``'…' in result``) and which it must not (``'…' not in result``:
share lines, related links, newsletter boxes, comment forms). Those are judgments made by
a person reading the page, though tuned on trafilatura's own output, and there are only
2-5 per page: the figures are counts of snippets, not shares of words. Later sdists ship
neither the pages nor the assertions (1.2 onward), earlier ones the pages without them.

Only English news pages are used, one per site, split by site before any measure
(alphabetical order, every other one): :data:`DEV` to work on, :data:`HELD_OUT` unseen.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SDIST = "trafilatura==1.0.0"
PREFIX = "traf-"
# dw, knowtechie, luxuryhaven, theverge, vancouversun, wikimediafoundation to work on ...
DEV = (
    "dw.com.uncork",
    "knowtechie.com.rally",
    "luxuryhaven.co.hyatt",
    "theverge.com.ios13",
    "vancouversun.com.microsoft",
    "wikimediafoundation.org.turkey",
)
# ... github.blog, luxuriousmagazine, reuters, threatpost, vice kept unseen.
HELD_OUT = (
    "github.blog.spiceland",
    "luxuriousmagazine.com.polo",
    "reuters.com.parasite",
    "threatpost.com.android",
    "vice.com.amazon",
)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})


def normal(text: str) -> str:
    """Lower case, straight quotes, one space for any run of white space."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def _assertions(source: str) -> dict[str, dict[str, list[str]]]:
    """Page file name → {"with": [...], "without": [...]} from ``test_extract``'s asserts."""
    tree = ast.parse(source)
    mock: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            mock = ast.literal_eval(node.value)
    out: dict[str, dict[str, list[str]]] = {}
    url = ""

    def walk(statements: list[ast.stmt]) -> None:
        nonlocal url
        for st in statements:
            call = st.value if isinstance(st, ast.Assign) else None
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "load_mock_page":
                url = ast.literal_eval(call.args[0])
                out.setdefault(mock[url], {"with": [], "without": []})
            elif isinstance(st, ast.Assert) and url:
                test = st.test
                for part in test.values if isinstance(test, ast.BoolOp) else [test]:
                    if not (isinstance(part, ast.Compare) and isinstance(part.left, ast.Constant)):
                        continue
                    kind = {ast.In: "with", ast.NotIn: "without"}.get(type(part.ops[0]))
                    if kind:
                        out[mock[url]][kind].append(str(part.left.value))
            elif isinstance(st, ast.If):  # "if xmloutput is False": the text output's
                walk(st.body)

    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "test_extract":
            walk(node.body)
    return out


def make_pages(folder: Path) -> None:
    """Download trafilatura's 1.0.0 sdist with pip; write each page and its snippets."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        subprocess.run([*pip, SDIST, "-d", tmp, "-q"], check=True)
        tarball = next(Path(tmp).glob("trafilatura-*.tar.gz"))
        with tarfile.open(tarball) as tar:
            files = {Path(m.name).name: m for m in tar.getmembers() if m.isfile()}
            tests = tar.extractfile(files["realworld_tests.py"])
            assert tests is not None
            snippets = _assertions(tests.read().decode("utf-8"))
            for name in DEV + HELD_OUT:
                page = tar.extractfile(files[f"{name}.html"])
                assert page is not None
                (folder / f"{PREFIX}{name}.html").write_bytes(page.read())
                (folder / f"{PREFIX}{name}.json").write_text(
                    json.dumps(snippets[f"{name}.html"], ensure_ascii=False, indent=1),
                    encoding="utf-8",
                )
    print(f"{len(DEV + HELD_OUT)} trafilatura pages in {folder}")


@dataclass
class SnippetScore:
    name: str
    kept: int = 0
    wanted: int = 0
    left: int = 0  # unwanted snippets still in the text
    left_after: int = 0  # ... after every debris removal is accepted
    unwanted: int = 0
    headline: bool = False  # the first paragraph is marked the headline
    missing: list[str] = field(default_factory=list)
    leftover: list[str] = field(default_factory=list)
    lang: bool = False
    cpu_ms: float = 0.0
    words: int = 0
    failed: str = ""


def score_text(score: SnippetScore, snippets: dict[str, list[str]], text: str, after: str) -> None:
    """Count the wanted snippets ``text`` holds and the unwanted ones it and ``after`` hold."""
    ours, cleaned = normal(text), normal(after)
    score.wanted, score.unwanted = len(snippets["with"]), len(snippets["without"])
    for snippet in snippets["with"]:
        if normal(snippet) in ours:
            score.kept += 1
        else:
            score.missing.append(snippet)
    for snippet in snippets["without"]:
        if normal(snippet) in ours:
            score.left += 1
            score.leftover.append(snippet)
            score.left_after += normal(snippet) in cleaned


def print_scores(title: str, scores: list[SnippetScore]) -> None:
    print(f"\n{title}")
    print(
        f"{'page':32} {'wanted kept':>11} {'unwanted in':>11} {'after rem.':>10} "
        f"{'head':>5} {'lang':>5} {'ms':>6} {'words':>6}"
    )
    for s in scores:
        if s.failed:
            print(f"{s.name:32} FAILED: {s.failed}")
            continue
        print(
            f"{s.name:32} {s.kept:>5}/{s.wanted:<5} {s.left:>5}/{s.unwanted:<5} "
            f"{s.left_after:>4}/{s.unwanted:<5} {'yes' if s.headline else 'no':>5} "
            f"{'yes' if s.lang else 'no':>5} "
            f"{s.cpu_ms:6.0f} {s.words:6d}"
        )
        for snippet in s.missing:
            print(f"{'':4}missing: {snippet!r}")
        for snippet in s.leftover:
            print(f"{'':4}left in: {snippet!r}")
    ok = [s for s in scores if not s.failed]
    print(
        f"{'total (' + str(len(scores)) + ' pages, ' + str(len(ok)) + ' open)':32} "
        f"{sum(s.kept for s in ok):>5}/{sum(s.wanted for s in scores):<5} "
        f"{sum(s.left for s in ok):>5}/{sum(s.unwanted for s in scores):<5} "
        f"{sum(s.left_after for s in ok):>4}/{sum(s.unwanted for s in scores):<5} "
        f"{sum(s.headline for s in ok):>3}/{len(scores)} "
        f"{sum(s.lang for s in ok):>3}/{len(scores)} "
        f"{sum(s.cpu_ms for s in ok) / max(1, len(scores)):6.0f}"
    )
