"""The issues, notes and revisions panels: stacked, tabbed, or as the window's size asks.

A laptop screen (1024×700, 1280×720) has no room for two panels one above the other
beside two panes of text, so in the automatic arrangement the panels share one tabbed
dock when the window is narrow or short, and stack when it is large. View ▸ Panels
chooses the arrangement for good (remembered in the window settings).

The panels' width also follows the window: when the window is resized, the docks keep
the share of its width they had (the editor may change it by dragging the separator),
so a layout saved on a wide screen never leaves the panes thirty characters wide on a
small one.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

#: Below this width or this height (logical pixels) the automatic arrangement tabs.
TAB_BELOW_WIDTH = 1280
TAB_BELOW_HEIGHT = 800
#: The share of the window's width the panels may take, whatever the editor drags.
MIN_SHARE = 0.2
MAX_SHARE = 0.5
DEFAULT_SHARE = 0.3
SETTINGS_KEY = "window/panels"


class Arrangement(StrEnum):
    """How the panels share their dock area."""

    AUTO = "auto"
    STACKED = "stacked"
    TABBED = "tabbed"


ARRANGEMENT_TEXT = {
    Arrangement.AUTO: (
        QT_TRANSLATE_NOOP("PanelLayout", "&Automatic"),
        QT_TRANSLATE_NOOP(
            "PanelLayout", "Tabbed when the window is small, stacked when it is large"
        ),
    ),
    Arrangement.STACKED: (
        QT_TRANSLATE_NOOP("PanelLayout", "&Stacked"),
        QT_TRANSLATE_NOOP(
            "PanelLayout", "Issues above notes, with revisions as a tab beside the notes"
        ),
    ),
    Arrangement.TABBED: (
        QT_TRANSLATE_NOOP("PanelLayout", "&Tabbed"),
        QT_TRANSLATE_NOOP("PanelLayout", "Issues, notes and revisions as tabs"),
    ),
}


def wants_tabs(arrangement: Arrangement, size: QSize) -> bool:
    """Whether the panels should be tabbed for a window of ``size``."""
    if arrangement is Arrangement.AUTO:
        return size.width() < TAB_BELOW_WIDTH or size.height() < TAB_BELOW_HEIGHT
    return arrangement is Arrangement.TABBED


def default_size(screen: QSize) -> QSize:
    """The window's size on a first start: roomy, but never larger than the screen."""
    return QSize(min(1400, screen.width() - 40), min(860, screen.height() - 60)).expandedTo(
        QSize(640, 480)
    )


def _clamp(share: float) -> float:
    return min(MAX_SHARE, max(MIN_SHARE, share))


