"""Where an issue is filed for the kind of file the article came from.

The debris engine files a repeated paragraph under web debris: in a scraped page it is
a scraper's copy. A Word file is not a web page: there the same paragraph twice is the
writer's slip (a paste made twice), and "Web debris" over it names something that is
not there. In a Word article it is filed under consistency, with the same name
("Repeated paragraph"), message and fix (remove the copy). The other debris messages
say where their lines came from, "from the web page": in a Word file such a line was
pasted in from one, and the message says so ("Share buttons pasted from a web page").
The engines stay as they are (they do not know the file); the pipeline's last step
re-files and re-words, by the context's :data:`WORD_FILE_OPTION`, which the desk sets
for an article that came from Word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.models import Category, Issue

WORD_FILE_OPTION = "word_file"
# rule -> its category in a Word article
WORD_FILINGS: dict[str, Category] = {"debris-duplicate": Category.CONSISTENCY}
# "the web page" as a scraped page's messages name it, for a file that is none
_PAGE = "web page"
_FROM_PAGE = re.compile(r"(?<!over )\bfrom the web page\b")
_THE_PAGE = re.compile(r"\b([Tt])he web page\b")


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


def word_file_message(message: str) -> str:
    """A debris message as a Word file's: "Share buttons from the web page." becomes
    "Share buttons pasted from a web page." (a Word file is no web page)."""
    said = _FROM_PAGE.sub("pasted from a web page", message)
    return _THE_PAGE.sub(lambda m: "A web page" if m.group(1) == "T" else "a web page", said)


def _for_word(issue: Issue) -> Issue:
    category = WORD_FILINGS.get(issue.rule, issue.category)
    message = word_file_message(issue.message) if _PAGE in issue.message else issue.message
    if category is issue.category and message == issue.message:
        return issue
    return replace(issue, category=category, message=message)


def filed(issues: list[Issue], word: bool) -> list[Issue]:
    """``issues`` filed and worded for the article's kind of file (the same list when
    none changes)."""
    if not word or not any(i.rule in WORD_FILINGS or _PAGE in i.message for i in issues):
        return issues
    return [_for_word(i) for i in issues]
