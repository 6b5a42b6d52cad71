"""Harper's warm-up dialect read without the engines' modules (issue 14, the first
highlights): the app starts the checker with it before importing the engines' registry
and the desk's settings, so it must be the dialect those would have given Harper, for
whatever a desk's library can hold."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from reviewdesk import app
from reviewdesk.core.engines.registry import HARPER, EngineSettings
from reviewdesk.desk.checking import engine_settings
from reviewdesk.desk.context import default_language
from reviewdesk.desk.settings import DEFAULT_LANGUAGE, ENGINES
from reviewdesk.desk.warm_dialect import warm_dialect
from reviewdesk.store import Library
from reviewdesk.store.peek import SettingsPeek, peek_settings


def _full(stored: SettingsPeek | Library) -> str:
    """What the app launched the checker with before: the desk's settings, whole."""
    return default_language(stored) if engine_settings(stored).is_on(HARPER) else ""


CASES: list[tuple[dict[str, Any], dict[str, Any] | None]] = [
    ({}, None),  # a first run: Harper on, en-US
    ({"engines": {"harper": False}}, None),
    ({"engines": {"harper": True, "names": False}, "default_language": "en-GB"}, None),
    ({"engines": {"harper": "no"}}, None),  # malformed switch: ignored, Harper on
    ({"engines": ["harper"]}, None),  # malformed setting: the defaults
    ({"default_language": "en-AU"}, {"dialect": "en-CA"}),  # the editor's choice wins
    ({"default_language": "fr-FR"}, {"dialect": "en-CA"}),  # unknown: the house sheet's
    ({"default_language": 7}, None),  # not text: the default
    ({}, {"dialect": "en-GB"}),  # the house sheet's dialect
    ({}, {"dialect": "xx"}),  # a sheet that is not valid: the shipped sheet's dialect
]


@pytest.mark.parametrize(("values", "sheet"), CASES)
def test_the_warm_up_dialect_is_the_one_the_desks_settings_give(
    values: dict[str, Any], sheet: dict[str, Any] | None
) -> None:
    stored = SettingsPeek(values, sheet)
    assert warm_dialect(stored) == _full(stored)


@pytest.mark.parametrize(
    ("harper", "chosen", "expected"),
    [(True, "en-GB", "en-GB"), (True, None, "en-AU"), (False, "en-GB", "")],
)
def test_a_stored_library_gives_the_same_dialect_read_before_it_opens(
    tmp_path: Path, harper: bool, chosen: str | None, expected: str
) -> None:
    """Through the store: what the library holds, read as the app reads it at start."""
    path = tmp_path / "library.sqlite"
    library = Library(path)
    try:
        ENGINES.write(library, EngineSettings().switch(harper=harper))
        if chosen is not None:
            DEFAULT_LANGUAGE.write(library, chosen)
        library.set_style_sheet({"dialect": "en-AU"})
        assert _full(library) == expected
    finally:
        library.close()
    peek = peek_settings(path)
    assert peek is not None
    assert warm_dialect(peek) == expected


def test_a_house_sheet_that_is_not_valid_gets_the_real_dialect_in_the_start_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The one guess that can miss: a stored sheet naming a dialect but not valid as a
    whole, so the shipped sheet's dialect applies. The process starts warming the named
    one; the start message, sent once the desk's settings are read, names the real one
    (the checker then warms that too). Neither process nor message is made here:
    ``spawn_checker`` and ``_launch_checker`` are replaced."""
    spawned: list[str] = []
    launched: list[str] = []
    monkeypatch.setattr(
        app,
        "spawn_checker",
        lambda early: spawned.append(early) or SimpleNamespace(early_language=early),
    )
    monkeypatch.setattr(
        app, "_launch_checker", lambda s, warm, _spawned=None, _article=None: launched.append(warm)
    )
    path = tmp_path / "library.sqlite"
    library = Library(path)
    try:
        library.set_style_sheet({"dialect": "en-GB", "rules": []})  # "rules": not a key
        assert _full(library) == "en-US"
    finally:
        library.close()
    early = app._launch_early(path)
    assert early is not None
    assert spawned == ["en-GB"] and launched == ["en-US"] and early[2] == "en-US"
