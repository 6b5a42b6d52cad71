"""The settings the app launches the checker with, read before the library opens (issue 14).

``reviewdesk.store.peek`` reads them with the standard ``sqlite3`` module so the checker
process starts before sqlite-utils is imported and the library opened. What it reads must
be what the library says, it must leave the library's files as they were, and where it
cannot read them safely it says so (the app then waits for the library, as before).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from reviewdesk import app
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.core.models import Article, WordScope
from reviewdesk.desk.checking import engine_settings
from reviewdesk.desk.context import default_language
from reviewdesk.desk.settings import DEFAULT_LANGUAGE, ENGINES
from reviewdesk.store import Library
from reviewdesk.store.peek import peek_settings


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _library_with_choices(path: Path) -> None:
    library = Library(path)
    try:
        chosen = EngineSettings(switched={"harper": False}, languagetool_picky=True)
        ENGINES.write(library, chosen)
        DEFAULT_LANGUAGE.write(library, "en-GB")
    finally:
        library.close()


def test_a_closed_library_reads_the_same_settings_and_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    _library_with_choices(path)
    before = _files(tmp_path)

    peek = peek_settings(path)

    assert peek is not None
    assert _files(tmp_path) == before  # no -wal, no -shm, not a byte changed
    library = Library(path)
    try:
        assert engine_settings(peek) == engine_settings(library)
        assert engine_settings(peek).switched == {"harper": False}
        assert default_language(peek) == default_language(library) == "en-GB"
    finally:
        library.close()


def test_the_house_style_sheets_dialect_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    library = Library(path)
    try:
        library.set_style_sheet({"dialect": "en-AU"})
        expected = default_language(library)
    finally:
        library.close()
    peek = peek_settings(path)
    assert peek is not None
    assert default_language(peek) == expected == "en-AU"


def test_a_first_run_has_the_defaults_and_makes_no_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "library.sqlite"
    peek = peek_settings(path)
    assert peek is not None
    assert engine_settings(peek) == EngineSettings()
    assert not path.parent.exists()


def test_a_library_in_use_is_left_to_the_library(tmp_path: Path) -> None:
    """Another program has it open (its -wal and -shm are there): not read beside it."""
    path = tmp_path / "library.sqlite"
    _library_with_choices(path)
    other = Library(path)
    try:
        other.get_setting("anything")
        assert peek_settings(path) is None
    finally:
        other.close()


def test_a_file_that_is_no_library_is_left_to_the_library(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"not a database at all, but some bytes" * 100)
    assert peek_settings(path) is None
    assert path.read_bytes() == b"not a database at all, but some bytes" * 100


def test_the_app_keeps_the_early_checker_only_for_the_librarys_own_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which settings the checker gets, not the process: ``spawn_checker`` and
    ``_launch_checker`` are replaced (a real launch takes seconds and is covered by
    tests/gui/test_gui_start.py)."""
    launched: list[tuple[EngineSettings, str]] = []
    spawned: list[str] = []
    monkeypatch.setattr(
        app,
        "spawn_checker",
        lambda early: spawned.append(early) or SimpleNamespace(early_language=early),
    )
    monkeypatch.setattr(
        app, "_launch_checker", lambda s, w, _spawned=None, _article=None: launched.append((s, w))
    )
    path = tmp_path / "library.sqlite"
    _library_with_choices(path)

    early = app._launch_early(path)
    assert early is not None
    chosen = EngineSettings(switched={"harper": False}, languagetool_picky=True)
    assert launched == [(chosen, "en-GB")]
    assert spawned == [""]  # Harper switched off: no dialect warmed from the start

    library = Library(path)
    try:
        _checker, settings, warm = app._launch_for(library, early)
        assert len(launched) == 1  # the same settings: the early checker is kept
        DEFAULT_LANGUAGE.write(library, "en-US")  # changed behind the peek's back
        _checker, settings, warm = app._launch_for(library, early)
        assert (settings, warm) == (engine_settings(library), "en-US")
        assert launched[-1] == (settings, "en-US") and len(launched) == 2
    finally:
        library.close()


def test_a_folder_it_may_not_look_into_is_left_to_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``Path.exists`` raises for a folder without search permission (EACCES); the app's
    start must not fail there before the library can say what is wrong. (Raised by a
    replaced ``Path.exists``: tests may run as root, which no permission stops.)"""

    def refused(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "exists", refused)
    assert peek_settings(tmp_path / "locked" / "library.sqlite") is None


def test_the_house_and_user_words_are_read_and_no_articles(tmp_path: Path) -> None:
    """The peek (read before the checker's launch, without the models) names the word
    scopes itself: a new article's check ahead gets the house's and the user's words,
    never one article's own."""
    path = tmp_path / "library.sqlite"
    library = Library(path)
    try:
        article = library.add_article(Article(None, "Story", "Text.", "Text."))
        library.add_word("Zelenskyy", WordScope.HOUSE)
        library.add_word("Hrodna", WordScope.USER)
        library.add_word("Kowalczyk", WordScope.ARTICLE, article.id)
    finally:
        library.close()

    peek = peek_settings(path)

    assert peek is not None
    assert peek.words == {"Zelenskyy", "Hrodna"}
