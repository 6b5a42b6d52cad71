"""Window state (geometry, splitter, docks) kept in an INI file in the user's config dir."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter

from reviewdesk import APP_NAME
from reviewdesk.gui.panels import PanelLayout, default_size


def settings_path() -> Path:
    """``$XDG_CONFIG_HOME/reviewdesk/window.ini`` (or the platform's equivalent)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "window.ini"


def window_settings(path: Path | None = None) -> QSettings:
    """QSettings on an explicit INI file, so tests (with XDG_CONFIG_HOME set) stay isolated."""
    return QSettings(str(path or settings_path()), QSettings.Format.IniFormat)


class WindowLayout:
    """The window's size and place, its docks, the panes' split and the panels' share,
    read at start and written at close. A first start fits the screen."""

    def __init__(
        self,
        window: QMainWindow,
        settings: QSettings,
        splitter: QSplitter,
        panels: PanelLayout,
        docks: Sequence[QDockWidget],
    ) -> None:
        self.window = window
        self.settings = settings
        self.splitter = splitter
        self.panels = panels
        self.docks = list(docks)
        self.first_start = False

    def restore(self) -> None:
        """Put back what was saved (before the window is shown)."""
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        else:
            self.window.resize(default_size(self.window.screen().availableGeometry().size()))
            self.first_start = True  # the docks are sized once the window is on screen
        state = self.settings.value("window/state")
        if state is not None:
            self.window.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.panels.restore()

    def shown(self) -> None:
        """The window is on screen: arrange the panels for its size."""
        self.panels.apply()
        if self.first_start:
            self.first_start = False
            self.window.resizeDocks(self.docks, [520, 220], Qt.Orientation.Vertical)
        self.panels.fit_width()

    def save(self) -> None:
        """Write it all (the window is closing)."""
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.panels.save()
        self.settings.sync()
