"""The corrected draft as plain text, Markdown or a simple HTML page."""

from __future__ import annotations

import html
import logging

log = logging.getLogger(__name__)


def render_txt(draft: str) -> bytes:
    """The draft as UTF-8 text with ``\\n`` line ends, exactly as it stands."""
    return draft.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")


def render_md(draft: str) -> bytes:
    """The draft as Markdown: the text is kept as the writer wrote it."""
    return render_txt(draft)


def render_html(draft: str, *, title: str, language: str = "en") -> bytes:
    """A standalone HTML page: one ``<p>`` per non-empty line, everything escaped."""
    lines = draft.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    page = (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(language, quote=True)}">\n'
        "<head>\n"
        '<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<title>{html.escape(title or 'Untitled article')}</title>\n"
        "<style>body{max-width:40em;margin:2em auto;padding:0 1em;"
        "font:1.05em/1.5 Georgia,serif;}p{margin:0 0 1em;white-space:pre-wrap;}</style>\n"
        "</head>\n"
        "<body>\n"
        f"{paragraphs}\n"
        "</body>\n"
        "</html>\n"
    )
    return page.encode("utf-8")
