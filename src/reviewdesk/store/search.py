"""Search across the library: SQLite FTS5 over titles, drafts, originals and notes.

What a user types is never handed to FTS5 as query syntax (where ``"``, ``*``, ``AND``,
``NEAR(``, ``col:`` or ``^`` would raise or mean something else): :func:`fts_query`
turns it into quoted terms, all of which must match (in any of the four fields), with
``"quoted words"`` kept together as a phrase and ``word*`` matching words that begin so.
Accents do not matter ("cafe" finds "café").
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewdesk.store._sqlite_utils import Database
from reviewdesk.store.errors import guarded
from reviewdesk.store.library_schema import NOTES_SEPARATOR, SEARCH_TABLE

log = logging.getLogger(__name__)

#: Index columns, in the table's order.
FIELDS = ("title", "draft", "original", "notes")
#: Which field a result shows its snippet from, when the words are in several.
PREFERRED = ("draft", "title", "notes", "original")
FIELD_LABELS = {"title": "Title", "draft": "Draft", "original": "Original", "notes": "Note"}
OPEN, CLOSE = "\x02", "\x03"  # marks around matched words in snippets
SNIPPET_TOKENS = 14
# As-you-type prefixes shorter than this would expand to a good part of the vocabulary
# (seconds over a large library) for little use: "c" finds everything.
MIN_PREFIX = 3
_TERM_RE = re.compile(r'"([^"]*)"?|([^\s"]+)')


def fts_query(text: str, *, prefix_last: bool = False) -> str | None:
    """An FTS5 query for what the user typed, or None when it holds no word to look for.

    Every term is quoted, so nothing typed is taken as FTS5 syntax. ``prefix_last``
    lets the last word match as a prefix (search as you type).
    """
    terms: list[str] = []
    for match in _TERM_RE.finditer(text):
        phrase, word = match.group(1), match.group(2)
        raw = phrase if phrase is not None else word
        prefix = phrase is None and raw.endswith("*")
        raw = raw.rstrip("*") if prefix else raw
        if not any(ch.isalnum() for ch in raw):
            continue  # punctuation or symbols only: the index holds no such word
        terms.append('"' + raw.replace('"', '""') + '"' + ("*" if prefix else ""))
    if not terms:
        return None
    last = terms[-1]
    if (
        prefix_last
        and not last.endswith("*")
        and not text.endswith(('"', " ", "\t", "\n"))  # the last word is finished
        and len(last) - 2 >= MIN_PREFIX
    ):
        terms[-1] += "*"
    return " ".join(terms)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One article that matches, with a snippet of the field the words were found in."""

    article_id: int
    title: str
    status: str
    archived: bool
    updated: str
    field: str  # one of FIELDS
    snippet: str  # plain text, on one line
    marks: tuple[tuple[int, int], ...]  # the matched words in ``snippet`` (start, end)

    def marked(self, before: str = "**", after: str = "**") -> str:
        """The snippet with each match between ``before`` and ``after``."""
        out, pos = [], 0
        for start, end in self.marks:
            out += [self.snippet[pos:start], before, self.snippet[start:end], after]
            pos = end
        out.append(self.snippet[pos:])
        return "".join(out)

    def to_json(self) -> dict[str, object]:
        """The hit as ``reviewdesk search --format json`` prints it."""
        return {
            "article": self.article_id,
            "title": self.title,
            "status": self.status,
            "archived": self.archived,
            "updated": self.updated,
            "field": self.field,
            "snippet": self.snippet,
            "matches": [list(m) for m in self.marks],
        }


@dataclass(frozen=True, slots=True)
class MatchPlace:
    """Where a match is inside an article: a span of the draft or the original, or a note."""

    field: str  # "draft", "original" or "notes"
    start: int  # code points into that text (for a note: into the note's body)
    end: int
    note_id: int | None = None


def unmark(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Split FTS5's marked-up text into plain text and the marked spans."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    length, start = 0, -1
    for piece in re.split(f"([{OPEN}{CLOSE}])", text):
        if piece == OPEN:
            start = length
        elif piece == CLOSE:
            if start >= 0:
                marks.append((start, length))
            start = -1
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), tuple(marks)


def _one_line(text: str) -> str:
    """Line breaks as spaces, char for char, so the marks stay where they are."""
    return "".join(" " if ch.isspace() else ch for ch in text)


