"""Light or dark: follow the system's colour scheme, or the editor's choice (View ▸ Appearance).

Qt 6.5+ reports the system's scheme (``QStyleHints.colorScheme``) and, on platforms that
support it, changes the palette when the scheme changes or when an application asks
for one (``setColorScheme``). Where the platform cannot (a bare X11 session, some
desktops), the scheme is still followed: the Fusion style is given a light or a dark
palette of our own. The review's colours (issues, redline, notes) then follow the
palette's text background, whichever way it came (:func:`reviewdesk.gui.palette.scheme_of`).
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.palette import Scheme, scheme_of

log = logging.getLogger(__name__)

SETTINGS_KEY = "view/appearance"


class Appearance(StrEnum):
    """What the editor chose in View ▸ Appearance."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


APPEARANCE_TEXT = {
    Appearance.SYSTEM: (
        QT_TRANSLATE_NOOP("AppearanceControl", "Follow the &system"),
        QT_TRANSLATE_NOOP("AppearanceControl", "Light or dark as the desktop is"),
    ),
    Appearance.LIGHT: (
        QT_TRANSLATE_NOOP("AppearanceControl", "&Light"),
        QT_TRANSLATE_NOOP("AppearanceControl", "Dark text on a light background"),
    ),
    Appearance.DARK: (
        QT_TRANSLATE_NOOP("AppearanceControl", "&Dark"),
        QT_TRANSLATE_NOOP("AppearanceControl", "Light text on a dark background"),
    ),
}

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, name in colours.items():
        palette.setColor(role, QColor(name))
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.HighlightedText):
        palette.setColor(_Group.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (text #e8e8e8 on #1e1e1e: 14:1)."""
    return _palette(
        {
            _Role.Window: "#2b2b2b",
            _Role.WindowText: "#e8e8e8",
            _Role.Base: "#1e1e1e",
            _Role.AlternateBase: "#262626",
            _Role.ToolTipBase: "#3a3a3a",
            _Role.ToolTipText: "#f0f0f0",
            _Role.PlaceholderText: "#9a9a9a",
            _Role.Text: "#e8e8e8",
            _Role.Button: "#333333",
            _Role.ButtonText: "#e8e8e8",
            _Role.BrightText: "#ff6e6e",
            _Role.Light: "#4a4a4a",
            _Role.Midlight: "#3c3c3c",
            _Role.Mid: "#2f2f2f",
            _Role.Dark: "#141414",
            _Role.Shadow: "#000000",
            _Role.Highlight: "#3d6fb4",
            _Role.HighlightedText: "#ffffff",
            _Role.Link: "#8ab4f8",
            _Role.LinkVisited: "#c58af9",
        },
        disabled="#7a7a7a",
    )


def light_palette() -> QPalette:
    """A light palette for the Fusion style (Fusion's own, with black text)."""
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette() if style is not None else QPalette()
    palette.setColor(_Role.PlaceholderText, QColor("#6e6e6e"))
    return palette


def _qt_scheme(scheme: Scheme) -> Qt.ColorScheme:
    return Qt.ColorScheme.Dark if scheme is Scheme.DARK else Qt.ColorScheme.Light


class AppearanceControl(QObject):
    """Applies the chosen appearance to the application and keeps it applied."""

    applied = Signal(str)  # the Scheme now in use

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        try:
            self.choice = Appearance(str(settings.value(SETTINGS_KEY, Appearance.SYSTEM)))
        except ValueError:
            self.choice = Appearance.SYSTEM
        # what the platform gave, to go back to when the editor chooses "system" again
        self._system_palette = QPalette(app.palette())
        self._system_style = app.style().name()
        self._overridden = False
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[Appearance, QAction] = {}
        for appearance, (text, tip) in APPEARANCE_TEXT.items():
            action = QAction(translate("AppearanceControl", text), self.group)
            action.setObjectName(f"appearance{appearance.value.title()}")
            action.setCheckable(True)
            action.setChecked(appearance is self.choice)
            action.setToolTip(translate("AppearanceControl", tip))
            action.setStatusTip(translate("AppearanceControl", tip))
            action.triggered.connect(lambda _on=False, a=appearance: self.choose(a))
            self.actions[appearance] = action
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def choose(self, appearance: Appearance) -> None:
        """View ▸ Appearance: use ``appearance`` from now on, and remember it."""
        self.choice = appearance
        self.actions[appearance].setChecked(True)
        self.settings.setValue(SETTINGS_KEY, appearance.value)
        self.apply()

    def system_scheme(self) -> Scheme | None:
        """The desktop's scheme, or None when the platform does not say."""
        reported = QGuiApplication.styleHints().colorScheme()
        if reported == Qt.ColorScheme.Dark:
            return Scheme.DARK
        if reported == Qt.ColorScheme.Light:
            return Scheme.LIGHT
        return None

    def wanted(self) -> Scheme | None:
        """The scheme to show: the editor's choice, else the system's (None: as it is)."""
        if self.choice is Appearance.LIGHT:
            return Scheme.LIGHT
        if self.choice is Appearance.DARK:
            return Scheme.DARK
        return self.system_scheme()

    def apply(self) -> Scheme:
        """Make the application's palette match :meth:`wanted`; return the scheme in use."""
        hints = QGuiApplication.styleHints()
        if self.choice is Appearance.SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(_qt_scheme(Scheme(self.choice.value)))
        if self._overridden:  # undo our own palette first: the platform may do it now
            self._restore_system()
        target = self.wanted()
        if target is not None and scheme_of(self.app.palette()) is not target:
            # the platform could not: Fusion with a palette of our own
            if self.app.style().name().lower() != "fusion":
                self.app.setStyle("Fusion")
            self.app.setPalette(dark_palette() if target is Scheme.DARK else light_palette())
            self._overridden = True
        scheme = scheme_of(self.app.palette())
        log.debug("appearance %s: %s", self.choice, scheme)
        self.applied.emit(str(scheme))
        return scheme

    def _restore_system(self) -> None:
        if self.app.style().name().lower() != self._system_style.lower():
            self.app.setStyle(self._system_style)
        self.app.setPalette(self._system_palette)
        self._overridden = False

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice is Appearance.SYSTEM:
            self.apply()

    def reset(self) -> None:
        """Give the application back the platform's look (the window is closing)."""
        if self._overridden:
            self._restore_system()
