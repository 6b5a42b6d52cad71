"""The window's actions (menu items with shortcuts and tooltips), created in one place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QMenuBar, QToolBar, QWidget


@dataclass
class WindowActions:
    """Every action of the main window."""

    open: QAction
    open_library: QAction
    save: QAction
    close_article: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    next_issue: QAction
    previous_issue: QAction
    apply_first: QAction
    ignore: QAction
    add_note: QAction
    recheck: QAction
    sync_scroll: QAction
    mark_done: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    replace: QAction

    def article_actions(self) -> list[QAction]:
        """Actions that need an open article."""
        return [
            self.save,
            self.close_article,
            self.next_issue,
            self.previous_issue,
            self.apply_first,
            self.ignore,
            self.add_note,
            self.recheck,
            self.mark_done,
            self.find,
            self.find_next,
            self.find_previous,
            self.replace,
        ]


def _action(
    parent: QWidget,
    text: str,
    tip: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    name: str = "",
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name or text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    parent.addAction(action)
    return action


MARK_DONE_TEXT = "Mark as &done"
REOPEN_TEXT = "Re&open for review"


def create_actions(parent: QWidget) -> WindowActions:
    """Create the actions, parented to (and active in) ``parent``."""
    sync = _action(parent, "Keep panes in step", "Scroll both panes together", None, "syncScroll")
    sync.setCheckable(True)
    sync.setChecked(True)
    return WindowActions(
        open=_action(
            parent, "&Open…", "Open an article file", QKeySequence.StandardKey.Open, "open"
        ),
        open_library=_action(
            parent,
            "Open from &library…",
            "Reopen an article you reviewed before",
            "Ctrl+Shift+O",
            "openLibrary",
        ),
        save=_action(parent, "&Save", "Save the draft now", QKeySequence.StandardKey.Save, "save"),
        close_article=_action(
            parent, "&Close article", "Save and close the article", "Ctrl+W", "closeArticle"
        ),
        quit=_action(parent, "&Quit", "Quit reviewdesk", QKeySequence.StandardKey.Quit, "quit"),
        undo=_action(parent, "&Undo", "Undo the last change to the draft", "Ctrl+Z", "undo"),
        redo=_action(parent, "&Redo", "Redo the change you undid", "Ctrl+Shift+Z", "redo"),
        next_issue=_action(parent, "&Next issue", "Go to the next issue", "F8", "nextIssue"),
        previous_issue=_action(
            parent, "&Previous issue", "Go to the previous issue", "Shift+F8", "previousIssue"
        ),
        apply_first=_action(
            parent,
            "&Apply suggestion",
            "Apply the first suggestion of the current issue",
            "Ctrl+Return",
            "applySuggestion",
        ),
        ignore=_action(
            parent,
            "&Ignore issue",
            "Hide the current issue in this article",
            "Ctrl+Shift+I",
            "ignoreIssue",
        ),
        add_note=_action(
            parent, "Add &note…", "Add a note on the selected passage", "Ctrl+M", "addNote"
        ),
        recheck=_action(parent, "&Re-check", "Check both panes again", "F5", "recheck"),
        sync_scroll=sync,
        mark_done=_action(
            parent, MARK_DONE_TEXT, "Mark the article's review as finished", None, "markDone"
        ),
        find=_action(parent, "&Find…", "Find text in the draft or the original", "Ctrl+F", "find"),
        find_next=_action(parent, "Find ne&xt", "Go to the next match", "F3", "findNext"),
        find_previous=_action(
            parent, "Find pre&vious", "Go to the previous match", "Shift+F3", "findPrevious"
        ),
        replace=_action(
            parent, "R&eplace…", "Find and replace text in the draft", "Ctrl+H", "replace"
        ),
    )


def _fill(menu: QMenu, actions: Sequence[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    menu.setToolTipsVisible(True)


def build_menus(bar: QMenuBar, a: WindowActions, view_extra: Sequence[QAction]) -> None:
    """File, Edit, Review and View menus (others add theirs by title and action name)."""
    _fill(
        bar.addMenu("&File"), [a.open, a.open_library, None, a.save, a.close_article, None, a.quit]
    )
    edit = [a.undo, a.redo, None, a.find, a.find_next, a.find_previous, a.replace, None]
    _fill(bar.addMenu("&Edit"), [*edit, a.add_note])
    review = [a.next_issue, a.previous_issue, None, a.apply_first, a.ignore, None, a.recheck]
    review += [None, a.mark_done]
    _fill(bar.addMenu("&Review"), review)
    _fill(bar.addMenu("&View"), [*view_extra, a.sync_scroll])


def build_toolbar(parent: QWidget, a: WindowActions, language: QComboBox) -> QToolBar:
    """The main toolbar: open, the article's language, and the review commands."""
    bar = QToolBar("Main", parent)
    bar.setObjectName("mainToolbar")
    bar.addAction(a.open)
    bar.addSeparator()
    bar.addWidget(QLabel(" Language: "))
    bar.addWidget(language)
    bar.addSeparator()
    for action in (a.previous_issue, a.next_issue, a.apply_first, a.ignore, a.add_note):
        bar.addAction(action)
    return bar