class Search:
    """Full-text search on the :class:`Library`'s connection."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path

    @guarded
    def find(
        self,
        text: str,
        *,
        limit: int = 50,
        include_bin: bool = False,
        prefix_last: bool = False,
    ) -> list[SearchHit]:
        """The best-matching articles for what the user typed (never raises on odd input:
        a query with no words finds nothing)."""
        query = fts_query(text, prefix_last=prefix_last)
        if query is None or limit <= 0:
            return []
        try:
            return self._find(query, limit, include_bin)
        except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: find nothing
            log.warning("search for %r failed: %s", text, exc)
            return []

    def _find(self, query: str, limit: int, include_bin: bool) -> list[SearchHit]:
        binned: set[int] = set()
        if not include_bin:
            binned = {
                r["id"] for r in self.db.query("SELECT id FROM articles WHERE deleted IS NOT NULL")
            }
        snippets = ", ".join(
            f"snippet({SEARCH_TABLE}, {n}, '{OPEN}', '{CLOSE}', '…', {SNIPPET_TOKENS}) AS s{n}"
            for n in range(len(FIELDS))
        )
        # Best first (bm25 with the weights set when the index was made); FTS5 ranks every
        # match, then makes snippets only for the rows taken.
        rows = [
            r
            for r in self.db.query(
                f"SELECT rowid, {snippets} FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? "
                "ORDER BY rank LIMIT ?",
                (query, limit + len(binned)),
            )
            if r["rowid"] not in binned
        ][:limit]
        if not rows:
            return []
        marks = ", ".join("?" for _ in rows)
        about = {
            r["id"]: r
            for r in self.db.query(
                f"SELECT id, title, status, archived, updated FROM articles WHERE id IN ({marks})",
                [r["rowid"] for r in rows],
            )
        }
        return [self._hit(row, about[row["rowid"]]) for row in rows if row["rowid"] in about]

    @staticmethod
    def _hit(row: dict[str, Any], article: dict[str, Any]) -> SearchHit:
        by_field = {name: row[f"s{n}"] or "" for n, name in enumerate(FIELDS)}
        field = next((f for f in PREFERRED if OPEN in by_field[f]), "draft")
        plain, marks = unmark(by_field[field])
        return SearchHit(
            article_id=row["rowid"],
            title=article["title"],
            status=article["status"],
            archived=bool(article["archived"]),
            updated=article["updated"],
            field=field,
            snippet=_one_line(plain),
            marks=marks,
        )

    @guarded
    def locate(
        self, article_id: int, text: str, field: str | None = None, *, prefix_last: bool = False
    ) -> MatchPlace | None:
        """Where the first match of ``text`` is in the article: in ``field`` when given
        (else the draft, a note, then the original); None when it is in none of them.
        ``prefix_last`` as for :meth:`find`, so a hit found as you type is found again."""
        query = fts_query(text, prefix_last=prefix_last)
        if query is None:
            return None
        order = [field] if field in ("draft", "original", "notes") else []
        order += [f for f in ("draft", "notes", "original") if f not in order]
        for name in order:
            try:
                row = next(
                    self.db.query(
                        f"SELECT highlight({SEARCH_TABLE}, {FIELDS.index(name)}, '{OPEN}', "
                        f"'{CLOSE}') AS marked FROM {SEARCH_TABLE} "
                        f"WHERE {SEARCH_TABLE} MATCH ? AND rowid = ?",
                        (query, article_id),
                    ),
                    None,
                )
            except sqlite3.OperationalError as exc:
                log.warning("locating %r failed: %s", text, exc)
                return None
            if row is None:
                return None  # the article does not match at all
            place = self._place(article_id, name, row["marked"] or "")
            if place is not None:
                return place
        return None

    def _place(self, article_id: int, field: str, marked: str) -> MatchPlace | None:
        plain, marks = unmark(marked)
        if not marks:
            return None
        start, end = marks[0]
        if field != "notes":
            return MatchPlace(field, start, end)
        # Which note: the separator-joined bodies, back to the note whose body holds it.
        offset = 0
        for body in plain.split(NOTES_SEPARATOR):
            if offset <= start < offset + len(body) or (start == offset and not body):
                note = next(
                    self.db.query(
                        "SELECT id FROM notes WHERE article_id = ? AND body = ? ORDER BY id",
                        (article_id, body),
                    ),
                    None,
                )
                if note is None:
                    return None
                return MatchPlace("notes", start - offset, end - offset, note_id=note["id"])
            offset += len(body) + len(NOTES_SEPARATOR)
        return None
