"""Review operations: what an editor decides about an article, written once, without Qt.

In the manner of Anki's ``aqt.operations``: each operation does its work in the library
and returns a :class:`ReviewChange` saying what changed (the draft's text, decisions,
the check context, the issues to take off the screen at once, the notes, the status), so
the window updates exactly that and a command-line tool could apply the same rules.
An operation that must not go ahead raises :class:`Refused` with a sentence for the
editor; a library failure propagates as :class:`~reviewdesk.store.StoreError`.

The window keeps its own part: it edits the Qt document with the returned edits (so they
are on the undo stack) and re-checks with the returned context.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.merge import Edit, apply_edits, edit_for, shift_issues_after_edit
from reviewdesk.core.models import (
    LANGUAGES,
    Article,
    ArticleStatus,
    Decision,
    DecisionAction,
    Issue,
    Note,
    WordScope,
)
from reviewdesk.core.text import quoted_for_screen
from reviewdesk.desk.rules import is_spell_checker, is_word, rule_name
from reviewdesk.desk.settings import DISABLED_RULES

log = logging.getLogger(__name__)


class ReviewStore(Protocol):
    """What the operations need of the library: the library itself, or in the window a
    :class:`~reviewdesk.desk.deferred.DeferredLibrary` that writes off the UI thread."""

    def update_article(
        self,
        article_id: int,
        *,
        title: str | None = None,
        language: str | None = None,
        status: ArticleStatus | str | None = None,
    ) -> None: ...
    def record_decision(self, decision: Decision) -> Decision: ...
    def remove_decisions(
        self, article_id: int, action: DecisionAction, keys: frozenset[str] | None = None
    ) -> object: ...
    def add_word(
        self, word: str, scope: WordScope | str, article_id: int | None = None
    ) -> None: ...
    def words_for(self, article_id: int | None) -> frozenset[str]: ...
    def get_setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...
    def add_note(self, note: Note) -> Note: ...
    def update_note(self, note: Note) -> None: ...
    def delete_note(self, note_id: int) -> None: ...


SCOPE_LABELS = {
    WordScope.ARTICLE: "This article",
    WordScope.USER: "My dictionary",
    WordScope.HOUSE: "House dictionary",
}

IssueTest = Callable[[Issue], bool]

# said after every ignore: the way back (Edit ▸ Undo is the text's, not an ignore's)
UNDO_IGNORE = " — Ctrl+Z takes it back"


class Refused(Exception):  # noqa: N818 - names what happened
    """The operation cannot go ahead; the message says why, for the editor."""


class Stale(Refused):
    """The issue no longer describes the text (it was edited since): check again."""


@dataclass(frozen=True)
class ReviewChange:
    """What an operation changed. Empty fields: that part did not change."""

    message: str = ""
    # the draft: edits in code points of the text they were made on, and the text after
    edits: tuple[Edit, ...] = ()
    text: str | None = None
    issues: list[Issue] | None = None  # the draft's issues after the edits, shifted
    decisions: tuple[Decision, ...] = ()
    dropped: IssueTest | None = None  # issues (in both panes) to take off the screen now
    context: CheckContext | None = None  # check again with this context
    status: ArticleStatus | None = None  # the article's new review status
    language: str | None = None
    note: Note | None = None  # the note added or changed
    deleted_note: int | None = None
    notes: tuple[Note, ...] = ()  # notes changed together (a thread resolved)
    restored: int = 0  # ignored findings brought back (as ticked; 0: not known)
    restored_places: int = 0  # the places they were ignored at


def _require(article: Article | None) -> int:
    if article is None or article.id is None:
        raise Refused("Open an article first")
    return article.id


def _in_review(library: ReviewStore, article: Article) -> ArticleStatus | None:
    """A new article is in review from its first decision (returns the new status)."""
    if article.status != ArticleStatus.NEW or article.id is None:
        return None
    library.update_article(article.id, status=ArticleStatus.IN_REVIEW)
    return ArticleStatus.IN_REVIEW


def record(
    library: ReviewStore,
    article: Article,
    issue: Issue,
    action: DecisionAction,
    replacement: str = "",
) -> Decision:
    """Store the editor's decision on ``issue``."""
    return library.record_decision(
        Decision(
            id=None,
            article_id=_require(article),
            action=action,
            rule=issue.rule,
            engine=issue.engine,
            category=str(issue.category),
            start=issue.start,
            end=issue.end,
            text=issue.text,
            replacement=replacement,
            issue_key=issue.key,
        )
    )


