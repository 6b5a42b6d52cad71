"""Merging issue lists from several engines, and applying fixes without conflicts."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from reviewdesk.core.models import Issue
from reviewdesk.core.text.prompts import prompt_spans

# When two engines report the same span, the more specific category wins.
_CATEGORY_RANK = {
    "debris": 0,
    "consistency": 1,
    "capitalization": 2,
    "spacing": 3,
    "confusion": 4,
    "spelling": 5,
    "grammar": 6,
    "punctuation": 7,
    "typography": 8,
    "style": 9,
}


def sort_key(issue: Issue) -> tuple[int, int, str, str]:
    """Document order, then shorter first, then a stable tie-break."""
    return (issue.start, issue.end, issue.engine, issue.rule)


def merge_issues(lists: Iterable[Sequence[Issue]]) -> list[Issue]:
    """One sorted list; the same span with the same first fix shows once, naming all engines.

    Two issues are the same when they cover the same span and either offer the same first
    replacement or both offer none. The kept issue takes the more specific category and
    the union of replacements, in order.
    """
    by_key: dict[tuple[int, int, str], Issue] = {}
    for issues in lists:
        for issue in issues:
            fix = issue.replacements[0] if issue.replacements else ""
            key = (issue.start, issue.end, fix)
            kept = by_key.get(key)
            if kept is None:
                by_key[key] = issue
                continue
            engines = tuple(dict.fromkeys(kept.engines + issue.engines))
            replacements = tuple(dict.fromkeys(kept.replacements + issue.replacements))
            better = kept
            if _CATEGORY_RANK.get(issue.category, 99) < _CATEGORY_RANK.get(kept.category, 99):
                better = issue
            worse = issue if better is kept else kept
            group = better.group or kept.group or issue.group  # one engine saw the habit
            rules = tuple(dict.fromkeys(better.rules + worse.rules))
            by_key[key] = replace(
                better, engines=engines, replacements=replacements, group=group, rules=rules
            )
    merged = sorted(by_key.values(), key=sort_key)
    if len(merged) > 1:
        merged = _join_agreeing(merged)
    return merged


def _join_agreeing(issues: list[Issue]) -> list[Issue]:
    """Findings on one span whose fixes share a word become one finding (sorted list).

    Harper's "Did you mean “that the” or just “the”?" and the grammar engine's "keep one"
    on the same "the the" are one fault; shown twice, the editor reads two and accepts one
    fix, and the other then points at nothing. The finding kept is the one whose first fix
    is the fix they share (the engines agree on it), else the more specific category; the
    shared fix comes first, then every other fix in order.
    """
    out: list[Issue] = []
    for issue in issues:
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.start != issue.start
            or prev.end != issue.end
            or not prev.replacements
            or not issue.replacements
        ):
            out.append(issue)
            continue
        shared = [r for r in prev.replacements if r in issue.replacements]
        if not shared:
            out.append(issue)
            continue
        agreed = shared[0]
        candidates = [i for i in (prev, issue) if i.replacements[0] == agreed] or [prev, issue]
        kept = min(candidates, key=lambda i: _CATEGORY_RANK.get(i.category, 99))
        others = prev if kept is issue else issue
        out[-1] = replace(
            kept,
            engines=tuple(dict.fromkeys(kept.engines + others.engines)),
            replacements=tuple(dict.fromkeys((agreed, *kept.replacements, *others.replacements))),
            group=kept.group or others.group,
            rules=tuple(dict.fromkeys(kept.rules + others.rules)),
        )
    return out


# The engine that speaks for the desk's own house style sheet: its fix is the desk's choice
HOUSE_STYLE_ENGINE = "house-style"


def settle_contrary_fixes(issues: list[Issue]) -> list[Issue]:
    """Drop findings whose fix the house style sheet contradicts on the same span.

    Two findings on one span with fixes that share nothing ("7pm": consistency's "19:00",
    the house sheet's "7 p.m.") cannot both be taken; offered side by side, each undoes
    the other's advice. The desk's own sheet decides: every other finding on that span
    with a fix the sheet's finding does not offer goes. Run after the editor's switches
    and ignores, so an ignored or switched-off house rule lets the others speak again.
    A finding without a fix (advice only) is never contrary. Order is kept.
    """
    house = {
        (i.start, i.end): i.replacements
        for i in issues
        if HOUSE_STYLE_ENGINE in i.engines and i.replacements
    }
    if not house:
        return issues
    return [
        i
        for i in issues
        if HOUSE_STYLE_ENGINE in i.engines
        or not i.replacements
        or (fixes := house.get((i.start, i.end))) is None
        or any(r in fixes for r in i.replacements)
    ]


def drop_issues_inside_debris(
    issues: list[Issue], more: Iterable[tuple[int, int]] = ()
) -> list[Issue]:
    """Drop issues lying wholly inside web debris (an HTML tag, a share bar), keeping order.

    The debris is to be removed, not corrected, so a quote or spelling issue inside it is
    noise. The debris issues themselves stay, and so do the issues inside debris whose
    fix keeps words (Markdown marks around a label, a link's words): those words stay in
    the article. ``more`` adds debris spans that are not in ``issues`` (a removal that
    starts on an earlier line and covers this one).
    """
    spans = sorted([*((i.start, i.end) for i in issues if _removal(i)), *more])
    if not spans:
        return issues
    starts = [s for s, _ in spans]
    # the furthest end reached by any debris span starting at or before each one
    reach = []
    furthest = -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)

    def inside(issue: Issue) -> bool:
        k = bisect.bisect_right(starts, issue.start) - 1
        return k >= 0 and reach[k] >= issue.end

    return [i for i in issues if i.category == "debris" or not inside(i)]


def drop_issues_in_placeholders(
    line: str, issues: list[Issue], placeholders: frozenset[str]
) -> list[Issue]:
    """``issues`` (offsets in ``line``) without those inside a Word form's prompt.

    "Choose an item." and "Click or tap here to enter text." are what Word shows in an
    empty control: the form's author's words, which the writer never typed and the
    editor should not be asked to mend. Found by their text in the line, so a finding
    stays dropped however the lines around it are edited.
    """
    if not placeholders or not issues:
        return issues
    spans = prompt_spans(line, placeholders)
    if not spans:
        return issues
    return [i for i in issues if not any(s <= i.start and i.end <= e for s, e in spans)]


def _removal(issue: Issue) -> bool:
    """Debris whose fix takes its words out of the article."""
    return issue.category == "debris" and not any(issue.replacements)


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``; ``expected`` guards against drift."""

    start: int
    end: int
    replacement: str
    expected: str | None = None


@dataclass(frozen=True, slots=True)
class EditResult:
    """What :func:`apply_edits` did."""

    text: str
    applied: tuple[Edit, ...]
    skipped: tuple[Edit, ...]


def edits_conflict(a: Edit, b: Edit) -> bool:
    """Two edits conflict when their spans overlap, or both insert at the same point."""
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def _applies(text: str, edit: Edit) -> bool:
    """Whether ``edit`` lies inside ``text`` and still finds the text it expects."""
    if edit.start < 0 or edit.end > len(text) or edit.start > edit.end:
        return False
    return edit.expected is None or text[edit.start : edit.end] == edit.expected


def apply_edits(text: str, edits: Sequence[Edit]) -> EditResult:
    """Apply non-conflicting edits in one pass; an edit that overlaps an earlier one is skipped.

    Edits are taken in the given order of priority, so a later edit never combines with an
    earlier one into nonsense ("This are" must not become "These is"). An edit whose
    ``expected`` text no longer matches is skipped too.
    """
    accepted: list[Edit] = []
    skipped: list[Edit] = []
    for edit in edits:
        if _applies(text, edit) and not any(edits_conflict(edit, o) for o in accepted):
            accepted.append(edit)
        else:
            skipped.append(edit)
    out: list[str] = []
    pos = 0
    for edit in sorted(accepted, key=lambda e: (e.start, e.end)):
        out.append(text[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return EditResult("".join(out), tuple(accepted), tuple(skipped))


def edit_for(issue: Issue, choice: int = 0) -> Edit:
    """The edit that applies ``issue.replacements[choice]``."""
    return Edit(issue.start, issue.end, issue.replacements[choice], expected=issue.text)


def shift_issues_after_edit(issues: Sequence[Issue], edit: Edit) -> list[Issue]:
    """Issues still valid after ``edit``: overlapping ones are dropped, later ones shifted."""
    delta = len(edit.replacement) - (edit.end - edit.start)
    probe = Edit(edit.start, edit.end, edit.replacement)
    kept: list[Issue] = []
    for issue in issues:
        if edits_conflict(probe, Edit(issue.start, issue.end, "")) or (
            issue.start < edit.end and edit.start < issue.end
        ):
            continue
        kept.append(issue.shifted(delta) if issue.start >= edit.end else issue)
    return kept
