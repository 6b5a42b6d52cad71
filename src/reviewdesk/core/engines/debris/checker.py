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
from collections import OrderedDict
from collections.abc import Sequence

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, Capability, CheckContext, Scope
from reviewdesk.core.engines.debris.doc import DebrisDoc
from reviewdesk.core.engines.debris.duplicates import RepeatIndex
from reviewdesk.core.engines.debris.incremental import ENGINE, Reader, debris_issues, update
from reviewdesk.core.engines.debris.kept import for_the_file, leave_kept, leave_page_parts
from reviewdesk.core.lines import LineIssues, Lines, closest, joined_issues
from reviewdesk.core.models import Issue

log = logging.getLogger(__name__)

__all__ = ["ENGINE", "DebrisChecker", "find_debris"]

# Texts whose debris is kept as bases for the next check (the draft, the original).
_DOCS = 3


def find_debris(text: str) -> list[Issue]:
    """All debris in ``text``, as issues whose first replacement removes it (a fresh look)."""
    return list(debris_issues(update(None, None, Lines.of(text), Reader(), RepeatIndex())))


class DebrisChecker(BaseChecker):
    """Finds web debris in the whole document; after an edit, works on the lines around it.

    See :mod:`.incremental`: line readings are cached by text, repeats are tracked by a
    :class:`RepeatIndex`, and each text's per-line result is the base for the next.
    """

    capabilities = frozenset({Capability.CACHES, Capability.LINES})

    name = ENGINE
    scope: Scope = "document"

    def __init__(self) -> None:
        self._read = Reader()
        self._repeats = RepeatIndex()
        self._docs: OrderedDict[str, DebrisDoc] = OrderedDict()

    def clear_cache(self) -> None:
        """Forget cached readings, repeats and bases (benchmarks time a fresh check)."""
        self._read.clear()
        self._repeats.clear()
        self._docs.clear()

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Find debris in each text (offsets in each text)."""
        out = []
        for text in texts:
            lines = Lines.of(text)
            per_line = self._kept(lines, ctx)
            out.append(joined_issues(lines, per_line))
        return out

    def check_lines(
        self, lines: Lines, ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[LineIssues]:
        """Find debris, per line (see :meth:`reviewdesk.core.checker.Checker.check_lines`)."""
        return self._kept(lines, ctx)

    def _kept(self, lines: Lines, ctx: CheckContext) -> list[LineIssues]:
        """The text's issues less those on what the file's import kept or marked."""
        per_line = leave_kept(lines, self._doc(lines).out, ctx.kept_lines)
        return for_the_file(leave_page_parts(lines, per_line, ctx), ctx)

    def _doc(self, lines: Lines) -> DebrisDoc:
        doc = self._docs.get(lines.text)
        if doc is not None:
            self._docs.move_to_end(lines.text)
            return doc
        best = closest(lines, ((d.lines, d) for d in self._docs.values()))
        base, change = best if best is not None else (None, None)
        doc = update(base, change, lines, self._read, self._repeats)
        self._docs[lines.text] = doc
        while len(self._docs) > _DOCS:
            self._docs.popitem(last=False)
        live = sum(len(d.counts) for d in self._docs.values())
        if len(self._repeats) > 2 * live + 2_000:  # forget lines of texts long gone
            self._repeats.keep_only({t for d in self._docs.values() for t in d.counts})
        return doc
