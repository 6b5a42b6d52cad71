"""The parts of the library that keep a Word article whole: the source file's bytes and
the article's structure (headings, footnotes, incoming revisions and their decisions).

A mixin of :class:`reviewdesk.store.library.Library`; these tables are keyed by article.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, Protocol

from reviewdesk.core.models import SourceFile
from reviewdesk.core.structure import Structure
from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import guarded

log = logging.getLogger(__name__)


class _Host(Protocol):
    db: Database
    path: Path

    def _now(self) -> str: ...
    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None: ...
    def _require_article(self, article_id: int) -> None: ...
    def ensure_files(self) -> None: ...


class DocumentsMixin:
    """Source files and structures of articles."""

    def _store_document(
        self: _Host,
        article_id: int,
        stamp: str,
        source: SourceFile | None,
        structure: Structure | None,
    ) -> None:
        """Inside an open transaction: store the source and structure of a new article."""
        if source is not None:
            self.db.execute(
                "INSERT INTO sources (article_id, name, format, data, sha256, stored) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    source.name,
                    source.format,
                    source.data,
                    hashlib.sha256(source.data).hexdigest(),
                    stamp,
                ),
            )
        if structure:
            self.db.execute(
                "INSERT INTO structures (article_id, data, updated) VALUES (?, ?, ?)",
                (article_id, structure.to_json(), stamp),
            )

    @guarded
    def source(self: _Host, article_id: int) -> SourceFile | None:
        """The file the article was imported from, as it was then (None if not kept)."""
        row = self._one(
            "SELECT name, format, data, sha256 FROM sources WHERE article_id = ?", (article_id,)
        )
        if row is None:
            return None
        data = bytes(row["data"])
        if row["sha256"] and hashlib.sha256(data).hexdigest() != row["sha256"]:
            log.warning("the stored source of article %s is damaged; not used", article_id)
            return None
        return SourceFile(row["name"], row["format"], data)

    @guarded
    def structure(self: _Host, article_id: int) -> Structure:
        """The article's structure over its original text (empty when it has none)."""
        row = self._one("SELECT data FROM structures WHERE article_id = ?", (article_id,))
        return Structure.from_json(row["data"]) if row else Structure()

    @guarded
    def save_structure(self: _Host, article_id: int, structure: Structure) -> None:
        """Replace the article's structure (e.g. after a revision was accepted)."""
        stamp = self._now()
        with self.db.atomic():
            self._require_article(article_id)
            self.db.execute(
                "INSERT INTO structures (article_id, data, updated) VALUES (?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET data = excluded.data, "
                "updated = excluded.updated",
                (article_id, structure.to_json(), stamp),
            )


def forget_document(db: Database, article_id: int) -> None:
    """Inside an open transaction: drop an article's source and structure."""
    for table in ("sources", "structures"):
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
