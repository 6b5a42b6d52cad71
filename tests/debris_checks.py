"""What the debris tests share: applying the fixes, and the two shapes most of them take:
a line set as a paragraph between two others goes whole, or stays."""

from __future__ import annotations

from reviewdesk.core.engines.debris.checker import find_debris
from reviewdesk.core.merge import apply_edits, edit_for
from reviewdesk.core.models import Category, Issue


def removed(text: str, issues: list[Issue]) -> str:
    """The text after applying every issue's first fix (none of them skipped)."""
    result = apply_edits(text, [edit_for(i) for i in issues])
    assert not result.skipped
    return result.text


def only(text: str) -> Issue:
    """The one debris issue in ``text``."""
    issues = find_debris(text)
    assert len(issues) == 1, issues
    return issues[0]


def line_goes(before: str, line: str, after: str, rule: str | None = None) -> Issue:
    """``line``, a paragraph between ``before`` and ``after``, is one debris issue (of
    ``rule``, when given) at its own offsets, whose fix leaves the two paragraphs as they
    were, one blank line apart."""
    text = f"{before}\n\n{line}\n\n{after}"
    issue = only(text)
    assert issue.category is Category.DEBRIS
    if rule is not None:
        assert issue.rule == rule
    assert text[issue.start : issue.end] == issue.text
    assert removed(text, [issue]) == f"{before}\n\n{after}"
    return issue


def line_stays(before: str, line: str, after: str) -> None:
    """``line``, a paragraph between ``before`` and ``after``, is copy: no debris at all."""
    assert find_debris(f"{before}\n\n{line}\n\n{after}") == []
