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
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

import reviewdesk.store.rows as rows
from reviewdesk.core.models import (
    Article,
    ArticleStatus,
    Decision,
    DecisionAction,
    Note,
    SourceFile,
)
from reviewdesk.core.structure import Structure
from reviewdesk.core.text import word_count
from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.catalog import Catalog, purge
from reviewdesk.store.connection import BUSY_TIMEOUT_S, open_database, open_for_reading
from reviewdesk.store.dictionary import DictionaryMixin
from reviewdesk.store.documents import DocumentsMixin
from reviewdesk.store.drafts import DraftsMixin
from reviewdesk.store.errors import NotFoundError, guarded
from reviewdesk.store.files import FileWatch, make_files_good
from reviewdesk.store.history import History
from reviewdesk.store.rows import check_language
from reviewdesk.store.search import Search
from reviewdesk.store.settings import SettingsMixin

log = logging.getLogger(__name__)

MAX_TARGET_WORDS = 1_000_000


class Library(DocumentsMixin, DraftsMixin, DictionaryMixin, SettingsMixin):
    """The reviewdesk library file. Use as a context manager or call :meth:`close`.

    ``history`` (snapshots of drafts), ``catalog`` (the library window's listing,
    archive and bin) and ``search`` (full text) work on the same connection; a Word
    article's source file and every article's structure are kept too
    (:class:`~reviewdesk.store.documents.DocumentsMixin`), as are drafts
    (:mod:`~reviewdesk.store.drafts`), dictionary words (:mod:`~reviewdesk.store.dictionary`)
    and settings (:mod:`~reviewdesk.store.settings`).

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
        self._now = rows.Clock()
        self.journal_recoveries = 0  # how often a deleted -wal file had to be made good
        # the last draft saved, counted per paragraph: the next save recounts only the new
        self.draft_words = None
        self._attach()

    def _attach(self) -> None:
        """The parts that work on the connection, and the files it writes into."""
        self.files = FileWatch(self.path)
        self.history = History(self.db, self.path, self._now)
        self.catalog = Catalog(self.db, self.path, self._now)
        self.search = Search(self.db, self.path)

    def ensure_files(self) -> None:
        """Before each operation: make sure the files SQLite writes into are still the
        library's (a deleted ``-wal`` is made good, a deleted library refused; see
        :func:`reviewdesk.store.files.make_files_good`)."""
        if make_files_good(self.files, self.db):
            self.close()  # new commits must go into a new log in the folder
            self.db = open_database(self.path, self._busy_timeout, log_folded_in=True)
            self._attach()
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

    def _one(self, sql: str, params: Iterable[Any] = ()) -> dict[str, Any] | None:
        return next(self.db.query(sql, tuple(params)), None)

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        last_pk = self.db.table(table).insert(row).last_pk
        assert last_pk is not None
        return int(last_pk)

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

    def _require_article(self, article_id: int) -> None:
        if self._one("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,)) is None:
            raise NotFoundError(f"no article with id {article_id}")

    # -- articles ----------------------------------------------------------------------

    @guarded
    def add_article(
        self,
        article: Article,
        notes: Sequence[Note] = (),
        *,
        source: SourceFile | None = None,
        structure: Structure | None = None,
    ) -> Article:
        """Store a new article, with ``notes`` on it (an imported file's comments), the
        source file's bytes and the article's structure, all in one transaction; returns
        the article with its id and timestamps.

        The notes' ``article_id`` is set to the new article's. None of them has an id yet,
        so a reply's ``parent_id`` is the index of its parent in ``notes``. A note keeps
        its ``created`` time when it has one (a comment's date in the source file).
        """
        check_language(article.language)
        stamp = self._now()
        saved = replace(article, id=None, created=stamp, updated=stamp)
        with self._atomic():
            new_id = self._insert(
                "articles", rows.article_row(saved) | {"words": word_count(saved.draft)}
            )
            ids: list[int] = []
            for note in notes:
                parent = note.parent_id
                if parent is not None and not 0 <= parent < len(ids):
                    raise ValueError(f"a reply must follow the note it answers ({parent})")
                fresh = replace(
                    note,
                    id=None,
                    article_id=new_id,
                    created=note.created or stamp,
                    updated=stamp,
                    parent_id=ids[parent] if parent is not None else None,
                )
                ids.append(self._insert("notes", rows.note_row(fresh)))
            self._store_document(new_id, stamp, source, structure)
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
        row = self._one(  # an article in the bin is no longer "in the library"
            f"SELECT * FROM articles WHERE source_path IN ({marks}) AND deleted IS NULL "
            "ORDER BY updated DESC, id DESC LIMIT 1",
            sorted(candidates),
        )
        return rows.article_from_row(row) if row else None

    @guarded
    def list_articles(self) -> list[Article]:
        """Every article not in the bin, most recently updated first."""
        return [
            rows.article_from_row(r)
            for r in self.db.query(
                "SELECT * FROM articles WHERE deleted IS NULL ORDER BY updated DESC, id DESC"
            )
        ]

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
    def has_articles(self) -> bool:
        """Whether the library holds any article (the bin's included): a first run has none."""
        return self.db.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None

    @guarded
    def set_target_words(self, article_id: int, words: int) -> None:
        """Set the length an article should have, in words (0: no target).

        Not a change of the article: its "last change" time stays as it was.
        """
        if not 0 <= words <= MAX_TARGET_WORDS:
            raise ValueError(f"a target length is 0 to {MAX_TARGET_WORDS:,} words, not {words}")
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE articles SET target_words = ? WHERE id = ?", (int(words), article_id)
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"no article with id {article_id}")

    @guarded
    def set_article_meta(self, article_id: int, key: str, value: str | None) -> None:
        """Set (or, with None, remove) one entry of an article's details, such as the
        dialect the editor chose to keep. Not a change of the article's text or time."""
        with self._atomic():
            row = self._one("SELECT meta FROM articles WHERE id = ?", (article_id,))
            if row is None:
                raise NotFoundError(f"no article with id {article_id}")
            meta = rows.from_json(row["meta"], {})
            meta = meta if isinstance(meta, dict) else {}
            if value is None:
                meta.pop(key, None)
            else:
                meta[key] = value
            self.db.execute(
                "UPDATE articles SET meta = ? WHERE id = ?", (rows.to_json(meta), article_id)
            )

    @guarded
    def delete_article(self, article_id: int) -> None:
        """Delete an article for good with its notes, decisions, article-scoped words and
        history (the library window moves articles to the bin first: ``catalog``)."""
        with self._atomic():
            self._require_article(article_id)
            purge(self.db, article_id)

    # -- notes ---------------------------------------------------------------------------

    @guarded
    def add_note(self, note: Note) -> Note:
        """Store a new note; returns it with its id and timestamps."""
        stamp = self._now()
        saved = replace(note, id=None, created=stamp, updated=stamp)
        with self._atomic():
            self._require_article(note.article_id)
            if (
                note.parent_id is not None
                and self._one(
                    "SELECT 1 AS x FROM notes WHERE id = ? AND article_id = ?",
                    (note.parent_id, note.article_id),
                )
                is None
            ):
                raise NotFoundError(f"no note {note.parent_id} in this article to reply to")
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
        """Delete a note and the replies to it."""
        with self._atomic():
            doomed = [note_id]
            frontier = [note_id]
            while frontier:
                marks = ", ".join("?" for _ in frontier)
                frontier = [
                    r["id"]
                    for r in self.db.query(
                        f"SELECT id FROM notes WHERE parent_id IN ({marks})", frontier
                    )
                    if r["id"] not in doomed
                ]
                doomed.extend(frontier)
            for reply in reversed(doomed[1:]):
                self.db.execute("DELETE FROM notes WHERE id = ?", (reply,))
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

    @guarded
    def remove_decisions(
        self,
        article_id: int,
        action: DecisionAction | str,
        keys: Collection[str] | None = None,
    ) -> int:
        """Forget every ``action`` decision of an article, or only those of the issues
        ``keys`` (Review ▸ Restore ignored issues takes back the ignores the editor
        ticked, in one statement); returns how many there were."""
        action = str(DecisionAction(action))
        if keys is None:
            cursor = self.db.execute(
                "DELETE FROM decisions WHERE article_id = ? AND action = ?", (article_id, action)
            )
            return cursor.rowcount
        chosen = sorted(keys)
        if not chosen:
            return 0
        marks = ", ".join("?" * len(chosen))
        cursor = self.db.execute(
            f"DELETE FROM decisions WHERE article_id = ? AND action = ? AND issue_key IN ({marks})",
            (article_id, action, *chosen),
        )
        return cursor.rowcount
