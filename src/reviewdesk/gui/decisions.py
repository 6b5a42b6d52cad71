"""What the editor decides about issues: apply a fix, ignore, add a word, disable a rule.

Every decision is recorded in the library, through the library writer (off the UI thread;
a decision gets a provisional id at once, see :mod:`reviewdesk.desk.saving`). Fixes edit
the draft through a QTextCursor, so
they are on Qt's undo stack; overlapping issues are dropped at once
(:func:`~reviewdesk.core.merge.shift_issues_after_edit`) so a second fix never combines
with the first into nonsense, and the draft is then re-checked.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from reviewdesk.core.merge import apply_edits, edit_for, shift_issues_after_edit
from reviewdesk.core.models import LANGUAGES, Decision, DecisionAction, Issue, WordScope
from reviewdesk.core.text import quoted_for_screen
from reviewdesk.desk.saving import Store
from reviewdesk.desk.settings import DISABLED_RULES
from reviewdesk.gui.applied_fixes import AppliedFixes
from reviewdesk.gui.editor import describe_replacement
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.panes import DRAFT, PANES
from reviewdesk.store.rows import word_args

log = logging.getLogger(__name__)

SCOPE_LABELS = {
    WordScope.ARTICLE: "This article",
    WordScope.USER: "My dictionary",
    WordScope.HOUSE: "House dictionary",
}


class Decisions:
    """Acts on the issues of a :class:`ReviewSession`."""

    def __init__(self, session: ReviewSession) -> None:
        self.session = session
        self.library = session.library
        # applied fixes follow undo and redo (AppliedFixes.add after each fix)
        self.fixes = AppliedFixes(session)

    def record(
        self, issue: Issue, action: DecisionAction, replacement: str = ""
    ) -> Decision | None:
        """Record the editor's decision on ``issue``; the article is then in review.

        Returns the decision with a provisional id (written by the library writer).
        """
        article = self.session.article
        assert article is not None and article.id is not None
        decision = Decision(
            id=None,
            article_id=article.id,
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
        key = self.session.saving.writer.new_key()

        def write(store: Store) -> None:
            store.keys.bind(key, store.library.record_decision(decision).id)

        self.session.saving.submit(write, "the decision")
        self.session.mark_in_review()
        return replace(decision, id=key)

    def _refuse_read_only(self) -> bool:
        if self.session.read_only:
            self.session.message.emit("This article is read-only here; nothing was changed")
        return self.session.read_only

    # -- apply ------------------------------------------------------------------------

    def apply_current(self) -> bool:
        """Apply the first suggestion of the issue the editor is on."""
        index = self.session.current_issue()
        if index < 0:
            self.session.message.emit("Go to an issue first (F8 goes to the next one)")
            return False
        return self.apply(index, 0)

    def apply(self, index: int, choice: int = 0) -> bool:
        """Apply suggestion ``choice`` of the draft's issue ``index``."""
        session = self.session
        issues = session.issues[DRAFT]
        if session.article is None or not 0 <= index < len(issues) or self._refuse_read_only():
            return False
        issue = issues[index]
        if not 0 <= choice < len(issue.replacements):
            session.message.emit("This issue has no suggestion to apply")
            return False
        docmap = session.docmap(DRAFT)
        text = docmap.text
        edit = edit_for(issue, choice)
        result = apply_edits(text, [edit])
        if not result.applied:
            session.message.emit("The text there has changed; re-checking…")
            session.check_draft()
            return False
        cursor = QTextCursor(session.draft.document())
        # Undo puts the caret back where the edit block began: begin it at the passage,
        # not at the top of the article, so Ctrl+Z leaves the caret and view on the fix
        cursor.setPosition(docmap.to_qt(edit.end))
        cursor.beginEditBlock()
        cursor.setPosition(docmap.to_qt(edit.start))
        cursor.setPosition(docmap.to_qt(edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.replacement)
        cursor.endEditBlock()
        session.draft.setTextCursor(cursor)
        saved = self.record(issue, DecisionAction.APPLY, edit.replacement)
        self.fixes.add([saved] if saved is not None else [])
        remaining = shift_issues_after_edit(issues, edit)
        session.current_index = -1
        session.set_issues(DRAFT, result.text, remaining)
        replacement = quoted_for_screen(edit.replacement) if edit.replacement else "(removed)"
        session.message.emit(f"Applied: {quoted_for_screen(issue.text)} → {replacement}")
        return True

    # -- ignore -----------------------------------------------------------------------

    def ignore_current(self) -> bool:
        """Ignore the issue the editor is on."""
        index = self.session.current_issue()
        if index < 0:
            self.session.message.emit("Go to an issue first (F8 goes to the next one)")
            return False
        self.ignore(self.session.issues[DRAFT][index])
        return True

    def ignore(self, issue: Issue) -> None:
        """Hide this issue for this article (both panes) and remember it."""
        session = self.session
        if session.article is None or self._refuse_read_only():
            return
        self.record(issue, DecisionAction.IGNORE)
        self._drop(lambda i: i.key == issue.key)
        session.update_context(ignored_keys=session.ctx.ignored_keys | {issue.key})
        session.message.emit(f"Ignored: {quoted_for_screen(issue.text)}")

    def _drop(self, gone: object) -> None:
        session = self.session
        for pane in PANES:
            kept = [i for i in session.issues[pane] if not gone(i)]  # type: ignore[operator]
            if len(kept) != len(session.issues[pane]):
                session.set_issues(pane, session.snapshot[pane], kept)

    # -- dictionary and rules ---------------------------------------------------------

    def add_word(self, issue: Issue, scope: WordScope) -> None:
        """Add the flagged word to a dictionary, then re-check with it."""
        session = self.session
        article = session.article
        if article is None or article.id is None or self._refuse_read_only():
            return
        word = issue.text.strip()
        try:
            word, scope, owner = word_args(
                word, scope, article.id if scope == WordScope.ARTICLE else None
            )
        except ValueError as exc:
            session.message.emit(f"Could not add “{word}”: {exc}")
            return
        session.saving.submit(
            lambda store: store.library.add_word(word, scope, owner), f"the word “{word}”"
        )
        self.record(issue, DecisionAction.ADD_WORD, str(scope))
        self._drop(lambda i: i.text == issue.text and i.category == issue.category)
        session.update_context(words=session.ctx.words | {word})
        session.message.emit(f"Added “{word}” to {SCOPE_LABELS[scope].lower()}")

    def disable_rule(self, issue: Issue) -> None:
        """Switch a rule off (a setting for every article), then re-check."""
        session = self.session
        if session.article is None or self._refuse_read_only():
            return
        rules = DISABLED_RULES.read(self.library)
        if issue.rule not in rules:
            rules = (*rules, issue.rule)
            chosen = rules
            session.saving.submit(
                lambda store: DISABLED_RULES.write(store.library, chosen), "the switched-off rule"
            )
        self.record(issue, DecisionAction.DISABLE_RULE)
        self._drop(lambda i: i.rule == issue.rule)
        session.update_context(disabled_rules=frozenset(rules))
        session.message.emit(f"Rule {issue.rule} is switched off")

    def set_language(self, language: str) -> None:
        """Switch the article's language (dialect) and re-check."""
        session = self.session
        article = session.article
        if article is None or article.id is None or language == article.language:
            return
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        article_id = article.id
        session.saving.submit(
            lambda store: store.library.update_article(article_id, language=language),
            "the article's language",
        )
        article.language = language
        session.update_context(language=language)
        session.message.emit(f"Language: {language}")

    # -- context menu -----------------------------------------------------------------

    def menu_entries(
        self, pane: str, menu: QMenu, cursor: QTextCursor, issue: Issue | None
    ) -> list[QAction | QMenu | None]:
        """Actions for the issue under the mouse, for a pane's context menu."""
        entries: list[QAction | QMenu | None] = []
        if issue is None or self.session.article is None:
            return entries
        if pane == DRAFT:
            index = next((n for n, i in enumerate(self.session.issues[DRAFT]) if i is issue), -1)
            for choice, replacement in enumerate(issue.replacements[:8]):
                action = QAction(describe_replacement(replacement), menu)
                action.setToolTip(f"Replace “{issue.text}” in the draft")
                action.triggered.connect(lambda _c=False, n=index, k=choice: self.apply(n, k))
                entries.append(action)
            if issue.replacements:
                entries.append(None)
        ignore = QAction("Ignore", menu)
        ignore.setToolTip("Hide this issue in this article")
        ignore.triggered.connect(lambda _c=False: self.ignore(issue))
        entries.append(ignore)
        if issue.text.strip() and not any(ch.isspace() for ch in issue.text.strip()):
            words = QMenu("Add to dictionary", menu)
            for scope, label in SCOPE_LABELS.items():
                action = QAction(label, words)
                action.triggered.connect(lambda _c=False, s=scope: self.add_word(issue, s))
                words.addAction(action)
            entries.append(words)
        disable = QAction(f"Disable rule “{issue.rule}”", menu)
        disable.setToolTip("Stop checking this rule in every article")
        disable.triggered.connect(lambda _c=False: self.disable_rule(issue))
        entries.append(disable)
        return entries