# -- fixes --------------------------------------------------------------------------------


def apply_fix(
    library: ReviewStore,
    article: Article,
    text: str,
    issues: Sequence[Issue],
    issue: Issue,
    choice: int = 0,
) -> ReviewChange:
    """Apply suggestion ``choice`` of ``issue`` to the draft ``text`` (whose issues are
    ``issues``) and record it."""
    _require(article)
    if not 0 <= choice < len(issue.replacements):
        raise Refused("This issue has no suggestion to apply")
    edit = edit_for(issue, choice)
    result = apply_edits(text, [edit])
    if not result.applied:
        raise Stale("The text there has changed; re-checking…")
    decision = record(library, article, issue, DecisionAction.APPLY, edit.replacement)
    replacement = quoted_for_screen(edit.replacement) if edit.replacement else "(removed)"
    return ReviewChange(
        message=f"Applied: {quoted_for_screen(issue.text)} → {replacement}",
        edits=(edit,),
        text=result.text,
        issues=shift_issues_after_edit(issues, edit),
        decisions=(decision,),
        status=_in_review(library, article),
    )


def apply_fixes(
    library: ReviewStore,
    article: Article,
    text: str,
    issues: Sequence[Issue],
    edits: Sequence[Edit],
) -> ReviewChange:
    """Apply the chosen fixes of one rule ("Apply all") and record each one made."""
    _require(article)
    result = apply_edits(text, edits)
    if not result.applied:
        raise Stale("Nothing to apply: the text there has changed; re-checking…")
    by_span = {(i.start, i.end, i.replacements[0]): i for i in issues if i.replacements}
    decisions = []
    for edit in result.applied:
        issue = by_span.get((edit.start, edit.end, edit.replacement))
        if issue is not None:
            decisions.append(
                record(library, article, issue, DecisionAction.APPLY, edit.replacement)
            )
    rules = {i.rule for i in by_span.values()}
    count = len(result.applied)
    what = f" for “{rule_name(next(iter(rules)))}”" if len(rules) == 1 else ""
    return ReviewChange(
        message=f"Applied {count} change{'s' if count != 1 else ''}{what}",
        edits=result.applied,
        text=result.text,
        decisions=tuple(decisions),
        status=_in_review(library, article),
    )


# -- decisions that change what is checked --------------------------------------------------


def ignore_issue(
    library: ReviewStore, article: Article, ctx: CheckContext, issue: Issue
) -> ReviewChange:
    """Hide ``issue`` in this article (both panes) from now on."""
    decision = record(library, article, issue, DecisionAction.IGNORE)
    key = issue.key
    return ReviewChange(
        message=f"Ignored: {quoted_for_screen(issue.text)}{UNDO_IGNORE}",
        decisions=(decision,),
        dropped=lambda i: key in i.keys,  # under whichever rule it was merged
        context=replace(ctx, ignored_keys=ctx.ignored_keys | {key}),
        status=_in_review(library, article),
    )


def restore_ignored(
    library: ReviewStore,
    article: Article,
    ctx: CheckContext,
    keys: frozenset[str] | None = None,
    findings: Sequence[IgnoredFinding] = (),
) -> ReviewChange:
    """Take back the ignores of this article (all, or those of the issues ``keys``):
    their decisions go from the library (and so from the review report) and a re-check
    brings the issues back in both panes.

    ``findings`` (the ignores as the editor was shown them) let the words count what the
    editor ticked, one finding however many places it was ignored at; without them only
    the places can be counted. Edit ▸ Undo takes back the newest ignore this way too
    (:mod:`reviewdesk.gui.review_commands`). A done article is reopened for review, as an edit
    reopens it: issues are open in it again.
    """
    article_id = _require(article)
    chosen = ctx.ignored_keys if keys is None else ctx.ignored_keys & keys
    places = len(chosen)
    if not places:
        raise Refused("No issue is ignored in this article")
    library.remove_decisions(article_id, DecisionAction.IGNORE, None if keys is None else chosen)
    reopened = article.status == ArticleStatus.DONE
    if reopened:
        library.update_article(article_id, status=ArticleStatus.IN_REVIEW)
    status = ArticleStatus.IN_REVIEW if reopened else _in_review(library, article)
    count = sum(1 for f in findings if f.keys & chosen)
    return ReviewChange(
        message=restored_words(count, places)
        + ("; the article is in review again" if reopened else ""),
        context=replace(ctx, ignored_keys=ctx.ignored_keys - chosen),
        status=status,
        restored=count,
        restored_places=places,
    )


