"""A quotation that runs over paragraphs is not an unclosed quote.

By convention a quotation spanning several paragraphs leaves each paragraph but the
last without a closing mark, and every following paragraph opens with a quotation mark:

    “We will rebuild the bridge,” the mayor said. “It will take two years.
    “And it will cost more than we hoped.”

Paragraph-scoped engines (Harper, LanguageTool) see the first paragraph alone and call
its quote unclosed. :class:`ContinuedQuoteFilter` drops that flag when the next
paragraph opens with a quotation mark; it works over the whole text or one line at a time
(a :class:`reviewdesk.core.finalize.LineFilter`, so a keystroke costs what its line does).
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.line_neighbours import NeighbourRedo
from reviewdesk.core.lines import Lines
from reviewdesk.core.models import Issue

# Rules that report an opening quotation mark with no closing one, by engine.
UNCLOSED_QUOTE_RULES = frozenset({"UnclosedQuotes", "EN_UNPAIRED_BRACKETS", "EN_UNPAIRED_QUOTES"})
OPENING_MARKS = "“\"‘'«„‹"
_NO_WORDS: frozenset[str] = frozenset()


def continues_in_next_paragraph(text: str, position: int) -> bool:
    """Whether the paragraph holding ``position`` is followed by one that opens with a
    quotation mark (blank lines between are skipped)."""
    end = text.find("\n", position)
    while end != -1:
        start = end + 1
        end = text.find("\n", start)
        line = text[start:] if end == -1 else text[start:end]
        if line.strip():
            return line.lstrip()[:1] in OPENING_MARKS
    return False


def _next_opens_quote(lines: Lines, line: int) -> bool:
    """:func:`continues_in_next_paragraph` for line ``line`` of ``lines``."""
    for following in lines.lines[line + 1 :]:
        if following.strip():
            return following.lstrip()[:1] in OPENING_MARKS
    return False


def _continued(issue: Issue) -> bool:
    return issue.rule in UNCLOSED_QUOTE_RULES and issue.text.strip()[:1] in OPENING_MARKS


class ContinuedQuoteFilter:
    """Drops "unclosed quote" flags on quotations that continue in the next paragraph."""

    def __init__(self) -> None:
        self._redo = NeighbourRedo()

    def prepare(
        self, lines: Lines, ctx: CheckContext, engines: Sequence[str], base: str | None
    ) -> tuple[set[str], set[int]] | None:
        """The lines whose verdict an edit since ``base`` may change: a line's verdict reads
        the lines after it up to the next one with text, so the lines before the edit back
        to the nearest one with text (None: ``base`` unknown, every line)."""
        return self._redo.lines_to_redo(lines, base, reads_before=False)

    def filter_line(
        self, lines: Lines, line: int, issues: list[Issue], ctx: CheckContext
    ) -> tuple[list[Issue], frozenset[str]]:
        """One line's issues (offsets relative to the line) without a continued
        quotation's "unclosed quote" flag; no word's facts are read."""
        if not any(_continued(i) for i in issues) or not _next_opens_quote(lines, line):
            return issues, _NO_WORDS
        return [i for i in issues if not _continued(i)], _NO_WORDS

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """Keep every issue but the unclosed-quote flags of a continued quotation."""
        if not any(i.rule in UNCLOSED_QUOTE_RULES for i in issues):
            return issues
        return [
            i for i in issues if not (_continued(i) and continues_in_next_paragraph(text, i.start))
        ]
