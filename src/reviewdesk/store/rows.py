"""Converting between table rows and the core dataclasses."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from reviewdesk.core.models import (
    LANGUAGES,
    Article,
    ArticleStatus,
    Decision,
    DecisionAction,
    Note,
    WordScope,
)
from reviewdesk.store.json_values import from_json as from_json
from reviewdesk.store.json_values import to_json as to_json

log = logging.getLogger(__name__)

Row = dict[str, Any]


class Clock:
    """ISO-8601 UTC timestamps with microseconds that never repeat or go back.

    "Most recently updated" must be well defined even for two writes in the same
    microsecond, so each timestamp is at least one microsecond after the previous one.
    """

    def __init__(self) -> None:
        self._last = datetime.min.replace(tzinfo=UTC)

    def __call__(self) -> str:
        current = datetime.now(UTC)
        if current <= self._last:
            current = self._last + timedelta(microseconds=1)
        self._last = current
        return current.isoformat(timespec="microseconds").replace("+00:00", "Z")


def storable(text: str) -> str:
    """``text`` as SQLite can store it.

    A file name that is not valid UTF-8 reaches Python with lone surrogates (PEP 383),
    which SQLite refuses; its undecodable bytes are stored as ``\\xNN`` instead, the same
    way every time, so the stored path still matches the file.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def article_row(article: Article) -> Row:
    """The columns for ``article`` (without id)."""
    return {
        "title": storable(article.title),
        "original": article.original,
        "draft": article.draft,
        "language": article.language,
        "source_path": storable(article.source_path),
        "source_format": article.source_format,
        "encoding": article.encoding,
        "status": str(article.status),
        "created": article.created,
        "updated": article.updated,
        "meta": to_json(dict(article.meta)),
        "target_words": int(article.target_words),
    }


def article_from_row(row: Row) -> Article:
    """An :class:`Article` from its row."""
    meta = from_json(row["meta"], {})
    return Article(
        id=row["id"],
        title=row["title"],
        original=row["original"],
        draft=row["draft"],
        language=row["language"],
        source_path=row["source_path"] or "",
        source_format=row["source_format"] or "",
        encoding=row["encoding"] or "",
        status=_enum(ArticleStatus, row["status"], ArticleStatus.NEW),
        created=row["created"],
        updated=row["updated"],
        meta=meta if isinstance(meta, dict) else {},
        revision=int(row.get("revision") or 0),
        target_words=int(row.get("target_words") or 0),
    )


def note_row(note: Note) -> Row:
    """The columns for ``note`` (without id)."""
    return {
        "article_id": note.article_id,
        "start": note.start,
        "end": note.end,
        "quote": note.quote,
        "body": note.body,
        "resolved": int(bool(note.resolved)),
        "author": note.author,
        "created": note.created,
        "updated": note.updated,
        "parent_id": note.parent_id,
        "origin": note.origin,
    }


def note_from_row(row: Row) -> Note:
    """A :class:`Note` from its row."""
    return Note(
        id=row["id"],
        article_id=row["article_id"],
        start=row["start"],
        end=row["end"],
        quote=row["quote"] or "",
        body=row["body"] or "",
        resolved=bool(row["resolved"]),
        author=row["author"] or "",
        created=row["created"],
        updated=row["updated"],
        parent_id=row.get("parent_id"),
        origin=row.get("origin") or "",
    )


def decision_row(d: Decision) -> Row:
    """The columns for ``d`` (without id)."""
    return {
        "article_id": d.article_id,
        "action": str(d.action),
        "rule": d.rule,
        "engine": d.engine,
        "category": str(d.category),
        "start": d.start,
        "end": d.end,
        "text": d.text,
        "replacement": d.replacement,
        "issue_key": d.issue_key,
        "created": d.created,
    }


def decision_from_row(row: Row) -> Decision:
    """A :class:`Decision` from its row."""
    return Decision(
        id=row["id"],
        article_id=row["article_id"],
        action=_enum(DecisionAction, row["action"], DecisionAction.APPLY),
        rule=row["rule"] or "",
        engine=row["engine"] or "",
        category=row["category"] or "",
        start=row["start"],
        end=row["end"],
        text=row["text"] or "",
        replacement=row["replacement"] or "",
        issue_key=row["issue_key"] or "",
        created=row["created"],
    )


def _enum(kind: Any, value: str, fallback: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        log.warning("unknown %s %r in the library; using %s", kind.__name__, value, fallback)
        return fallback


def check_language(language: str) -> None:
    """Raise a plain ValueError for a language the desk does not support."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")


def word_args(
    word: str, scope: WordScope | str, article_id: int | None
) -> tuple[str, WordScope, int | None]:
    """Validate a dictionary entry: trimmed word, scope, and the article id it needs."""
    word = word.strip()
    if not word:
        raise ValueError("a dictionary word cannot be empty")
    try:
        scope = WordScope(scope)
    except ValueError:
        raise ValueError(f"unknown dictionary scope {scope!r}") from None
    if scope is WordScope.ARTICLE:
        if article_id is None:
            raise ValueError("an article word needs the article's id")
        return word, scope, article_id
    return word, scope, None
