"""Opening a file: reading it, finding it in the library, storing it as an article.

The window (File ▸ Open, a dropped file) and ``reviewdesk import`` / ``check`` all go
through here, so a file counts as "already imported" or "changed since" by one rule.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from reviewdesk.core.models import Article, SourceFile
from reviewdesk.desk.context import default_language
from reviewdesk.formats import FormatError, ImportedDocument, import_file
from reviewdesk.store import Library

log = logging.getLogger(__name__)

STATUS_LABELS = {"new": "New", "in_review": "In review", "done": "Done"}


def read_file(path: Path, encoding: str | None = None) -> ImportedDocument:
    """Read an article file of any supported kind (raises FormatError, in plain words)."""
    return import_file(path, encoding=encoding)


def source_key(path: Path) -> str:
    """How the library remembers where an article came from: its resolved path."""
    return str(path.resolve())


@dataclass(frozen=True)
class Found:
    """A file's article in the library, and whether the file changed since its import."""

    article: Article | None
    changed: bool = False


def find_in_library(library: Library, path: Path, doc: ImportedDocument) -> Found:
    """The article imported from ``path`` before, if any, and whether the file changed."""
    article = library.find_article_by_source(source_key(path))
    if article is None:
        return Found(None)
    return Found(article, file_changed(path, doc, article))


def file_changed(path: Path, doc: ImportedDocument, article: Article) -> bool:
    """Whether the file's text differs from the article's stored original.

    A guessed encoding is first replaced by the one the article was imported with, so a
    file read with a different guess does not count as changed.
    """
    if doc.text == article.original:
        return False
    if doc.encoding_guessed and article.encoding and article.encoding != doc.encoding:
        try:
            return import_file(path, encoding=article.encoding).text != article.original
        except FormatError as exc:
            log.info("cannot re-read %s as %s: %s", path, article.encoding, exc)
    return True


def shown_warnings(doc: ImportedDocument, encoding_asked: bool) -> list[str]:
    """The import warnings to show; the encoding one is left out when the editor was
    already asked about the encoding."""
    if not encoding_asked:
        return list(doc.warnings)
    return [w for w in doc.warnings if "encoding" not in w.lower()]


def add_imported_article(
    library: Library, doc: ImportedDocument, source: str, language: str | None = None
) -> Article:
    """Store an imported document as a new article (draft = original), with its notes.

    The article gets ``language``, else the library's dialect for new articles.
    """
    kept = SourceFile(Path(source).name, doc.format, doc.source) if doc.source else None
    article = library.add_article(
        doc.to_article(language or default_language(library), source),
        doc.review_notes(),
        source=kept,
        structure=doc.structure,
    )
    for warning in doc.warnings:
        log.info("import warning: %s", warning)
    return article
