"""The dialogs' commands: paste, export, compare, the Tools dialogs and "Apply all".

Each command opens its dialog on ``parent`` and, when the dialog changed what a check
depends on (style sheet, settings, a dictionary), has the session read the library again
and re-check. They need the library, the session, a parent for the dialogs and two
callbacks (open an article, use new engine settings), never the window itself. Their
menu entries are rows of :data:`reviewdesk.gui.actions.ACTIONS`; "Apply all for this
rule…" reaches the context menus through :meth:`DialogCommands.apply_all_entry`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from reviewdesk.core.models import Article
from reviewdesk.desk import operations as ops
from reviewdesk.desk.engines import EngineSettings
from reviewdesk.desk.rules import rule_name
from reviewdesk.desk.settings import ENGINES
from reviewdesk.gui.context_menu import Entry, MenuContext
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.session import WRITTEN_WAIT_S, ReviewSession
from reviewdesk.gui.written_wait import Writes, when_written
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)

APPLY_ALL_TEXT = QT_TRANSLATE_NOOP("DialogCommands", "Apply all for this rule…")


class DialogCommands:
    """File ▸ Paste/Export/Compare, Tools ▸ style sheet/settings/dictionary, Apply all."""

    def __init__(
        self,
        library: Library,
        session: ReviewSession,
        parent: QWidget,
        open_article: Callable[[Article], None],
        use_engines: Callable[[EngineSettings], None],
    ) -> None:
        self.library = library
        self.session = session
        self.parent = parent
        self.open_article = open_article
        self.use_engines = use_engines
        # the dialogs' writes go to the window's library writer, off the UI thread
        self.writes = Writes(library, session.saving)

    def _say(self, text: str) -> None:
        self.session.message.emit(text)

    def paste_article(self) -> None:
        """File ▸ Paste as new article: the clipboard's text becomes a new article."""
        from reviewdesk.gui.dialogs.paste import paste_new_article

        clipboard = QApplication.clipboard()
        text = clipboard.text() if clipboard is not None else ""
        article = paste_new_article(self.parent, self.library, text, self.writes)
        if article is not None:
            self.open_article(article)
            self._say(translate("DialogCommands", "Created “{title}”").format(title=article.title))

    def export_current(self) -> None:
        """File ▸ Export…: the open article with its draft as it is on screen."""
        session = self.session
        if session.article is None or session.article.id is None:
            self._say(translate("DialogCommands", "Open an article first"))
            return
        article_id = session.article.id
        # the export reads the draft, notes and decisions as saved: it waits for the
        # writer, without holding the window, up to WRITTEN_WAIT_S
        what = translate("DialogCommands", "exporting")
        when_written(
            session, WRITTEN_WAIT_S, lambda ok: self._export(article_id, ok), what, self.parent
        )

    def _export(self, article_id: int, written: bool) -> None:
        from reviewdesk.gui.dialogs.export import export_article

        if not written:
            self._say(
                translate(
                    "DialogCommands",
                    "Cannot export yet: the library did not take your latest changes within "
                    "{seconds:g} s (another program may be writing to it). They stay in the "
                    "window; try again in a moment, or File ▸ Save draft as… keeps the draft "
                    "in a file",
                ).format(seconds=WRITTEN_WAIT_S)
            )
            return
        try:
            article = self.library.get_article(article_id)
        except StoreError as exc:
            self._say(translate("DialogCommands", "Cannot export: {error}").format(error=exc))
            return
        export_article(self.parent, self.library, article, self.writes)

    def compare_files(self) -> None:
        """File ▸ Compare two versions…."""
        from reviewdesk.gui.dialogs.compare import compare_versions

        compare_versions(self.parent, self.library, self.writes)

    def edit_style(self) -> None:
        """Tools ▸ House style sheet…; re-check when it was saved."""
        from reviewdesk.gui.dialogs.style_sheet import edit_style_sheet

        if edit_style_sheet(self.parent, self.library, self.writes):
            self._say(translate("DialogCommands", "House style sheet saved"))
            self.session.refresh_context()

    def edit_checking(self) -> None:
        """Tools ▸ Checking settings…; re-check when they changed."""
        from reviewdesk.gui.dialogs.checkers import edit_checking_settings

        change = edit_checking_settings(self.parent, self.library, self.writes)
        if change.engines_changed:
            self.use_engines(ENGINES.read(self.library))
        elif change.changed:
            self.session.refresh_context()

    def edit_words(self) -> None:
        """Tools ▸ Dictionary…; re-check when a word was added or removed."""
        from reviewdesk.gui.dialogs.dictionary import edit_dictionary

        article = self.session.article
        if edit_dictionary(self.parent, self.library, article.id if article else None, self.writes):
            self.session.refresh_context()

    # -- apply all --------------------------------------------------------------------

    def apply_all(self, rule: str) -> int:
        """Preview and apply every fix of ``rule`` in the draft (one undo step); how many."""
        from reviewdesk.gui.dialogs.apply_all import choose_fixes

        session, article = self.session, self.session.article
        if article is None or article.id is None:
            return 0
        draft = session.pane(DRAFT)
        text = draft.docmap().text
        if text != draft.snapshot:
            self._say(
                translate("DialogCommands", "The draft is being checked; try again in a moment")
            )
            session.check_draft()
            return 0
        issues = [i for i in draft.issues if i.rule == rule]
        edits = choose_fixes(self.parent, text, issues, rule)
        if not edits:
            return 0
        try:
            # the decisions go to the library writer (off the UI thread), like one fix's
            change = ops.apply_fixes(session.writes, article, text, issues, edits)
        except (ops.Refused, StoreError) as exc:
            self._say(str(exc))
            return 0
        session.apply(change)
        return len(change.edits)

    def apply_all_entry(self, context: MenuContext, parent: QMenu) -> Sequence[Entry]:
        """A context-menu contributor: "Apply all for this rule…" for a fixable issue."""
        issue = context.issue
        if issue is None or context.pane != DRAFT or not issue.replacements:
            return []
        action = QAction(translate("DialogCommands", APPLY_ALL_TEXT), parent)
        action.setObjectName("applyAllForRule")
        same = sum(
            1 for i in self.session.pane(DRAFT).issues if i.rule == issue.rule and i.replacements
        )
        name = rule_name(issue.rule, issue.engine)
        action.setToolTip(
            translate(
                "DialogCommands", "Preview and apply every fix of “{name}” ({same} in the draft)"
            ).format(name=name, same=same)
        )
        rule = issue.rule
        action.triggered.connect(lambda _c=False: self.apply_all(rule))
        return [action]
