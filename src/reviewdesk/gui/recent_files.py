"""File ▸ Open Recent: the files opened last, newest first, kept in the window settings.

The list is read again each time the menu opens, so a file moved or deleted since shows
greyed, marked "missing", with "Remove missing files" below; choosing a file that went
missing in the meantime removes it and says so in the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from reviewdesk.gui.i18n import translate

log = logging.getLogger(__name__)

SETTINGS_KEY = "recent/files"
MAX_RECENT = 10


def _absolute(path: str | Path) -> str:
    return str(Path(path).expanduser().absolute())


class RecentFiles(QObject):
    """The recent-files list and its menu."""

    def __init__(
        self,
        settings: QSettings,
        open_path: Callable[[str], object],
        say: Callable[[str, int], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.open_path = open_path
        self.say = say
        self.menu = QMenu(translate("RecentFiles", "Open &Recent"), parent)
        self.menu.setObjectName("recentMenu")
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.fill)

    # -- the list -----------------------------------------------------------------------

    def paths(self) -> list[str]:
        """The remembered files, newest first."""
        value = self.settings.value(SETTINGS_KEY, [])
        if isinstance(value, str):  # QSettings gives one item back as a bare string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if str(v)][:MAX_RECENT]

    def _store(self, paths: list[str]) -> None:
        self.settings.setValue(SETTINGS_KEY, paths[:MAX_RECENT])
        self.settings.sync()

    def add(self, path: str | Path) -> None:
        """Put ``path`` first (a file opened again moves up)."""
        full = _absolute(path)
        self._store([full, *(p for p in self.paths() if p != full)])

    def remove(self, path: str) -> None:
        """Forget one file."""
        self._store([p for p in self.paths() if p != path])

    def remove_missing(self) -> int:
        """Forget every file that is no longer there; how many."""
        paths = self.paths()
        kept = [p for p in paths if Path(p).is_file()]
        self._store(kept)
        gone = len(paths) - len(kept)
        if gone:
            self.say(
                translate("RecentFiles", "Removed 1 missing file from Open Recent")
                if gone == 1
                else translate(
                    "RecentFiles", "Removed {count} missing files from Open Recent"
                ).format(count=gone),
                5000,
            )
        return gone

    def clear(self) -> None:
        """Forget them all."""
        self._store([])

    # -- the menu -----------------------------------------------------------------------

    def fill(self) -> None:
        """Build the menu from the list as it is now (on each opening)."""
        self.menu.clear()
        paths = self.paths()
        if not paths:
            empty = self.menu.addAction(translate("RecentFiles", "No recent files"))
            empty.setEnabled(False)
            return
        missing = 0
        for number, path in enumerate(paths, start=1):
            name = Path(path).name
            prefix = f"&{number} " if number < 10 else "1&0 "
            action = QAction(prefix + name.replace("&", "&&"), self.menu)
            action.setObjectName(f"recent{number}")
            if Path(path).is_file():
                action.setToolTip(path)
                action.setStatusTip(path)
                action.triggered.connect(lambda _c=False, p=path: self.open(p))
            else:
                missing += 1
                action.setText(
                    translate("RecentFiles", "{file} (missing)").format(file=action.text())
                )
                action.setToolTip(
                    translate("RecentFiles", "{path} was moved or deleted").format(path=path)
                )
                action.setEnabled(False)
            self.menu.addAction(action)
        self.menu.addSeparator()
        prune = self.menu.addAction(translate("RecentFiles", "Remove &missing files"))
        prune.setObjectName("recentRemoveMissing")
        prune.setToolTip(
            translate("RecentFiles", "Take the files that were moved or deleted off this list")
        )
        prune.setEnabled(missing > 0)
        prune.triggered.connect(lambda _c=False: self.remove_missing())
        clear = self.menu.addAction(translate("RecentFiles", "&Clear list"))
        clear.setObjectName("recentClear")
        clear.setToolTip(
            translate(
                "RecentFiles", "Forget every file on this list (the library keeps the articles)"
            )
        )
        clear.triggered.connect(lambda _c=False: self.clear())

    def open(self, path: str) -> None:
        """Open a recent file, or take it off the list when it has gone."""
        if not Path(path).is_file():
            self.remove(path)
            where = Path(path)
            self.say(
                translate(
                    "RecentFiles", "{name} is no longer in {parent}; removed from Open Recent"
                ).format(name=where.name, parent=where.parent),
                8000,
            )
            return
        self.open_path(path)
