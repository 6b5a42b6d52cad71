"""The library keeps a Word article whole: the source file's bytes, the structure with its
incoming revisions, and comment threads (replies, dates, resolved state, origin)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reviewdesk.core.models import Article, Note, SourceFile
from reviewdesk.core.structure import (
    Revision,
    RevisionKind,
    RevisionStatus,
    Span,
    SpanKind,
    Structure,
)
from reviewdesk.store import Library, NotFoundError
from reviewdesk.store.migrations import MIGRATIONS

TEXT = "Harbour 😀 reopens\nThe council said it will meet soon.\nFootnote text."
STRUCTURE = Structure(
    spans=(
        Span(SpanKind.HEADING, 0, 17, {"level": "1"}),
        Span(SpanKind.FOOTNOTE, 53, 67, {"id": "2", "number": "1"}),
    ),
    revisions=(
        Revision(1, RevisionKind.INSERT, 36, 45, "will meet", "Writer", "2024-03-14T09:00:00Z",
                 places=("word/document.xml#3",)),
        Revision(2, RevisionKind.DELETE, 45, 45, " today", "Writer", "2024-03-14T09:00:00Z"),
    ),
)  # fmt: skip
SOURCE = SourceFile("story.docx", "docx", b"PK\x03\x04 pretend these are the file's bytes \x00\xff")


def _add(lib: Library) -> Article:
    notes = [
        Note(None, 0, 0, 7, "Harbour", "Which harbour?", author="Desk",
             created="2024-03-14T10:00:00Z", origin="0"),
        Note(None, 0, 0, 7, "Harbour", "Port Ellis.", author="Writer", resolved=True,
             created="2024-03-14T11:00:00Z", parent_id=0, origin="1"),
    ]  # fmt: skip
    return lib.add_article(
        Article(None, "Harbour", TEXT, TEXT), notes, source=SOURCE, structure=STRUCTURE
    )


def test_source_structure_and_threads_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        article = _add(lib)
    with Library(path) as lib:
        assert lib.source(article.id) == SOURCE
        assert lib.structure(article.id) == STRUCTURE
        first, reply = lib.notes(article.id)
    assert (first.body, first.created, first.origin, first.parent_id) == (
        "Which harbour?",
        "2024-03-14T10:00:00Z",
        "0",
        None,
    )
    assert (reply.body, reply.parent_id, reply.resolved, reply.created) == (
        "Port Ellis.",
        first.id,
        True,
        "2024-03-14T11:00:00Z",
    )


def test_a_revision_decision_is_saved(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        article = _add(lib)
        decided = STRUCTURE.with_revision(
            Revision(1, RevisionKind.INSERT, 36, 45, "will meet", "Writer",
                     "2024-03-14T09:00:00Z", RevisionStatus.ACCEPTED, ("word/document.xml#3",))
        )  # fmt: skip
        lib.save_structure(article.id, decided)
        assert lib.structure(article.id).revision(1).status is RevisionStatus.ACCEPTED
        assert lib.structure(article.id).revision(2).pending
        with pytest.raises(NotFoundError):
            lib.save_structure(999, decided)


def test_articles_without_a_source_have_none(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        article = lib.add_article(Article(None, "Plain", "text", "text"))
        assert lib.source(article.id) is None
        assert lib.structure(article.id) == Structure()


def test_a_damaged_stored_source_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        article = _add(lib)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE sources SET data = ? WHERE article_id = ?", (b"other", article.id))
    with Library(path) as lib:
        assert lib.source(article.id) is None


def test_deleting_a_note_deletes_its_replies_and_an_article_everything(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        article = _add(lib)
        first, _ = lib.notes(article.id)
        answer = lib.add_note(Note(None, article.id, 0, 7, "Harbour", "Thanks", parent_id=first.id))
        assert answer.parent_id == first.id
        lib.delete_note(first.id)
        assert lib.notes(article.id) == []
        other = _add(lib)
        lib.delete_article(other.id)
        assert lib.source(other.id) is None and lib.structure(other.id) == Structure()


def test_a_reply_must_answer_a_note_of_the_same_article(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        article = _add(lib)
        with pytest.raises(NotFoundError):
            lib.add_note(Note(None, article.id, 0, 1, "H", "x", parent_id=12345))
        with pytest.raises(ValueError, match="follow the note it answers"):
            lib.add_article(
                Article(None, "T", "x", "x"), [Note(None, 0, 0, 1, "x", "reply", parent_id=0)]
            )


def test_a_library_from_before_opens_and_gains_the_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    first = MIGRATIONS[:1]
    from sqlite_utils import Database

    from reviewdesk.store.migrations import migrate

    db = Database(path)
    migrate(db, first)
    db.execute(
        "INSERT INTO articles (title, original, draft, language, status, created, updated) "
        "VALUES ('Old', 'text', 'text', 'en-US', 'new', 'x', 'x')"
    )
    db.execute(
        "INSERT INTO notes (article_id, start, [end], created, updated) VALUES (1, 0, 1, 'x', 'x')"
    )
    db.conn.commit()
    db.close()
    with Library(path) as lib:
        (note,) = lib.notes(1)
        assert (note.parent_id, note.origin) == (None, "")
        assert lib.source(1) is None
