"""What an importer hands back: the article text and what came with it."""

from __future__ import annotations

from dataclasses import dataclass, field


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
