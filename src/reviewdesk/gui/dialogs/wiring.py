"""Put the dialogs into the main window: menu entries, context menus, re-checks.

:func:`install_dialogs` is the one call the window makes. It adds File ▸ Paste as new
article, File ▸ Export… and File ▸ Compare two versions…, a Tools menu (house style
sheet, checking settings, dictionary), and "Apply all for this rule…" to the draft's
context menu and the issues panel's. After a dialog changes settings, the style sheet
or a dictionary, the open article is re-checked with a fresh context.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QMessageBox, QWidget

from reviewdesk.core.models import DecisionAction, Issue
from reviewdesk.core.rule_names import rule_name, rule_tooltip
from reviewdesk.desk.settings import ENGINES
from reviewdesk.formats import FormatError, ImportedDocument, import_file
from reviewdesk.gui.dialogs.encoding import choose_encoding, needs_encoding_choice
from reviewdesk.service.panes import DRAFT
from reviewdesk.store import StoreError

if TYPE_CHECKING:
    from reviewdesk.gui.window_base import ReviewWindowBase

log = logging.getLogger(__name__)

APPLY_ALL_TEXT = "Apply all for this rule…"


@dataclass
class DialogActions:
    """The actions :func:`install_dialogs` added."""

    paste: QAction
    export: QAction
    compare: QAction
    style_sheet: QAction
    checking: QAction
    dictionary: QAction

    def article_actions(self) -> list[QAction]:
        """Actions that need an open article."""
        return [self.export]


def _action(window: QWidget, text: str, tip: str, name: str, shortcut: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({keys})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    window.addAction(action)
    return action


def _menu(bar: QMenuBar, title: str) -> QMenu | None:
    for action in bar.actions():
        if action.text().replace("&", "") == title and action.menu() is not None:
            menu = action.menu()
            return menu if isinstance(menu, QMenu) else None
    return None


def _insert_after(menu: QMenu, anchor_name: str, actions: list[QAction | None]) -> None:
    """Insert ``actions`` (None: separator) after the action called ``anchor_name``."""
    existing = menu.actions()
    index = next((n for n, a in enumerate(existing) if a.objectName() == anchor_name), -1)
    before = existing[index + 1] if 0 <= index < len(existing) - 1 else None
    for action in actions:
        if before is None:
            menu.addSeparator() if action is None else menu.addAction(action)
        elif action is None:
            menu.insertSeparator(before)
        else:
            menu.insertAction(before, action)


# -- what the actions do ---------------------------------------------------------------


def recheck(window: ReviewWindowBase) -> None:
    """Re-read dictionary, settings and style sheet from the library and check again."""
    session = window.session
    if session.article is None:
        return
    session.ctx = session.build_context()
    session.recheck()


def paste_article(window: ReviewWindowBase) -> None:
    """File ▸ Paste as new article: the clipboard's text becomes a new article."""
    from reviewdesk.gui.dialogs.paste import paste_new_article

    clipboard = QApplication.clipboard()
    text = clipboard.text() if clipboard is not None else ""
    article = paste_new_article(window, window.library, text)
    if article is not None:
        window.open_article(article)
        window.statusBar().showMessage(f"Created “{article.title}”", 5000)


def export_current(window: ReviewWindowBase) -> None:
    """File ▸ Export…: the open article with its draft as it is on screen."""
    from reviewdesk.gui.dialogs.export import export_article

    session = window.session
    if session.article is None or session.article.id is None:
        window.statusBar().showMessage("Open an article first", 5000)
        return
    session.flush()  # the export reads the draft as saved
    try:
        article = window.library.get_article(session.article.id)
    except StoreError as exc:
        window.statusBar().showMessage(f"Cannot export: {exc}", 8000)
        return
    export_article(window, window.library, article)


def compare_files(window: ReviewWindowBase) -> None:
    """File ▸ Compare two versions…."""
    from reviewdesk.gui.dialogs.compare import compare_versions

    compare_versions(window, window.library)


