"""Schema for the library's history, listing and search (migrations named in migrations.py).

* ``snapshots`` + ``snapshot_texts``: the draft at each review round. Texts are stored
  once per distinct draft (keyed by a hash, zlib-compressed), so a round that changed
  nothing costs one small row.
* ``exports``: which snapshot each export was written from.
* ``articles.words/open_issues/archived/deleted``: what the library window lists without
  reading every draft; ``deleted`` set means "in the bin" (restorable until emptied).
* ``article_search``: an FTS5 index over title, draft, original and notes, one row per
  article (rowid = article id), kept in step by triggers.
"""

from __future__ import annotations

from reviewdesk.core.text import word_count
from reviewdesk.store._sqlite_utils import Database

#: Between two notes in the search index's ``notes`` column (a paragraph separator,
#: which the tokenizer skips), so a match can be traced back to its note.
NOTES_SEPARATOR = "\n\u2029\n"
SEARCH_TABLE = "article_search"
# title, draft, original, notes: a word in the title or a note counts more than the same
# word somewhere in a long original.
SEARCH_WEIGHTS = (8.0, 4.0, 1.0, 4.0)


def add_history(db: Database) -> None:
    """Snapshots of drafts, their texts, and the exports made from them."""
    db.execute(
        "CREATE TABLE snapshot_texts (digest TEXT PRIMARY KEY, size INTEGER NOT NULL, "
        "data BLOB NOT NULL)"
    )
    db.execute(
        "CREATE TABLE snapshots (id INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL REFERENCES articles(id), created TEXT NOT NULL, "
        "reason TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', "
        "digest TEXT NOT NULL REFERENCES snapshot_texts(digest), "
        "words INTEGER NOT NULL DEFAULT 0, changes INTEGER NOT NULL DEFAULT 0, "
        "words_added INTEGER NOT NULL DEFAULT 0, words_removed INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute("CREATE INDEX idx_snapshots_article ON snapshots (article_id, id)")
    db.execute(
        "CREATE TABLE exports (id INTEGER PRIMARY KEY, "
        "article_id INTEGER NOT NULL REFERENCES articles(id), "
        "snapshot_id INTEGER REFERENCES snapshots(id), created TEXT NOT NULL, "
        "format TEXT NOT NULL DEFAULT '', path TEXT NOT NULL DEFAULT '')"
    )
    db.execute("CREATE INDEX idx_exports_article ON exports (article_id, id)")


def add_listing(db: Database) -> None:
    """Columns the library window lists and filters on; word counts for existing articles."""
    for column, kind in (
        ("words", "INTEGER NOT NULL DEFAULT 0"),
        ("open_issues", "INTEGER"),  # NULL: never checked in the window
        ("archived", "INTEGER NOT NULL DEFAULT 0"),
        ("deleted", "TEXT"),  # when it went to the bin; NULL: not in the bin
    ):
        db.execute(f"ALTER TABLE articles ADD COLUMN {column} {kind}")
    counts = [
        (word_count(row["draft"] or ""), row["id"])
        for row in db.query("SELECT id, draft FROM articles")
    ]
    db.conn.executemany("UPDATE articles SET words = ? WHERE id = ?", counts)
    # Covers the library window's listing, so it never reads past the long text columns
    # (every column after them sits behind their overflow pages).
    db.execute(
        "CREATE INDEX idx_articles_listing ON articles (deleted, archived, updated, status, "
        "language, words, open_issues, created, title, source_path, source_format)"
    )


def add_target_length(db: Database) -> None:
    """The length each article should have, in words (0: no target), set in the window."""
    db.execute("ALTER TABLE articles ADD COLUMN target_words INTEGER NOT NULL DEFAULT 0")


def _notes_of(article: str) -> str:
    """SQL for the ``notes`` column of ``article`` (an SQL expression for its id)."""
    return (
        f"(SELECT ifnull(group_concat(body, char(10, 8233, 10)), '') FROM "
        f"(SELECT body FROM notes WHERE article_id = {article} ORDER BY id))"
    )


def add_search(db: Database) -> None:
    """The FTS5 index, its triggers, and every existing article and note in it."""
    db.execute(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
        "title, draft, original, notes, tokenize = 'unicode61 remove_diacritics 2')"
    )
    weights = ", ".join(str(w) for w in SEARCH_WEIGHTS)
    db.execute(
        f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rank) VALUES ('rank', 'bm25({weights})')"
    )
    db.execute(
        f"CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN "
        f"INSERT INTO {SEARCH_TABLE} (rowid, title, draft, original, notes) "
        f"VALUES (new.id, new.title, new.draft, new.original, {_notes_of('new.id')}); END"
    )
    # Only when the words changed: a save of the same draft, or a status change, leaves
    # the index alone.
    db.execute(
        f"CREATE TRIGGER articles_search_update AFTER UPDATE OF title, draft, original "
        f"ON articles WHEN new.title IS NOT old.title OR new.draft IS NOT old.draft "
        f"OR new.original IS NOT old.original BEGIN "
        f"UPDATE {SEARCH_TABLE} SET title = new.title, draft = new.draft, "
        f"original = new.original WHERE rowid = new.id; END"
    )
    db.execute(
        f"CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN "
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id; END"
    )
    for event, row in (("INSERT", "new"), ("DELETE", "old")):
        db.execute(
            f"CREATE TRIGGER notes_search_{event.lower()} AFTER {event} ON notes BEGIN "
            f"UPDATE {SEARCH_TABLE} SET notes = {_notes_of(f'{row}.article_id')} "
            f"WHERE rowid = {row}.article_id; END"
        )
    db.execute(
        f"CREATE TRIGGER notes_search_update AFTER UPDATE OF body ON notes "
        f"WHEN new.body IS NOT old.body BEGIN "
        f"UPDATE {SEARCH_TABLE} SET notes = {_notes_of('new.article_id')} "
        f"WHERE rowid = new.article_id; END"
    )
    db.execute(
        f"INSERT INTO {SEARCH_TABLE} (rowid, title, draft, original, notes) "
        f"SELECT id, title, draft, original, {_notes_of('articles.id')} FROM articles"
    )
