"""The panels beside the panes: issues, notes and revisions, each in a dock.

Kept apart from the window because the three panels move together: they are stacked or
tabbed as one (:class:`~reviewdesk.gui.panels.PanelLayout`), shown and hidden from the
View menu, and visited in turn by F6 after the two panes. A new panel joins here, in
one place, and so joins all three.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from reviewdesk.gui.i18n import translate
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.notes_panel import NotesPanel
from reviewdesk.gui.panels import PanelLayout
from reviewdesk.gui.revisions_panel import RevisionsPanel


def _dock(window: QMainWindow, name: str, title: str, panel: QWidget) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


class SidePanels:
    """The three panel docks of ``window``: issues above, notes below with the revisions
    as a tab beside them (or all three tabbed when the window is small)."""

    def __init__(
        self,
        window: QMainWindow,
        issues: IssuesPanel,
        notes: NotesPanel,
        revisions: RevisionsPanel,
        settings: QSettings,
    ) -> None:
        self.window = window
        self.issues_panel, self.notes_panel, self.revisions_panel = issues, notes, revisions
        self.issues = _dock(window, "issuesDock", translate("SidePanels", "Issues"), issues)
        self.notes = _dock(window, "notesDock", translate("SidePanels", "Notes"), notes)
        window.splitDockWidget(self.issues, self.notes, Qt.Orientation.Vertical)
        self.revisions = _dock(
            window, "revisionsDock", translate("SidePanels", "Revisions"), revisions
        )
        window.tabifyDockWidget(self.notes, self.revisions)
        self.notes.raise_()
        # revisions go where the notes go: a tab beside them, or with all the panels
        self.layout = PanelLayout(window, self.issues, self.notes, settings, [self.revisions])

    def docks(self) -> list[QDockWidget]:
        """The docks, in the order the View menu and F6 give them."""
        return [self.issues, self.notes, self.revisions]

    def toggle_actions(self) -> list[QAction]:
        """View ▸ Issues, Notes, Revisions: show or hide each panel."""
        return [dock.toggleViewAction() for dock in self.docks()]

    def focus_stops(self) -> list[tuple[QWidget, QDockWidget | None]]:
        """Where F6 stops in the panels, after the panes (each with the dock it is in)."""
        return [
            (self.issues_panel.view, self.issues),
            (self.notes_panel.table, self.notes),
            (self.revisions_panel.table, self.revisions),
        ]

    def show_article_open(self, open_: bool) -> None:
        """The notes' and revisions' hints say so when no article is open (Ctrl+M and
        Accept all have nothing to act on then)."""
        self.notes_panel.show_article_open(open_)
        self.revisions_panel.show_article_open(open_)

    def show_revisions(self, present: bool = True) -> None:
        """Bring the revisions to the front when tracked changes came with the article;
        when none did and the revisions are in front (left there by the last article),
        the panel with content comes forward instead: the issues when they share the
        tab, else the notes. A tab the editor chose otherwise is left alone."""
        if present:
            self.revisions.raise_()
            return
        if self.revisions.visibleRegion().isEmpty():
            return  # not in front (or not on screen)
        beside = self.window.tabifiedDockWidgets(self.revisions)
        for dock in (self.issues, self.notes):
            if dock in beside and not dock.isHidden():
                dock.raise_()
                return
