"""The library's settings, typed: one definition per key, read and written through it.

Each :class:`Setting` names its key once, with its default and how a stored value is
read back (a bad stored value gives the default, with a warning in the log, so a
damaged setting never stops the app or the CLI).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from reviewdesk.core.engines.registry import (
    ENGINES_SETTING,
    EngineSettings,
    engine_settings_dict,
    engine_settings_from,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


class SettingsStore(Protocol):
    """What a setting needs from the library."""

    def get_setting(self, key: str, default: Any = None) -> Any:
        """The stored JSON value, or ``default``."""
        ...

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON value (None deletes)."""
        ...


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One library setting: its key, default, and how to read and write its value."""

    key: str
    default: T
    parse: Callable[[object], T]
    dump: Callable[[T], object] = lambda value: value

    def read(self, library: SettingsStore) -> T:
        """The stored value, or the default when none (or a malformed one) is stored."""
        stored = library.get_setting(self.key, None)
        if stored is None:
            return self.default
        try:
            return self.parse(stored)
        except (TypeError, ValueError) as exc:
            log.warning("ignoring the %s setting: %s", self.key, exc)
            return self.default

    def write(self, library: SettingsStore, value: T) -> None:
        """Store ``value`` (the default is stored as it is, not deleted)."""
        library.set_setting(self.key, self.dump(value))


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise TypeError(f"it should be a list, not {value!r}")
    return tuple(str(v) for v in value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"it should be text, not {value!r}")
    return value


def _optional_text(value: object) -> str | None:
    return _text(value) if value is not None else None


def _flag(value: object) -> bool:
    return bool(value)


ENGINES: Setting[EngineSettings] = Setting(
    ENGINES_SETTING, EngineSettings(), engine_settings_from, engine_settings_dict
)
DISABLED_RULES: Setting[tuple[str, ...]] = Setting("disabled_rules", (), _strings, list)
DISABLED_CATEGORIES: Setting[tuple[str, ...]] = Setting("disabled_categories", (), _strings, list)
PICKY: Setting[bool] = Setting("picky", False, _flag)
DEFAULT_LANGUAGE: Setting[str | None] = Setting("default_language", None, _optional_text)
"""The dialect for new articles chosen in Checking settings (None: the house sheet's)."""
AUTHOR: Setting[str] = Setting("author", "", _text)
"""The reviewer's name on tracked changes and comments."""
EXPORT_FORMAT: Setting[str] = Setting("export_format", "", _text)
"""The export format last chosen in the Export dialog ("" before the first export)."""
AUTO_SWITCH_DIALECT: Setting[bool] = Setting("auto_switch_dialect", False, _flag)
"""Switch an article to the dialect its page or spellings show, without asking ("Always
switch" on the window's dialect bar, or Checking settings)."""
