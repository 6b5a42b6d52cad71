"""What the editor decides about issues, from menus, keys and the issues panel.

Each command runs a :mod:`reviewdesk.desk.operations` function (the rules, written once)
and hands what it changed to the session (:meth:`ReviewSession.apply`), which edits the
draft on Qt's undo stack, updates the panes and re-checks. A refusal or a library failure
becomes one line in the status bar. The commands need the session and a way to ask, not
the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtWidgets import QWidget

from reviewdesk.core.merge import Edit
from reviewdesk.core.models import ArticleStatus, Issue, WordScope
from reviewdesk.core.text.paragraphs import quoted_for_screen
from reviewdesk.desk import operations as ops
from reviewdesk.desk.rules import rule_name
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.prompts import Confirm, confirm
from reviewdesk.gui.session import ReviewSession
from reviewdesk.gui.written_wait import when_written
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import StoreError

log = logging.getLogger(__name__)

IGNORES_WAIT_S = 2.0  # for the writer to store a moment-old ignore before listing them
# (waited in place only GRACE_S; then in the background, with a busy message)
ChooseIgnored = Callable[[QWidget | None, Sequence[ops.IgnoredFinding]], frozenset[str]]
GO_TO_AN_ISSUE = QT_TRANSLATE_NOOP(
    "ReviewCommands", "Go to an issue first (F8 goes to the next one)"
)


@dataclass(frozen=True)
class _IgnoreStep:
    """One ignore Edit ▸ Undo can take back: the finding, its keys, the draft's undo
    steps right after it."""

    issue: Issue
    keys: frozenset[str]
    steps: int


class ReviewCommands:
    """Apply, ignore, add to a dictionary, switch a rule off, language, done."""

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        self.session = session
        self.parent = parent
        self.confirm: Confirm = confirm
        self.choose_ignored: ChooseIgnored = _choose_ignored
        # Ignores Edit ▸ Undo can take back, newest last: the finding ignored, its keys and
        # the draft's undo steps then. An ignore changes no text, so Qt's stack cannot hold
        # it; it is undone when the draft's stack stands where it stood after the ignore
        # (no typing since, or that typing undone first): undo goes back in the order the
        # editor acted. Redo makes an undone ignore again in the same way.
        self._ignores: list[_IgnoreStep] = []
        self._unignored: list[_IgnoreStep] = []
        document = session.draft.document()
        document.undoCommandAdded.connect(self._unignored.clear)  # typing ends redo
        session.article_changed.connect(self._forget_ignores)

    def _run(self, operation: Callable[[], ops.ReviewChange], failed: str) -> bool:
        return self._change(operation, failed) is not None

    def _change(
        self, operation: Callable[[], ops.ReviewChange], failed: str
    ) -> ops.ReviewChange | None:
        """Run ``operation`` and show what it changed; None when it was refused or failed."""
        if self.session.read_only:  # another window edits this article
            self.session.message.emit("This article is read-only here; nothing was changed")
            return None
        try:
            change = operation()
        except ops.Refused as exc:
            self.session.message.emit(str(exc))
            if isinstance(exc, ops.Stale):
                self.session.check_draft()
            return None
        except StoreError as exc:
            self.session.message.emit(
                translate("ReviewCommands", "{failed}: {error}").format(failed=failed, error=exc)
            )
            return None
        self.session.apply(change)
        return change

    # -- fixes ------------------------------------------------------------------------

    def apply_current(self) -> bool:
        """Apply the first suggestion of the issue the editor is on, then go on to the
        issue after it (both panes follow, as after F8)."""
        index = self.session.current_issue()
        if index < 0:
            self.session.message.emit(translate("ReviewCommands", GO_TO_AN_ISSUE))
            return False
        start = self.session.pane(DRAFT).issues[index].start
        change = self._apply(index, 0)
        if change is None:
            return False
        self.session.go_on(_shifted(start, change.edits), change.message)
        return True

    def apply(self, index: int, choice: int = 0) -> bool:
        """Apply suggestion ``choice`` of the draft's issue ``index`` (the first one at
        every place of its finding)."""
        return self._apply(index, choice) is not None

    def _apply(self, index: int, choice: int) -> ops.ReviewChange | None:
        session, article = self.session, self.session.article
        draft = session.pane(DRAFT)
        if article is None or not 0 <= index < len(draft.issues):
            return None
        text = draft.docmap().text
        issue = draft.issues[index]
        # imported on first use: the window's start does without the consistency
        # engine's tables (issue 14, a sooner first highlight)
        from reviewdesk.desk.uniform import apply_finding

        # a finding of several places is fixed at all of them, as one undo step
        return self._change(
            lambda: apply_finding(session.writes, article, text, draft.issues, issue, choice),
            translate("ReviewCommands", "Could not record the decision"),
        )

    # -- decisions --------------------------------------------------------------------

    def ignore_current(self) -> bool:
        """Ignore the issue the editor is on, then go on to the issue after it."""
        index = self.session.current_issue()
        if index < 0:
            self.session.message.emit(translate("ReviewCommands", GO_TO_AN_ISSUE))
            return False
        issue = self.session.pane(DRAFT).issues[index]
        change = self._ignore(issue)
        if change is None:
            return False
        self.session.go_on(issue.start, change.message)  # the issue after it: both panes follow
        return True

    def ignore(self, issue: Issue) -> bool:
        """Hide this issue (every place of its finding) for this article (both panes) and
        remember it."""
        return self._ignore(issue) is not None

    def _ignore(self, issue: Issue, *, redone: bool = False) -> ops.ReviewChange | None:
        session, article = self.session, self.session.article
        if article is None:
            return None
        issues = session.pane(DRAFT).issues
        from reviewdesk.desk.uniform import ignore_finding

        before = session.ctx.ignored_keys
        # a finding of several places is ignored at all of them
        change = self._change(
            lambda: ignore_finding(session.writes, article, session.ctx, issues, issue),
            translate("ReviewCommands", "Could not record the decision"),
        )
        if change is not None and change.context is not None:
            keys = change.context.ignored_keys - before
            if keys:
                self._ignores.append(_IgnoreStep(issue, keys, self._undo_steps()))
                if not redone:
                    self._unignored.clear()
                self.undo_state_changed()
        return change

    # -- undo and redo of an ignore ---------------------------------------------------

    def undo_state_changed(self) -> None:
        """Set after construction by the window: Edit ▸ Undo's and Redo's enabled state
        is the draft's or an ignore's (an ignore alone must not leave Undo greyed)."""

    def can_undo_ignore(self) -> bool:
        """Whether Edit ▸ Undo would now take back an ignore (not the draft's typing)."""
        return bool(self._ignores) and self._ignores[-1].steps == self._undo_steps()

    def can_redo_ignore(self) -> bool:
        """Whether Edit ▸ Redo would now make an undone ignore again."""
        return bool(self._unignored) and self._unignored[-1].steps == self._undo_steps()

    def undo_ignore(self) -> bool:
        """Take back the newest ignore if nothing was typed since it (Edit ▸ Undo);
        False: the draft's own undo is next."""
        if not self.can_undo_ignore() or self.session.article is None:
            return False
        step = self._ignores.pop()
        session, article = self.session, self.session.article
        text = quoted_for_screen(step.issue.text)

        def restore() -> ops.ReviewChange:
            change = ops.restore_ignored(session.writes, article, session.ctx, step.keys)
            said = translate("ReviewCommands", "Undone: ignore of {text}").format(text=text)
            return replace(change, message=said)

        if self._run(restore, translate("ReviewCommands", "Could not restore the issues")):
            self._unignored.append(step)
            # the editor is taken back to the issue they ignored, as Ctrl+Z after a fix
            # goes back to its words (the re-check lists it again)
            if self.session.pane(DRAFT).matches:
                self.session.navigator.await_issue(step.issue)
        self.undo_state_changed()
        return True

    def redo_ignore(self) -> bool:
        """Make the newest undone ignore again (Edit ▸ Redo); False: the draft's redo."""
        if not self.can_redo_ignore():
            return False
        step = self._unignored.pop()
        issues = self.session.pane(DRAFT).issues
        # the finding as the re-check shows it now (the same text: nothing was typed)
        now = next((i for i in issues if not step.keys.isdisjoint(i.keys)), step.issue)
        self._ignore(now, redone=True)
        self.undo_state_changed()
        return True

    def _undo_steps(self) -> int:
        return self.session.draft.document().availableUndoSteps()

    def _forget_ignores(self) -> None:
        self._ignores.clear()
        self._unignored.clear()
        self.undo_state_changed()

    def restore_ignored(self) -> None:
        """Review ▸ Restore ignored issues…: take back the ignores the editor ticks in a
        list of them (one step, however many); the re-check brings the issues back in
        both panes. The list is read once the library writer has stored the latest
        ignores (one made a moment ago is listed too), waited for as export and print
        wait (:mod:`reviewdesk.gui.written_wait`): not on the UI thread when slow."""
        if self.session.article is None:
            return
        when_written(
            self.session,
            IGNORES_WAIT_S,
            lambda _written: self._restore_chosen(),
            translate("ReviewCommands", "listing the ignored issues"),
            self.parent or self.session,
        )

    def _restore_chosen(self) -> bool:
        """Ask which ignores to take back, and take them back."""
        session, article = self.session, self.session.article
        if article is None:  # closed while the writer was busy
            return False
        keys: frozenset[str] | None = None  # None: every ignore (the list could not be read)
        findings = self._ignored_findings()
        if findings:
            keys = self.choose_ignored(self.parent, findings)
            if not keys:
                return False  # cancelled

        def restore() -> ops.ReviewChange:
            reopened = article.status == ArticleStatus.DONE  # the operation reopens it
            change = ops.restore_ignored(session.writes, article, session.ctx, keys, findings)
            said = _restored(change.restored, change.restored_places, reopened=reopened)
            return replace(change, message=said)

        return self._run(restore, translate("ReviewCommands", "Could not restore the issues"))

    def _ignored_findings(self) -> list[ops.IgnoredFinding]:
        """What the article has ignored, as the library has it."""
        session, article = self.session, self.session.article
        if article is None or article.id is None or not session.ctx.ignored_keys:
            return []
        try:
            decisions = session.library.decisions(article.id)
        except StoreError:
            log.warning("could not read the ignores of article %s", article.id, exc_info=True)
            return []
        return ops.ignored_findings(decisions, session.ctx.ignored_keys)

    def add_word(self, issue: Issue, scope: WordScope) -> bool:
        """Add the flagged word to a dictionary, then re-check with it."""
        session, article = self.session, self.session.article
        if article is None:
            return False
        return self._run(
            lambda: ops.add_to_dictionary(session.writes, article, session.ctx, issue, scope),
            translate("ReviewCommands", "Could not add “{word}”").format(word=issue.text.strip()),
        )

    def disable_rule(self, issue: Issue) -> bool:
        """Switch a rule off for every article, after asking in plain words."""
        session, article = self.session, self.session.article
        if article is None:
            return False
        name = rule_name(issue.rule, issue.engine)
        if not ops.can_switch_off(issue):
            session.message.emit(
                translate(
                    "ReviewCommands",
                    "{name} cannot be switched off; add the word to a dictionary instead",
                ).format(name=name)
            )
            return False
        if not self.confirm(
            self.parent,
            translate("ReviewCommands", "Switch off a check"),
            translate("ReviewCommands", "Stop checking “{name}” in every article?").format(
                name=name
            ),
            translate(
                "ReviewCommands",
                "Its marks go from this and every other article. Tools ▸ Checking settings "
                "▸ Switched-off rules switches it on again.",
            ),
            translate("ReviewCommands", "Switch off"),
        ):
            return False
        return self._run(
            lambda: ops.disable_rule(session.writes, article, session.ctx, issue),
            translate("ReviewCommands", "Could not switch the rule off"),
        )

    # -- the article ------------------------------------------------------------------

    def set_language(self, language: str) -> bool:
        """Check the article in another dialect from now on."""
        session, article = self.session, self.session.article
        if article is None:
            return False
        return self._run(
            lambda: ops.set_language(session.writes, article, session.ctx, language),
            translate("ReviewCommands", "Could not change the language"),
        )

    def toggle_done(self) -> None:
        """Review ▸ Mark as done / Reopen for review."""
        article = self.session.article
        if article is None:
            return
        done = article.status == ArticleStatus.DONE
        self.session.set_status(ArticleStatus.IN_REVIEW if done else ArticleStatus.DONE)


def _choose_ignored(
    parent: QWidget | None, findings: Sequence[ops.IgnoredFinding]
) -> frozenset[str]:
    """Edit ▸ Restore ignored…'s question, its dialog's module imported when first asked:
    the window's start does without it (issue 14)."""
    from reviewdesk.gui.dialogs.restore_ignored import choose_ignored

    return choose_ignored(parent, findings)


def _shifted(position: int, edits: Sequence[Edit]) -> int:
    """Where ``position`` of the text before ``edits`` is in the text after them."""
    return position + sum(
        len(e.replacement) - (e.end - e.start) for e in edits if e.end <= position
    )


def _restored(count: int, places: int, *, reopened: bool) -> str:
    """The status bar's words for a restore, translated: the findings the editor ticked
    (``count``; 0 when the list could not be read), and their places when more."""
    count = count or (1 if places == 1 else 0)  # one place is one issue
    if not count:
        text = translate("ReviewCommands", "Restored ignored issues at {places} places").format(
            places=places
        )
    elif count == 1:
        text = translate("ReviewCommands", "Restored 1 ignored issue")
    else:
        text = translate("ReviewCommands", "Restored {count} ignored issues").format(count=count)
    if count and places > count:
        text += translate("ReviewCommands", " ({places} places)").format(places=places)
    if reopened:
        text += translate("ReviewCommands", "; the article is in review again")
    return text
