"""Turning an imported file into a library article (no widgets here)."""

from __future__ import annotations

import logging

from reviewdesk.core.models import Article
from reviewdesk.formats import ImportedDocument
from reviewdesk.store import Library
from reviewdesk.store.context import default_language

log = logging.getLogger(__name__)

STATUS_LABELS = {"new": "New", "in_review": "In review", "done": "Done"}


def shown_warnings(doc: ImportedDocument, encoding_asked: bool) -> list[str]:
    """The import warnings to show; the encoding one is left out when the editor was
    already asked about the encoding."""
    if not encoding_asked:
        return list(doc.warnings)
    return [w for w in doc.warnings if "encoding" not in w.lower()]


def add_imported_article(library: Library, doc: ImportedDocument, source: str) -> Article:
    """Store an imported document as a new article (draft = original), with its notes.

    The article gets the library's dialect for new articles.
    """
    article = library.add_article(
        doc.to_article(default_language(library), source), doc.review_notes()
    )
    for warning in doc.warnings:
        log.info("import warning: %s", warning)
    return article


def library_label(article: Article) -> str:
    """How an article is listed in File ▸ Open from library."""
    when = article.updated[:16].replace("T", " ")
    status = STATUS_LABELS.get(str(article.status), str(article.status))
    return f"{article.title}  ({when}, {status})"
