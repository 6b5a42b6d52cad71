"""Turning an imported file into a library article (no widgets here)."""

from __future__ import annotations

import logging

from reviewdesk.core.models import DEFAULT_LANGUAGE, LANGUAGES, Article
from reviewdesk.formats import ImportedDocument
from reviewdesk.store import Library

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE_KEY = "default_language"  # written by Tools ▸ Checking settings
STATUS_LABELS = {"new": "New", "in_review": "In review", "done": "Done"}


def default_language(library: Library) -> str:
    """The dialect new articles get (Checking settings), en-US when unset or unknown."""
    value = library.get_setting(DEFAULT_LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


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
    article = library.add_article(doc.to_article(default_language(library), source))
    assert article.id is not None
    for note in doc.notes_for(article.id):
        library.add_note(note)
    for warning in doc.warnings:
        log.info("import warning: %s", warning)
    return article


def library_label(article: Article) -> str:
    """How an article is listed in File ▸ Open from library."""
    when = article.updated[:16].replace("T", " ")
    status = STATUS_LABELS.get(str(article.status), str(article.status))
    return f"{article.title}  ({when}, {status})"
