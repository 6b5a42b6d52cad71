"""Paragraphs the article's import kept on purpose, left alone by the debris engine.

A saved web page's photo caption comes in as a paragraph of its own, marked a caption in
the article's structure, often with its credit ("... in Minsk on Friday. Erin
Schaff/Pool/Getty Images"): the lines the engine offers to remove from scraped text. The
desk's answer key counts a caption as the article's (the sample's is no debris), and the
window shows it as a "Photo caption" in the margin, so offering it for removal contradicts
the import. The context carries those paragraphs' texts (:attr:`CheckContext.kept_lines`);
a line that is one of them, or most of one after the editor's edits, keeps no debris issue.

A saved page's headline, standfirst and byline, as its import took them from the page's
markup (:attr:`CheckContext.page_parts`), are the article's head: a short line there
("Andrea Middleton", "by Josiah Motley August 21, 2019", "Top 10 Women Talking Sports")
has the shape of the page's own label above the article, and the place rules would
offer it; they are left out of those rules' findings (a repeated headline or a share
row inside a byline is still offered by the rules that read the line itself).

A Word article likewise keeps the lines the page's order would offer
(:mod:`.page_order`): its tables' cells and its headers' lines stand where a web page's
footer would, and a Word file is no web page.
"""

from __future__ import annotations

import bisect
import re

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.page_order import PLACE_RULES
from reviewdesk.core.filing import is_word_file
from reviewdesk.core.lines import NO_ISSUES, LineIssues, Lines

_WORD = re.compile(r"\w+")
# An edited caption stays the caption while most of its words are the kept one's.
_SAME_SHARE = 0.7


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _is_kept(line: str, kept: frozenset[str]) -> bool:
    if not line.strip():
        return False
    if line in kept:
        return True
    ours = _words(line)
    if not ours:
        return False
    return any(len(ours & _words(k)) >= _SAME_SHARE * max(len(ours), len(_words(k))) for k in kept)


def leave_kept(lines: Lines, per_line: list[LineIssues], kept: frozenset[str]) -> list[LineIssues]:
    """``per_line`` less every issue that reaches into a kept line (the same list when
    nothing is kept or nothing is left out, so results stay the very same objects)."""
    if not kept:
        return per_line
    out: list[LineIssues] | None = None
    starts = lines.starts
    verdict: dict[int, bool] = {}
    for k, found in enumerate(per_line):
        if not found:
            continue
        keep = []
        for issue in found:
            first = k
            last = bisect.bisect_right(starts, starts[k] + max(issue.end - 1, issue.start)) - 1
            touched = range(first, max(first, last) + 1)
            if not any(verdict.setdefault(j, _is_kept(lines.lines[j], kept)) for j in touched):
                keep.append(issue)
        if len(keep) != len(found):
            if out is None:
                out = list(per_line)
            out[k] = tuple(keep) if keep else NO_ISSUES
    return per_line if out is None else out


def for_the_file(per_line: list[LineIssues], ctx: CheckContext) -> list[LineIssues]:
    """``per_line`` less the issues found by a line's place in a web page when the
    article came from Word (its tables' cells and headers' lines stand where a page's
    footer would, and a Word file holds no web page's furniture); the same list when
    none goes."""
    if not is_word_file(ctx) or not any(i.rule in PLACE_RULES for f in per_line for i in f):
        return per_line
    return [f if not any(i.rule in PLACE_RULES for i in f) else _without_place(f) for f in per_line]


def _without_place(found: LineIssues) -> LineIssues:
    left = tuple(i for i in found if i.rule not in PLACE_RULES)
    return left if left else NO_ISSUES


def leave_page_parts(
    lines: Lines, per_line: list[LineIssues], ctx: CheckContext
) -> list[LineIssues]:
    """``per_line`` less the place rules' issues on the lines the page's import marked
    as the article's headline, standfirst or byline (the same list when none goes)."""
    parts = ctx.page_parts
    if not parts:
        return per_line
    out: list[LineIssues] | None = None
    for k, found in enumerate(per_line):
        if not found or not any(i.rule in PLACE_RULES for i in found):
            continue
        if not _is_kept(lines.lines[k], parts):
            continue
        if out is None:
            out = list(per_line)
        out[k] = _without_place(found)
    return per_line if out is None else out
