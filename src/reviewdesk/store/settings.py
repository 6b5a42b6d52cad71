"""The library's settings (JSON values by key) and the house style sheet.

A mixin of :class:`reviewdesk.store.library.Library`. The keys and their types are
declared once, in :mod:`reviewdesk.desk.settings`; here they are only stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

import reviewdesk.store.rows as rows
from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import guarded


class _Host(Protocol):
    db: Database
    path: Path

    def _now(self) -> str: ...
    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None: ...
    def ensure_files(self) -> None: ...


class SettingsMixin:
    """Settings by key and the house style sheet."""

    @guarded
    def get_setting(self: _Host, key: str, default: Any = None) -> Any:
        """The JSON value stored under ``key``, or ``default``."""
        row = self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else rows.from_json(row["value"], default)

    @guarded
    def set_setting(self: _Host, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key``."""
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, rows.to_json(value)),
        )

    @guarded
    def get_style_sheet(self: _Host) -> dict[str, Any] | None:
        """The house style sheet as stored, or None if there is none."""
        row = self._one("SELECT data FROM style_sheet WHERE id = 1")
        data = rows.from_json(row["data"]) if row else None
        return data if isinstance(data, dict) else None

    @guarded
    def set_style_sheet(self: _Host, data: dict[str, Any]) -> None:
        """Replace the house style sheet."""
        if not isinstance(data, dict):
            raise ValueError("the style sheet must be a dictionary")
        self.db.execute(
            "INSERT INTO style_sheet (id, data, updated) VALUES (1, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated = excluded.updated",
            (rows.to_json(data), self._now()),
        )
