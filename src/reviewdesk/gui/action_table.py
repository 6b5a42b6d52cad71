"""The table of the window's actions, :data:`ACTIONS`: one row per menu entry.

A row says what a menu entry is (id, text, tooltip, shortcut, which menu and section,
whether it needs an open article, whether it is on the toolbar), and nothing of what it
does. Adding an entry is a row here plus one ``bind`` in the window; turning rows into
QActions, menus and the toolbar is :mod:`reviewdesk.gui.actions`'s job. The README's
Menus and Keyboard shortcuts tables are checked against a window built from it
(tests/gui/test_guide.py), so a row added here fails there until the guide has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtGui import QKeySequence

from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP


class When(Enum):
    """When an action can be used."""

    ALWAYS = "always"
    ARTICLE = "article"  # an article is open
    IGNORED = "ignored"  # the open article has ignored issues


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
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("review", QT_TRANSLATE_NOOP("Actions", "&Review")),
    ("tools", QT_TRANSLATE_NOOP("Actions", "&Tools")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

MARK_DONE_TEXT = QT_TRANSLATE_NOOP("Actions", "Mark as &done")
REOPEN_TEXT = QT_TRANSLATE_NOOP("Actions", "Re&open for review")

_Std = QKeySequence.StandardKey
A = When.ARTICLE

ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        QT_TRANSLATE_NOOP("Actions", "Open an article file"),
        _Std.Open,
        "file",
        0,
        toolbar=1,
    ),
    ActionSpec(
        "openRecent",
        QT_TRANSLATE_NOOP("Actions", "Open &Recent"),
        QT_TRANSLATE_NOOP(
            "Actions", "Files you opened lately (a file moved or deleted since shows greyed)"
        ),
        None,
        "file",
        0,
    ),
    ActionSpec(
        "openLibrary",
        QT_TRANSLATE_NOOP("Actions", "Open from &library…"),
        QT_TRANSLATE_NOOP("Actions", "Reopen an article you reviewed before"),
        "Ctrl+Shift+O",
        "file",
        0,
    ),
    ActionSpec(
        "history",
        QT_TRANSLATE_NOOP("Actions", "&History…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Earlier drafts of this article, against the draft now; restore one"
        ),
        "Ctrl+Alt+H",
        "file",
        0,
        A,
    ),
    ActionSpec(
        "pasteArticle",
        QT_TRANSLATE_NOOP("Actions", "&Paste as new article…"),
        QT_TRANSLATE_NOOP("Actions", "Create an article from the clipboard"),
        "Ctrl+Shift+V",
        "file",
        0,
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        QT_TRANSLATE_NOOP("Actions", "Save the draft now"),
        _Std.Save,
        "file",
        1,
        A,
    ),
    ActionSpec(
        "saveDraftAs",
        QT_TRANSLATE_NOOP("Actions", "Save draft &as…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Save the draft to a text file, e.g. when the library cannot be written"
        ),
        "Ctrl+Shift+S",
        "file",
        1,
        A,
    ),
    ActionSpec(
        "closeArticle",
        QT_TRANSLATE_NOOP("Actions", "&Close article"),
        QT_TRANSLATE_NOOP("Actions", "Save and close the article"),
        "Ctrl+W",
        "file",
        1,
        A,
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        QT_TRANSLATE_NOOP("Actions", "Export the draft, tracked changes or a report"),
        "Ctrl+E",
        "file",
        2,
        A,
    ),
    ActionSpec(
        "exportPdf",
        QT_TRANSLATE_NOOP("Actions", "Export as P&DF…"),
        QT_TRANSLATE_NOOP("Actions", "Save the marked-up draft or the review report as a PDF"),
        "Ctrl+Shift+E",
        "file",
        2,
        A,
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        QT_TRANSLATE_NOOP("Actions", "Print the marked-up draft or the review report"),
        _Std.Print,
        "file",
        2,
        A,
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("Actions", "Co&mpare two versions…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Turn two versions of an article into a tracked-changes Word file"
        ),
        None,
        "file",
        2,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Quit reviewdesk"),
        _Std.Quit,
        "file",
        3,
    ),
    # Edit
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change to the draft, or the last ignore"),
        "Ctrl+Z",
        "edit",
        0,
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo the change you undid"),
        "Ctrl+Shift+Z",
        "edit",
        0,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        QT_TRANSLATE_NOOP("Actions", "Find text in the draft or the original"),
        "Ctrl+F",
        "edit",
        1,
        A,
    ),
    ActionSpec(
        "findNext",
        QT_TRANSLATE_NOOP("Actions", "Find ne&xt"),
        QT_TRANSLATE_NOOP("Actions", "Go to the next match"),
        "F3",
        "edit",
        1,
        A,
    ),
    ActionSpec(
        "findPrevious",
        QT_TRANSLATE_NOOP("Actions", "Find pre&vious"),
        QT_TRANSLATE_NOOP("Actions", "Go to the previous match"),
        "Shift+F3",
        "edit",
        1,
        A,
    ),
    ActionSpec(
        "replace",
        QT_TRANSLATE_NOOP("Actions", "R&eplace…"),
        QT_TRANSLATE_NOOP("Actions", "Find and replace text in the draft"),
        "Ctrl+H",
        "edit",
        1,
        A,
    ),
    ActionSpec(
        "searchLibrary",
        QT_TRANSLATE_NOOP("Actions", "Search the &library…"),
        QT_TRANSLATE_NOOP(
            "Actions", "Find articles by words in titles, drafts, originals and notes"
        ),
        "Ctrl+Shift+F",
        "edit",
        1,
    ),
    ActionSpec(
        "addNote",
        QT_TRANSLATE_NOOP("Actions", "Add &note…"),
        QT_TRANSLATE_NOOP("Actions", "Add a note on the selected passage"),
        "Ctrl+M",
        "edit",
        2,
        A,
        toolbar=6,
    ),
    ActionSpec(
        "replyNote",
        QT_TRANSLATE_NOOP("Actions", "Re&ply to note…"),
        QT_TRANSLATE_NOOP("Actions", "Answer the note selected in the Notes panel, in its thread"),
        "Ctrl+Shift+M",
        "edit",
        2,
        A,
    ),
    ActionSpec(
        "smartQuotes",
        QT_TRANSLATE_NOOP("Actions", "Smart &quotes as you type"),
        QT_TRANSLATE_NOOP(
            "Actions", "Turn typed quotation marks into the house style's: curly “ ” or straight \""
        ),
        None,
        "edit",
        3,
        checkable=True,
    ),
    # Review
    ActionSpec(
        "previousIssue",
        QT_TRANSLATE_NOOP("Actions", "&Previous issue"),
        QT_TRANSLATE_NOOP("Actions", "Go to the previous issue"),
        "Shift+F8",
        "review",
        0,
        A,
        toolbar=2,
    ),
    ActionSpec(
        "nextIssue",
        QT_TRANSLATE_NOOP("Actions", "&Next issue"),
        QT_TRANSLATE_NOOP("Actions", "Go to the next issue"),
        "F8",
        "review",
        0,
        A,
        toolbar=3,
    ),
    ActionSpec(
        "applySuggestion",
        QT_TRANSLATE_NOOP("Actions", "&Apply suggestion"),
        QT_TRANSLATE_NOOP("Actions", "Apply the first suggestion of the current issue"),
        "Ctrl+Return",
        "review",
        1,
        A,
        toolbar=4,
    ),
    ActionSpec(
        "ignoreIssue",
        QT_TRANSLATE_NOOP("Actions", "&Ignore issue"),
        QT_TRANSLATE_NOOP("Actions", "Hide the current issue in this article"),
        "Ctrl+Shift+I",
        "review",
        1,
        A,
        toolbar=5,
    ),
    ActionSpec(
        "restoreIgnored",
        QT_TRANSLATE_NOOP("Actions", "Restore i&gnored issues…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Choose issues ignored in this article to show again, one or all (Edit ▸ Undo "
            "takes back only the last ignore)",
        ),
        None,
        "review",
        1,
        When.IGNORED,
    ),
    ActionSpec(
        "recheck",
        QT_TRANSLATE_NOOP("Actions", "&Re-check"),
        QT_TRANSLATE_NOOP("Actions", "Check both panes again"),
        "F5",
        "review",
        2,
        A,
    ),
    ActionSpec(
        "nextRevision",
        QT_TRANSLATE_NOOP("Actions", "Next re&vision"),
        QT_TRANSLATE_NOOP("Actions", "Go to the next tracked change that came with the article"),
        "Ctrl+F8",
        "review",
        4,
        A,
    ),
    ActionSpec(
        "previousRevision",
        QT_TRANSLATE_NOOP("Actions", "Previous revisi&on"),
        QT_TRANSLATE_NOOP(
            "Actions", "Go to the previous tracked change that came with the article"
        ),
        "Ctrl+Shift+F8",
        "review",
        4,
        A,
    ),
    ActionSpec(
        "acceptRevision",
        QT_TRANSLATE_NOOP("Actions", "Accept revision"),
        QT_TRANSLATE_NOOP("Actions", "Keep the tracked change at the cursor"),
        "Ctrl+Shift+A",
        "review",
        4,
        A,
    ),
    ActionSpec(
        "rejectRevision",
        QT_TRANSLATE_NOOP("Actions", "Reject revision"),
        QT_TRANSLATE_NOOP("Actions", "Undo the tracked change at the cursor in the draft"),
        "Ctrl+Shift+R",
        "review",
        4,
        A,
    ),
    ActionSpec(
        "acceptAllRevisions",
        QT_TRANSLATE_NOOP("Actions", "Accept all revisions"),
        QT_TRANSLATE_NOOP("Actions", "Keep every undecided tracked change"),
        None,
        "review",
        4,
        A,
    ),
    ActionSpec(
        "rejectAllRevisions",
        QT_TRANSLATE_NOOP("Actions", "Reject all revisions"),
        QT_TRANSLATE_NOOP("Actions", "Undo every undecided tracked change in the draft"),
        None,
        "review",
        4,
        A,
    ),
    ActionSpec(
        "targetLength",
        QT_TRANSLATE_NOOP("Actions", "&Target length…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "The length this article should have, in words (the status bar counts against it)",
        ),
        None,
        "review",
        3,
        A,
    ),
    ActionSpec(
        "markDone",
        MARK_DONE_TEXT,
        QT_TRANSLATE_NOOP("Actions", "Mark the article's review as finished"),
        None,
        "review",
        3,
        A,
    ),
    # Tools
    ActionSpec(
        "styleSheet",
        QT_TRANSLATE_NOOP("Actions", "House &style sheet…"),
        QT_TRANSLATE_NOOP("Actions", "Edit the desk's house style"),
        None,
        "tools",
    ),
    ActionSpec(
        "checking",
        QT_TRANSLATE_NOOP("Actions", "&Checking settings…"),
        QT_TRANSLATE_NOOP("Actions", "Engines, categories, switched-off rules and LanguageTool"),
        "Ctrl+,",  # the settings key of most desktop programs
        "tools",
    ),
    ActionSpec(
        "dictionary",
        QT_TRANSLATE_NOOP("Actions", "&Dictionary…"),
        QT_TRANSLATE_NOOP("Actions", "Words accepted in this article, by you and by the desk"),
        None,
        "tools",
    ),
    # View (the panels' own show/hide entries come first, from the docks)
    ActionSpec(
        "syncScroll",
        QT_TRANSLATE_NOOP("Actions", "Keep panes in step"),
        QT_TRANSLATE_NOOP("Actions", "Scroll both panes together"),
        None,
        "view",
        1,
        checkable=True,
        checked=True,
    ),
    ActionSpec(
        "legend",
        QT_TRANSLATE_NOOP("Actions", "&Legend"),
        QT_TRANSLATE_NOOP(
            "Actions", "Show the colour of each category under the panes (hide it for more text)"
        ),
        None,
        "view",
        1,
        checkable=True,
        checked=True,
    ),
    ActionSpec(
        "nextPane",
        QT_TRANSLATE_NOOP("Actions", "Ne&xt pane"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the next pane or panel"),
        "F6",
        "view",
        2,
    ),
    ActionSpec(
        "previousPane",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious pane"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the previous pane or panel"),
        "Shift+F6",
        "view",
        2,
    ),
    # Help
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut, with its menu entry"),
        _Std.HelpContents,  # F1
        "help",
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About reviewdesk"),
        QT_TRANSLATE_NOOP("Actions", "The version, and where your library is kept"),
        None,
        "help",
    ),
)
