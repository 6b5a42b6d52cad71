"""The README's user guide read as data: sections, tables, code lines, bold names.

Shared by the tests that hold the guide to the app (tests/test_docs.py for the command
line and the make targets, tests/gui/test_guide.py for the window's menus and shortcuts),
so each reads the guide the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")

#: The separator the guide writes between a menu and its entry ("File ▸ Open…").
MENU_ARROW = "▸"


def sections(markdown: str = README) -> list[tuple[str, str]]:
    """(heading, body) for every ``#``-heading, outside fenced code blocks."""
    found: list[tuple[str, str]] = []
    heading, fenced = "", False
    body: list[str] = []
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and re.match(r"#{1,6} ", line):
            found.append((heading, "\n".join(body)))
            heading, body = line.lstrip("#").strip(), []
        else:
            body.append(line)
    found.append((heading, "\n".join(body)))
    return found


def section(title: str) -> str:
    """The body of the section headed ``title`` (case does not matter)."""
    for heading, body in sections():
        if heading.lower() == title.lower():
            return body
    raise AssertionError(f"README has no section {title!r}")


def table_rows(body: str) -> list[list[str]]:
    """The cells of every row of the tables in ``body``, header rows left out."""
    rows = []
    for line in body.splitlines():
        line = line.strip()
        if not line.startswith("|") or set(line) <= set("|-: "):
            continue
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows[1:]  # drop the header


def code_lines(body: str) -> Iterator[str]:
    """The lines of the fenced code blocks in ``body``, less their ``#`` comments."""
    fenced = False
    for line in body.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            yield line.split("#", 1)[0].strip()


def plain(text: str) -> str:
    """A menu or button text as the guide writes it: no ``&`` mnemonic, one space."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def bold_names(markdown: str = README) -> list[str]:
    """Every ``**bold**`` phrase outside code, whitespace folded; ``*its name*`` inside a
    bold phrase (a value the window fills in) reads as ``…``."""
    prose = re.sub(r"```.*?```", "", markdown, flags=re.DOTALL)
    prose = re.sub(r"`[^`\n]*`", "", prose)
    found = re.findall(r"\*\*((?:[^*]|\*(?!\*))+?)\*\*", prose)
    return [" ".join(re.sub(r"\*[^*]+\*", "…", name).split()) for name in found]
