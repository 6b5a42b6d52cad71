"""Named schema migrations, applied in order and recorded in ``_migrations``.

Each migration is a function that changes the schema; its name is stored once it has
run, so reopening a library applies only what is new. Names are never reused or
renamed. A library that records a name this version does not know was written by a newer
reviewdesk, and is refused rather than silently misread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import StoreError
from reviewdesk.store.library_schema import (
    add_history,
    add_listing,
    add_search,
    add_target_length,
)

log = logging.getLogger(__name__)

Migration = Callable[[Database], None]
TABLE = "_migrations"


def _m001_initial(db: Database) -> None:
    db.table("articles").create(
        {
            "id": int,
            "title": str,
            "original": str,
            "draft": str,
            "language": str,
            "source_path": str,
            "source_format": str,
            "encoding": str,
            "status": str,
            "created": str,
            "updated": str,
            "meta": str,
        },
        pk="id",
        not_null=["title", "original", "draft", "language", "status", "created", "updated"],
        defaults={"source_path": "", "source_format": "txt", "encoding": "utf-8", "meta": "{}"},
    )
    db.table("articles").create_index(["source_path"])
    db.table("notes").create(
        {
            "id": int,
            "article_id": int,
            "start": int,
            "end": int,
            "quote": str,
            "body": str,
            "resolved": int,
            "author": str,
            "created": str,
            "updated": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null=["article_id", "start", "end", "created", "updated"],
        defaults={"quote": "", "body": "", "resolved": 0, "author": ""},
    )
    db.table("notes").create_index(["article_id"])
    db.table("decisions").create(
        {
            "id": int,
            "article_id": int,
            "action": str,
            "rule": str,
            "engine": str,
            "category": str,
            "start": int,
            "end": int,
            "text": str,
            "replacement": str,
            "issue_key": str,
            "created": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null=["article_id", "action", "start", "end", "created"],
        defaults={
            "rule": "",
            "engine": "",
            "category": "",
            "text": "",
            "replacement": "",
            "issue_key": "",
        },
    )
    db.table("decisions").create_index(["article_id"])
    db.table("words").create(
        {"id": int, "word": str, "scope": str, "article_id": int, "created": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null=["word", "scope"],
    )
    # NULLs are distinct in a UNIQUE index, so index the house/user scopes as article 0.
    db.execute("CREATE UNIQUE INDEX idx_words_unique ON words (word, scope, ifnull(article_id, 0))")
    db.table("settings").create({"key": str, "value": str}, pk="key", not_null=["value"])
    db.table("style_sheet").create(
        {"id": int, "data": str, "updated": str}, pk="id", not_null=["data", "updated"]
    )


def _m_revisions_and_claims(db: Database) -> None:
    # A revision counter per article: a save that would overwrite a newer draft (another
    # window, another program) is refused instead of silently winning.
    db.execute("ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")
    # Which process has an article open for editing (see store.claims): a second window
    # opens it read-only, and a claim whose process died is a crash to recover from.
    db.execute(
        "CREATE TABLE article_claims ("
        " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
        " pid INTEGER NOT NULL, host TEXT NOT NULL, started TEXT NOT NULL,"
        " claimed TEXT NOT NULL, heartbeat TEXT NOT NULL)"
    )


def _m_word_documents(db: Database) -> None:
    """Word in, Word out: the source file's bytes, the article's structure (headings,
    footnotes, incoming revisions...) and comment threads (replies, their origin)."""
    db.execute(
        "CREATE TABLE sources (article_id INTEGER PRIMARY KEY REFERENCES articles(id), "
        "name TEXT NOT NULL DEFAULT '', format TEXT NOT NULL DEFAULT '', "
        "data BLOB NOT NULL, sha256 TEXT NOT NULL DEFAULT '', stored TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE structures (article_id INTEGER PRIMARY KEY REFERENCES articles(id), "
        "data TEXT NOT NULL, updated TEXT NOT NULL)"
    )
    db.execute("ALTER TABLE notes ADD COLUMN parent_id INTEGER REFERENCES notes(id)")
    db.execute("ALTER TABLE notes ADD COLUMN origin TEXT NOT NULL DEFAULT ''")


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("001_initial", _m001_initial),
    ("002_draft_history", add_history),
    ("003_library_listing", add_listing),
    ("004_search_index", add_search),
    ("005_word_documents", _m_word_documents),
    ("006_target_length", add_target_length),
    ("007_revisions_and_claims", _m_revisions_and_claims),
)


def applied_migrations(db: Database) -> list[str]:
    """Names of the migrations already applied to ``db``, in the order they ran."""
    if TABLE not in db.table_names():
        return []
    return [row["name"] for row in db.query(f"SELECT name FROM {TABLE} ORDER BY rowid")]


def migrate(db: Database, migrations: tuple[tuple[str, Migration], ...] = MIGRATIONS) -> list[str]:
    """Apply the migrations ``db`` lacks, all in one write transaction; return their names.

    Raises :class:`StoreError` when the library was written by a newer version.
    """
    known = {name for name, _ in migrations}
    done = applied_migrations(db)
    _refuse_unknown(done, known)
    if all(name in done for name, _ in migrations):
        return []  # the common case: no write lock taken
    # IMMEDIATE takes the write lock before re-reading, so two processes opening a new
    # library at once cannot both run the same migration.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        db.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (name TEXT PRIMARY KEY, applied TEXT NOT NULL)"
        )
        done = applied_migrations(db)
        _refuse_unknown(done, known)
        ran: list[str] = []
        for name, apply in migrations:
            if name in done:
                continue
            log.info("applying library migration %s", name)
            apply(db)
            db.execute(
                f"INSERT INTO {TABLE} (name, applied) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            ran.append(name)
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    return ran


def _refuse_unknown(done: list[str], known: set[str]) -> None:
    unknown = [name for name in done if name not in known]
    if unknown:
        raise StoreError(
            "the library was written by a newer version of reviewdesk "
            f"(unknown migration {unknown[0]}); update reviewdesk to open it"
        )
