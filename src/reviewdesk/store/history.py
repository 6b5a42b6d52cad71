"""The history of each article: a snapshot of the draft at each review round.

Rounds are opening the article, marking it done, exporting it, restoring an older draft,
and at least hourly while it is being edited (:meth:`History.take_hourly`, called on
every draft save). A snapshot of an unchanged draft is skipped for the routine reasons
(opening, hourly) and kept as a small row for the events a desk wants to see in the list
(done, exported, restored): the text itself is stored once per distinct draft.
"""

from __future__ import annotations

import hashlib
import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reviewdesk.core.diff import changes
from reviewdesk.core.text import word_count
from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import NotFoundError, StoreError, guarded

log = logging.getLogger(__name__)

OPENED = "opened"
DONE = "done"
EXPORTED = "exported"
HOURLY = "hourly"
RESTORED = "restored"
BEFORE_RESTORE = "before-restore"

#: How each reason reads in File ▸ History.
REASON_LABELS = {
    OPENED: "Opened",
    DONE: "Marked done",
    EXPORTED: "Exported",
    HOURLY: "While editing",
    RESTORED: "Restored an earlier draft",
    BEFORE_RESTORE: "Before a restore",
}
# Routine rounds: nothing to keep when the draft did not change since the last snapshot.
_ROUTINE = frozenset({OPENED, HOURLY, BEFORE_RESTORE})
HOURLY_INTERVAL = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One stored state of an article's draft, and how it differs from the one before."""

    id: int
    article_id: int
    created: str  # ISO-8601 UTC, like the library's other times
    reason: str
    detail: str
    digest: str
    words: int
    changes: int  # passages changed since the previous snapshot (or the original)
    words_added: int
    words_removed: int

    @property
    def label(self) -> str:
        """The reason in words ("Marked done")."""
        return REASON_LABELS.get(self.reason, self.reason.replace("-", " ").capitalize())


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """An export, and the snapshot of the draft it was written from."""

    id: int
    article_id: int
    snapshot_id: int | None
    created: str
    format: str
    path: str


