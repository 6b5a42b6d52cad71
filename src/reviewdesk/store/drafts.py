"""The drafts of the library's articles: autosave with a revision counter, and where the
notes moved, written together.

A mixin of :class:`reviewdesk.store.library.Library`. Every save counts up the article's
revision; a save from an older revision (another window or program wrote meanwhile) is
refused with :class:`~reviewdesk.store.errors.ConflictError` instead of overwriting.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from reviewdesk.core.text import DraftWords
from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import ConflictError, NotFoundError, guarded
from reviewdesk.store.history import History

log = logging.getLogger(__name__)


class _Host(Protocol):
    db: Database
    path: Path
    history: History
    draft_words: tuple[int, DraftWords] | None

    def _now(self) -> str: ...
    def _one(self, sql: str, params: Any = ()) -> dict[str, Any] | None: ...
    def _atomic(self) -> contextlib.AbstractContextManager[None]: ...
    def ensure_files(self) -> None: ...
    def _refuse_save(self, article_id: int, revision: int | None) -> None: ...
    def _move_notes(self, article_id: int, positions: Iterable[tuple[int, int, int]]) -> None: ...


class DraftsMixin:
    """Saving drafts, and the notes' positions with them."""

    draft_words: tuple[int, DraftWords] | None  # the last draft's paragraph counts

    @guarded
    def save_draft(
        self: _Host,
        article_id: int,
        draft: str,
        *,
        revision: int | None = None,
        note_positions: Iterable[tuple[int, int, int]] = (),
    ) -> int:
        """Replace the article's draft (autosave) in one transaction, with its word count,
        its notes' new positions and, when the last snapshot is an hour old, a snapshot
        for the history; returns the article's new revision.

        With ``revision`` (the revision the draft was edited from), a draft changed
        elsewhere meanwhile (another window, another program) is not overwritten:
        :class:`ConflictError` is raised instead.
        """
        sql = (
            "UPDATE articles SET draft = ?, words = ?, updated = ?, revision = revision + 1 "
            "WHERE id = ?"
        )
        held = self.draft_words
        if held is None or held[0] != article_id:  # one article's paragraphs at a time
            held = self.draft_words = (article_id, DraftWords())
        words = held[1].count(draft)
        params: tuple[Any, ...] = (draft, words, self._now(), article_id)
        if revision is not None:
            sql += " AND revision = ?"
            params += (revision,)
        with self._atomic():
            cursor = self.db.execute(sql, params)
            if cursor.rowcount == 0:
                self._refuse_save(article_id, revision)
            self._move_notes(article_id, note_positions)
            self.history.take_hourly(article_id, draft, words)
            row = self._one("SELECT revision FROM articles WHERE id = ?", (article_id,))
        assert row is not None
        return int(row["revision"])

    def _refuse_save(self: _Host, article_id: int, revision: int | None) -> None:
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

    @guarded
    def save_note_positions(
        self: _Host, article_id: int, positions: Iterable[tuple[int, int, int]]
    ) -> None:
        """Move notes after edits: ``(note_id, start, end)`` each, in one transaction.

        Ids that are not notes of this article (e.g. deleted meanwhile) are skipped.
        """
        with self._atomic():
            self._move_notes(article_id, positions)

    def _move_notes(
        self: _Host, article_id: int, positions: Iterable[tuple[int, int, int]]
    ) -> None:
        for note_id, start, end in positions:
            if start < 0 or end < start:
                raise ValueError(f"bad note span {start}..{end}")
            self.db.execute(
                "UPDATE notes SET start = ?, [end] = ? WHERE id = ? AND article_id = ?",
                (start, end, note_id, article_id),
            )
