"""What the parts of a Markdown article are: headings (ATX ``#`` and Setext underlines),
emphasis (``*italic*``, ``**bold**``), links and list items, as spans over the text
(the text itself keeps its Markdown marks, so the writer's file comes back as it was).
Fenced code blocks and a YAML front matter block at the top are left alone.
"""

from __future__ import annotations

import re

from reviewdesk.core.structure import Span, SpanKind, Structure

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])[ \t]+(\S.*)$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=\S)(.+?)(?<=\S)\1(?![*_\w])")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def _front_matter_lines(lines: list[str]) -> int:
    """How many lines a YAML front matter block takes at the top (``---`` … ``---`` or
    ``...``), else 0: its last key before the closing fence is no Setext heading."""
    if not lines or lines[0].rstrip() != "---":
        return 0
    for i in range(1, min(len(lines), 200)):
        if lines[i].rstrip() in ("---", "..."):
            return i + 1
    return 0


def markdown_structure(text: str) -> Structure:
    """The spans of a Markdown text (code-point offsets into ``text``)."""
    spans: list[Span] = []
    lines = text.split("\n")
    offset = 0
    fenced = False
    matter = _front_matter_lines(lines)
    if matter:  # the file's settings, fences and all (desk.context keeps them as they are)
        end = sum(len(line) + 1 for line in lines[:matter]) - 1
        spans.append(Span(SpanKind.FRONT_MATTER, 0, end))
    for i, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        if i < matter:
            continue  # YAML front matter: settings, not the article's text
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or not line.strip():
            continue
        atx = _ATX.match(line)
        if atx:
            spans.append(
                Span(SpanKind.HEADING, start + atx.start(2), start + atx.end(2),
                     {"level": str(len(atx.group(1)))})
            )  # fmt: skip
        elif i + 1 < len(lines) and _SETEXT.match(lines[i + 1]) and not _ITEM.match(line):
            level = "1" if lines[i + 1].strip().startswith("=") else "2"
            body = line.strip()
            first = start + line.index(body)
            spans.append(Span(SpanKind.HEADING, first, first + len(body), {"level": level}))
        item = _ITEM.match(line)
        if item and not atx:
            marker = item.group(2)
            kind = "bullet" if marker in "-*+" else "number"
            spans.append(
                Span(SpanKind.LIST_ITEM, start + item.start(3), start + len(line),
                     {"kind": kind, "level": str(len(item.group(1)) // 2), "label": marker})
            )  # fmt: skip
        spans.extend(_inline(line, start))
    spans.sort(key=lambda s: (s.start, -s.end))
    return Structure(tuple(spans))


def _inline(line: str, start: int) -> list[Span]:
    found: list[Span] = []
    strong = [(m.start(), m.end()) for m in _STRONG.finditer(line)]
    for m in _STRONG.finditer(line):
        found.append(Span(SpanKind.BOLD, start + m.start(2), start + m.end(2)))
    for m in _EMPHASIS.finditer(line):
        if any(a <= m.start() < b for a, b in strong) and m.group(1) * 2 in line[m.start() :]:
            continue
        found.append(Span(SpanKind.ITALIC, start + m.start(2), start + m.end(2)))
    for m in _LINK.finditer(line):
        found.append(
            Span(SpanKind.LINK, start + m.start(1), start + m.end(1), {"target": m.group(2)})
        )
    return found