def digest_of(text: str) -> str:
    """A short hash identifying a draft's exact text."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def _unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8", "surrogatepass")


def _snapshot(row: dict[str, Any]) -> Snapshot:
    return Snapshot(
        id=row["id"],
        article_id=row["article_id"],
        created=row["created"],
        reason=row["reason"],
        detail=row["detail"] or "",
        digest=row["digest"],
        words=row["words"],
        changes=row["changes"],
        words_added=row["words_added"],
        words_removed=row["words_removed"],
    )


def _difference(before: str, after: str) -> tuple[int, int, int]:
    """(passages changed, words added, words removed) from ``before`` to ``after``.

    The same text (a new article's first snapshot: its draft is its original) is said so
    at once: diffing 100k words with itself was ~13 ms of Python on the window's writer
    thread as the article opened, sharing the interpreter with the UI thread."""
    if before == after:
        return 0, 0, 0
    ops = changes(before, after)
    added = sum(word_count(after[op.b_start : op.b_end]) for op in ops)
    removed = sum(word_count(before[op.a_start : op.a_end]) for op in ops)
    return len(ops), added, removed


class History:
    """Snapshots and export records of one library (the :class:`Library`'s connection)."""

    def __init__(self, db: Database, path: Path, now: Callable[[], str]) -> None:
        self.db = db
        self.path = path
        self._now = now

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> dict[str, Any] | None:
        return next(self.db.query(sql, params), None)

    # -- taking snapshots ----------------------------------------------------------------

    @guarded
    def take(
        self, article_id: int, reason: str, draft: str | None = None, *, detail: str = ""
    ) -> Snapshot | None:
        """Keep the article's draft (``draft``, else the stored one) as a snapshot.

        Returns the new snapshot, or None when a routine round (opening, hourly) found
        the draft unchanged since the latest snapshot.
        """
        with self.db.atomic():
            row = self._one(
                "SELECT original, draft, words FROM articles WHERE id = ?", (article_id,)
            )
            if row is None:
                raise NotFoundError(f"no article with id {article_id}")
            text = row["draft"] if draft is None else draft
            # the stored draft's count is stored with it: counting 100k words again is
            # ~35 ms of Python on the window's writer thread, beside the UI thread
            words = row["words"] if draft is None else None
            return self._take(article_id, reason, text, row["original"], detail, words)

    def _take(
        self,
        article_id: int,
        reason: str,
        text: str,
        original: str,
        detail: str,
        words: int | None = None,
    ) -> Snapshot | None:
        digest = digest_of(text)
        latest = self.latest(article_id)
        if latest is not None and latest.digest == digest and reason in _ROUTINE:
            return None
        before = self.text(latest.id) if latest is not None else original
        count, added, removed = _difference(before, text)
        self.db.execute(
            "INSERT OR IGNORE INTO snapshot_texts (digest, size, data) VALUES (?, ?, ?)",
            (digest, len(text), _pack(text)),
        )
        cursor = self.db.execute(
            "INSERT INTO snapshots (article_id, created, reason, detail, digest, words, "
            "changes, words_added, words_removed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                self._now(),
                reason,
                detail,
                digest,
                word_count(text) if words is None else words,
                count,
                added,
                removed,
            ),
        )
        snapshot_id = cursor.lastrowid
        assert snapshot_id is not None
        log.info("snapshot %s of article %s (%s)", snapshot_id, article_id, reason)
        return self.get(snapshot_id)

    def take_hourly(self, article_id: int, draft: str, words: int | None = None) -> Snapshot | None:
        """Called with every draft save: a snapshot when the latest is an hour old (or
        there is none yet) and the draft changed since. Cheap when not due: one lookup.
        ``words``: the draft's word count, if the caller has it (saves counting again)."""
        latest = self._one(
            "SELECT created FROM snapshots WHERE article_id = ? ORDER BY id DESC LIMIT 1",
            (article_id,),
        )
        if latest is not None and not _older_than(latest["created"], HOURLY_INTERVAL):
            return None
        row = self._one("SELECT original FROM articles WHERE id = ?", (article_id,))
        if row is None:
            return None
        return self._take(article_id, HOURLY, draft, row["original"], "", words)

    # -- reading -------------------------------------------------------------------------

    @guarded
    def snapshots(self, article_id: int) -> list[Snapshot]:
        """The article's snapshots, newest first."""
        return [
            _snapshot(r)
            for r in self.db.query(
                "SELECT * FROM snapshots WHERE article_id = ? ORDER BY id DESC", (article_id,)
            )
        ]

    @guarded
    def get(self, snapshot_id: int) -> Snapshot:
        """One snapshot; raises :class:`NotFoundError`."""
        row = self._one("SELECT * FROM snapshots WHERE id = ?", (snapshot_id,))
        if row is None:
            raise NotFoundError(f"no snapshot with id {snapshot_id}")
        return _snapshot(row)

    @guarded
    def latest(self, article_id: int) -> Snapshot | None:
        """The newest snapshot of the article, if any."""
        row = self._one(
            "SELECT * FROM snapshots WHERE article_id = ? ORDER BY id DESC LIMIT 1",
            (article_id,),
        )
        return _snapshot(row) if row is not None else None

    @guarded
    def text(self, snapshot_id: int) -> str:
        """The draft as the snapshot kept it."""
        row = self._one(
            "SELECT t.data FROM snapshots s JOIN snapshot_texts t ON t.digest = s.digest "
            "WHERE s.id = ?",
            (snapshot_id,),
        )
        if row is None:
            raise NotFoundError(f"no snapshot with id {snapshot_id}")
        try:
            return _unpack(row["data"])
        except (zlib.error, UnicodeDecodeError) as exc:
            raise StoreError(f"{self.path}: snapshot {snapshot_id} is damaged") from exc

    # -- exports -------------------------------------------------------------------------

    @guarded
    def record_export(
        self, article_id: int, draft: str, fmt: str, path: str | Path
    ) -> ExportRecord:
        """Remember an export of ``draft``: a snapshot of it (reason "exported") and
        the export's format and file, so the history says what went out when."""
        with self.db.atomic():
            row = self._one("SELECT original FROM articles WHERE id = ?", (article_id,))
            if row is None:
                raise NotFoundError(f"no article with id {article_id}")
            detail = f"{fmt} → {Path(path).name}"
            snapshot = self._take(article_id, EXPORTED, draft, row["original"], detail)
            snapshot_id = snapshot.id if snapshot is not None else None
            created = self._now()
            cursor = self.db.execute(
                "INSERT INTO exports (article_id, snapshot_id, created, format, path) "
                "VALUES (?, ?, ?, ?, ?)",
                (article_id, snapshot_id, created, fmt, str(path)),
            )
            export_id = cursor.lastrowid
        assert export_id is not None
        return ExportRecord(export_id, article_id, snapshot_id, created, fmt, str(path))

    @guarded
    def exports(self, article_id: int) -> list[ExportRecord]:
        """The article's exports, newest first."""
        return [
            ExportRecord(
                r["id"], r["article_id"], r["snapshot_id"], r["created"], r["format"], r["path"]
            )
            for r in self.db.query(
                "SELECT * FROM exports WHERE article_id = ? ORDER BY id DESC", (article_id,)
            )
        ]

    @guarded
    def recent_export_paths(self, limit: int = 20) -> list[str]:
        """The files the last ``limit`` exports of any article went to, newest first (the
        desk's out-tray, for an article that has none of its own yet)."""
        return [
            r["path"]
            for r in self.db.query("SELECT path FROM exports ORDER BY id DESC LIMIT ?", (limit,))
        ]


def forget_article(db: Database, article_id: int) -> None:
    """Delete an article's snapshots and export records, and texts no snapshot uses
    any more (inside the caller's transaction)."""
    db.execute("DELETE FROM exports WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM snapshots WHERE article_id = ?", (article_id,))
    db.execute("DELETE FROM snapshot_texts WHERE digest NOT IN (SELECT digest FROM snapshots)")


def _older_than(stamp: str, age: timedelta) -> bool:
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return True
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return datetime.now(UTC) - when >= age
