"""Window state (geometry, splitter, docks) kept in an INI file in the user's config dir."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from reviewdesk import APP_NAME


def settings_path() -> Path:
    """``$XDG_CONFIG_HOME/reviewdesk/window.ini`` (or the platform's equivalent)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "window.ini"


def window_settings(path: Path | None = None) -> QSettings:
    """QSettings on an explicit INI file, so tests (with XDG_CONFIG_HOME set) stay isolated."""
    return QSettings(str(path or settings_path()), QSettings.Format.IniFormat)
