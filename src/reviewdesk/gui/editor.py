"""A text pane: QPlainTextEdit with issue tooltips, an issue context menu and file drops."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from reviewdesk.core.models import Issue
from reviewdesk.desk.rules import rule_name
from reviewdesk.gui.context_menu import ContextMenus, MenuContext
from reviewdesk.gui.highlighter import IssueHighlighter
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import category_label, engine_label
from reviewdesk.gui.text_mirror import TextMirror
from reviewdesk.service.panes import Pane

log = logging.getLogger(__name__)

# Blocks looked at when finding the last one on screen (a screen never holds more).
VISIBLE_BLOCKS_MAX = 400

# Finds the issue shown at a cursor position in this pane, if any.
IssueLookup = Callable[[QTextCursor], Issue | None]
# Rich text about what else is under a viewport position (a link, a revision), or "".
TooltipSource = Callable[[QPoint], str]


def local_files(mime: QMimeData) -> list[str]:
    """Local file paths carried by a drag."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def describe_replacement(text: str) -> str:
    """How a suggested replacement reads in a tooltip, a menu or the issues panel."""
    if text == "":
        return translate("ReviewEditor", "(remove)")
    if not text.strip():
        if text == " ":
            return translate("ReviewEditor", "(a space)")
        return translate("ReviewEditor", "(whitespace)")
    return translate("ReviewEditor", "“{text}”").format(text=text)


# the house style sheet's tab that holds each kind of house rule (its id names the kind)
HOUSE_TABS = {
    "substitute": QT_TRANSLATE_NOOP("ReviewEditor", "Substitutions"),
    "name": QT_TRANSLATE_NOOP("ReviewEditor", "Names"),
    "capitalize": QT_TRANSLATE_NOOP("ReviewEditor", "Capitalisation"),
    "lowercase": QT_TRANSLATE_NOOP("ReviewEditor", "Capitalisation"),
    "banned": QT_TRANSLATE_NOOP("ReviewEditor", "Banned"),
    "cautioned": QT_TRANSLATE_NOOP("ReviewEditor", "Cautioned"),
}


def rule_origin(rule: str, *, alone: bool = False) -> str:
    """Where a rule comes from, for a tooltip: a house rule's tab and entry in the house
    style sheet (its id is that entry, a regular expression as often as a word, which says
    nothing as "rule id: house-style/substitute/\\bcolou?r\\b"); any other rule's id.
    ``alone``: the whole tooltip, so it starts with a capital."""
    if rule.startswith("house-style/"):
        _prefix, kind, *rest = rule.split("/", 2)
        tab = translate("ReviewEditor", HOUSE_TABS.get(kind, HOUSE_TABS["substitute"]))
        entry = rest[0] if rest else ""
        if alone:
            text = translate("ReviewEditor", "House style sheet, {tab}: “{entry}”")
        else:
            text = translate("ReviewEditor", "house style sheet, {tab}: “{entry}”")
        return text.format(tab=tab, entry=entry)
    if alone:
        return translate("ReviewEditor", "Rule id: {id}").format(id=rule)
    return translate("ReviewEditor", "rule id: {id}").format(id=rule)


def issue_tooltip(issue: Issue) -> str:
    """Rich-text tooltip: message, suggestions and the engines that found the issue."""
    parts = [f"<b>{html.escape(category_label(issue.category))}</b>"]
    parts.append(html.escape(issue.message))
    if issue.replacements:
        shown = ", ".join(html.escape(describe_replacement(r)) for r in issue.replacements[:5])
        parts.append(translate("ReviewEditor", "Suggestions: {list}").format(list=shown))
    engines = ", ".join(engine_label(e) for e in issue.engines)
    rule = translate("ReviewEditor", "{rule} ({origin})").format(
        rule=rule_name(issue.rule, issue.engine), origin=rule_origin(issue.rule)
    )
    parts.append(f"<i>{html.escape(engines)} · {html.escape(rule)}</i>")
    return "<br>".join(parts)


