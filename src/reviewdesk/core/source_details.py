"""What an imported file said about itself (byline, date, site, address), for people.

Importers keep it in :attr:`reviewdesk.core.models.Article.meta` under plain keys
(``author``, ``date``, ``sitename``, ``url``); the window's header and the review report
show it through :func:`source_details`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from reviewdesk.core.i18n import QT_TRANSLATE_NOOP

# label shown (the window translates it in the "SourceDetails" context), key in Article.meta
_FIELDS = (
    (QT_TRANSLATE_NOOP("SourceDetails", "By"), "author"),
    (QT_TRANSLATE_NOOP("SourceDetails", "Published"), "date"),
    (QT_TRANSLATE_NOOP("SourceDetails", "Site"), "sitename"),
    (QT_TRANSLATE_NOOP("SourceDetails", "Web address"), "url"),
)
_ISO_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}")


def source_details(meta: Mapping[str, str]) -> list[tuple[str, str]]:
    """(label, value) for each detail the file gave; an ISO date-time shows as its date."""
    out = []
    for label, key in _FIELDS:
        value = " ".join(str(meta.get(key, "")).split())
        if not value:
            continue
        if key == "date" and (match := _ISO_DATETIME.match(value)):
            value = match.group(1)
        out.append((label, value))
    return out


def source_line(meta: Mapping[str, str], by: str = "By {author}") -> str:
    """The details in one line ("By Maria Lindqvist · The Coastal Herald · 2024-03-14"),
    without the web address; empty when the file gave none. ``by`` words the byline
    (the window passes it translated)."""
    found = dict(source_details(meta))
    parts = [by.format(author=found["By"]) if "By" in found else "", found.get("Site", "")]
    parts.append(found.get("Published", ""))
    return " · ".join(p for p in parts if p)
