"""Which process has an article open for editing: one window edits, a second one reads.

Two windows on one library (two instances, or two users of a shared library) must never
overwrite each other's draft in silence. A window *claims* the article it opens: a row
with its process id, host and start time, and a heartbeat it renews. A second window
finds the claim and opens the article read-only, saying why. A claim outlives its
window only when the window died (a crash, ``kill -9``): its process is gone, so the
claim is *abandoned*, and the next start says what it recovered.

A process is told apart from a later one with the same id by its start time (Linux:
``/proc/PID/stat``); another host's claim counts as live while its heartbeat is fresh.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reviewdesk.store.errors import guarded
from reviewdesk.store.library import Library

log = logging.getLogger(__name__)

HEARTBEAT_S = 30.0  # how often a window renews its claims
STALE_AFTER_S = 180.0  # another host's claim without a heartbeat for this long is dead


def _start_token(pid: int) -> str | None:
    """Something that tells process ``pid`` apart from a later one with the same id."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    if fields and fields[0] == "Z":
        return None  # a zombie has ended
    return fields[19] if len(fields) > 19 else None  # starttime, in clock ticks since boot


def _pid_runs(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


@dataclass(frozen=True)
class Owner:
    """A process that can claim articles."""

    pid: int
    host: str
    started: str

    @classmethod
    def this_process(cls) -> Owner:
        """The running process."""
        pid = os.getpid()
        return cls(pid, socket.gethostname(), _start_token(pid) or f"t{time.time():.0f}")

    def is_alive(self, heartbeat: str, now: datetime | None = None) -> bool:
        """Whether this owner (of a claim with ``heartbeat``) still runs."""
        if self.host == socket.gethostname():
            if not _pid_runs(self.pid):
                return False
            token = _start_token(self.pid)
            return token is None or token == self.started or self.started.startswith("t")
        try:
            beat = datetime.fromisoformat(heartbeat.replace("Z", "+00:00"))
        except ValueError:
            return False
        return (now or datetime.now(UTC)) - beat < timedelta(seconds=STALE_AFTER_S)

    def describe(self) -> str:
        """'process 1234' or 'process 1234 on desk-7' for messages."""
        here = self.host == socket.gethostname()
        return f"process {self.pid}" if here else f"process {self.pid} on {self.host}"


@dataclass(frozen=True)
class Claim:
    """An article claimed by an owner."""

    article_id: int
    owner: Owner
    claimed: str
    heartbeat: str

    def is_alive(self) -> bool:
        """Whether the window that claimed the article still runs."""
        return self.owner.is_alive(self.heartbeat)


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _claim_from(row: dict[str, Any]) -> Claim:
    owner = Owner(int(row["pid"]), str(row["host"]), str(row["started"]))
    return Claim(int(row["article_id"]), owner, str(row["claimed"]), str(row["heartbeat"]))


class Claims:
    """The claims table of one :class:`Library`, for one owner (this process)."""

    def __init__(self, library: Library, owner: Owner | None = None) -> None:
        self.library = library
        self.path = library.path
        self.owner = owner or Owner.this_process()

    def ensure_files(self) -> None:
        """See :meth:`Library.ensure_files`."""
        self.library.ensure_files()

    def _mine(self, claim: Claim) -> bool:
        return claim.owner == self.owner

    @guarded
    def holder(self, article_id: int) -> Claim | None:
        """Who else has the article open for editing, if anyone still running does."""
        row = next(
            self.library.db.query(
                "SELECT * FROM article_claims WHERE article_id = ?", (article_id,)
            ),
            None,
        )
        if row is None:
            return None
        claim = _claim_from(row)
        return None if self._mine(claim) or not claim.is_alive() else claim

    @guarded
    def claim(self, article_id: int) -> Claim | None:
        """Claim the article for this process; returns the live claim of another process
        instead when there is one (then nothing is written)."""
        db = self.library.db
        db.conn.execute("BEGIN IMMEDIATE")  # read and write under the write lock
        try:
            row = next(
                db.query("SELECT * FROM article_claims WHERE article_id = ?", (article_id,)),
                None,
            )
            if row is not None:
                other = _claim_from(row)
                if not self._mine(other) and other.is_alive():
                    db.conn.execute("ROLLBACK")
                    return other
            now = _stamp()
            db.execute(
                "INSERT INTO article_claims (article_id, pid, host, started, claimed, heartbeat)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET"
                " pid = excluded.pid, host = excluded.host, started = excluded.started,"
                " claimed = excluded.claimed, heartbeat = excluded.heartbeat",
                (article_id, self.owner.pid, self.owner.host, self.owner.started, now, now),
            )
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
        return None

    @guarded
    def release(self, article_id: int) -> None:
        """Give the article up (it was closed)."""
        self.library.db.execute(
            "DELETE FROM article_claims WHERE article_id = ? AND pid = ? AND host = ? "
            "AND started = ?",
            (article_id, self.owner.pid, self.owner.host, self.owner.started),
        )

    @guarded
    def beat(self) -> None:
        """Renew this process's claims (see :data:`HEARTBEAT_S`)."""
        self.library.db.execute(
            "UPDATE article_claims SET heartbeat = ? WHERE pid = ? AND host = ? AND started = ?",
            (_stamp(), self.owner.pid, self.owner.host, self.owner.started),
        )

    @guarded
    def abandoned(self) -> list[Claim]:
        """Claims whose window died (a crash): the articles it was editing, newest first."""
        found = [
            _claim_from(row)
            for row in self.library.db.query(
                "SELECT * FROM article_claims ORDER BY heartbeat DESC, article_id DESC"
            )
        ]
        return [c for c in found if not self._mine(c) and not c.is_alive()]

    @guarded
    def forget(self, claims: list[Claim]) -> None:
        """Drop abandoned claims once the crash they tell of has been dealt with."""
        for claim in claims:
            self.library.db.execute(
                "DELETE FROM article_claims WHERE article_id = ? AND pid = ? AND started = ?",
                (claim.article_id, claim.owner.pid, claim.owner.started),
            )
