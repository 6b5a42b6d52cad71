"""A paragraph that continues the one before may open in lowercase.

Every engine sees one paragraph at a time, so a paragraph opening in lowercase looks like
a sentence without its capital to all of them (Harper's "Sentence starts in lowercase",
the mechanics engine's "Paragraph starts in lowercase"). Some paragraphs rightly do:

    The council will:

    raise the parking charge;
    close the car park at night.

    Police said the man, who was arrested after a chase through the town centre,
    was later released on bail.

The first follows a colon, the second a list item's semicolon, the third is a sentence
wrapped over two lines (plain text and pasted copy keep each line a paragraph).
:class:`ContinuedSentenceFilter` drops the capital flag on a paragraph's first word when
the paragraph before it (blank lines skipped for a colon or a semicolon, none for a
wrapped line) leaves its sentence open. It works over the whole text or one line at a
time (a :class:`reviewdesk.core.finalize.LineFilter`, so a keystroke costs its lines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.line_neighbours import NeighbourRedo
from reviewdesk.core.lines import Lines
from reviewdesk.core.models import Issue

# the rules, by engine, that flag a sentence's first word for its missing capital
CAPITAL_START_RULES = frozenset(
    {"SentenceCapitalization", "lowercase-paragraph-start", "UPPERCASE_SENTENCE_START"}
)
# a line that ends with one of these leaves its sentence open, blank lines or none
_OPEN_ENDS = ":;,–—"
# a line wrapped mid-sentence is long: a headline without a full stop is not a wrapped
# line, so the next paragraph opening in lowercase after it is still flagged
_WRAPPED_LINE = 60
_NO_WORDS: frozenset[str] = frozenset()
# a setting's key opening its line: "title: ...", "og_title:", "tags:" (YAML's shape)
_KEY_LINE = re.compile(r"[a-z][a-z0-9_-]*:(?:\s|$)")


def leaves_sentence_open(before: str, adjacent: bool) -> bool:
    """Whether a paragraph ``before`` (the last one with text) leaves its sentence open
    for the next: it ends with a colon, a semicolon, a comma or a dash, or, with no blank
    line between (``adjacent``), it is a long line ending in a lowercase word or digit."""
    end = before.rstrip()
    if not end:
        return False
    if end[-1] in _OPEN_ENDS:
        return True
    if not adjacent or len(end) < _WRAPPED_LINE:
        return False
    last = end.rsplit(None, 1)[-1]
    return last[-1].isalnum() and not last[:1].isupper()


def _opens_line(issue: Issue, line: str) -> bool:
    """Whether ``issue`` (offsets relative to ``line``) flags the line's first word."""
    return issue.rule in CAPITAL_START_RULES and not line[: issue.start].strip(" \t\"“‘'")


def _settings_key(line: str, ctx: CheckContext) -> bool:
    """Whether ``line`` is a setting's line the import kept on purpose ("title: Ferry
    returns", "summary: The ferry runs again…" in a Markdown file's front matter): its
    first word is a key, lowercase by the format's rule, not a sentence's first word."""
    return _KEY_LINE.match(line) is not None and line in ctx.kept_lines


def _dropped(line: str, lines: Lines, k: int, ctx: CheckContext) -> bool:
    """Whether line ``k``'s capital flag on its first word goes."""
    return _settings_key(line, ctx) or _continues(lines, k)


def _continues(lines: Lines, line: int) -> bool:
    """Whether line ``line`` continues the sentence of the last line with text before it."""
    adjacent = True
    for before in reversed(lines.lines[:line]):
        if before.strip():
            return leaves_sentence_open(before, adjacent)
        adjacent = False
    return False


class ContinuedSentenceFilter:
    """Drops the capital flag on a paragraph's first word when the sentence goes on,
    and on a setting's key the import kept (a Markdown file's front matter)."""

    def __init__(self) -> None:
        self._redo = NeighbourRedo()

    def prepare(
        self, lines: Lines, ctx: CheckContext, engines: Sequence[str], base: str | None
    ) -> tuple[set[str], set[int]] | None:
        """The lines whose verdict an edit since ``base`` may change: a line's verdict
        reads the lines before it back to the nearest one with text, so the lines after
        the edit up to the next one with text (None: ``base`` unknown, every line)."""
        return self._redo.lines_to_redo(lines, base, reads_before=True)

    def filter_line(
        self, lines: Lines, line: int, issues: list[Issue], ctx: CheckContext
    ) -> tuple[list[Issue], frozenset[str]]:
        """One line's issues (offsets relative to the line) without the capital flag on
        its first word when it continues the sentence before; no word's facts are read."""
        text = lines.lines[line]
        if not any(_opens_line(i, text) for i in issues) or not _dropped(text, lines, line, ctx):
            return issues, _NO_WORDS
        return [i for i in issues if not _opens_line(i, text)], _NO_WORDS

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """Keep every issue but the capital flags on continuing paragraphs' first words."""
        if not any(i.rule in CAPITAL_START_RULES for i in issues):
            return issues
        lines = Lines.of(text)
        kept: list[Issue] = []
        for issue in issues:
            if issue.rule in CAPITAL_START_RULES:
                k = lines.line_of(issue.start)
                start = lines.starts[k]
                line = lines.lines[k]
                if _opens_line(issue.shifted(-start), line) and _dropped(line, lines, k, ctx):
                    continue
            kept.append(issue)
        return kept
