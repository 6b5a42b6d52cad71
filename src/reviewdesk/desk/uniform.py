"""“Use this form everywhere”: one click makes a consistency finding's forms agree.

A consistency finding (percent written two ways, quotes mixed, a term hyphenated two
ways, a name spelt two ways...) is reported on every occurrence of the forms it does not
keep, each with the kept form as its fix, one :attr:`Issue.group` for them all, and the
forms with their counts in :attr:`Issue.forms` (engines that give no ``forms`` list them
in the message, “per cent” (4×) and “%” (2×), which is read instead). :func:`uniform_for`
gathers one finding's issues from the draft's; :func:`use_everywhere` applies all their
fixes as one review operation (the window makes it ONE undo step and re-checks the
draft). :func:`apply_finding` and :func:`ignore_finding` are Apply and Ignore on any
finding of several places (one :attr:`Issue.group`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.consistency.labels import FORM_LABELS, kept_form
from reviewdesk.core.groups import members
from reviewdesk.core.merge import Edit, edit_for
from reviewdesk.core.models import Article, DecisionAction, Issue
from reviewdesk.core.text import quoted_for_screen
from reviewdesk.desk.operations import (
    UNDO_IGNORE,
    Refused,
    ReviewChange,
    ReviewStore,
    apply_fix,
    apply_fixes,
    ignore_issue,
    record,
)

log = logging.getLogger(__name__)

# Findings that pick one of several forms the article uses. Not the abbreviation
# findings: defining an abbreviation is no choice between forms.
UNIFORM_RULES = frozenset(
    {
        "consistency-percent",
        "consistency-quotes",
        "consistency-apostrophes",
        "consistency-dashes",
        "consistency-dates",
        "consistency-month-names",
        "consistency-numbers",
        "consistency-headings",
        "consistency-big-numbers",
        "consistency-ellipses",
        "consistency-times",
        "consistency-units",
        "consistency-term-case",
        "consistency-spelled",
        "consistency-dots",
        "consistency-the-term",
        "consistency-dash-marks",
        "consistency-thousands",
        "consistency-date-ordinals",
        "consistency-term-figures",
        "consistency-sound-alike",
        "term-capitalisation",
        "term-hyphenation",
        "name-hyphenation",
        "name-variant",
        "name-lowercase",
        "first-name-conflict",
        "spelling-variant-mixed",
    }
)

_COUNT = re.compile(r" \((\d+)×\)")
# findings that count only the kept form ("“Prime Minister” is capitalised this way 3
# times elsewhere in this article; here it has “prime”."): the rest is one finding
_KEPT_ONLY = re.compile(
    r"^“(?P<keep>[^”]+)” (?:is capitalised this way|is a name: this article capitalises it) "
    r"(?P<times>once|twice|\d+ times)"
)
_HERE = "; here it has"
_SEPARATORS = (", and ", " and ", ", ")


@dataclass(frozen=True)
class FormCount:
    """One form the article uses, named as the finding names it, and how often."""

    label: str
    count: int


@dataclass(frozen=True)
class Uniform:
    """One finding: the form it keeps, every form with its count, the places to change."""

    rule: str
    keep: str  # as the message names it: a form ("per cent") or a style ("in words")
    forms: tuple[FormCount, ...]
    issues: tuple[Issue, ...]
    literal: bool = True  # ``keep`` is the form itself (shown quoted), not a description

    def keep_shown(self) -> str:
        """The kept form for a sentence: “per cent”, or curly “” as it is."""
        return f"“{self.keep}”" if self.literal else self.keep

    @property
    def changes(self) -> int:
        """How many places change."""
        return len(self.issues)

    def edits(self) -> list[Edit]:
        """Each place's fix: the kept form."""
        return [edit_for(issue, 0) for issue in self.issues]

    def counts(self) -> str:
        """“per cent ×4, % ×2”: the forms and their counts, most used first."""
        return ", ".join(f"{f.label} ×{f.count}" for f in self.forms)


def form_counts(message: str) -> tuple[FormCount, ...]:
    """The forms and counts a finding's message lists (“per cent” (4×) and “%” (2×)),
    unquoted, most used first; empty when it lists fewer than two."""
    marks = list(_COUNT.finditer(message))
    if len(marks) < 2:
        return ()
    out, end = [], 0
    for n, mark in enumerate(marks):
        piece = message[end : mark.start()]
        if n == 0:
            # the listing starts after a colon ("two ways: in words (3×)"), or is quoted
            # from its first word ("This article writes “e-mail” (3×)")
            if ": " in piece:
                piece = piece.rsplit(": ", 1)[1]
            elif piece.endswith("”") and "“" in piece:
                piece = piece[piece.rindex("“") :]
        else:
            for sep in _SEPARATORS:
                if piece.startswith(sep):
                    piece = piece[len(sep) :]
                    break
        out.append(FormCount(_unquoted(piece.strip()), int(mark.group(1))))
        end = mark.end()
    return tuple(sorted(out, key=lambda f: -f.count))


def _unquoted(label: str) -> str:
    if label.startswith("“") and label.endswith("”") and label.count("“") == 1:
        return label[1:-1]
    return label