def edit_style(window: ReviewWindowBase) -> None:
    """Tools ▸ House style sheet…; re-check when it was saved."""
    from reviewdesk.gui.dialogs.style_sheet import edit_style_sheet

    if edit_style_sheet(window, window.library):
        window.statusBar().showMessage("House style sheet saved", 5000)
        recheck(window)


def edit_checking(window: ReviewWindowBase) -> None:
    """Tools ▸ Checking settings…; re-check when they changed."""
    from reviewdesk.gui.dialogs.checkers import edit_checking_settings

    change = edit_checking_settings(window, window.library)
    if change.engines_changed:
        window.replace_checker(ENGINES.read(window.library))
    elif change.changed:
        recheck(window)


def edit_words(window: ReviewWindowBase) -> None:
    """Tools ▸ Dictionary…; re-check when a word was added or removed."""
    from reviewdesk.gui.dialogs.dictionary import edit_dictionary

    article = window.session.article
    if edit_dictionary(window, window.library, article.id if article else None):
        recheck(window)


def apply_all(window: ReviewWindowBase, rule: str) -> int:
    """Preview and apply every fix of ``rule`` in the draft (one undo step); how many."""
    from reviewdesk.gui.dialogs.apply_all import apply_all_for_rule

    session = window.session
    article = session.article
    if article is None or article.id is None:
        return 0
    if window.draft.toPlainText() != session.snapshot[DRAFT]:
        session.message.emit("The draft is being checked; try again in a moment")
        session.check_draft()
        return 0
    issues = list(session.issues[DRAFT])
    result = apply_all_for_rule(window, window.draft, issues, rule)
    if result is None or not result.applied:
        return 0
    by_span = {
        (i.start, i.end, i.replacements[0]): i for i in issues if i.rule == rule and i.replacements
    }
    saved = []
    for edit in result.applied:
        issue = by_span.get((edit.start, edit.end, edit.replacement))
        if issue is not None:
            decision = window.decisions.record(issue, DecisionAction.APPLY, edit.replacement)
            if decision is not None:
                saved.append(decision)
    window.decisions.fixes.add(saved)  # one undo step takes them all back
    count = len(result.applied)
    session.message.emit(f"Applied {count} change{'s' if count != 1 else ''} for {rule}")
    session.check_draft()
    return count


def confirm_encoding(
    window: QWidget, path: str | Path, doc: ImportedDocument
) -> ImportedDocument | None:
    """When ``doc``'s encoding was a guess, let the editor confirm or pick another.

    Returns the document to import (read again with the chosen codec when it differs),
    or None when the editor cancelled or the file cannot be read that way.
    """
    if not needs_encoding_choice(doc):
        return doc
    codec = choose_encoding(window, path, doc)
    if codec is None:
        return None
    if codec == doc.encoding:
        return doc
    try:
        return import_file(path, encoding=codec)
    except FormatError as exc:
        QMessageBox.warning(window, "Cannot open this file", str(exc))
        return None


# -- context menus ---------------------------------------------------------------------


def apply_all_action(window: ReviewWindowBase, issue: Issue, parent: QMenu) -> QAction:
    """The "Apply all for this rule…" entry for ``issue``."""
    action = QAction(APPLY_ALL_TEXT, parent)
    action.setObjectName("applyAllForRule")
    same = sum(1 for i in window.session.issues[DRAFT] if i.rule == issue.rule and i.replacements)
    name = rule_name(issue.engine, issue.rule)
    action.setToolTip(
        f"Preview and apply every fix of “{name}” ({same} in the draft; "
        f"{rule_tooltip(issue.engine, issue.rule)})"
    )
    action.setEnabled(bool(issue.replacements))
    action.triggered.connect(lambda _c=False: apply_all(window, issue.rule))
    return action


