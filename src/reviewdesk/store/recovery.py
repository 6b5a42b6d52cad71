"""The three ways on from a damaged or unreadable library, none of which writes into it.

* :func:`restore_backup`: the newest good backup (or a chosen one) becomes the library;
* :func:`recover`: what can still be read is copied into a new library (SQLite's
  ``.recover`` through the ``sqlite3`` command-line tool when it is installed, else a
  table-by-table copy through the ``sqlite3`` module that skips what cannot be read);
* :func:`start_empty`: a new, empty library.

The new library is built under a temporary name first. Then, unless a separate target
was given, the damaged file (with its ``-wal`` and ``-shm``) is renamed, byte for byte
unchanged, to ``<name>.damaged-<time>`` beside it, and the new library takes its place,
so the app and the CLI find it next time. Nothing is ever overwritten: an existing
target is refused.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from reviewdesk.core.models import DEFAULT_LANGUAGE
from reviewdesk.core.text import word_count
from reviewdesk.store.backup import BackupInfo, inspect_backup, newest_good_backup
from reviewdesk.store.errors import StoreError
from reviewdesk.store.library import Library
from reviewdesk.store.library_schema import SEARCH_TABLE
from reviewdesk.store.migrations import TABLE as MIGRATIONS_TABLE

log = logging.getLogger(__name__)

COMPANIONS = ("-wal", "-shm")
# Parents before children, so foreign keys find what they point at.
COPY_ORDER = (
    "articles",
    "notes",
    "decisions",
    "words",
    "settings",
    "style_sheet",
    "snapshot_texts",
    "snapshots",
    "exports",
)
RECOVER_TIMEOUT_S = 600
# The search index keeps its own copy of each article's title, draft and original.
SEARCH_CONTENT = f"{SEARCH_TABLE}_content"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Outcome:
    """What a way on did: where the library is now, and where the old file went."""

    library: Path
    kept_as: Path | None  # the damaged file's new name; None when it was left in place
    how: str  # "backup", "recovered" or "empty"
    articles: int = 0
    notes: int = 0
    skipped: int = 0  # rows that could not be read or did not fit
    backup: BackupInfo | None = None
    details: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One plain line about what happened."""
        if self.how == "backup" and self.backup is not None:
            what = f"Restored the backup of {self.backup.when} ({_articles(self.articles)})"
        elif self.how == "recovered":
            what = f"Recovered {_articles(self.articles)} and {_count(self.notes, 'note')}"
            if self.skipped:
                what += f"; {_count(self.skipped, 'record')} could not be restored"
        else:
            what = "Started an empty library"
        where = f": {self.library}"
        kept = f"; the damaged file was kept unchanged as {self.kept_as}" if self.kept_as else ""
        return what + where + kept


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _articles(n: int) -> str:
    return _count(n, "article")


# -- the three ways on -------------------------------------------------------------------


