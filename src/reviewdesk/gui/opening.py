"""Turning an imported file into a library article (no widgets here)."""

from __future__ import annotations

import logging

from reviewdesk.core.models import Article, Note
from reviewdesk.formats import ImportedDocument
from reviewdesk.store import Library

log = logging.getLogger(__name__)


def add_imported_article(library: Library, doc: ImportedDocument, source: str) -> Article:
    """Store an imported document as a new article (draft = original), with its notes."""
    article = library.add_article(
        Article(
            id=None,
            title=doc.title,
            original=doc.text,
            draft=doc.text,
            source_path=source,
            source_format=doc.format,
            encoding=doc.encoding,
            meta=dict(doc.meta),
        )
    )
    assert article.id is not None
    for note in doc.notes:
        library.add_note(
            Note(
                id=None,
                article_id=article.id,
                start=note.start,
                end=note.end,
                quote=doc.text[note.start : note.end],
                body=note.body,
                author=note.author,
            )
        )
    for warning in doc.warnings:
        log.info("import warning: %s", warning)
    return article


def library_label(article: Article) -> str:
    """How an article is listed in File ▸ Open from library."""
    when = article.updated[:16].replace("T", " ")
    return f"{article.title}  ({when}, {article.status})"
