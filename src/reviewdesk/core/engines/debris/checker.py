"""Web debris: what a scraper leaves in an article, offered as one-click removals.

Breadcrumb trails, HTML and shortcode fragments, comment-form and anti-spam lines,
share/subscribe/cookie/advert lines, and paragraphs that repeat an earlier one (a
duplicated paragraph or a pull quote). Document-scoped: duplicates, lone share words and
the blank lines a removal takes need the whole text.

Every issue's first replacement removes the debris. A whole-line removal also takes the
blank lines that separate it from the next paragraph (or, for debris at the end of the
document, from the previous one), so applying any subset of removals leaves clean text.

The checker is cheap on long texts: each line's reading (:mod:`.lines`) is cached
by the line's text, and repeats are tracked by :class:`.duplicates.RepeatIndex`,
so a re-check after an edit re-reads only the changed lines.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Sequence
from dataclasses import replace

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, Capability, CheckContext, Scope
from reviewdesk.core.engines.debris.duplicates import RepeatIndex, find_repeats
from reviewdesk.core.engines.debris.lines import Found, LineReading, read_line
from reviewdesk.core.models import Category, Issue, Severity, make_issue
from reviewdesk.core.text import Paragraph, split_paragraphs

log = logging.getLogger(__name__)

ENGINE = "debris"
_SHARE = "debris-share"
_SPACE_AFTER = re.compile(r"\s*")


class DebrisFinder:
    """Finds debris in texts, remembering line readings and repeats between calls."""

    def __init__(self, spare_lines: int = 2_000) -> None:
        self._readings: dict[str, LineReading] = {}
        self._repeats = RepeatIndex()
        # readings kept beyond the current text's lines (earlier versions of edited lines)
        self._spare_lines = spare_lines

    def clear(self) -> None:
        """Forget everything learned from earlier texts."""
        self._readings.clear()
        self._repeats.clear()

    def _read(self, line: str) -> LineReading:
        reading = self._readings.get(line)
        if reading is None:
            # interned: one copy of the line shared with the other engines' caches
            reading = self._readings[sys.intern(line)] = read_line(line)
        return reading

    def find(self, text: str) -> list[Issue]:
        """All debris in ``text``, as issues whose first replacement removes it."""
        paragraphs = [p for p in split_paragraphs(text) if p.text.strip()]
        readings = [self._read(p.text) for p in paragraphs]
        if len(self._readings) > 2 * len(paragraphs) + self._spare_lines:
            # keep the current text's readings only (another text checked alternately,
            # such as the original beside the draft, shares most of its lines)
            self._readings = {
                sys.intern(p.text): r for p, r in zip(paragraphs, readings, strict=True)
            }
        whole: dict[int, Found] = {
            n: r.whole for n, r in enumerate(readings) if r.whole is not None
        }
        _lone_share_words(paragraphs, readings, whole)
        candidates = [n for n, r in enumerate(readings) if r.norm and n not in whole]
        lines = {paragraphs[n].text: readings[n] for n in candidates}
        partners = self._repeats.update(lines)
        marked = find_repeats(
            [paragraphs[n].text for n in candidates], [readings[n] for n in candidates], partners
        )
        for k, found in marked.items():
            whole[candidates[k]] = found
        return _issues(text, paragraphs, readings, whole)


def find_debris(text: str) -> list[Issue]:
    """All debris in ``text``, as issues whose first replacement removes it."""
    return DebrisFinder().find(text)


def _lone_share_words(
    paragraphs: list[Paragraph], readings: list[LineReading], whole: dict[int, Found]
) -> None:
    """A lone "Email" or "Print" line is a share button when it sits next to one."""
    todo = [n for n, r in enumerate(readings) if r.lone_share and n not in whole]
    changed = True
    while todo and changed:
        changed = False
        for n in list(todo):
            for near in (n - 1, n + 1):
                found = whole.get(near)
                if found is not None and found.rule == _SHARE:
                    whole[n] = replace(found, end=len(paragraphs[n].text))
                    todo.remove(n)
                    changed = True
                    break


def _issues(
    text: str,
    paragraphs: list[Paragraph],
    readings: list[LineReading],
    whole: dict[int, Found],
) -> list[Issue]:
    # Whole-line removals take the blank lines after them; those in the final run of
    # debris lines take the blank lines before them instead, so nothing dangles at the end.
    tail_from = len(paragraphs)
    while tail_from > 0 and tail_from - 1 in whole:
        tail_from -= 1
    if tail_from == 0:
        tail_from = len(paragraphs)  # nothing but debris: every removal takes what follows
    issues: list[Issue] = []
    size = len(text)
    for n, para in enumerate(paragraphs):
        found = whole.get(n)
        if found is not None:
            start, end = para.start, para.end
            if n >= tail_from:
                while start > 0 and text[start - 1].isspace():
                    start -= 1
                if n == len(paragraphs) - 1:
                    end = size
            else:
                blank = _SPACE_AFTER.match(text, end)  # always matches, maybe empty
                nxt = blank.end() if blank else end
                end = max(end, text.rfind("\n", end, nxt) + 1) if nxt < size else nxt
            issues.append(_issue(text, start, end, found))
            continue
        for f in readings[n].parts:
            issues.append(_issue(text, para.start + f.start, para.start + f.end, f))
    return issues


def _issue(text: str, start: int, end: int, found: Found) -> Issue:
    return make_issue(
        text,
        start,
        end,
        category=Category.DEBRIS,
        rule=found.rule,
        engine=ENGINE,
        message=found.message,
        replacements=(found.fix,),
        severity=Severity.WARNING,
    )


class DebrisChecker(BaseChecker):
    """Finds web debris in the whole document, re-reading only lines that changed."""

    capabilities = frozenset({Capability.CACHES})

    name = ENGINE
    scope: Scope = "document"

    def __init__(self) -> None:
        self._finder = DebrisFinder()
        self._last: tuple[str, list[Issue]] | None = None

    def clear_cache(self) -> None:
        """Forget cached readings (benchmarks use this to time a fresh check)."""
        self._finder.clear()
        self._last = None

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Find debris in each text."""
        out: list[list[Issue]] = []
        for text in texts:
            if self._last is not None and self._last[0] == text:
                out.append(list(self._last[1]))
                continue
            issues = self._finder.find(text)
            self._last = (text, issues)
            out.append(list(issues))
        return out