def _wrap_draft_menu(window: ReviewWindowBase) -> None:
    previous = window.draft.menu_hook

    def hook(menu: QMenu, cursor: QTextCursor, issue: Issue | None) -> list[QAction | QMenu | None]:
        entries = list(previous(menu, cursor, issue)) if previous is not None else []
        if issue is not None and issue.replacements:
            entries.append(apply_all_action(window, issue, menu))
        return entries

    window.draft.menu_hook = hook


def issues_panel_menu(window: ReviewWindowBase, row: int) -> QMenu | None:
    """The issues panel's context menu for ``row`` (None when the row has no issue)."""
    issues = window.session.issues[DRAFT]
    if not 0 <= row < len(issues):
        return None
    issue = issues[row]
    menu = QMenu(window.issues_panel)
    entries: list[QAction | QMenu | None] = window.decisions.menu_entries(
        DRAFT, menu, QTextCursor(window.draft.document()), issue
    )
    if issue.replacements:
        entries = [*entries, None, apply_all_action(window, issue, menu)]
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        elif isinstance(entry, QMenu):
            menu.addMenu(entry)
        else:
            menu.addAction(entry)
    return menu


def _connect_issues_panel(window: ReviewWindowBase) -> None:
    view = window.issues_panel.view
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
        return  # the panel has its own menu already

    def show(pos: QPoint) -> None:
        menu = issues_panel_menu(window, view.indexAt(pos).row())
        if menu is not None:
            menu.exec(view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show)


# -- installing ------------------------------------------------------------------------


def install_dialogs(window: ReviewWindowBase) -> DialogActions:
    """Add the dialogs' menu entries and context-menu entries to ``window``."""

    def run(fn: Callable[[ReviewWindowBase], object]) -> Callable[..., None]:
        def slot(_checked: bool = False) -> None:
            fn(window)

        return slot

    actions = DialogActions(
        paste=_action(
            window,
            "&Paste as new article…",
            "Create an article from the clipboard",
            "pasteArticle",
            "Ctrl+Shift+V",
        ),
        export=_action(
            window, "&Export…", "Export the draft, tracked changes or a report", "export", "Ctrl+E"
        ),
        compare=_action(
            window,
            "Co&mpare two versions…",
            "Turn two versions of an article into a tracked-changes Word file",
            "compare",
        ),
        style_sheet=_action(
            window, "House &style sheet…", "Edit the desk's house style", "styleSheet"
        ),
        checking=_action(
            window,
            "&Checking settings…",
            "Engines, categories, switched-off rules and LanguageTool",
            "checking",
        ),
        dictionary=_action(
            window,
            "&Dictionary…",
            "Words accepted in this article, by you and by the desk",
            "dictionary",
        ),
    )
    actions.paste.triggered.connect(run(paste_article))
    actions.export.triggered.connect(run(export_current))
    actions.compare.triggered.connect(run(compare_files))
    actions.style_sheet.triggered.connect(run(edit_style))
    actions.checking.triggered.connect(run(edit_checking))
    actions.dictionary.triggered.connect(run(edit_words))
    bar = window.menuBar()
    file_menu = _menu(bar, "File")
    if file_menu is not None:
        _insert_after(file_menu, "openLibrary", [actions.paste])
        _insert_after(file_menu, "closeArticle", [None, actions.export, actions.compare])
    tools = QMenu("&Tools", bar)
    tools.setObjectName("toolsMenu")
    tools.setToolTipsVisible(True)
    for action in (actions.style_sheet, actions.checking, actions.dictionary):
        tools.addAction(action)
    view_menu = _menu(bar, "View")
    if view_menu is not None:
        bar.insertMenu(view_menu.menuAction(), tools)
    else:
        bar.addMenu(tools)
    _wrap_draft_menu(window)
    _connect_issues_panel(window)

    def update_enabled() -> None:
        for action in actions.article_actions():
            action.setEnabled(window.session.article is not None)

    window.session.article_changed.connect(update_enabled)
    update_enabled()
    return actions
