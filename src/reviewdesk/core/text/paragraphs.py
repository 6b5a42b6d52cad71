"""Paragraphs as the window sees them: one line of the text is one block."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph (one line of the text, in Qt's sense: a block) and where it starts."""

    index: int
    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just past the paragraph's last character (before its newline)."""
        return self.start + len(self.text)


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split on ``\\n``: each line is a paragraph, as a QTextDocument block is."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        paragraphs.append(Paragraph(i, pos, line))
        pos += len(line) + 1
    return paragraphs


def quoted_for_screen(text: str, limit: int = 40) -> str:
    """``text`` as a person reads it in a status line: “quoted”, on one line, not too long.

    Newlines show as ⏎ and other control characters as spaces (never ``repr`` escapes such
    as ``\\n``); a long passage keeps its start and end around a middle “…”, so both
    edges of a fix stay visible. An empty text reads as "(nothing)".
    """
    shown = "".join(
        " ⏎ " if ch == "\n" else (" " if ch.isspace() or not ch.isprintable() else ch)
        for ch in text
    )
    shown = " ".join(shown.split()) if shown.strip() else ""
    if not shown:
        return "(nothing)" if text == "" else "(a space)" if text == " " else "(whitespace)"
    if len(shown) > limit:
        head = (limit - 1) // 2
        tail = limit - 1 - head
        shown = shown[:head].rstrip() + "…" + shown[len(shown) - tail :].lstrip()
    if any(ch.isalnum() for ch in shown):
        return f"“{shown}”"
    # marks alone: a space at their edge is what the fix is about (“,” → “, ”); without
    # it "Undone: “,” → “,”" named a change that changed nothing
    lead = " " if text[0] in " \t" else ""
    trail = " " if text[-1] in " \t" else ""
    return f"“{lead}{shown}{trail}”"


def passage_on_one_line(text: str) -> str:
    """A revision's or a passage's text on one line: paragraph breaks as ¶, runs of
    spaces as one. Text that is only whitespace shows each character (a space as ␣, a tab
    as ⇥, a paragraph break as ¶), as the review report does: an inserted space read
    "Inserted “¶”", a paragraph break that was never there."""
    if text and not text.strip():
        return "".join("¶" if ch == "\n" else "⇥" if ch == "\t" else "␣" for ch in text)
    return " ".join(text.replace("\n", " ¶ ").split()) or "¶"
