"""Findings made of several places: one document-wide choice, one issue to count and list.

A copy editor treats "this article uses straight apostrophes; house style is curly" as
one decision, however many apostrophes there are. The engines still report every place
(so the draft marks each one and "Apply" knows each fix), but give those issues one
:attr:`~reviewdesk.core.models.Issue.group`. Everything that counts or lists issues (the
issues panel, the status counts, the CLI, the benchmarks) goes through this module, so a
group is one finding everywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reviewdesk.core.models import Category, Issue


def finding_of(issue: Issue) -> tuple[object, ...]:
    """What makes issues one finding: their group, or the issue's own place."""
    if issue.group:
        return ("group", issue.group)
    return ("place", issue.start, issue.end, issue.rule, issue.engine)


def findings(issues: Sequence[Issue]) -> list[list[int]]:
    """The indices of ``issues`` grouped into findings, each in text order, the findings
    in the order of their first place."""
    out: list[list[int]] = []
    where: dict[str, list[int]] = {}
    for n, issue in enumerate(issues):
        if not issue.group:
            out.append([n])
            continue
        members = where.get(issue.group)
        if members is None:
            members = where[issue.group] = []
            out.append(members)
        members.append(n)
    return out


@dataclass(frozen=True)
class Findings:
    """A list of issues grouped into findings, with what the window shows of them.

    Built once per result, where the result is received (the window's check thread),
    so the UI thread does not walk a long article's thousands of issues again for the
    panel's rows, the lookups from an issue to its row, and the counts.
    """

    rows: list[list[int]]  # each finding's issue indices (see :func:`findings`)
    row_of: dict[int, int]  # issue index -> its finding's row
    categories: Counter[Category]  # findings per category (of each one's first place)

    @classmethod
    def of(cls, issues: Sequence[Issue]) -> Findings:
        """The findings of ``issues``."""
        rows = findings(issues)
        row_of = {n: row for row, members in enumerate(rows) for n in members}
        return cls(rows, row_of, Counter(issues[places[0]].category for places in rows))

    @property
    def count(self) -> int:
        """How many findings (as :func:`count_findings`)."""
        return len(self.rows)


def count_findings(issues: Sequence[Issue]) -> int:
    """How many findings ``issues`` make (a group counts once)."""
    groups = {i.group for i in issues if i.group}
    return len(groups) + sum(1 for i in issues if not i.group)


def members(issue: Issue, issues: Sequence[Issue]) -> list[Issue]:
    """Every place of ``issue``'s finding among ``issues`` (just ``issue`` when ungrouped)."""
    if not issue.group:
        return [issue]
    return [i for i in issues if i.group == issue.group]


# Two spaces after each sentence: a typing habit kept all through a document (a
# typewriter's), one choice to make for the whole of it, not a slip at each full stop.
TWO_SPACES_AFTER_SENTENCES = "two-spaces-after-sentences"

# What a finding whose places say different things is, by its group's first part.
_HEADINGS = {
    TWO_SPACES_AFTER_SENTENCES: "Two spaces after sentences",
    "dialect-spelling/uk": "British spellings in an article checked as another dialect",
    "dialect-spelling/us": "American spellings in an article checked as another dialect",
}


def group_message(places: Sequence[Issue]) -> str:
    """One finding's message: the shared message with the number of places ("...: house
    style is curly. (8 places)"), or, when each place says its own, what the finding is
    and each place's word and fix ("British spellings ... (3): “centre” → “center”, ...")."""
    first = places[0]
    if len(places) == 1:
        return first.message
    if all(p.message == first.message for p in places):
        return f"{first.message} ({len(places)} places)"
    changes: dict[str, int] = {}
    for p in places:
        fix = p.replacements[0] if p.replacements else ""
        label = f"“{p.text}” → “{fix}”" if fix else f"“{p.text}”"
        changes[label] = changes.get(label, 0) + 1
    listing = ", ".join(f"{label} ({n}×)" if n > 1 else label for label, n in changes.items())
    heading = _HEADINGS.get(first.group, "One choice for the whole article")
    return f"{heading} ({len(places)}): {listing}."
