"""What an importer hands back: the article text and what came with it."""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewdesk.core.models import Article, Note


@dataclass
class ImportedNote:
    """A comment found in the source file, anchored at code-point offsets into the text."""

    start: int
    end: int
    body: str
    author: str = ""


@dataclass
class ImportedDocument:
    """What an importer read: the article text (newlines normalised) and what came with it.

    ``encoding`` is the codec the text was decoded with; ``encoding_guessed`` is true when
    it was detected rather than known (a BOM, valid UTF-8 or the user's choice), and then
    ``warnings`` says so in plain words. ``meta`` holds what the file said about itself
    (title, author, date, sitename, url, ...).
    """

    text: str
    title: str
    format: str
    encoding: str = "utf-8"
    notes: list[ImportedNote] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    encoding_guessed: bool = False

    def to_article(self, language: str, source: str) -> Article:
        """The new article (original = draft = the text); import warnings go in its meta."""
        meta = dict(self.meta)
        if self.warnings:
            meta["import_warnings"] = "\n".join(self.warnings)
        return Article(
            id=None,
            title=self.title,
            original=self.text,
            draft=self.text,
            language=language,
            source_path=source,
            source_format=self.format,
            encoding=self.encoding,
            meta=meta,
        )

    def review_notes(self) -> list[Note]:
        """The file's comments as notes (``Library.add_article`` sets their article)."""
        return [
            Note(
                id=None,
                article_id=0,
                start=note.start,
                end=note.end,
                quote=self.text[note.start : note.end],
                body=note.body,
                author=note.author,
            )
            for note in self.notes
        ]
