"""How much text an article may have: enough for any article, little enough to check.

The byte limits in :mod:`.safety` stop a file before it is read; these stop the text
before any checking starts, once it is decoded. Every article within them is checked
within a minute on a modest two-core machine (``benchmarks/hostile_files.py`` runs a
thousand hostile files against them); beyond them the work grows out of bounds, and a
desk never needs it: a 20 MB single line, or a million one-word lines, is no article.
"""

from __future__ import annotations

from collections.abc import Iterable

from reviewdesk.formats.errors import FormatError

MAX_ARTICLE_CHARS = 1_000_000  # about 160,000 words: longer than a long book chapter
MAX_LINES = 50_000  # lines (paragraphs, blank lines included)
MAX_LINE_CHARS = 250_000  # one paragraph (a page pasted without line breaks), ~40,000 words
# ``reviewdesk check`` checks in one go, within a minute on a two-core machine; the
# window checks longer articles in the background, showing its progress.
MAX_CHECK_CHARS = 250_000  # about 40,000 words
# A saved web page is taken apart (trafilatura, lxml) before its text can be checked;
# these stop pages whose markup alone would take minutes, before that starts. A big
# news page has some 5,000-20,000 tags, each well under a thousand characters long.
MAX_HTML_TAGS = 60_000
MAX_HTML_TAG_CHARS = 50_000
MAX_HTML_TEXT_BYTES = 2_000_000  # outside the tags and scripts: twice an article's limit
# Tracked changes in a Word file's body (each insertion, deletion or move Word marks). A
# story edited on a desk carries tens, a long report gone through by several editors some
# hundreds to a few thousand; tens of thousands come from a generator or a broken
# converter. Each keeps its text, a revision in the library and marks in the window, and
# such files mostly hold thousands of distinct odd words whose spelling suggestions alone
# take minutes (Harper: 6-38 ms each, measured at load 8; 10,000 changes of that kind took
# 487 s at load 20-29); refused after one cheap count, before the body is read.
MAX_TRACKED_CHANGES = 5_000
# what to do about a text over the article's limits (said after which limit it broke)
_SPLIT = "save it as smaller files, a part each, and open them one at a time"
TRACKED_CHANGE_TAGS = frozenset({"ins", "del", "moveFrom", "moveTo"})


def check_text_limits(text: str, name: str) -> None:
    """Refuse ``text`` (from the file called ``name``) when it breaks a limit, saying
    which one; cheap (one pass), so it runs before any checking."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise FormatError(
            f"{name}: {len(text):,} characters is too long for an article "
            f"(the limit is {MAX_ARTICLE_CHARS:,} characters, about 160,000 words): {_SPLIT}"
        )
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise FormatError(
            f"{name}: {lines:,} lines is too many for an article "
            f"(the limit is {MAX_LINES:,} lines): {_SPLIT}"
        )
    start = 0
    for number in range(1, lines + 1):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            raise FormatError(
                f"{name}: line {number:,} is {end - start:,} characters long, more than any "
                f"paragraph (the limit is {MAX_LINE_CHARS:,} characters)"
            )
        start = end + 1


def check_tracked_changes(
    marks: Iterable[object], name: str, limit: int = MAX_TRACKED_CHANGES
) -> None:
    """Refuse a Word file whose body has more than ``limit`` tracked changes, given its
    tracked-change elements (one lazy pass, stopping at the first one too many)."""
    for count, _ in enumerate(marks, 1):
        if count > limit:
            raise FormatError(
                f"{name}: has more than {limit:,} tracked changes, far more than any "
                f"article (the limit is {limit:,}); accept or reject them in Word first"
            )


def check_size_for_one_go(text: str, name: str) -> None:
    """Refuse text that ``reviewdesk check`` could not check within a minute."""
    if len(text) > MAX_CHECK_CHARS:
        raise FormatError(
            f"{name}: {len(text):,} characters is more than 'reviewdesk check' checks in one "
            f"go (the limit is {MAX_CHECK_CHARS:,} characters, about 40,000 words); open it "
            "in the window, which checks a long article in the background"
        )


def _without_scripts(data: bytes) -> bytes:
    """``data`` less what its ``<script>`` and ``<style>`` elements hold (one pass).

    A saved news page carries megabytes of them (CNN's: 2.6 MB of JSON and code in a
    2.9 MB page); lxml reads them in milliseconds and trafilatura drops them before it
    looks for the article, so they are not the text the limit is about.
    """
    lower = data.lower()
    kept: list[bytes] = []
    at = 0
    while True:
        starts = [i for i in (lower.find(b"<script", at), lower.find(b"<style", at)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        opened = lower.find(b">", start)
        closing = b"</script" if lower.startswith(b"<script", start) else b"</style"
        end = lower.find(closing, opened) if opened >= 0 else -1
        if end < 0:  # never closed: the rest is read as text, and counted
            break
        kept.append(data[at : opened + 1])
        at = end
    kept.append(data[at:])
    return b"".join(kept)


def check_markup_limits(data: bytes, name: str) -> None:
    """Refuse a web page whose markup breaks a limit (linear passes over the bytes)."""
    tags = data.count(b"<")
    if tags > MAX_HTML_TAGS:
        raise FormatError(
            f"{name}: has {tags:,} tags; a saved web page has far fewer "
            f"(the limit is {MAX_HTML_TAGS:,})"
        )
    markup = _without_scripts(data)
    in_tags = 0
    for piece in markup.split(b">"):
        start = piece.rfind(b"<")
        if start < 0:
            continue
        in_tags += len(piece) - start + 1
        if len(piece) - start > MAX_HTML_TAG_CHARS:
            raise FormatError(
                f"{name}: has a tag {len(piece) - start:,} characters long, thousands of "
                f"attributes; a web page has none that long (the limit is "
                f"{MAX_HTML_TAG_CHARS:,} characters)"
            )
    text = len(markup) - in_tags
    if text > MAX_HTML_TEXT_BYTES:
        raise FormatError(
            f"{name}: has about {text // 1_000_000} MB of text, far more than an article "
            f"(the limit is {MAX_HTML_TEXT_BYTES // 1_000_000} MB around the tags)"
        )
