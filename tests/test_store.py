"""The library on a real SQLite file: what goes in comes back out, also after reopening."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewdesk.core.models import (
    Article,
    ArticleStatus,
    Decision,
    DecisionAction,
    Note,
    WordScope,
)
from reviewdesk.store import Library, NotFoundError, StoreError, default_library_path

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
TEXT = "Héllo 😀 wörld 𝄞.\nSecond paragraph."


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "nested" / "library.sqlite")
    yield library
    library.close()


def _article(lib: Library, **kw: object) -> Article:
    fields: dict = dict(id=None, title="Title", original=TEXT, draft=TEXT) | kw
    return lib.add_article(Article(**fields))


def test_article_round_trip_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        added = _article(
            lib,
            language="en-GB",
            source_path="/news/a.txt",
            source_format="md",
            encoding="utf-8-sig",
            meta={"byline": "Desk 😀"},
        )
        assert added.id is not None
        assert ISO_UTC.match(added.created) and added.updated == added.created
    with Library(path) as lib:
        got = lib.get_article(added.id)
    assert got == added
    assert got.original == TEXT and got.meta == {"byline": "Desk 😀"}


def test_save_draft_and_update_article(lib: Library) -> None:
    a = _article(lib)
    lib.save_draft(a.id, "new 😀 draft")
    lib.update_article(a.id, title="New title", language="en-AU", status=ArticleStatus.DONE)
    got = lib.get_article(a.id)
    assert (got.draft, got.title, got.language, got.status) == (
        "new 😀 draft",
        "New title",
        "en-AU",
        ArticleStatus.DONE,
    )
    assert got.original == TEXT
    assert got.updated >= a.updated
    with pytest.raises(ValueError, match="unknown language"):
        lib.update_article(a.id, language="fr-FR")


def test_list_find_and_delete_articles(lib: Library, tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    src.write_text("x", encoding="utf-8")
    first = _article(lib, title="one", source_path=str(src.resolve()))
    second = _article(lib, title="two", source_path=str(src.resolve()))
    other = _article(lib, title="other", source_path="/elsewhere.txt")
    assert {a.id for a in lib.list_articles()} == {first.id, second.id, other.id}
    found = lib.find_article_by_source(str(src.resolve()))
    assert found is not None and found.id == second.id  # the most recent one
    lib.save_draft(first.id, "worked on later")
    found = lib.find_article_by_source(str(src.resolve()))
    assert found is not None and found.id == first.id
    assert lib.find_article_by_source("/no/such/file.txt") is None
    lib.add_note(Note(None, first.id, 0, 5, "Héllo", "check"))
    lib.add_word("Frobnitz", WordScope.ARTICLE, first.id)
    lib.delete_article(first.id)
    with pytest.raises(NotFoundError):
        lib.get_article(first.id)
    assert lib.notes(first.id) == []
    assert {a.title for a in lib.list_articles()} == {"other", "two"}


def test_missing_ids_raise_not_found_as_key_error(lib: Library) -> None:
    for call in (
        lambda: lib.get_article(42),
        lambda: lib.save_draft(42, "x"),
        lambda: lib.update_article(42, title="x"),
        lambda: lib.delete_article(42),
        lambda: lib.add_note(Note(None, 42, 0, 1, "x", "y")),
        lambda: lib.delete_note(42),
        lambda: lib.update_note(Note(42, 1, 0, 1, "x", "y")),
        lambda: lib.record_decision(
            Decision(None, 42, DecisionAction.IGNORE, "r", "harper", "spelling", 0, 1, "x")
        ),
        lambda: lib.remove_decision(42),
        lambda: lib.add_word("x", WordScope.ARTICLE, 42),
    ):
        with pytest.raises(NotFoundError) as info:
            call()
        assert isinstance(info.value, KeyError)
        assert "42" in str(info.value) and not str(info.value).startswith("'")


def test_notes_round_trip_and_positions(lib: Library) -> None:
    a = _article(lib)
    n1 = lib.add_note(Note(None, a.id, 6, 7, "😀", "emoji?", author="ed"))
    n2 = lib.add_note(Note(None, a.id, 0, 5, "Héllo", "accent"))
    assert [n.id for n in lib.notes(a.id)] == [n2.id, n1.id]  # passage order
    n1.body = "changed"
    n1.resolved = True
    lib.update_note(n1)
    lib.save_note_positions(a.id, [(n1.id, 9, 10), (n2.id, 3, 8), (9999, 0, 1)])
    notes = {n.id: n for n in lib.notes(a.id)}
    assert (notes[n1.id].start, notes[n1.id].end, notes[n1.id].body) == (9, 10, "changed")
    assert notes[n1.id].resolved is True and notes[n1.id].author == "ed"
    assert (notes[n2.id].start, notes[n2.id].end) == (3, 8)
    lib.delete_note(n2.id)
    assert [n.id for n in lib.notes(a.id)] == [n1.id]


def test_note_positions_are_saved_all_or_nothing(lib: Library) -> None:
    a = _article(lib)
    n = lib.add_note(Note(None, a.id, 0, 5, "Héllo", "x"))
    with pytest.raises(ValueError, match="bad note span"):
        lib.save_note_positions(a.id, [(n.id, 2, 4), (n.id, 5, 1)])
    assert (lib.notes(a.id)[0].start, lib.notes(a.id)[0].end) == (0, 5)


def test_an_article_comes_in_with_its_notes_or_not_at_all(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    comments = [Note(None, 0, 0, 5, "Héllo", "accent?"), Note(None, 0, 6, 7, "😀", "emoji")]
    a = lib.add_article(Article(None, "Imported", TEXT, TEXT), comments)
    assert [(n.article_id, n.quote, n.body) for n in lib.notes(a.id)] == [
        (a.id, "Héllo", "accent?"),
        (a.id, "😀", "emoji"),
    ]

    from reviewdesk.store import rows

    real, calls = rows.note_row, []

    def second_fails(note: Note) -> dict:
        calls.append(note)
        if len(calls) == 2:
            raise StoreError("disk full")  # as if the write failed half-way
        return real(note)

    monkeypatch.setattr(rows, "note_row", second_fails)
    with pytest.raises(StoreError, match="disk full"):
        lib.add_article(Article(None, "Half", TEXT, TEXT), comments)
    assert [x.title for x in lib.list_articles()] == ["Imported"]  # no article without notes


def test_decisions_and_ignored_keys(lib: Library) -> None:
    a = _article(lib)
    applied = lib.record_decision(
        Decision(
            None,
            a.id,
            DecisionAction.APPLY,
            "SpellCheck",
            "harper",
            "spelling",
            0,
            4,
            "onyl",
            replacement="only",
            issue_key="k1",
        )
    )
    ignored = lib.record_decision(
        Decision(
            None,
            a.id,
            DecisionAction.IGNORE,
            "AnA",
            "harper",
            "grammar",
            10,
            12,
            "an",
            issue_key="k2",
        )
    )
    assert ISO_UTC.match(applied.created)
    assert lib.decisions(a.id) == [applied, ignored]
    assert lib.ignored_keys(a.id) == frozenset({"k2"})
    lib.remove_decision(ignored.id)
    assert lib.ignored_keys(a.id) == frozenset()
    assert lib.decisions(a.id) == [applied]


def test_words_in_all_three_scopes(lib: Library) -> None:
    a = _article(lib)
    b = _article(lib)
    lib.add_word("Housestyle", WordScope.HOUSE)
    lib.add_word("Mineword", "user")
    lib.add_word("Onlyhere", WordScope.ARTICLE, a.id)
    lib.add_word("Onlyhere", WordScope.ARTICLE, a.id)  # twice is once
    lib.add_word("  Mineword ", WordScope.USER)
    assert lib.words(WordScope.HOUSE) == ["Housestyle"]
    assert lib.words(WordScope.USER) == ["Mineword"]
    assert lib.words(WordScope.ARTICLE, a.id) == ["Onlyhere"]
    assert lib.words(WordScope.ARTICLE, b.id) == []
    assert lib.words_for(None) == frozenset({"Housestyle", "Mineword"})
    assert lib.words_for(a.id) == frozenset({"Housestyle", "Mineword", "Onlyhere"})
    assert lib.words_for(b.id) == frozenset({"Housestyle", "Mineword"})
    lib.remove_word("Mineword", WordScope.USER)
    lib.remove_word("Onlyhere", WordScope.ARTICLE, a.id)
    assert lib.words_for(a.id) == frozenset({"Housestyle"})
    with pytest.raises(ValueError):
        lib.add_word("   ", WordScope.USER)
    with pytest.raises(ValueError):
        lib.add_word("x", WordScope.ARTICLE)
    with pytest.raises(ValueError):
        lib.add_word("x", "galaxy")


def test_settings_and_style_sheet_persist(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        assert lib.get_setting("disabled_rules", []) == []
        assert lib.get_style_sheet() is None
        lib.set_setting("disabled_rules", ["SpellCheck"])
        lib.set_setting("engines", {"harper": True, "languagetool": False})
        lib.set_setting("disabled_rules", ["AnA", "SpellCheck"])
        lib.set_style_sheet({"names": {"Tsar": "tsar"}, "serial_comma": False})
        with pytest.raises(ValueError):
            lib.set_setting("bad", object())
    with Library(path) as lib:
        assert lib.get_setting("disabled_rules") == ["AnA", "SpellCheck"]
        assert lib.get_setting("engines") == {"harper": True, "languagetool": False}
        assert lib.get_style_sheet() == {"names": {"Tsar": "tsar"}, "serial_comma": False}


def test_default_library_path(tmp_path: Path) -> None:
    assert default_library_path({"REVIEWDESK_LIBRARY": str(tmp_path / "x.db")}) == (
        tmp_path / "x.db"
    )
    fallback = default_library_path({})
    assert fallback.name == "library.sqlite" and "reviewdesk" in fallback.parts


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Library(tmp_path)