def restored_words(count: int, places: int) -> str:
    """A restore said as the editor ticked it: "Restored 1 ignored issue (3 places)";
    "Restored ignored issues at 3 places" when the findings were not known (``count``
    0)."""
    count = count or (1 if places == 1 else 0)  # one place is one issue
    if not count:
        return f"Restored ignored issues at {places} places"
    said = f"Restored {count} ignored issue{'s' if count != 1 else ''}"
    return said + (f" ({places} places)" if places > count else "")


@dataclass(frozen=True)
class IgnoredFinding:
    """One thing the editor ignored, as the restore dialog lists it: a passage and its
    rule, with the issue keys of every place it was ignored at."""

    text: str
    rule: str
    engine: str
    category: str
    keys: frozenset[str]
    created: str  # the newest of its ignores


def ignored_findings(decisions: Sequence[Decision], shown: frozenset[str]) -> list[IgnoredFinding]:
    """The ignores among ``decisions`` whose issue is hidden now (``shown``: the window's
    ignored keys), one entry per passage and rule (a finding ignored at three places is
    one), newest first."""
    groups: dict[tuple[str, str, str], list[Decision]] = {}
    newest: dict[tuple[str, str, str], int] = {}
    for n, d in enumerate(decisions):  # oldest first
        if d.action == DecisionAction.IGNORE and d.issue_key in shown:
            groups.setdefault((d.text, d.rule, d.engine), []).append(d)
            newest[(d.text, d.rule, d.engine)] = n
    return [
        IgnoredFinding(
            text=text,
            rule=rule,
            engine=engine,
            category=group[0].category,
            keys=frozenset(d.issue_key for d in group),
            created=group[-1].created,
        )
        for (text, rule, engine), group in sorted(
            groups.items(), key=lambda item: newest[item[0]], reverse=True
        )
    ]


def can_add_word(issue: Issue) -> bool:
    """Whether the flagged text is one word a dictionary can take (not a quote mark, a
    full stop or a phrase)."""
    return is_word(issue.text)


def add_to_dictionary(
    library: ReviewStore, article: Article, ctx: CheckContext, issue: Issue, scope: WordScope
) -> ReviewChange:
    """Accept the flagged word in a dictionary; its issues go from both panes."""
    article_id = _require(article)
    word = issue.text.strip()
    if not can_add_word(issue):
        raise Refused(f"{quoted_for_screen(word)} is not a word a dictionary can hold")
    try:
        library.add_word(word, scope, article_id if scope == WordScope.ARTICLE else None)
    except ValueError as exc:
        raise Refused(f"Could not add “{word}”: {exc}") from exc
    decision = record(library, article, issue, DecisionAction.ADD_WORD, str(scope))
    text, category = issue.text, issue.category
    return ReviewChange(
        message=f"Added “{word}” to {SCOPE_LABELS[scope].lower()}",
        decisions=(decision,),
        dropped=lambda i: i.text == text and i.category == category,
        # added to what the check had (a Word form's values stay accepted words too)
        context=replace(ctx, words=ctx.words | library.words_for(article_id)),
        status=_in_review(library, article),
    )


def can_switch_off(issue: Issue) -> bool:
    """Whether the issue's rule may be switched off: never an engine's whole spell checker
    (that would stop every spelling check; a dictionary is the way there)."""
    return not is_spell_checker(issue.rule)


def disable_rule(
    library: ReviewStore, article: Article, ctx: CheckContext, issue: Issue
) -> ReviewChange:
    """Switch the issue's rule off for every article."""
    _require(article)
    name = rule_name(issue.rule)
    if not can_switch_off(issue):
        raise Refused(f"{name} cannot be switched off; add the word to a dictionary instead")
    rules = DISABLED_RULES.read(library)
    if issue.rule not in rules:
        rules = (*rules, issue.rule)
        DISABLED_RULES.write(library, rules)
    decision = record(library, article, issue, DecisionAction.DISABLE_RULE)
    rule = issue.rule
    return ReviewChange(
        message=f"“{name}” is switched off in every article "
        "(Tools ▸ Checking settings switches it on again)",
        decisions=(decision,),
        dropped=lambda i: i.rule == rule,
        # added to the article's own (a Markdown file's links are never debris)
        context=replace(ctx, disabled_rules=ctx.disabled_rules | frozenset(rules)),
        status=_in_review(library, article),
    )


