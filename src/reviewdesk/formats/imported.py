"""What an importer hands back: the article text and what came with it."""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewdesk.core.models import Article, Note
from reviewdesk.core.structure import Structure


@dataclass
class ImportedNote:
    """A comment found in the source file, anchored at code-point offsets into the text.

    ``date`` is when it was written (as the file says), ``resolved`` whether it was marked
    done, ``reply_to`` the index (in the same list) of the comment it answers, and
    ``origin`` its id in the source file.
    """

    start: int
    end: int
    body: str
    author: str = ""
    date: str = ""
    resolved: bool = False
    reply_to: int | None = None
    origin: str = ""


@dataclass
class ImportedDocument:
    """What an importer read: the article text (newlines normalised) and what came with it.

    ``encoding`` is the codec the text was decoded with; ``encoding_guessed`` is true when
    it was detected rather than known (a BOM, valid UTF-8 or the user's choice), and then
    ``warnings`` says so in plain words. ``meta`` holds what the file said about itself
    (title, author, date, sitename, url, ...). ``structure`` says what the parts of the
    text are (headings, footnotes, ...) and carries incoming tracked changes; ``source``
    holds the bytes of a Word file, so the exports can write into the document itself.
    """

    text: str
    title: str
    format: str
    encoding: str = "utf-8"
    notes: list[ImportedNote] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    encoding_guessed: bool = False
    structure: Structure = field(default_factory=Structure)
    source: bytes | None = None

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
        """The file's comments as notes, for ``Library.add_article``: a reply's
        ``parent_id`` is its parent's index in this list (none has an id yet)."""
        return [
            Note(
                id=None,
                article_id=0,
                start=note.start,
                end=note.end,
                quote=self.text[note.start : note.end],
                body=note.body,
                author=note.author,
                resolved=note.resolved,
                created=note.date,
                parent_id=note.reply_to,
                origin=note.origin,
            )
            for note in self.notes
        ]


def needs_encoding_choice(doc: ImportedDocument) -> bool:
    """Whether the editor should confirm the encoding of an imported document."""
    return bool(doc.encoding_guessed)
