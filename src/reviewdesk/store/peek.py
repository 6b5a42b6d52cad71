"""The library's settings read at start, before the library is opened (issue 14).

The app launches the checker process with the desk's engine settings and dialect, and
the sooner it does, the sooner the first highlights: this reads those settings with the
standard ``sqlite3`` module, before ``sqlite-utils`` is imported and the library opened
(migrations, integrity check), which took ~0.2 s of the start.

It never changes a file. A library that does not exist yet has no settings (the
defaults); one in use elsewhere or left unclean (its ``-wal``, ``-shm`` or ``-journal``
is there) is not read at all, since reading it cleanly could touch those files: the
caller then waits for the library as before. The library opened afterwards stays the
authority; the caller compares and starts again what was started with other settings.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from reviewdesk.store.json_values import from_json

log = logging.getLogger(__name__)

# The scopes of the words every article's check uses, as core.models.WordScope's HOUSE
# and USER store them: spelt out so the peek, read before the checker's launch, does
# without the models (tests/test_store_peek.py holds the two equal)
SHARED_SCOPES = ("house", "user")


class SettingsPeek:
    """The settings, house style sheet and the dictionary's house and user words as
    stored, read-only (a ``SettingsStore``)."""

    def __init__(
        self,
        values: dict[str, Any],
        style_sheet: dict[str, Any] | None,
        words: frozenset[str] = frozenset(),
    ) -> None:
        self._values = values
        self._style_sheet = style_sheet
        self.words = words  # every article's words: the check of a new one uses them

    def get_setting(self, key: str, default: Any = None) -> Any:
        """The stored JSON value under ``key``, or ``default``."""
        value = self._values.get(key)
        return default if value is None else value

    def set_setting(self, key: str, value: Any) -> None:
        """Not for a peek: the library itself takes writes."""
        raise TypeError("the settings read at start are read-only")

    def get_style_sheet(self) -> dict[str, Any] | None:
        """The house style sheet as stored, or None."""
        return self._style_sheet


def peek_settings(path: Path) -> SettingsPeek | None:
    """The library's settings at ``path`` without opening it, or None if they cannot be
    read here without touching a file (the library then says)."""
    try:
        if not path.exists():
            return SettingsPeek({}, None)  # a first run: every setting has its default
        if any(path.with_name(path.name + end).exists() for end in ("-wal", "-shm", "-journal")):
            return None  # in use, or not closed cleanly: the library's opening sorts it out
    except OSError:  # a folder it may not look into: the library's opening says so
        return None
    try:
        # immutable: no locks and no -shm, so nothing is written beside the file
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True)
    except (sqlite3.Error, OSError, ValueError) as exc:
        log.debug("library settings not read before opening: %s", exc)
        return None
    try:
        values = {
            str(key): from_json(text)
            for key, text in conn.execute("SELECT key, value FROM settings")
        }
        row = conn.execute("SELECT data FROM style_sheet WHERE id = 1").fetchone()
        sheet = from_json(row[0]) if row else None
        words = _words(conn)
    except sqlite3.Error as exc:  # an older or damaged library: the opening says
        log.debug("library settings not read before opening: %s", exc)
        return None
    finally:
        conn.close()
    return SettingsPeek(values, sheet if isinstance(sheet, dict) else None, words)


def _words(conn: sqlite3.Connection) -> frozenset[str]:
    """The house and user words; none when they cannot be read (they only serve the
    checker's look-ahead at the article named at launch, which then misses)."""
    try:
        rows = conn.execute(
            "SELECT word FROM words WHERE scope IN (?, ?)",
            SHARED_SCOPES,
        )
        return frozenset(str(word) for (word,) in rows)
    except sqlite3.Error as exc:
        log.debug("dictionary words not read before opening: %s", exc)
        return frozenset()
