"""Search across the library (FTS5): notes, originals, the bin, odd queries, old libraries."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from reviewdesk.core.models import Article, Note
from reviewdesk.store import Library
from reviewdesk.store.migrations import MIGRATIONS, migrate
from reviewdesk.store.search import fts_query

ORIGINAL = (
    "Minsk talks stall\n"
    "The delegation met President Lukashenko in Minsk on Tuesday, a spokesman said.\n"
    "Talks on grain exports 😀 went on past midnight at the café."
)
DRAFT = (
    "Minsk talks stall\n"
    "The delegation met Alexander Lukashenko in Minsk on Tuesday, a spokesman said.\n"
    "Talks on grain exports 😀 went on past midnight at the café."
)


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "library.sqlite")
    yield library
    library.close()


def _add(lib: Library, title: str, original: str, draft: str | None = None) -> int:
    article = lib.add_article(Article(None, title, original, original))
    assert article.id is not None
    if draft is not None:
        lib.save_draft(article.id, draft)
    return article.id


def test_a_word_only_in_a_note_finds_the_article_and_the_note(lib: Library) -> None:
    story = _add(lib, "Minsk talks stall", ORIGINAL, DRAFT)
    _add(lib, "Budget vote", "The council passed the budget.")
    note = lib.add_note(
        Note(None, story, 18, 21, "The", "Ask the desk about Tsikhanouskaya's title")
    )
    (hit,) = lib.search.find("tsikhanouskaya")
    assert (hit.article_id, hit.field, hit.title) == (story, "notes", "Minsk talks stall")
    assert hit.marked("[", "]") == "Ask the desk about [Tsikhanouskaya]'s title"
    place = lib.search.locate(story, "tsikhanouskaya", hit.field)
    assert place is not None and place.note_id == note.id
    # the index follows an edited note, and forgets a deleted one
    note.body = "Ask about the minister's title"
    lib.update_note(note)
    assert lib.search.find("tsikhanouskaya") == []
    assert [h.field for h in lib.search.find("minister")] == ["notes"]
    lib.delete_note(note.id)
    assert lib.search.find("minister") == []


def test_a_word_gone_from_the_draft_is_found_in_the_original(lib: Library) -> None:
    story = _add(lib, "Minsk talks stall", ORIGINAL, DRAFT)
    (hit,) = lib.search.find("president")
    assert hit.field == "original" and "President" in hit.snippet
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "President"
    place = lib.search.locate(story, "president", hit.field)
    assert place is not None and place.field == "original"
    assert ORIGINAL[place.start : place.end] == "President"
    # a word in both is shown from the draft, at its place in the draft (after the emoji)
    (hit,) = lib.search.find("midnight")
    assert hit.field == "draft"
    place = lib.search.locate(story, "midnight", hit.field)
    assert place is not None and DRAFT[place.start : place.end] == "midnight"


def test_accents_phrases_prefixes_and_several_words(lib: Library) -> None:
    story = _add(lib, "Minsk talks stall", ORIGINAL, DRAFT)
    other = _add(lib, "Grain prices", "Grain prices rose at a Kyiv cafe.")
    assert {h.article_id for h in lib.search.find("cafe")} == {story, other}
    assert {h.article_id for h in lib.search.find("CAFÉ")} == {story, other}
    assert [h.article_id for h in lib.search.find('"grain exports"')] == [story]
    assert [h.article_id for h in lib.search.find("lukash*")] == [story]
    assert [h.article_id for h in lib.search.find("lukash", prefix_last=True)] == [story]
    assert lib.search.find("lukash") == []
    assert lib.search.find("lukash ", prefix_last=True) == []  # a finished word
    assert lib.search.find("lu", prefix_last=True) == []  # too short to stand for words
    place = lib.search.locate(story, "lukash", "draft", prefix_last=True)
    assert place is not None and DRAFT[place.start : place.end] == "Lukashenko"
    assert [h.article_id for h in lib.search.find("grain kyiv")] == [other]
    assert lib.search.find("grain nowhere") == []


FOUND_ANYWAY = {"-minsk", "minsk)", "(minsk", "^minsk", "minsk +"}


@pytest.mark.parametrize(
    "typed",
    [
        *sorted(FOUND_ANYWAY),
        '"',
        '""',
        "*",
        "AND",
        "OR NOT",
        "NEAR(",
        "title:minsk",
        "'",
        "😀",
        "\\",
        "%_",
        "\x00",
        "a" * 5000,
        '"unclosed phrase',
        "{draft original}: x",
    ],
)
def test_whatever_a_user_types_never_raises(lib: Library, typed: str) -> None:
    _add(lib, "Minsk talks stall", ORIGINAL, DRAFT)
    hits = lib.search.find(typed)
    assert isinstance(hits, list)
    if typed in FOUND_ANYWAY:  # the punctuation around a word is not taken as syntax
        assert [h.title for h in hits] == ["Minsk talks stall"]


def test_fts_query_quotes_every_term() -> None:
    assert fts_query('minsk AND "grain exports" lukash* ') == (
        '"minsk" "AND" "grain exports" "lukash"*'
    )
    assert fts_query('say "hi') == '"say" "hi"'
    assert fts_query("...  —  😀") is None
    assert fts_query('a"b') == '"a" "b"'


def test_the_bin_is_not_searched_unless_asked(lib: Library) -> None:
    story = _add(lib, "Minsk talks stall", ORIGINAL, DRAFT)
    lib.catalog.move_to_bin(story)
    assert lib.search.find("minsk") == []
    assert [h.article_id for h in lib.search.find("minsk", include_bin=True)] == [story]
    lib.catalog.restore_from_bin(story)
    assert [h.article_id for h in lib.search.find("minsk")] == [story]
    lib.catalog.move_to_bin(story)
    lib.catalog.empty_bin()
    assert lib.search.find("minsk", include_bin=True) == []


def test_results_come_best_first_and_respect_the_limit(lib: Library) -> None:
    for n in range(30):
        _add(lib, f"Story {n}", f"Story {n} about the harbour and nothing else.")
    titled = _add(lib, "Harbour strike", "Dockers stopped work at the harbour.")
    hits = lib.search.find("harbour", limit=10)
    assert len(hits) == 10 and hits[0].article_id == titled  # a title counts most


def test_an_existing_library_gets_its_index_from_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrate(db, MIGRATIONS[:1])  # a library as the first version wrote it
    stamp = "2024-01-02T03:04:05.000000Z"
    db["articles"].insert(
        {
            "id": 7,
            "title": "Minsk talks stall",
            "original": ORIGINAL,
            "draft": DRAFT,
            "language": "en-GB",
            "status": "in_review",
            "created": stamp,
            "updated": stamp,
        }
    )
    db["notes"].insert(
        {
            "article_id": 7,
            "start": 0,
            "end": 5,
            "body": "Check Tsikhanouskaya",
            "created": stamp,
            "updated": stamp,
        }
    )
    conn.close()
    with Library(path) as lib:
        assert [h.field for h in lib.search.find("tsikhanouskaya")] == ["notes"]
        assert [h.field for h in lib.search.find("president")] == ["original"]
        (row,) = lib.catalog.summaries()
        assert (row.words, row.open_notes, row.open_issues) == (26, 1, None)
