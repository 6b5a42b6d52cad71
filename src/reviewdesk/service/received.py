"""The window's side of a pane's results: each whole-text view built from the last one.

Every result the checker sends for a pane (a long article's check sends dozens while it
works through the text) is rebuilt on the window's check thread into a whole
:class:`~reviewdesk.service.messages.CheckOutcome`, and its ``issues`` (every issue with
offsets in the whole text) built there too. Done afresh, that was a new ``Issue`` per
issue and a split of the whole text per result: ~15-20 ms of Python at 100k words, on a
thread that shares the interpreter with the UI thread. :class:`IssueJoiner` keeps the
last result's lines and shifted issues, and redoes only the lines whose issues or start
changed: a result that fills in a few paragraphs costs those paragraphs.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewdesk.core.lines import NO_ISSUES, LineIssues, Lines
from reviewdesk.core.models import Issue


class IssueJoiner:
    """One pane's whole-text issues, from one result to the next."""

    def __init__(self) -> None:
        # the last text and its lines' starts (not its lines: the text's size again)
        self._text: str | None = None
        self._text_starts: list[int] = []
        self._per_line: Sequence[LineIssues] = []
        self._starts: list[int] = []
        self._shifted: list[LineIssues] = []

    def starts_of(self, text: str) -> list[int]:
        """Where each line of ``text`` starts (worked out again only for another text)."""
        if self._text is not text:
            self._text, self._text_starts = text, Lines.of(text).starts
        return self._text_starts

    def join(self, text: str, per_line: Sequence[LineIssues]) -> list[Issue]:
        """Every issue of ``per_line`` (issues per line of ``text``) in whole-text
        offsets, in order: equal to :func:`reviewdesk.core.lines.joined_issues`."""
        starts = self.starts_of(text)
        old_per, old_starts, old_shifted = self._per_line, self._starts, self._shifted
        known = min(len(old_per), len(per_line))
        shifted: list[LineIssues] = [NO_ISSUES] * len(per_line)
        out: list[Issue] = []
        for k, found in enumerate(per_line):
            if not found:
                continue
            base = starts[k]
            if k < known and old_per[k] is found and old_starts[k] == base:
                moved = old_shifted[k]  # the same issues at the same place: as before
            else:
                moved = tuple(i.shifted(base) for i in found) if base else found
            shifted[k] = moved
            out.extend(moved)
        self._per_line, self._starts, self._shifted = per_line, starts, shifted
        return out
