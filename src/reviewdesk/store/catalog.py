"""What the library window lists: one summary per article, archive, and the bin.

The summaries never read drafts: word counts live in ``articles.words`` (kept by every
draft save), open issues in ``articles.open_issues`` (the count of the draft's issues
from the window's latest check of it, stored when it changes; NULL until the article is
checked in the window), and open notes are counted from the notes table.
Deleting moves an article to the bin (``deleted`` holds when); it can be restored until
the bin is emptied, which deletes it for good with everything attached to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.documents import forget_document
from reviewdesk.store.errors import NotFoundError, guarded
from reviewdesk.store.history import forget_article

log = logging.getLogger(__name__)


class View(StrEnum):
    """Which articles a listing shows."""

    ACTIVE = "active"  # neither archived nor in the bin
    ARCHIVED = "archived"
    BIN = "bin"
    ALL = "all"  # everything but the bin


class ArticleSummary(NamedTuple):
    """One row of the library window (a named tuple: ten thousand are made at once)."""

    id: int
    title: str
    status: str
    language: str
    words: int
    open_issues: int | None
    open_notes: int
    updated: str
    created: str
    source_path: str
    source_format: str
    archived: bool
    deleted: str  # when it went to the bin; "" when it is not there


_LIST_SQL = (
    "SELECT a.id, a.title, a.status, a.language, a.words, a.open_issues, a.updated, "
    "a.created, a.source_path, a.source_format, a.archived, ifnull(a.deleted, '') AS deleted, "
    "(SELECT count(*) FROM notes n WHERE n.article_id = a.id AND n.resolved = 0) "
    "AS open_notes FROM articles a"
)
_VIEW_WHERE = {
    View.ACTIVE: "a.deleted IS NULL AND a.archived = 0",
    View.ARCHIVED: "a.deleted IS NULL AND a.archived = 1",
    View.BIN: "a.deleted IS NOT NULL",
    View.ALL: "a.deleted IS NULL",
}


def _summary(row: tuple[Any, ...]) -> ArticleSummary:
    """A summary from a row of :data:`_LIST_SQL` (plain tuples: ten thousand rows as
    dicts cost a third of a second)."""
    (aid, title, status, language, words, issues, updated, created, source, fmt) = row[:10]
    archived, deleted, notes = row[10:13]
    return ArticleSummary(
        aid,
        title,
        status,
        language,
        words or 0,
        issues,
        notes,
        updated,
        created,
        source or "",
        fmt or "",
        bool(archived),
        deleted or "",
    )


def purge(db: Database, article_id: int) -> None:
    """Delete an article for good with its notes, decisions, words and history
    (inside the caller's transaction)."""
    forget_article(db, article_id)
    forget_document(db, article_id)
    db.execute("UPDATE notes SET parent_id = NULL WHERE article_id = ?", (article_id,))
    for table in ("notes", "decisions", "words"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))


class Catalog:
    """Listing, archiving and the bin, on the :class:`Library`'s connection."""

    def __init__(self, db: Database, path: Path, now: Callable[[], str]) -> None:
        self.db = db
        self.path = path
        self._now = now

    @guarded
    def summaries(
        self,
        view: View | str = View.ACTIVE,
        *,
        status: str | None = None,
        since: str = "",
        ids: Collection[int] | None = None,
    ) -> list[ArticleSummary]:
        """Articles in ``view``, most recently changed first; only those with ``status``,
        changed at or after ``since`` (an ISO time), and among ``ids``, when given."""
        where = [_VIEW_WHERE[View(view)]]
        params: list[Any] = []
        if ids is not None:
            where.append(f"a.id IN ({', '.join('?' for _ in ids)})")
            params.extend(ids)
        if status:
            where.append("a.status = ?")
            params.append(status)
        if since:
            where.append("a.updated >= ?")
            params.append(since)
        sql = f"{_LIST_SQL} WHERE {' AND '.join(where)} ORDER BY a.updated DESC, a.id DESC"
        return [_summary(r) for r in self.db.conn.execute(sql, params)]

    @guarded
    def summary(self, article_id: int) -> ArticleSummary:
        """One article's row (also from the bin)."""
        row = self.db.conn.execute(f"{_LIST_SQL} WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return _summary(row)

    def _set(self, article_id: int, sql: str, params: tuple[Any, ...]) -> None:
        cursor = self.db.execute(sql, (*params, article_id))
        if cursor.rowcount == 0:
            raise NotFoundError(f"no article with id {article_id}")

    @guarded
    def set_archived(self, article_id: int, archived: bool = True) -> None:
        """Archive an article (out of the everyday list, still searchable) or bring it back."""
        self._set(article_id, "UPDATE articles SET archived = ? WHERE id = ?", (int(archived),))

    @guarded
    def move_to_bin(self, article_id: int) -> None:
        """Delete an article into the bin, from where it can be restored."""
        self._set(
            article_id,
            "UPDATE articles SET deleted = ? WHERE id = ? AND deleted IS NULL",
            (self._now(),),
        )

    @guarded
    def restore_from_bin(self, article_id: int) -> None:
        """Take an article out of the bin, as it was."""
        self._set(article_id, "UPDATE articles SET deleted = NULL WHERE id = ?", ())

    @guarded
    def in_bin(self) -> int:
        """How many articles are in the bin."""
        row = next(self.db.query("SELECT count(*) AS n FROM articles WHERE deleted IS NOT NULL"))
        return int(row["n"])

    @guarded
    def empty_bin(self) -> int:
        """Delete every article in the bin for good; how many."""
        with self.db.atomic():
            ids = [
                r["id"] for r in self.db.query("SELECT id FROM articles WHERE deleted IS NOT NULL")
            ]
            for article_id in ids:
                purge(self.db, article_id)
        log.info("emptied the bin: %d articles", len(ids))
        return len(ids)

    @guarded
    def set_open_issues(self, article_id: int, count: int) -> bool:
        """Store the draft's issue count from the latest check; True when it changed."""
        cursor = self.db.execute(
            "UPDATE articles SET open_issues = ? WHERE id = ? AND open_issues IS NOT ?",
            (int(count), article_id, int(count)),
        )
        return cursor.rowcount > 0
