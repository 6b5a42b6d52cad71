"""A quotation that runs over paragraphs is not an unclosed quote.

By convention a quotation spanning several paragraphs leaves each paragraph but the
last without a closing mark, and every following paragraph opens with a quotation mark:

    “We will rebuild the bridge,” the mayor said. “It will take two years.
    “And it will cost more than we hoped.”

Paragraph-scoped engines (Harper, LanguageTool) see the first paragraph alone and call
its quote unclosed. :class:`ContinuedQuoteFilter` runs over the whole text and drops
that flag when the next paragraph opens with a quotation mark.
"""

from __future__ import annotations

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.models import Issue

# Rules that report an opening quotation mark with no closing one, by engine.
UNCLOSED_QUOTE_RULES = frozenset({"UnclosedQuotes", "EN_UNPAIRED_BRACKETS", "EN_UNPAIRED_QUOTES"})
OPENING_MARKS = "“\"‘'«„‹"


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


class ContinuedQuoteFilter:
    """Drops "unclosed quote" flags on quotations that continue in the next paragraph."""

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """Keep every issue but the unclosed-quote flags of a continued quotation."""
        if not any(i.rule in UNCLOSED_QUOTE_RULES for i in issues):
            return issues
        return [
            i
            for i in issues
            if not (
                i.rule in UNCLOSED_QUOTE_RULES
                and i.text.strip()[:1] in OPENING_MARKS
                and continues_in_next_paragraph(text, i.start)
            )
        ]
