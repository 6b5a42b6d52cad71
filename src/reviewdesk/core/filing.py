"""Where an issue is filed for the kind of file the article came from.

The debris engine files a repeated paragraph under web debris: in a scraped page it is
a scraper's copy. A Word file is not a web page: there the same paragraph twice is the
writer's slip (a paste made twice), and "Web debris" over it names something that is
not there. In a Word article it is filed under consistency, with the same name
("Repeated paragraph"), message and fix (remove the copy). The engines stay as they are
(they do not know the file); the pipeline's last step re-files, by the context's
:data:`WORD_FILE_OPTION`, which the desk sets for an article that came from Word.
"""

from __future__ import annotations

from dataclasses import replace

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.models import Category, Issue

WORD_FILE_OPTION = "word_file"
# rule -> its category in a Word article
WORD_FILINGS: dict[str, Category] = {"debris-duplicate": Category.CONSISTENCY}


def for_word_file(ctx: CheckContext) -> CheckContext:
    """``ctx`` for an article that came from a Word file (its fingerprint differs, so no
    cache takes one filing for the other)."""
    return replace(ctx, options={**ctx.options, WORD_FILE_OPTION: "1"})


def is_word_file(ctx: CheckContext) -> bool:
    """Whether ``ctx`` checks an article that came from a Word file."""
    return ctx.options.get(WORD_FILE_OPTION) == "1"


def filed_category(issue: Issue, word: bool) -> Category:
    """The category ``issue`` is shown under (``word``: the article came from Word)."""
    if word:
        return WORD_FILINGS.get(issue.rule, issue.category)
    return issue.category


def filed(issues: list[Issue], word: bool) -> list[Issue]:
    """``issues`` filed for the article's kind of file (the same list when none moves)."""
    if not word or not any(i.rule in WORD_FILINGS for i in issues):
        return issues
    return [
        replace(i, category=WORD_FILINGS[i.rule]) if i.rule in WORD_FILINGS else i
        for i in issues
    ]
