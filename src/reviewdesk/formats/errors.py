"""Errors the importers and exporters raise; their messages are shown to users as they are.

A message says what is wrong with the file; ``remedy`` says what the editor can do about
it, for the common refusals (a damaged Word file, a binary file, a file too large, text
in an unknown encoding). The window shows both; the command line shows the message.
"""

from __future__ import annotations

REMEDY_DAMAGED_WORD = (
    "Open it in Word (or LibreOffice) and save it again as a Word document (.docx), then "
    "open the new copy. A file that came by email or download may have been cut short: "
    "save the attachment again."
)
REMEDY_BINARY = (
    "reviewdesk opens plain text, Markdown, Word (.docx) and saved web pages. Save the "
    "article as one of those from the program that made it (File ▸ Save As), then open "
    "that copy."
)
REMEDY_TOO_LARGE = (
    "Check that this is the article you meant to open. To review part of it, copy that "
    "part and use File ▸ Paste as new article…; or save each article in a file of its own."
)
REMEDY_ENCODING = (
    "Open it as text with another encoding: the one it was written in (Windows-1252 suits "
    "most Western European text, Windows-1251 Cyrillic); the window asks, with a preview."
)


class FormatError(Exception):
    """A file could not be read or written. ``str(exc)`` is a one-line, plain message;
    ``remedy`` (maybe empty) a sentence or two on what to do about it."""

    def __init__(self, message: str, remedy: str = "") -> None:
        super().__init__(message)
        self.remedy = remedy


class EncodingError(FormatError):
    """Text whose encoding is not the one assumed: another encoding may read it."""

    def __init__(self, message: str) -> None:
        super().__init__(message, REMEDY_ENCODING)


def damaged(name: str, what: str = "a Word document") -> FormatError:
    """The refusal of a Word file that cannot be unpacked or parsed."""
    remedy = REMEDY_DAMAGED_WORD if what == "a Word document" else ""
    return FormatError(f"{name}: is damaged or not {what}", remedy)


def binary(name: str, instead_of: str = "text") -> FormatError:
    """The refusal of a file that is not text at all (a program, a picture, an archive)."""
    return FormatError(f"{name}: looks like a binary file, not {instead_of}", REMEDY_BINARY)
