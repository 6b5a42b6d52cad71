"""Plain text and Markdown: decode the bytes, normalise newlines, keep every character."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from reviewdesk.core.engines.debris.crumbs import breadcrumb
from reviewdesk.core.structure import Structure
from reviewdesk.core.text import normalize_newlines
from reviewdesk.formats.encoding import decode_bytes
from reviewdesk.formats.imported import ImportedDocument

log = logging.getLogger(__name__)

_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FRONT_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.IGNORECASE)
TITLE_MAX = 120


def _clip(title: str) -> str:
    return title.strip().strip("\"'")[:TITLE_MAX].strip()


def plain_title(text: str, fallback: str) -> str:
    """The headline: the first non-empty line, without a breadcrumb trail, else ``fallback``.

    Scraped copy often starts "Home » World » Headline"; the trail is site navigation, not
    the title, and the window, library, export dialog and report all show this title.
    """
    for line in text.split("\n"):
        line = line.strip().lstrip("#").strip()
        crumb = breadcrumb(line) if line else None
        if crumb is not None:
            end, whole_line = crumb
            line = "" if whole_line else line[end:].strip()
        if line:
            return line[:TITLE_MAX]
    return fallback


def markdown_title(text: str, fallback: str) -> str:
    """Title of a Markdown text: front-matter ``title:``, else the first heading, else line 1."""
    lines = text.split("\n")
    body_start = 0
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() in ("---", "..."):
                body_start = i + 1
                break
            match = _FRONT_TITLE.match(line)
            if match and _clip(match.group(1)):
                return _clip(match.group(1))
    in_fence = False
    for i in range(body_start, len(lines)):
        line = lines[i]
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        match = _ATX.match(line)
        if match:
            return _clip(match.group(1))
        if (
            line.strip()
            and i + 1 < len(lines)
            and _SETEXT.match(lines[i + 1])
            and (i == body_start or not lines[i - 1].strip())
        ):
            return _clip(line)
    return plain_title("\n".join(lines[body_start:]), fallback)


def import_text(path: Path, data: bytes, fmt: str, encoding: str | None) -> ImportedDocument:
    """Build the document for a ``txt`` or ``md`` file whose bytes are ``data``."""
    decoded = decode_bytes(data, path.name, encoding)
    text = normalize_newlines(decoded.text)
    title = markdown_title(text, path.stem) if fmt == "md" else plain_title(text, path.stem)
    warnings = [decoded.warning] if decoded.warning else []
    log.info("imported %s as %s (%s)", path, fmt, decoded.encoding)
    structure = Structure()
    if fmt == "md":  # imported for Markdown only: a .txt opened at start does without it
        from reviewdesk.formats.md_structure import markdown_structure

        structure = markdown_structure(text)
    return ImportedDocument(
        text=text,
        title=title,
        format=fmt,
        encoding=decoded.encoding,
        warnings=warnings,
        encoding_guessed=decoded.guessed,
        structure=structure,
    )