class PanelLayout(QObject):
    """Arranges ``first`` and ``second`` (the issues and notes docks) of ``window``;
    ``companions`` (the revisions dock) stay tabbed with ``second`` wherever it goes."""

    def __init__(
        self,
        window: QMainWindow,
        first: QDockWidget,
        second: QDockWidget,
        settings: QSettings,
        companions: Sequence[QDockWidget] = (),
    ) -> None:
        super().__init__(window)
        self.window = window
        self.first = first
        self.second = second
        self.companions = list(companions)
        self.settings = settings
        try:
            self.arrangement = Arrangement(str(settings.value(SETTINGS_KEY, Arrangement.AUTO)))
        except ValueError:
            self.arrangement = Arrangement.AUTO
        self.share = DEFAULT_SHARE
        self._width = 0  # the window's width when the share was last measured
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Arrangement, QAction] = {}
        for arrangement, (text, tip) in ARRANGEMENT_TEXT.items():
            action = QAction(translate("PanelLayout", text), self.group)
            action.setObjectName(f"panels{arrangement.value.title()}")
            action.setCheckable(True)
            action.setChecked(arrangement is self.arrangement)
            action.setToolTip(translate("PanelLayout", tip))
            action.setStatusTip(translate("PanelLayout", tip))
            action.triggered.connect(lambda _on=False, a=arrangement: self.set_arrangement(a))
            self.actions[arrangement] = action
        window.installEventFilter(self)

    # -- arrangement --------------------------------------------------------------------

    def set_arrangement(self, arrangement: Arrangement) -> None:
        """Use ``arrangement`` from now on (View ▸ Panels), and remember it."""
        self.arrangement = arrangement
        self.actions[arrangement].setChecked(True)
        self.settings.setValue(SETTINGS_KEY, arrangement.value)
        self.apply()

    def is_tabbed(self) -> bool:
        """Whether the two panels are tabs of one dock now."""
        return self.second in self.window.tabifiedDockWidgets(self.first)

    def apply(self) -> None:
        """Tab or stack the panels as the arrangement and the window's size ask.

        Panels the editor moved apart (to another side, or floating) are left alone.
        """
        tabbed = wants_tabs(self.arrangement, self.window.size())
        if tabbed == self.is_tabbed() or not self._side_by_side():
            return
        docks = [self.first, self.second, *self.companions]
        shown = [self._wanted(d) for d in docks]
        front = next((d for d in docks[1:] if not d.visibleRegion().isEmpty()), self.second)
        area = self.window.dockWidgetArea(self.first)
        if tabbed:
            for dock in docks[1:]:
                self.window.tabifyDockWidget(self.first, dock)
        else:
            # A tab group cannot be split: a dock split from a tab joins the group (Qt keeps
            # the group even when one tab is left), so every panel comes out, and the
            # first two go back one above the other, the companions as tabs of the second.
            for dock in docks:
                self.window.removeDockWidget(dock)
            self.window.addDockWidget(area, self.first)
            self.window.addDockWidget(area, self.second)
            self.window.splitDockWidget(self.first, self.second, Qt.Orientation.Vertical)
            for dock in self.companions:
                self.window.tabifyDockWidget(self.second, dock)
        for dock, visible in zip(docks, shown, strict=True):
            dock.setVisible(visible)
        if tabbed and shown[0]:
            self.first.raise_()
        elif not tabbed and front.isVisibleTo(self.window):
            front.raise_()  # the tab that was in front below the issues stays in front
        log.debug("panels %s", "tabbed" if tabbed else "stacked")

    def _wanted(self, dock: QDockWidget) -> bool:
        """Whether the editor has the dock open: not closed by hand. A tab behind another
        counts as open, and so does every dock before the window is first shown (their
        View-menu actions are only checked once they have been on screen)."""
        return not dock.isHidden()

    def _side_by_side(self) -> bool:
        """The panels docked in one area (the arrangement is ours to change)."""
        docks = [self.first, self.second, *self.companions]
        if any(d.isFloating() for d in docks):
            return False
        return len({self.window.dockWidgetArea(d) for d in docks}) == 1

    # -- width --------------------------------------------------------------------------

    def _dock_width(self) -> int:
        return self.first.width() if self.first.isVisible() else self.second.width()

    def _horizontal(self) -> bool:
        area = self.window.dockWidgetArea(self.first)
        return area in (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )

    def fit_width(self) -> None:
        """Give the panels their share of the window's width (after a resize)."""
        width = self.window.width()
        docks = [d for d in (self.first, self.second) if d.isVisible() and not d.isFloating()]
        if not docks or not self._horizontal() or width <= 0:
            self._width = width
            return
        wanted = round(width * self.share)
        self._width = width
        if abs(self._dock_width() - wanted) > 2:
            self.window.resizeDocks(docks, [wanted] * len(docks), Qt.Orientation.Horizontal)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the window's size; learn the share when the editor drags a separator
        (the separators belong to the window, so the drag ends with its mouse release)."""
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.apply()
                self.fit_width()
            elif kind == QEvent.Type.MouseButtonRelease:
                self.learn_share()
        return False

    def learn_share(self) -> None:
        """Take the panels' present share of the width as the one to keep."""
        width = self.window.width()
        if width > 0 and self._horizontal() and (self.first.isVisible() or self.second.isVisible()):
            self.share = _clamp(self._dock_width() / width)

    # -- remembering --------------------------------------------------------------------

    def save(self) -> None:
        """Remember the panels' share of the width."""
        self.settings.setValue("window/panelsShare", round(self.share, 3))

    def restore(self) -> None:
        """Read the remembered share (a first start gets the default)."""
        try:
            share = float(self.settings.value("window/panelsShare", DEFAULT_SHARE))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            share = DEFAULT_SHARE
        self.share = _clamp(share)
