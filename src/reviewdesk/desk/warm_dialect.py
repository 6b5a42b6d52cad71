"""Harper's warm-up dialect from the stored settings, without the engines' modules.

The app starts the checker process first thing (issue 14, the first highlights), and all
the process needs at its start is the dialect Harper warms up for ("" when Harper is
off). :func:`reviewdesk.desk.checking.engine_settings` and
:func:`reviewdesk.desk.context.default_language` give the same answer, but importing
them brings in the engines' registry, the pipeline and the style sheets (~50-60 ms of
the UI thread at load 9): this reads the same stored values with only the dialects'
names (:mod:`reviewdesk.core.languages`, not even the models).

It is a head start, not the authority: the settings (and the real dialect) follow in
the checker's start message. Where this guesses wrong (a house style sheet that is not
valid, so the shipped one's dialect applies), the checker warms the real dialect
afterwards, as it does for any other dialect; ``tests/test_warm_dialect.py`` holds the
two to the same answer for the settings a desk can store.
"""

from __future__ import annotations

from typing import Any, Protocol

from reviewdesk.core.languages import DEFAULT_LANGUAGE, LANGUAGES

# The stored keys, as reviewdesk.core.engines.registry (ENGINES_SETTING, HARPER's name
# and default) and reviewdesk.desk.settings (DEFAULT_LANGUAGE) name them.
ENGINES_KEY = "engines"
HARPER_NAME = "harper"
HARPER_DEFAULT_ON = True
DEFAULT_LANGUAGE_KEY = "default_language"


class _Stored(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def get_style_sheet(self) -> dict[str, Any] | None: ...


def warm_dialect(stored: _Stored) -> str:
    """The dialect Harper warms up for, "" when the desk switched Harper off."""
    engines = stored.get_setting(ENGINES_KEY)
    on = HARPER_DEFAULT_ON
    if isinstance(engines, dict):
        value = engines.get(HARPER_NAME, HARPER_DEFAULT_ON)
        on = value if isinstance(value, bool) else HARPER_DEFAULT_ON
    if not on:
        return ""
    chosen = stored.get_setting(DEFAULT_LANGUAGE_KEY)
    if chosen in LANGUAGES:
        return str(chosen)
    sheet = stored.get_style_sheet()
    house = sheet.get("dialect", DEFAULT_LANGUAGE) if sheet else DEFAULT_LANGUAGE
    return str(house) if house in LANGUAGES else DEFAULT_LANGUAGE