def uniform_for(issue: Issue, issues: Sequence[Issue], text: str) -> Uniform | None:
    """The finding ``issue`` belongs to, among the draft's ``issues`` (of ``text``), or
    None when it is no choice between forms (or its forms cannot be told)."""
    if issue.rule not in UNIFORM_RULES or not issue.replacements:
        return None
    key = _finding_key(issue)
    same = tuple(
        i
        for i in issues
        if (i.group == issue.group if issue.group else _finding_key(i) == key)
        and i.replacements
        and text[i.start : i.end] == i.text
    )
    if issue not in same:
        return None
    kept_only = _KEPT_ONLY.match(issue.message)
    if kept_only is not None:
        return _kept_only(issue, kept_only, same)
    # the engine's own counts when it gives them (consistency does); else the message's
    forms = tuple(FormCount(_unquoted(f), n) for f, n in issue.forms) or form_counts(issue.message)
    if len(forms) < 2:
        return None
    keep = kept_form(issue.rule, text, issue.start, issue.replacements[0])
    if keep is not None:  # a style's own label ("in words", "“January 5”") is no form
        literal = keep not in FORM_LABELS.values()
        keep = _unquoted(keep) if literal else keep
    else:
        wanted, literal = issue.replacements[0].casefold(), True
        keep = next((f.label for f in forms if f.label.casefold() == wanted), None)
    if keep is None:
        log.info("cannot tell the kept form of %s: %r", issue.rule, issue.message)
        return None
    return Uniform(issue.rule, keep, forms, same, literal)


def _finding_key(issue: Issue) -> tuple[str, str, str]:
    """Issues of one finding share rule, engine and message (up to the place's own part)."""
    return (issue.rule, issue.engine, issue.message.split(_HERE, 1)[0])


def _kept_only(issue: Issue, match: re.Match[str], same: tuple[Issue, ...]) -> Uniform:
    """A finding whose message counts only the kept form: the others are counted here."""
    times = match.group("times")
    kept = {"once": 1, "twice": 2}.get(times) or int(times.split()[0])
    flagged: dict[str, int] = {}
    for i in same:
        flagged[i.text] = flagged.get(i.text, 0) + 1
    others = sorted(flagged.items(), key=lambda kv: -kv[1])
    forms = (FormCount(match.group("keep"), kept), *(FormCount(t, n) for t, n in others))
    return Uniform(issue.rule, match.group("keep"), forms, same)


def use_everywhere(
    library: ReviewStore,
    article: Article,
    text: str,
    issues: Sequence[Issue],
    issue: Issue,
) -> ReviewChange:
    """Change every other form of ``issue``'s finding to the kept one, in one change
    (each fix recorded as applied). Refused when ``issue`` is no such finding."""
    found = uniform_for(issue, issues, text)
    if found is None:
        raise Refused("This issue offers no one form to use everywhere")
    change = apply_fixes(library, article, text, found.issues, found.edits())
    count = len(change.edits)
    return replace(
        change,
        message=f"Used {found.keep_shown()} everywhere: {count} change{'s' if count != 1 else ''}",
    )


# -- a finding of several places (core.groups): one Apply, one Ignore --------------------


def places_of(issue: Issue, issues: Sequence[Issue], text: str) -> list[Issue]:
    """Every place of ``issue``'s finding in the draft ``text`` still as checked."""
    return [i for i in members(issue, issues) if text[i.start : i.end] == i.text]


def apply_finding(
    library: ReviewStore,
    article: Article,
    text: str,
    issues: Sequence[Issue],
    issue: Issue,
    choice: int = 0,
) -> ReviewChange:
    """Apply ``issue``'s fix; for a finding of several places, its first fix at every
    place in one change (the window makes it one undo step). Another suggestion
    (``choice`` > 0) is that one place's alternative and changes it alone."""
    places = [i for i in places_of(issue, issues, text) if i.replacements]
    if choice != 0 or len(places) < 2:
        return apply_fix(library, article, text, issues, issue, choice)
    change = apply_fixes(library, article, text, issues, [edit_for(i, 0) for i in places])
    n = len(change.edits)
    fixes = {i.replacements[0] for i in places}
    what = f" → {quoted_for_screen(next(iter(fixes)))}" if len(fixes) == 1 else ""
    return replace(
        change,
        message=f"Applied at {n} place{'s' if n != 1 else ''}: "
        f"{quoted_for_screen(issue.text)}{what}",
    )


def ignore_finding(
    library: ReviewStore, article: Article, ctx: CheckContext, issues: Sequence[Issue], issue: Issue
) -> ReviewChange:
    """Ignore ``issue``; for a finding of several places, every place (each decision
    recorded, so each stays ignored after edits elsewhere)."""
    places = members(issue, issues)
    if len(places) < 2:
        return ignore_issue(library, article, ctx, issue)
    change = ignore_issue(library, article, ctx, issue)  # its decision, status, context
    others = tuple(
        record(library, article, i, DecisionAction.IGNORE) for i in places if i is not issue
    )
    keys = frozenset(i.key for i in places)
    context = change.context if change.context is not None else ctx
    return replace(
        change,
        message=f"Ignored at {len(places)} places: {quoted_for_screen(issue.text)}{UNDO_IGNORE}",
        decisions=change.decisions + others,
        dropped=lambda i: i.ignored_by(keys),
        context=replace(context, ignored_keys=context.ignored_keys | keys),
    )
