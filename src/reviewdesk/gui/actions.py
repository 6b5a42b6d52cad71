"""Every action of the window, declared once: :data:`ACTIONS`.

A row says what a menu entry is (id, text, tooltip, shortcut, which menu and section,
whether it needs an open article, whether it is on the toolbar); :class:`Actions` makes
the QActions from the table, builds the menus and the toolbar, and enables the rows whose
condition holds. What an action *does* is bound by id (``actions.bind("open", slot)``)
to a command object, so the table never imports the commands and adding an entry is a
row here plus one ``bind``. The README's shortcut table is checked against this one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QMenuBar, QToolBar, QWidget


class When(Enum):
    """When an action can be used."""

    ALWAYS = "always"
    ARTICLE = "article"  # an article is open


@dataclass(frozen=True)
class ActionSpec:
    """One row of the table of actions."""

    id: str  # also the QAction's objectName
    text: str
    tip: str
    shortcut: str | QKeySequence.StandardKey | None = None
    menu: str = ""  # a key of MENUS; "" = no menu (toolbar or context menus only)
    section: int = 0  # a separator goes between sections of a menu
    enabled_when: When = When.ALWAYS
    toolbar: int = 0  # its place on the toolbar, from 1; 0 = not on it
    checkable: bool = False
    checked: bool = False


# Menus in menu-bar order: key, title. New windows (a library, a history view) add their
# entries as rows below, with one of these keys or a new one.
MENUS: tuple[tuple[str, str], ...] = (
    ("file", "&File"),
    ("edit", "&Edit"),
    ("review", "&Review"),
    ("tools", "&Tools"),
    ("view", "&View"),
)

MARK_DONE_TEXT = "Mark as &done"
REOPEN_TEXT = "Re&open for review"

_Std = QKeySequence.StandardKey
A = When.ARTICLE

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("open", "&Open…", "Open an article file", _Std.Open, "file", 0, toolbar=1),
    ActionSpec(
        "openLibrary",
        "Open from &library…",
        "Reopen an article you reviewed before",
        "Ctrl+Shift+O",
        "file",
        0,
    ),
    ActionSpec(
        "history",
        "&History…",
        "Earlier drafts of this article, against the draft now; restore one",
        "Ctrl+Alt+H",
        "file",
        0,
        A,
    ),
    ActionSpec(
        "pasteArticle",
        "&Paste as new article…",
        "Create an article from the clipboard",
        "Ctrl+Shift+V",
        "file",
        0,
    ),
    ActionSpec("save", "&Save", "Save the draft now", _Std.Save, "file", 1, A),
    ActionSpec(
        "saveDraftAs",
        "Save draft &as…",
        "Save the draft to a text file, e.g. when the library cannot be written",
        "Ctrl+Shift+S",
        "file",
        1,
        A,
    ),
    ActionSpec(
        "closeArticle", "&Close article", "Save and close the article", "Ctrl+W", "file", 1, A
    ),
    ActionSpec(
        "export",
        "&Export…",
        "Export the draft, tracked changes or a report",
        "Ctrl+E",
        "file",
        2,
        A,
    ),
    ActionSpec(
        "compare",
        "Co&mpare two versions…",
        "Turn two versions of an article into a tracked-changes Word file",
        None,
        "file",
        2,
    ),
    ActionSpec("quit", "&Quit", "Quit reviewdesk", _Std.Quit, "file", 3),
    # Edit
    ActionSpec("undo", "&Undo", "Undo the last change to the draft", "Ctrl+Z", "edit", 0),
    ActionSpec("redo", "&Redo", "Redo the change you undid", "Ctrl+Shift+Z", "edit", 0),
    ActionSpec("find", "&Find…", "Find text in the draft or the original", "Ctrl+F", "edit", 1, A),
    ActionSpec("findNext", "Find ne&xt", "Go to the next match", "F3", "edit", 1, A),
    ActionSpec(
        "findPrevious", "Find pre&vious", "Go to the previous match", "Shift+F3", "edit", 1, A
    ),
    ActionSpec(
        "replace", "R&eplace…", "Find and replace text in the draft", "Ctrl+H", "edit", 1, A
    ),
    ActionSpec(
        "searchLibrary",
        "Search the &library…",
        "Find articles by words in titles, drafts, originals and notes",
        "Ctrl+Shift+F",
        "edit",
        1,
    ),
    ActionSpec(
        "addNote",
        "Add &note…",
        "Add a note on the selected passage",
        "Ctrl+M",
        "edit",
        2,
        A,
        toolbar=6,
    ),
    ActionSpec(
        "replyNote",
        "Re&ply to note…",
        "Answer the note selected in the Notes panel, in its thread",
        "Ctrl+Shift+M",
        "edit",
        2,
        A,
    ),
    # Review
    ActionSpec(
        "previousIssue",
        "&Previous issue",
        "Go to the previous issue",
        "Shift+F8",
        "review",
        0,
        A,
        toolbar=2,
    ),
    ActionSpec("nextIssue", "&Next issue", "Go to the next issue", "F8", "review", 0, A, toolbar=3),
    ActionSpec(
        "applySuggestion",
        "&Apply suggestion",
        "Apply the first suggestion of the current issue",
        "Ctrl+Return",
        "review",
        1,
        A,
        toolbar=4,
    ),
    ActionSpec(
        "ignoreIssue",
        "&Ignore issue",
        "Hide the current issue in this article",
        "Ctrl+Shift+I",
        "review",
        1,
        A,
        toolbar=5,
    ),
    ActionSpec("recheck", "&Re-check", "Check both panes again", "F5", "review", 2, A),
    ActionSpec(
        "nextRevision",
        "Next re&vision",
        "Go to the next tracked change that came with the article",
        "Ctrl+F8",
        "review",
        4,
        A,
    ),
    ActionSpec(
        "previousRevision",
        "Previous revisi&on",
        "Go to the previous tracked change that came with the article",
        "Ctrl+Shift+F8",
        "review",
        4,
        A,
    ),
    ActionSpec(
        "acceptRevision",
        "Accept revision",
        "Keep the tracked change at the cursor",
        "Ctrl+Shift+A",
        "review",
        4,
        A,
    ),
    ActionSpec(
        "rejectRevision",
        "Reject revision",
        "Undo the tracked change at the cursor in the draft",
        "Ctrl+Shift+R",
        "review",
        4,
        A,
    ),
    ActionSpec(
        "acceptAllRevisions",
        "Accept all revisions",
        "Keep every undecided tracked change",
        None,
        "review",
        4,
        A,
    ),
    ActionSpec(
        "rejectAllRevisions",
        "Reject all revisions",
        "Undo every undecided tracked change in the draft",
        None,
        "review",
        4,
        A,
    ),
    ActionSpec(
        "markDone", MARK_DONE_TEXT, "Mark the article's review as finished", None, "review", 3, A
    ),
    # Tools
    ActionSpec("styleSheet", "House &style sheet…", "Edit the desk's house style", None, "tools"),
    ActionSpec(
        "checking",
        "&Checking settings…",
        "Engines, categories, switched-off rules and LanguageTool",
        None,
        "tools",
    ),
    ActionSpec(
        "dictionary",
        "&Dictionary…",
        "Words accepted in this article, by you and by the desk",
        None,
        "tools",
    ),
    # View (the panels' own show/hide entries come first, from the docks)
    ActionSpec(
        "syncScroll",
        "Keep panes in step",
        "Scroll both panes together",
        None,
        "view",
        1,
        checkable=True,
        checked=True,
    ),
)


def _make(parent: QWidget, spec: ActionSpec) -> QAction:
    action = QAction(spec.text, parent)
    action.setObjectName(spec.id)
    if spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{spec.tip} ({keys})" if keys else spec.tip)
    action.setStatusTip(spec.tip)
    if spec.checkable:
        action.setCheckable(True)
        action.setChecked(spec.checked)
    parent.addAction(action)  # its shortcut works wherever the focus is in the window
    return action


class Actions:
    """The QActions of a table, by id, parented to (and active in) ``parent``."""

    def __init__(self, parent: QWidget, table: Sequence[ActionSpec] = ACTIONS) -> None:
        ids = [spec.id for spec in table]
        if len(ids) != len(set(ids)):
            raise ValueError("two actions share an id")
        self.specs = {spec.id: spec for spec in table}
        self._actions = {spec.id: _make(parent, spec) for spec in table}

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def bind(self, action_id: str, slot: Callable[[], object]) -> None:
        """Run ``slot`` when the action is triggered (menu, key or toolbar)."""
        self._actions[action_id].triggered.connect(lambda _checked=False: slot())

    def bind_toggle(self, action_id: str, slot: Callable[[bool], object]) -> None:
        """Run ``slot(on)`` when a checkable action is switched."""
        self._actions[action_id].toggled.connect(slot)

    def update(self, *, article_open: bool) -> None:
        """Enable the actions whose condition holds."""
        for action_id, spec in self.specs.items():
            if spec.enabled_when is When.ARTICLE:
                self._actions[action_id].setEnabled(article_open)

    def build_menus(self, bar: QMenuBar, extra: dict[str, Sequence[QAction]]) -> dict[str, QMenu]:
        """The menu bar from the table; ``extra`` puts other actions (the docks' toggles)
        first in a menu."""
        menus: dict[str, QMenu] = {}
        for key, title in MENUS:
            rows = [s for s in self.specs.values() if s.menu == key]
            if not rows and not extra.get(key):
                continue
            menu = bar.addMenu(title)
            menu.setObjectName(f"{key}Menu")
            menu.setToolTipsVisible(True)
            for action in extra.get(key, ()):
                menu.addAction(action)
            section = None if not extra.get(key) else -1
            for spec in rows:
                if section is not None and spec.section != section:
                    menu.addSeparator()
                section = spec.section
                menu.addAction(self._actions[spec.id])
            menus[key] = menu
        return menus

    def build_toolbar(self, parent: QWidget, language: QComboBox) -> QToolBar:
        """The main toolbar: open, the article's language, then the review commands."""
        bar = QToolBar("Main", parent)
        bar.setObjectName("mainToolbar")
        rows = sorted((s for s in self.specs.values() if s.toolbar), key=lambda s: s.toolbar)
        bar.addAction(self._actions[rows[0].id])
        bar.addSeparator()
        bar.addWidget(QLabel(" Language: "))
        bar.addWidget(language)
        bar.addSeparator()
        for spec in rows[1:]:
            bar.addAction(self._actions[spec.id])
        return bar
