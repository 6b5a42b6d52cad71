"""The library: articles, notes, decisions, dictionary words and settings in one SQLite file.

One :class:`Library` per thread (SQLite connections are not shared across threads). Every
write runs in a transaction; a failure rolls it back and raises the original error as a
:class:`StoreError` (SQLite failures) or ``ValueError``/:class:`NotFoundError` (bad calls).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlite_utils import Database

import reviewdesk.store.rows as rows
from reviewdesk.core.models import (
    Article,
    ArticleStatus,
    Decision,
    DecisionAction,
    Note,
    WordScope,
)
from reviewdesk.store.connection import BUSY_TIMEOUT_S, open_database, open_for_reading
from reviewdesk.store.errors import ConflictError, NotFoundError, Problem, StoreError, guarded
from reviewdesk.store.files import FileChange, FileWatch
from reviewdesk.store.rows import check_language, word_args

log = logging.getLogger(__name__)


class Library:
    """The reviewdesk library file. Use as a context manager or call :meth:`close`.

    ``busy_timeout`` bounds how long a write waits while another program holds the write
    lock (the window's writer thread waits briefly and tries again later). ``read_only``
    is for commands that never write: the library is then still readable on a full disk.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        busy_timeout: float = BUSY_TIMEOUT_S,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path).expanduser()
        self._busy_timeout = busy_timeout
        self.db: Database = (
            open_for_reading(self.path) if read_only else open_database(self.path, busy_timeout)
        )
        self.files = FileWatch(self.path)
        self.journal_recoveries = 0  # how often a deleted -wal file had to be made good
        self._now = rows.Clock()

    def ensure_files(self) -> None:
        """Before each operation: make sure the files SQLite writes into are still the
        library's (see :mod:`reviewdesk.store.files`).

        A deleted ``-wal`` file still holds the latest commits through the open
        connection: they are folded into the library file (a checkpoint), and the
        connection is opened again so that new commits go into a new log in the folder.
        A library file deleted or replaced is refused: writing on would go nowhere.
        """
        change = self.files.check()
        if change is None:
            return
        if change is FileChange.LIBRARY_GONE:
            raise StoreError(
                f"{self.path}: the library file was deleted or replaced while reviewdesk "
                "was using it; nothing more is written to it",
                Problem.GONE,
            )
        log.warning("library %s: its -wal file was %s; writing it again", self.path, change.value)
        if change is FileChange.JOURNAL_GONE:  # only we can still read those pages
            try:
                busy, _log, _done = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlite3.Error as exc:
                log.error("folding the deleted log into %s failed: %s", self.path, exc)
                busy = 1
            if busy:  # another connection is mid-write: fold it in on the next try
                raise StoreError(
                    f"{self.path}: the library's journal file was deleted; writing it again",
                    Problem.BUSY,
                )
        self.close()
        self.db = open_database(self.path, self._busy_timeout)
        self.files = FileWatch(self.path)
        self.journal_recoveries += 1

    def close(self) -> None:
        """Close the file (safe to call twice)."""
        try:
            self.db.close()
        except sqlite3.Error as exc:  # pragma: no cover - close hardly fails
            log.warning("closing the library failed: %s", exc)

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Library({str(self.path)!r})"

    # -- helpers ---------------------------------------------------------------------

    @contextlib.contextmanager
    def _atomic(self) -> Iterator[None]:
        """One write transaction, begun IMMEDIATE: it waits (up to the busy timeout) for
        another program's write lock from the start. A deferred one that read first
        could not wait: in WAL mode it fails at once when it comes to write."""
        if self.db.conn.in_transaction:
            with self.db.atomic():  # a savepoint inside the running transaction
                yield
            return
        self.db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
            raise
        self.db.conn.execute("COMMIT")

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        return next(self.db.query(sql, tuple(params)), None)

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        last_pk = self.db.table(table).insert(row).last_pk
        assert last_pk is not None
        return int(last_pk)

    def _require_article(self, article_id: int) -> None:
        if self._one("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,)) is None:
            raise NotFoundError(f"no article with id {article_id}")

    # -- articles ----------------------------------------------------------------------

    @guarded
    def add_article(self, article: Article, notes: Sequence[Note] = ()) -> Article:
        """Store a new article, and ``notes`` on it (an imported file's comments), in one
        transaction; returns the article with its id and timestamps.

        The notes' ``article_id`` is set to the new article's.
        """
        check_language(article.language)
        stamp = self._now()
        saved = replace(article, id=None, created=stamp, updated=stamp)
        with self._atomic():
            new_id = self._insert("articles", rows.article_row(saved))
            for note in notes:
                fresh = replace(note, id=None, article_id=new_id, created=stamp, updated=stamp)
                self._insert("notes", rows.note_row(fresh))
        return replace(saved, id=new_id)

    @guarded
    def get_article(self, article_id: int) -> Article:
        """The article with that id; raises :class:`NotFoundError`."""
        row = self._one("SELECT * FROM articles WHERE id = ?", (article_id,))
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return rows.article_from_row(row)

    @guarded
    def find_article_by_source(self, path: str) -> Article | None:
        """The most recently updated article imported from ``path`` (absolute), or None.

        A relative or symlinked path also matches the absolute form it was stored under.
        """
        candidates = {str(path)}
        if path and "://" not in str(path):
            candidates |= {os.path.abspath(path), os.path.realpath(path)}
        candidates = {rows.storable(c) for c in candidates}
        marks = ", ".join("?" for _ in candidates)
        row = self._one(
            f"SELECT * FROM articles WHERE source_path IN ({marks}) "
            "ORDER BY updated DESC, id DESC LIMIT 1",
            sorted(candidates),
        )
        return rows.article_from_row(row) if row else None

    @guarded
    def list_articles(self) -> list[Article]:
        """Every article, most recently updated first."""
        return [
            rows.article_from_row(r)
            for r in self.db.query("SELECT * FROM articles ORDER BY updated DESC, id DESC")
        ]

    @guarded
    def save_draft(
        self,
        article_id: int,
        draft: str,
        *,
        revision: int | None = None,
        note_positions: Iterable[tuple[int, int, int]] = (),
    ) -> int:
        """Replace the article's draft (autosave), with its notes' new positions, in one
        transaction; returns the article's new revision.

        With ``revision`` (the revision the draft was edited from), a draft changed
        elsewhere meanwhile (another window, another program) is not overwritten:
        :class:`ConflictError` is raised instead.
        """
        sql = "UPDATE articles SET draft = ?, updated = ?, revision = revision + 1 WHERE id = ?"
        params: tuple[Any, ...] = (draft, self._now(), article_id)
        if revision is not None:
            sql += " AND revision = ?"
            params += (revision,)
        with self._atomic():
            cursor = self.db.execute(sql, params)
            if cursor.rowcount == 0:
                row = self._one("SELECT revision FROM articles WHERE id = ?", (article_id,))
                if row is None:
                    raise NotFoundError(f"no article with id {article_id}")
                log.warning(
                    "article %s: revision %s in the library, %s expected",
                    article_id,
                    row["revision"],
                    revision,
                )
                raise ConflictError(
                    "this article was changed elsewhere (in another window or program) "
                    "since it was opened here, so it was not written over"
                )
            self._move_notes(article_id, note_positions)
            row = self._one("SELECT revision FROM articles WHERE id = ?", (article_id,))
        assert row is not None
        return int(row["revision"])

    @guarded
    def update_article(
        self,
        article_id: int,
        *,
        title: str | None = None,
        language: str | None = None,
        status: ArticleStatus | str | None = None,
    ) -> None:
        """Change the given fields of an article (and its ``updated`` time)."""
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = title
        if language is not None:
            check_language(language)
            changes["language"] = language
        if status is not None:
            try:
                changes["status"] = str(ArticleStatus(status))
            except ValueError:
                raise ValueError(f"unknown article status {status!r}") from None
        changes["updated"] = self._now()
        sets = ", ".join(f"[{name}] = ?" for name in changes)
        with self._atomic():
            cursor = self.db.execute(
                f"UPDATE articles SET {sets} WHERE id = ?", (*changes.values(), article_id)
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"no article with id {article_id}")

    @guarded
    def delete_article(self, article_id: int) -> None:
        """Delete an article with its notes, decisions and article-scoped words."""
        with self._atomic():
            self._require_article(article_id)
            for table in ("notes", "decisions", "words"):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    # -- notes ---------------------------------------------------------------------------

    @guarded
    def add_note(self, note: Note) -> Note:
        """Store a new note; returns it with its id and timestamps."""
        stamp = self._now()
        saved = replace(note, id=None, created=stamp, updated=stamp)
        with self._atomic():
            self._require_article(note.article_id)
            new_id = self._insert("notes", rows.note_row(saved))
        return replace(saved, id=new_id)

    @guarded
    def update_note(self, note: Note) -> None:
        """Save a changed note (passage, body, resolved flag, author)."""
        if note.id is None:
            raise ValueError("this note has not been stored yet; use add_note")
        cursor = self.db.execute(
            "UPDATE notes SET start = ?, [end] = ?, quote = ?, body = ?, resolved = ?, "
            "author = ?, updated = ? WHERE id = ?",
            (
                note.start,
                note.end,
                note.quote,
                note.body,
                int(bool(note.resolved)),
                note.author,
                self._now(),
                note.id,
            ),
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"no note with id {note.id}")

    @guarded
    def delete_note(self, note_id: int) -> None:
        """Delete a note."""
        cursor = self.db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
        if cursor.rowcount == 0:
            raise NotFoundError(f"no note with id {note_id}")

    @guarded
    def notes(self, article_id: int) -> list[Note]:
        """The article's notes, in passage order."""
        return [
            rows.note_from_row(r)
            for r in self.db.query(
                "SELECT * FROM notes WHERE article_id = ? ORDER BY start, [end], id",
                (article_id,),
            )
        ]

    @guarded
    def save_note_positions(
        self, article_id: int, positions: Iterable[tuple[int, int, int]]
    ) -> None:
        """Move notes after edits: ``(note_id, start, end)`` each, in one transaction.

        Ids that are not notes of this article (e.g. deleted meanwhile) are skipped.
        """
        with self._atomic():
            self._move_notes(article_id, positions)

    def _move_notes(self, article_id: int, positions: Iterable[tuple[int, int, int]]) -> None:
        for note_id, start, end in positions:
            if start < 0 or end < start:
                raise ValueError(f"bad note span {start}..{end}")
            self.db.execute(
                "UPDATE notes SET start = ?, [end] = ? WHERE id = ? AND article_id = ?",
                (start, end, note_id, article_id),
            )

    # -- decisions -----------------------------------------------------------------------

    @guarded
    def record_decision(self, decision: Decision) -> Decision:
        """Store a decision; returns it with its id and time."""
        saved = replace(decision, id=None, created=self._now())
        with self._atomic():
            self._require_article(decision.article_id)
            new_id = self._insert("decisions", rows.decision_row(saved))
        return replace(saved, id=new_id)

    @guarded
    def decisions(self, article_id: int) -> list[Decision]:
        """The article's decisions, oldest first."""
        return [
            rows.decision_from_row(r)
            for r in self.db.query(
                "SELECT * FROM decisions WHERE article_id = ? ORDER BY id", (article_id,)
            )
        ]

    @guarded
    def ignored_keys(self, article_id: int) -> frozenset[str]:
        """The :attr:`Issue.key` of every issue ignored in this article."""
        return frozenset(
            r["issue_key"]
            for r in self.db.query(
                "SELECT issue_key FROM decisions WHERE article_id = ? AND action = ?",
                (article_id, str(DecisionAction.IGNORE)),
            )
        )

    @guarded
    def remove_decision(self, decision_id: int) -> None:
        """Forget a decision (e.g. undo of an ignore)."""
        cursor = self.db.execute("DELETE FROM decisions WHERE id = ?", (decision_id,))
        if cursor.rowcount == 0:
            raise NotFoundError(f"no decision with id {decision_id}")

    # -- dictionary ----------------------------------------------------------------------

    @guarded
    def add_word(self, word: str, scope: WordScope | str, article_id: int | None = None) -> None:
        """Add a word to a dictionary: the house's, the user's or one article's."""
        word, scope, article_id = word_args(word, scope, article_id)
        with self._atomic():
            if article_id is not None:
                self._require_article(article_id)
            self.db.execute(
                "INSERT OR IGNORE INTO words (word, scope, article_id, created) "
                "VALUES (?, ?, ?, ?)",
                (word, str(scope), article_id, self._now()),
            )

    @guarded
    def add_words(
        self, words: Iterable[str], scope: WordScope | str, article_id: int | None = None
    ) -> int:
        """Add many words to one dictionary in one transaction; how many were new."""
        _, scope, article_id = word_args("-", scope, article_id)
        entries = {word_args(word, scope, article_id)[0] for word in words}
        with self._atomic():
            if article_id is not None:
                self._require_article(article_id)
            before = self._count_words(scope, article_id)
            now = self._now()
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO words (word, scope, article_id, created) "
                "VALUES (?, ?, ?, ?)",
                [(word, str(scope), article_id, now) for word in entries],
            )
            return self._count_words(scope, article_id) - before

    def _count_words(self, scope: WordScope, article_id: int | None) -> int:
        row = self._one(
            "SELECT count(*) AS n FROM words WHERE scope = ? AND ifnull(article_id, 0) = ?",
            (str(scope), article_id or 0),
        )
        return int(row["n"]) if row is not None else 0

    @guarded
    def remove_word(self, word: str, scope: WordScope | str, article_id: int | None = None) -> None:
        """Remove a word from a dictionary (nothing happens if it is not there)."""
        word, scope, article_id = word_args(word, scope, article_id)
        self.db.execute(
            "DELETE FROM words WHERE word = ? AND scope = ? AND ifnull(article_id, 0) = ?",
            (word, str(scope), article_id or 0),
        )

    @guarded
    def words(self, scope: WordScope | str, article_id: int | None = None) -> list[str]:
        """The words of one dictionary, sorted."""
        _, scope, article_id = word_args("-", scope, article_id)
        return [
            r["word"]
            for r in self.db.query(
                "SELECT word FROM words WHERE scope = ? AND ifnull(article_id, 0) = ? "
                "ORDER BY word",
                (str(scope), article_id or 0),
            )
        ]

    @guarded
    def words_for(self, article_id: int | None) -> frozenset[str]:
        """Every word that applies: house + user, plus the article's own when given."""
        sql = "SELECT word FROM words WHERE scope IN (?, ?)"
        params: list[Any] = [str(WordScope.HOUSE), str(WordScope.USER)]
        if article_id is not None:
            sql += " OR (scope = ? AND article_id = ?)"
            params += [str(WordScope.ARTICLE), article_id]
        return frozenset(r["word"] for r in self.db.query(sql, params))

    # -- settings and the house style sheet ----------------------------------------------

    @guarded
    def get_setting(self, key: str, default: Any = None) -> Any:
        """The JSON value stored under ``key``, or ``default``."""
        row = self._one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else rows.from_json(row["value"], default)

    @guarded
    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key``."""
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, rows.to_json(value)),
        )

    @guarded
    def get_style_sheet(self) -> dict[str, Any] | None:
        """The house style sheet as stored, or None if there is none."""
        row = self._one("SELECT data FROM style_sheet WHERE id = 1")
        data = rows.from_json(row["data"]) if row else None
        return data if isinstance(data, dict) else None

    @guarded
    def set_style_sheet(self, data: dict[str, Any]) -> None:
        """Replace the house style sheet."""
        if not isinstance(data, dict):
            raise ValueError("the style sheet must be a dictionary")
        self.db.execute(
            "INSERT INTO style_sheet (id, data, updated) VALUES (1, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated = excluded.updated",
            (rows.to_json(data), self._now()),
        )