def set_language(
    library: ReviewStore, article: Article, ctx: CheckContext, language: str
) -> ReviewChange:
    """Check the article in another dialect from now on."""
    article_id = _require(article)
    if language not in LANGUAGES:
        raise Refused(f"Unknown language {language!r}")
    if language == article.language:
        return ReviewChange()
    library.update_article(article_id, language=language)
    return ReviewChange(
        message=f"Language: {language}",
        language=language,
        context=replace(ctx, language=language),
    )


def set_status(library: ReviewStore, article: Article, status: ArticleStatus) -> ReviewChange:
    """Store a new review status (Mark as done, Reopen for review)."""
    article_id = _require(article)
    if article.status == status:
        return ReviewChange()
    library.update_article(article_id, status=status)
    return ReviewChange(status=ArticleStatus(status))


def reopen_if_done(library: ReviewStore, article: Article) -> ReviewChange:
    """An edit of a done article puts it back in review (it is no longer the one signed
    off); the message says so. Reopening rather than asking keeps the editor typing."""
    if article.status != ArticleStatus.DONE:
        return ReviewChange()
    change = set_status(library, article, ArticleStatus.IN_REVIEW)
    log.info("edit reopened done article %s", article.id)
    return replace(
        change,
        message="Reopened: this article was marked done (Review ▸ Mark as done marks it again)",
    )


def mark_in_review(library: ReviewStore, article: Article) -> ReviewChange:
    """A new article is in review from its first edit."""
    return ReviewChange(status=_in_review(library, article))


# -- notes --------------------------------------------------------------------------------


def add_note(
    library: ReviewStore, article: Article, text: str, start: int, end: int, body: str
) -> ReviewChange:
    """A note on ``text[start:end]`` of the draft (code points); the quote is kept as the
    words the note was written on."""
    article_id = _require(article)
    body = body.strip()
    if start >= end:
        raise Refused("Select a passage in the draft first")
    if not body:
        raise Refused("A note needs some text")
    note = library.add_note(
        Note(
            id=None,
            article_id=article_id,
            start=start,
            end=end,
            quote=text[start:end],
            body=body,
        )
    )
    return ReviewChange(message="Note added", note=note)


def edit_note(library: ReviewStore, note: Note, body: str) -> ReviewChange:
    """Change a note's text (an empty text leaves it as it was)."""
    body = body.strip()
    if not body or body == note.body:
        return ReviewChange()
    changed = replace(note, body=body)
    library.update_note(changed)
    return ReviewChange(message="Note changed", note=changed)


def toggle_note(library: ReviewStore, note: Note) -> ReviewChange:
    """Resolve an open note, or reopen a resolved one."""
    changed = replace(note, resolved=not note.resolved)
    library.update_note(changed)
    return ReviewChange(
        message="Note resolved" if changed.resolved else "Note reopened", note=changed
    )


def reply_to_note(library: ReviewStore, root: Note, body: str) -> ReviewChange:
    """A reply in the thread whose first note is ``root``: Word threads are flat, so it
    answers the first note and shares its passage (``root``'s place as it is now: the
    caller knows it, and in the window the thread may not be stored yet)."""
    body = body.strip()
    if not body:
        raise Refused("A reply needs some text")
    if root.id is None:
        raise Refused("Save the note before replying to it")
    reply = library.add_note(
        Note(
            id=None,
            article_id=root.article_id,
            start=root.start,
            end=root.end,
            quote=root.quote,
            body=body,
            parent_id=root.id,
        )
    )
    return ReviewChange(message="Reply added", note=reply)


def resolve_thread(library: ReviewStore, thread: Sequence[Note], resolved: bool) -> ReviewChange:
    """Resolve (or reopen) a note and its replies together, as Word resolves a thread."""
    changed = tuple(replace(n, resolved=resolved) for n in thread if n.resolved != resolved)
    for note in changed:
        library.update_note(note)
    word = "resolved" if resolved else "reopened"
    return ReviewChange(message=f"Note {word}", notes=changed)


def delete_note(library: ReviewStore, note: Note) -> ReviewChange:
    """Delete a note."""
    if note.id is None:
        return ReviewChange()
    library.delete_note(note.id)
    return ReviewChange(message="Note deleted", deleted_note=note.id)