class ReviewEditor(QPlainTextEdit):
    """One pane of the review: the original (read-only) or the draft."""

    files_dropped = Signal(list)

    def __init__(
        self, name: str, pane: Pane, *, read_only: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # first of the document's listeners: the others may read the text it keeps
        self.text_mirror = TextMirror(self.document())
        self.setObjectName(name)
        self.pane = pane
        self.setReadOnly(read_only)
        if read_only:
            self.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.setUndoRedoEnabled(not read_only)
        self.highlighter = IssueHighlighter(self.document())
        self.highlighter.visible_range = self.visible_blocks
        # the view last painted, and what was waiting then (paintEvent draws the rest)
        self._drawn_view: tuple[int, int] = (-1, -1)
        self._drawn_pending = -1
        self.issue_lookup: IssueLookup | None = None
        self.tooltip_source: TooltipSource | None = None  # the structure's, when shown
        self.context_menus: ContextMenus | None = None  # the window's contributors
        # Edit ▸ Undo and Redo where they mean more than the text's own (taking back an
        # ignore): Qt's text control takes Ctrl+Z for the text alone before any menu
        # shortcut sees it. Each says whether it did the step (False: the text's turn).
        self.undo_first: Callable[[], bool] | None = None
        self.redo_first: Callable[[], bool] | None = None
        # drawn over the text once it is painted (a deleted passage's struck words in
        # their gap: under the text, a note's or a highlight's background hid them)
        self.paint_over: list[Callable[[QPaintEvent], None]] = []
        self.setAcceptDrops(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        for keys, first in (
            (QKeySequence.StandardKey.Undo, self.undo_first),
            (QKeySequence.StandardKey.Redo, self.redo_first),
        ):
            if first is not None and event.matches(keys) and first():
                event.accept()
                return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the marks of blocks still waiting for them (a long article's far blocks)
        as they come into view, before they are painted: every scroll, jump, resize and
        show ends in a paint, outside Qt's own highlighting (which cannot be re-entered)."""
        if self.highlighter.pending:
            view = (self.firstVisibleBlock().blockNumber(), self.viewport().height())
            if view != self._drawn_view or self.highlighter.pending != self._drawn_pending:
                self.highlighter.view_moved()
                self._drawn_view, self._drawn_pending = view, self.highlighter.pending
        super().paintEvent(event)
        for paint in self.paint_over:
            paint(event)

    def visible_blocks(self) -> tuple[int, int]:
        """Numbers of the first and last blocks on screen."""
        block = self.firstVisibleBlock()
        first = last = block.blockNumber()
        offset = self.contentOffset()
        bottom = self.viewport().height()
        # walk down from the first visible block: no layout of the rest of the document
        for _ in range(VISIBLE_BLOCKS_MAX):
            if (
                not block.isValid()
                or self.blockBoundingGeometry(block).translated(offset).top() > bottom
            ):
                break
            last = block.blockNumber()
            block = block.next()
        return first, last

    # -- hover and context menu -------------------------------------------------------

    def issue_at(self, pos: QPoint) -> Issue | None:
        """The issue under a viewport position."""
        if self.issue_lookup is None:
            return None
        return self.issue_lookup(self.cursorForPosition(pos))

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Show the issue under the mouse (and what the structure says there) as a tooltip."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            issue = self.issue_at(event.pos())
            parts = [issue_tooltip(issue)] if issue is not None else []
            if self.tooltip_source is not None:
                parts.append(self.tooltip_source(event.pos()))
            text = "<br><br>".join(p for p in parts if p)
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """The standard menu, with the issue's actions on top."""
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The context menu for a viewport position (separate so tests can inspect it):
        the contributors' entries for the issue there, on top of the standard menu."""
        menu = self.createStandardContextMenu(pos)
        if self.context_menus is not None:
            context = MenuContext(
                self.pane,
                self.issue_at(pos),
                self.textCursor().hasSelection(),
                position=self.cursorForPosition(pos).position(),
            )
            ContextMenus.put(menu, self.context_menus.entries(context, menu), on_top=True)
        return menu

    # -- file drops -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dropped files (to open them); anything else behaves as usual."""
        if local_files(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        """Keep accepting a file drag over the text."""
        if local_files(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Open dropped files instead of inserting their paths."""
        files = local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
            return
        super().dropEvent(event)
