"""The dictionaries: words the checkers accept, for the house, the user or one article.

A mixin of :class:`reviewdesk.store.library.Library`. A word is stored once per
dictionary (adding it again changes nothing); an article's words go with the article.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from reviewdesk.core.models import WordScope
from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import guarded
from reviewdesk.store.rows import word_args


class _Host(Protocol):
    db: Database
    path: Path

    def _now(self) -> str: ...
    def _atomic(self) -> contextlib.AbstractContextManager[None]: ...
    def _require_article(self, article_id: int) -> None: ...
    def ensure_files(self) -> None: ...


def _count_words(db: Database, scope: WordScope, article_id: int | None) -> int:
    row = db.execute(
        "SELECT count(*) FROM words WHERE scope = ? AND ifnull(article_id, 0) = ?",
        (str(scope), article_id or 0),
    ).fetchone()
    return int(row[0]) if row is not None else 0


class DictionaryMixin:
    """Adding, removing and listing dictionary words."""

    @guarded
    def add_word(
        self: _Host, word: str, scope: WordScope | str, article_id: int | None = None
    ) -> None:
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
        self: _Host, words: Iterable[str], scope: WordScope | str, article_id: int | None = None
    ) -> int:
        """Add many words to one dictionary in one transaction; how many were new."""
        _, scope, article_id = word_args("-", scope, article_id)
        entries = {word_args(word, scope, article_id)[0] for word in words}
        with self._atomic():
            if article_id is not None:
                self._require_article(article_id)
            before = _count_words(self.db, scope, article_id)
            now = self._now()
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO words (word, scope, article_id, created) "
                "VALUES (?, ?, ?, ?)",
                [(word, str(scope), article_id, now) for word in entries],
            )
            return _count_words(self.db, scope, article_id) - before

    @guarded
    def remove_word(
        self: _Host, word: str, scope: WordScope | str, article_id: int | None = None
    ) -> None:
        """Remove a word from a dictionary (nothing happens if it is not there)."""
        word, scope, article_id = word_args(word, scope, article_id)
        self.db.execute(
            "DELETE FROM words WHERE word = ? AND scope = ? AND ifnull(article_id, 0) = ?",
            (word, str(scope), article_id or 0),
        )

    @guarded
    def words(self: _Host, scope: WordScope | str, article_id: int | None = None) -> list[str]:
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
    def words_for(self: _Host, article_id: int | None) -> frozenset[str]:
        """Every word that applies: house + user, plus the article's own when given."""
        sql = "SELECT word FROM words WHERE scope IN (?, ?)"
        params: list[Any] = [str(WordScope.HOUSE), str(WordScope.USER)]
        if article_id is not None:
            sql += " OR (scope = ? AND article_id = ?)"
            params += [str(WordScope.ARTICLE), article_id]
        return frozenset(r["word"] for r in self.db.query(sql, params))