def restore_backup(library: Path, backup: Path | None = None, *, to: Path | None = None) -> Outcome:
    """Make a backup (default: the newest good one) the library."""
    info = inspect_backup(backup) if backup is not None else newest_good_backup(library)
    if info is None:
        raise StoreError(f"{library}: there is no good backup to restore")
    if not info.sound:
        raise StoreError(f"{info.path}: this backup is damaged or is not a reviewdesk library")

    def build(target: Path) -> Outcome:
        source = sqlite3.connect(f"{info.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(str(target))
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        with Library(target) as lib:  # brings an older backup's schema up to date
            count = int(lib.db.execute("SELECT count(*) FROM articles").fetchone()[0])
        return Outcome(target, None, "backup", articles=count, backup=info)

    return _replace(library, to, build)


def recover(library: Path, *, to: Path | None = None, progress: Progress | None = None) -> Outcome:
    """Copy what can still be read from ``library`` into a new library."""
    if library.is_dir():
        raise StoreError(f"{library}: is a folder; there is no library file to recover from")

    def build(target: Path) -> Outcome:
        with tempfile.TemporaryDirectory(prefix="reviewdesk-recover-") as scratch:
            salvaged = _salvage(library, Path(scratch), progress or (lambda _m: None))
            with Library(target) as lib:
                counts = _copy_rows(salvaged, lib) if salvaged is not None else {}
        return Outcome(
            target,
            None,
            "recovered",
            articles=counts.get("articles", 0),
            notes=counts.get("notes", 0),
            skipped=counts.get("skipped", 0),
        )

    return _replace(library, to, build)


def start_empty(library: Path, *, to: Path | None = None) -> Outcome:
    """A new, empty library."""

    def build(target: Path) -> Outcome:
        Library(target).close()
        return Outcome(target, None, "empty")

    return _replace(library, to, build)


# -- putting the new library in place ------------------------------------------------------


def _replace(library: Path, to: Path | None, build: Callable[[Path], Outcome]) -> Outcome:
    target = to if to is not None else library
    if to is not None and (to.exists() or to.is_symlink()):
        raise StoreError(f"{to}: already exists; choose a new file for the library")
    if to is None and library.is_dir():
        raise StoreError(
            f"{library}: is a folder, not a library file; choose another file for the library"
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{target.parent}: cannot create the folder ({exc.strerror})") from exc
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        built = build(partial)
        _fold_log(partial)
        kept = move_aside(library) if to is None else None
        try:
            if target.exists():  # appeared meanwhile: never overwrite it
                raise StoreError(f"{target}: already exists; nothing was replaced")
            os.rename(partial, target)
        except BaseException:
            if kept is not None:  # put the old file back where it was
                _put_back(kept, library)
            raise
    except sqlite3.Error as exc:
        raise StoreError(f"{target}: cannot write the new library ({exc})") from exc
    except OSError as exc:
        raise StoreError(f"{target}: cannot write the new library ({exc.strerror or exc})") from exc
    finally:
        for path in [partial, *(_companion(partial, s) for s in COMPANIONS)]:
            path.unlink(missing_ok=True)
    log.info("library %s: %s", library, built.how)
    return Outcome(
        target,
        kept,
        built.how,
        built.articles,
        built.notes,
        built.skipped,
        built.backup,
        built.details,
    )


def _put_back(kept: Path, library: Path) -> None:
    for suffix in ("", *COMPANIONS):
        source = _companion(kept, suffix)
        if source.exists() and not _companion(library, suffix).exists():
            with contextlib.suppress(OSError):
                os.rename(source, _companion(library, suffix))


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fold_log(path: Path) -> None:
    """Leave the new library as one file (its write-ahead log folded in), so renaming the
    file alone moves all of it."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def move_aside(library: Path, label: str = "damaged") -> Path | None:
    """Rename the library file (and its ``-wal``/``-shm``) to ``<name>.<label>-<time>``,
    leaving their bytes as they are; returns the new name (None when there was no file)."""
    if not (library.exists() or library.is_symlink()):
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = library.with_name(f"{library.name}.{label}-{stamp}")
    n = 1
    while any(_companion(kept, s).exists() for s in ("", *COMPANIONS)):
        n += 1
        kept = library.with_name(f"{library.name}.{label}-{stamp}-{n}")
    os.rename(library, kept)
    for suffix in COMPANIONS:
        companion = _companion(library, suffix)
        if companion.exists():
            os.rename(companion, _companion(kept, suffix))
    log.warning("kept the old library %s as %s", library, kept)
    return kept


# -- reading what can be read --------------------------------------------------------------


def _salvage(library: Path, scratch: Path, progress: Progress) -> Path | None:
    """A readable database holding what could be read from ``library`` (a copy is worked
    on, never the file itself); None when nothing could be read."""
    copy = scratch / "damaged.sqlite"
    try:
        shutil.copyfile(library, copy)
        wal = _companion(library, "-wal")
        if wal.exists():
            shutil.copyfile(wal, _companion(copy, "-wal"))
    except OSError as exc:
        raise StoreError(f"{library}: cannot read the library file ({exc.strerror})") from exc
    if copy.stat().st_size == 0:
        return None
    tool = shutil.which("sqlite3")
    if tool is not None:
        progress("Reading the damaged library with SQLite's .recover…")
        salvaged = _recover_with_tool(tool, copy, scratch / "salvaged.sqlite")
        if salvaged is not None:
            return salvaged
    progress("Reading the damaged library table by table…")
    return _recover_table_by_table(copy, scratch / "salvaged-tables.sqlite")


def _recover_with_tool(tool: str, copy: Path, out: Path) -> Path | None:
    try:
        dump = subprocess.run(
            [tool, str(copy), ".recover"],
            capture_output=True,
            timeout=RECOVER_TIMEOUT_S,
            check=False,
        )
        if not dump.stdout:
            log.warning("sqlite3 .recover gave nothing: %s", dump.stderr[-500:])
            return None
        load = subprocess.run(
            [tool, str(out)],
            input=dump.stdout,
            capture_output=True,
            timeout=RECOVER_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("sqlite3 .recover failed: %s", exc)
        return None
    if load.stderr or dump.stderr:
        log.info("sqlite3 .recover said: %s", (dump.stderr + load.stderr)[-500:])
    # Some builds of the tool cannot recover at all (Debian 12's 3.40.1 only prints
    # "SQL logic error"): count on its result only when it holds the articles table.
    try:
        with contextlib.closing(sqlite3.connect(str(out))) as conn:
            if "articles" in _tables(conn):
                return out
    except sqlite3.Error as exc:
        log.info("the recovered database cannot be read: %s", exc)
    return None


def _tables(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.Error as exc:
        log.warning("the damaged library's table list cannot be read: %s", exc)
        return list(COPY_ORDER)  # try the known tables by name anyway
    return [r[0] for r in rows]


def _recover_table_by_table(copy: Path, out: Path) -> Path | None:
    """Copy every row that can be read, table by table, skipping past damaged pages."""
    try:
        source = sqlite3.connect(str(copy))
        # read a damaged schema as far as it goes instead of refusing every statement
        source.execute("PRAGMA writable_schema = ON")
    except sqlite3.Error:
        return None
    target = sqlite3.connect(str(out))
    try:
        for table in _tables(source):
            if table.startswith("sqlite_") or table == MIGRATIONS_TABLE:
                continue
            if table.startswith(SEARCH_TABLE) and table != SEARCH_CONTENT:
                continue
            try:
                columns = [r[1] for r in source.execute(f"PRAGMA table_info({repr_ident(table)})")]
            except sqlite3.Error:
                continue
            if not columns:
                continue
            quoted = ", ".join(repr_ident(c) for c in columns)
            target.execute(f"CREATE TABLE {repr_ident(table)} ({quoted})")
            marks = ", ".join("?" for _ in columns)
            target.executemany(
                f"INSERT INTO {repr_ident(table)} ({quoted}) VALUES ({marks})",
                _readable_rows(source, table, quoted),
            )
        target.commit()
    finally:
        source.close()
        target.close()
    return out


def _readable_rows(conn: sqlite3.Connection, table: str, columns: str) -> Iterator[tuple]:
    """Rows in rowid order; past a damaged stretch, carry on further along (skipping 1, 2,
    4, … rowids until reading works again)."""
    last: int | None = None
    skip = 0
    while True:
        where = "" if last is None else f"WHERE rowid > {last + skip}"
        try:
            cursor = conn.execute(
                f"SELECT rowid, {columns} FROM {repr_ident(table)} {where} ORDER BY rowid"
            )
            for row in cursor:
                last, skip = row[0], 0
                yield tuple(row[1:])
            return
        except sqlite3.Error as exc:
            log.info("skipping damaged rows of %s after rowid %s: %s", table, last, exc)
            last = 0 if last is None else last
            skip = max(1, skip * 2)
            if skip > 1 << 40:
                return


def _copy_rows(salvaged: Path, lib: Library) -> dict[str, int]:
    """Copy the salvaged rows of every table both have into the new library."""
    counts = {"skipped": 0}
    source = sqlite3.connect(str(salvaged))
    source.row_factory = sqlite3.Row
    try:
        tables = _tables(source)
        theirs = [t for t in tables if not t.startswith(("sqlite_", SEARCH_TABLE))]
        ours = set(lib.db.table_names())
        wanted = [t for t in COPY_ORDER if t in theirs] + [
            t for t in theirs if t not in COPY_ORDER and t != MIGRATIONS_TABLE
        ]
        copied = _copy_table(source, lib, "articles", counts) if "articles" in wanted else 0
        if SEARCH_CONTENT in tables:  # before the notes, which need their articles
            copied += _articles_from_index(source, lib)
        counts["articles"] = copied
        for table in wanted:
            if table in ours and table != "articles":
                counts[table] = _copy_table(source, lib, table, counts)
        _count_words(lib)
    finally:
        source.close()
    log.info("recovered %d articles, %d notes", counts["articles"], counts.get("notes", 0))
    return counts


def _copy_table(
    source: sqlite3.Connection, lib: Library, table: str, counts: dict[str, int]
) -> int:
    """Copy one table's rows (the columns both sides have); rows that do not fit (a note
    whose article was lost) are counted as skipped."""
    mine = {c.name for c in lib.db[table].columns}
    try:
        present = [r[1] for r in source.execute(f"PRAGMA table_info({repr_ident(table)})")]
        rows = source.execute(
            f"SELECT {', '.join(repr_ident(c) for c in present)} FROM {repr_ident(table)}"
        ).fetchall()
    except sqlite3.Error as exc:
        log.warning("cannot read the salvaged %s: %s", table, exc)
        return 0
    shared = [c for c in present if c in mine]
    if not shared:
        return 0
    sql = (
        f"INSERT OR IGNORE INTO {repr_ident(table)} "
        f"({', '.join(repr_ident(c) for c in shared)}) "
        f"VALUES ({', '.join('?' for _ in shared)})"
    )
    copied = 0
    with lib.db.atomic():
        for row in rows:
            try:
                cursor = lib.db.conn.execute(sql, tuple(row[c] for c in shared))
            except sqlite3.Error:
                counts["skipped"] += 1
                continue
            copied += cursor.rowcount > 0
    return copied


def _articles_from_index(source: sqlite3.Connection, lib: Library) -> int:
    """Articles whose own row was lost but whose words survive in the search index's
    copy (title, draft, original): back in the library, marked in review."""
    try:
        rows = source.execute(f"SELECT id, c0, c1, c2 FROM {SEARCH_CONTENT}").fetchall()
    except sqlite3.Error as exc:
        log.info("the search index's copy cannot be read: %s", exc)
        return 0
    have = {r["id"] for r in lib.db.query("SELECT id FROM articles")}
    stamp = datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    added = 0
    with lib.db.atomic():
        for article_id, title, draft, original in rows:
            if article_id in have or not isinstance(draft, str) or not isinstance(original, str):
                continue
            lib.db.execute(
                "INSERT INTO articles (id, title, original, draft, language, status, created, "
                "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    title or "Recovered article",
                    original,
                    draft,
                    DEFAULT_LANGUAGE,
                    "in_review",
                    stamp,
                    stamp,
                ),
            )
            added += 1
    if added:
        log.warning("recovered %d articles from the search index's copy", added)
    return added


def _count_words(lib: Library) -> None:
    """Word counts of the recovered drafts (a library from before they were stored has none)."""
    counts = [
        (word_count(r["draft"] or ""), r["id"])
        for r in lib.db.query("SELECT id, draft FROM articles")
    ]
    with lib.db.atomic():
        lib.db.conn.executemany("UPDATE articles SET words = ? WHERE id = ?", counts)


def repr_ident(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'
