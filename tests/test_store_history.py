"""The history of a draft, exports recorded against it, and the library's listing and bin."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reviewdesk.core.models import Article, ArticleStatus, Note
from reviewdesk.store import Library, NotFoundError
from reviewdesk.store.catalog import View
from reviewdesk.store.history import DONE, EXPORTED, HOURLY, OPENED

FIRST = "The council will mete on Tuesday 😀.\nResidents can coment online."
SECOND = "The council will meet on Tuesday 😀.\nResidents can comment online."


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "library.sqlite")
    yield library
    library.close()


def _article(lib: Library, text: str = FIRST, **kw: object) -> int:
    fields: dict = dict(id=None, title="Council", original=text, draft=text) | kw
    article = lib.add_article(Article(**fields))
    assert article.id is not None
    return article.id


def _age_snapshots(lib: Library, article_id: int, hours: float) -> None:
    old = (datetime.now(UTC) - timedelta(hours=hours)).isoformat().replace("+00:00", "Z")
    lib.db.execute("UPDATE snapshots SET created = ? WHERE article_id = ?", (old, article_id))


def test_rounds_keep_the_draft_and_skip_what_did_not_change(lib: Library) -> None:
    aid = _article(lib)
    opened = lib.history.take(aid, OPENED)
    assert opened is not None and opened.words == 10 and opened.changes == 0
    assert lib.history.take(aid, OPENED) is None  # reopened, nothing changed
    lib.save_draft(aid, SECOND)  # within the hour: no snapshot on save
    assert len(lib.history.snapshots(aid)) == 1
    done = lib.history.take(aid, DONE)
    assert done is not None and done.label == "Marked done"
    assert (done.changes, done.words_added, done.words_removed) == (2, 2, 2)
    again = lib.history.take(aid, DONE)  # an event is listed even when nothing changed
    assert again is not None and again.changes == 0 and again.digest == done.digest
    assert [s.reason for s in lib.history.snapshots(aid)] == [DONE, DONE, OPENED]
    assert lib.history.text(opened.id) == FIRST
    assert lib.history.text(done.id) == SECOND
    stored = lib.db.execute("SELECT count(*) FROM snapshot_texts").fetchone()[0]
    assert stored == 2  # one text per distinct draft


def test_a_save_an_hour_after_the_last_snapshot_takes_one(lib: Library) -> None:
    aid = _article(lib)
    lib.history.take(aid, OPENED)
    _age_snapshots(lib, aid, hours=1.5)
    lib.save_draft(aid, SECOND)
    newest = lib.history.snapshots(aid)[0]
    assert newest.reason == HOURLY and lib.history.text(newest.id) == SECOND
    lib.save_draft(aid, SECOND + " More.")  # the next one waits for the next hour
    assert len(lib.history.snapshots(aid)) == 2


def test_snapshots_survive_reopening_and_keep_odd_text(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    odd = "Lone surrogate-free but odd: \u2028 \x00 \ufeff 𝄞 e\u0301"
    with Library(path) as lib:
        aid = _article(lib)
        snap = lib.history.take(aid, OPENED, odd)
        assert snap is not None
    with Library(path) as lib:
        assert lib.history.text(snap.id) == odd
        with pytest.raises(NotFoundError):
            lib.history.text(snap.id + 100)


def test_an_export_records_the_snapshot_it_came_from(lib: Library, tmp_path: Path) -> None:
    aid = _article(lib)
    lib.history.take(aid, OPENED)
    lib.save_draft(aid, SECOND)
    record = lib.history.record_export(aid, SECOND, "docx-tracked", tmp_path / "c.docx")
    assert record.snapshot_id is not None
    snap = lib.history.get(record.snapshot_id)
    assert snap.reason == EXPORTED and "c.docx" in snap.detail
    assert lib.history.text(snap.id) == SECOND
    assert lib.history.exports(aid) == [record]


def test_listing_counts_words_notes_and_issues(lib: Library) -> None:
    aid = _article(lib, source_path="/news/council.txt", language="en-GB")
    lib.add_note(Note(None, aid, 0, 3, "The", "open"))
    lib.add_note(Note(None, aid, 4, 11, "council", "closed", resolved=True))
    assert lib.catalog.set_open_issues(aid, 4) is True
    assert lib.catalog.set_open_issues(aid, 4) is False  # unchanged: no write
    lib.save_draft(aid, SECOND + " And three more.")
    (row,) = lib.catalog.summaries()
    assert (row.title, row.language, row.words, row.open_notes, row.open_issues) == (
        "Council",
        "en-GB",
        13,
        1,
        4,
    )
    assert row.source_path == "/news/council.txt" and not row.archived and not row.deleted


def test_filters_archive_and_the_bin(lib: Library) -> None:
    new = _article(lib, title="New one")
    done = _article(lib, title="Done one")
    lib.update_article(done, status=ArticleStatus.DONE)
    old = _article(lib, title="Old one")
    lib.db.execute(
        "UPDATE articles SET updated = '2020-01-01T00:00:00.000000Z' WHERE id = ?", (old,)
    )
    titles = lambda rows: [r.title for r in rows]  # noqa: E731
    assert titles(lib.catalog.summaries()) == ["Done one", "New one", "Old one"]
    assert titles(lib.catalog.summaries(status="done")) == ["Done one"]
    assert titles(lib.catalog.summaries(since="2021-01-01")) == ["Done one", "New one"]
    lib.catalog.set_archived(done)
    assert titles(lib.catalog.summaries()) == ["New one", "Old one"]
    assert titles(lib.catalog.summaries(View.ARCHIVED)) == ["Done one"]
    lib.catalog.move_to_bin(new)
    assert titles(lib.catalog.summaries(View.ALL)) == ["Done one", "Old one"]
    assert titles(lib.catalog.summaries(View.BIN)) == ["New one"]
    assert [a.title for a in lib.list_articles()] == ["Done one", "Old one"]
    lib.catalog.restore_from_bin(new)
    assert lib.catalog.in_bin() == 0
    lib.catalog.move_to_bin(new)
    assert lib.get_article(new).title == "New one"  # still there until the bin is emptied


def test_emptying_the_bin_deletes_for_good(lib: Library, tmp_path: Path) -> None:
    aid = _article(lib, source_path=str(tmp_path / "a.txt"))
    keep = _article(lib, title="Keep")
    lib.add_note(Note(None, aid, 0, 3, "The", "note"))
    lib.history.take(aid, OPENED)
    lib.history.record_export(aid, FIRST, "txt", tmp_path / "a-edited.txt")
    lib.history.take(keep, OPENED)
    lib.catalog.move_to_bin(aid)
    assert lib.find_article_by_source(str(tmp_path / "a.txt")) is None  # binned: reimport
    assert lib.catalog.empty_bin() == 1
    with pytest.raises(NotFoundError):
        lib.get_article(aid)
    assert lib.notes(aid) == [] and lib.history.snapshots(aid) == []
    assert lib.history.exports(aid) == []
    assert len(lib.history.snapshots(keep)) == 1
    count = lib.db.execute("SELECT count(*) FROM snapshot_texts").fetchone()[0]
    assert count == 1  # the kept article's draft (the same text, stored once) stays
    with pytest.raises(NotFoundError):
        lib.catalog.move_to_bin(aid)


def test_a_new_articles_first_snapshot_does_not_diff_its_text_with_itself(
    lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a new article snapshots its draft, which is its original: nothing to diff
    (at 100k words the diff was ~13 ms of Python on the writer, beside the UI thread)."""
    import reviewdesk.store.history as history

    def no_diff(_a: str, _b: str) -> list[object]:
        raise AssertionError("diffed a text with itself")

    monkeypatch.setattr(history, "changes", no_diff)
    aid = _article(lib)
    opened = lib.history.take(aid, OPENED)
    assert opened is not None
    assert (opened.changes, opened.words_added, opened.words_removed, opened.words) == (0, 0, 0, 10)
