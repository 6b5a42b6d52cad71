"""“Use … everywhere” in the context menus of the draft and of the issues panel.

On a consistency finding (percent written two ways, quotes mixed, a name spelt two ways,
...) the menu offers “Use “per cent” everywhere (2 changes)”, its tooltip giving every
form's count and the rule id. One click changes every other form through
:func:`reviewdesk.desk.uniform.use_everywhere`; the session makes it ONE undo step and
re-checks the draft.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from reviewdesk.core.models import Issue
from reviewdesk.desk import operations as ops
from reviewdesk.gui.context_menu import Entry, MenuContext
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.session import ReviewSession
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import StoreError

if TYPE_CHECKING:
    from reviewdesk.desk.uniform import Uniform

log = logging.getLogger(__name__)


def action_text(found: Uniform) -> str:
    """“Use “per cent” everywhere (2 changes)”; a style by its name: “Use one form
    everywhere: in words (1 change)”."""
    n, form = found.changes, found.keep
    if found.literal:
        if n == 1:
            return translate("UniformCommands", "Use “{form}” everywhere (1 change)").format(
                form=form
            )
        return translate("UniformCommands", "Use “{form}” everywhere ({n} changes)").format(
            form=form, n=n
        )
    if n == 1:
        return translate("UniformCommands", "Use one form everywhere: {form} (1 change)").format(
            form=form
        )
    return translate("UniformCommands", "Use one form everywhere: {form} ({n} changes)").format(
        form=form, n=n
    )


class UniformCommands:
    """The context-menu contributor and the command behind it."""

    def __init__(self, session: ReviewSession) -> None:
        self.session = session

    def found(self, issue: Issue) -> Uniform | None:
        """The finding ``issue`` belongs to in the draft, as checked."""
        # imported on the first context menu: the window's start does without the
        # consistency engine's tables (issue 14, a sooner first highlight)
        from reviewdesk.desk.uniform import uniform_for

        draft = self.session.pane(DRAFT)
        return uniform_for(issue, draft.issues, draft.snapshot)

    def entries(self, context: MenuContext, parent: QMenu) -> Sequence[Entry]:
        """“Use … everywhere” for a draft issue that is a choice between forms."""
        issue = context.issue
        if issue is None or context.pane != DRAFT or self.session.article is None:
            return []
        found = self.found(issue)
        if found is None:
            return []
        action = QAction(action_text(found), parent)
        action.setObjectName("useFormEverywhere")
        action.setToolTip(
            translate(
                "UniformCommands",
                "This article writes: {counts}. Changes every other form in one step "
                "(Edit ▸ Undo takes it all back). Rule id: {rule}",
            ).format(counts=found.counts(), rule=found.rule)
        )
        action.triggered.connect(lambda _checked=False: self.use_everywhere(issue))
        return [action]

    def use_everywhere(self, issue: Issue) -> int:
        """Change every other form of ``issue``'s finding; how many places changed."""
        from reviewdesk.desk.uniform import uniform_for, use_everywhere

        session, article = self.session, self.session.article
        if article is None or article.id is None:
            return 0
        if session.read_only:
            session.message.emit(
                translate("UniformCommands", "This article is read-only here; nothing was changed")
            )
            return 0
        draft = session.pane(DRAFT)
        text = draft.docmap().text
        if text != draft.snapshot:
            session.message.emit(
                translate("UniformCommands", "The draft is being checked; try again in a moment")
            )
            session.check_draft()
            return 0
        found = uniform_for(issue, draft.issues, text)
        try:
            change = use_everywhere(session.writes, article, text, draft.issues, issue)
        except ops.Refused as exc:
            session.message.emit(str(exc))
            if isinstance(exc, ops.Stale):
                session.check_draft()
            return 0
        except StoreError as exc:
            session.message.emit(
                translate("UniformCommands", "Could not change the forms: {error}").format(
                    error=exc
                )
            )
            return 0
        if found is not None:
            n = len(change.edits)
            said = (
                translate("UniformCommands", "Used {form} everywhere: 1 change")
                if n == 1
                else translate("UniformCommands", "Used {form} everywhere: {n} changes")
            )
            change = replace(change, message=said.format(form=found.keep_shown(), n=n))
        session.apply(change)
        return len(change.edits)
