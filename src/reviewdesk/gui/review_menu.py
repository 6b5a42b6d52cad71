"""The review entries of the context menus: suggestions, decisions, switching a rule off.

Laid out so the dangerous entry is never one slip from the suggestions: the suggestions
first, then Ignore and "Add to dictionary" (only for a word: never a quote mark or a full
stop), and last, inside a submenu named after the rule, "Switch off this check…", which
asks before it acts and is never offered for a whole spell checker (a dictionary is the
way to accept a word). Rule ids stay in tooltips; the menu shows the rule's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reviewdesk.core.groups import members
from reviewdesk.desk import operations as ops
from reviewdesk.desk.rules import rule_name
from reviewdesk.gui.context_menu import Entry, MenuContext
from reviewdesk.gui.editor import describe_replacement, rule_origin
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.review_commands import ReviewCommands
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.panes import DRAFT

MAX_SUGGESTIONS = 8
IGNORE_TEXT = QT_TRANSLATE_NOOP("ReviewMenu", "Ignore")
ADD_WORD_TEXT = QT_TRANSLATE_NOOP("ReviewMenu", "Add to dictionary")
SWITCH_OFF_TEXT = QT_TRANSLATE_NOOP("ReviewMenu", "Switch off this check…")
# desk.operations.SCOPE_LABELS (Qt-free), for the .ts file
_SCOPES = (
    QT_TRANSLATE_NOOP("ReviewMenu", "This article"),
    QT_TRANSLATE_NOOP("ReviewMenu", "My dictionary"),
    QT_TRANSLATE_NOOP("ReviewMenu", "House dictionary"),
)


def _action(parent: QMenu, text: str, tip: str, name: str = "") -> QAction:
    action = QAction(text, parent)
    action.setToolTip(tip)
    if name:
        action.setObjectName(name)
    return action


class ReviewMenu:
    """Contributes the review entries for the issue under the mouse."""

    def __init__(self, session: ReviewSession, review: ReviewCommands) -> None:
        self.session = session
        self.review = review

    def suggestions(self, context: MenuContext, parent: QMenu) -> Sequence[Entry]:
        """The issue's suggestions, applied to the draft (never offered in the original)."""
        issue = context.issue
        if issue is None or context.pane != DRAFT or self.session.article is None:
            return []
        draft = self.session.pane(DRAFT)
        index = draft.index_of(issue)
        places = len(members(issue, draft.issues))
        entries: list[Entry] = []
        for choice, replacement in enumerate(issue.replacements[:MAX_SUGGESTIONS]):
            tip = translate("ReviewMenu", "Replace “{text}”").format(text=issue.text)
            if choice == 0 and places > 1:  # one finding: its first fix goes everywhere
                tip = translate(
                    "ReviewMenu", "Fix all {n} places of this finding in one step (one undo)"
                ).format(n=places)
            action = _action(parent, describe_replacement(replacement), tip)
            action.triggered.connect(lambda _c=False, n=index, k=choice: self.review.apply(n, k))
            entries.append(action)
        return entries

    def decisions(self, context: MenuContext, parent: QMenu) -> Sequence[Entry]:
        """Ignore, and "Add to dictionary" when the flagged text is a word."""
        issue = context.issue
        if issue is None or self.session.article is None:
            return []
        ignore = _action(
            parent,
            translate("ReviewMenu", IGNORE_TEXT),
            translate("ReviewMenu", "Hide this issue in this article"),
            "ignoreHere",
        )
        ignore.triggered.connect(lambda _c=False: self.review.ignore(issue))
        entries: list[Entry] = [ignore]
        if ops.can_add_word(issue):
            words = QMenu(translate("ReviewMenu", ADD_WORD_TEXT), parent)
            words.setObjectName("addToDictionary")
            words.setToolTipsVisible(True)
            for scope, label in ops.SCOPE_LABELS.items():
                shown = translate("ReviewMenu", label)
                action = _action(
                    words,
                    shown,
                    translate("ReviewMenu", "Accept “{word}” in {dictionary}").format(
                        word=issue.text.strip(), dictionary=shown.lower()
                    ),
                )
                action.triggered.connect(lambda _c=False, s=scope: self.review.add_word(issue, s))
                words.addAction(action)
            entries.append(words)
        return entries

    def rule(self, context: MenuContext, parent: QMenu) -> Sequence[Entry]:
        """A submenu named after the rule, holding "Switch off this check…"."""
        issue = context.issue
        if issue is None or self.session.article is None or not ops.can_switch_off(issue):
            return []
        name = rule_name(issue.rule, issue.engine)
        submenu = QMenu(translate("ReviewMenu", "Rule: {name}").format(name=name), parent)
        submenu.setObjectName("ruleMenu")
        submenu.setToolTipsVisible(True)
        submenu.menuAction().setToolTip(rule_origin(issue.rule, alone=True))
        switch = _action(
            submenu,
            translate("ReviewMenu", SWITCH_OFF_TEXT),
            translate(
                "ReviewMenu",
                "Stop checking “{name}” in every article (asks first; {origin})",
            ).format(name=name, origin=rule_origin(issue.rule)),
            "switchOffRule",
        )
        switch.triggered.connect(lambda _c=False: self.review.disable_rule(issue))
        submenu.addAction(switch)
        return [submenu]
