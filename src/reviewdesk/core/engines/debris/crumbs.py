"""Breadcrumb trails ("Home » World » Headline") at the start of a line.

Apart from :mod:`reviewdesk.core.engines.debris.lines` because importing a text file
needs it for the title: this module compiles two patterns, where ``lines`` and the
debris patterns it needs compile dozens (~20 ms of the window's start, issue 14).
"""

from __future__ import annotations

import re

from reviewdesk.core.text.sentences import ends_like_sentence

_HOME = re.compile(r"^\s*(?:you are here:?\s*)?(?:home|homepage|start|front page)(?=\W)", re.I)
_CRUMB_SEP = re.compile(r"\s*(?:[»›→]|&raquo;|&gt;)\s*|\s+[>/|]\s+|\s+[>/|]\s*$")
# a character every separator above holds: the cheap test before the pattern
_MAYBE_SEP = re.compile(r"[»›→&>/|]")
_STRONG = frozenset({"»", "›", "→", "&raquo;"})
# ">" is a trail's only when it comes twice or more ("News > UK > Crime > ..."); once, it
# may be prose ("if y > z")
_ARROWS = frozenset({">", "&gt;"})
# "/" and "|" likewise, and only between capitalised segments ("Local News / Hampshire /
# ..."): prose has "and / or", a share line "Facebook | Twitter" is no trail's start
_SLASHES = frozenset({"/", "|"})

__all__ = ["breadcrumb"]


def _short(segment: str, words: int = 4) -> bool:
    return 0 < len(segment.split()) <= words and len(segment) <= 40


def _capitalised(line: str, seps: list[re.Match[str]]) -> bool:
    """Whether the first two segments before ``seps`` open with a capital (a trail's)."""
    pos = 0
    for m in seps[:2]:
        segment = line[pos : m.start()].strip()
        if not segment[:1].isupper():
            return False
        pos = m.end()
    return True


def breadcrumb(line: str) -> tuple[int, bool] | None:
    """``(end, whole_line)`` of a breadcrumb trail at the start of ``line``, else None."""
    if _MAYBE_SEP.search(line) is None:
        return None  # most lines: no separator character at all, and the pattern is slow
    seps = list(_CRUMB_SEP.finditer(line))
    if not seps:
        return None
    home = _HOME.match(line)
    strong = [m for m in seps if m.group().strip() in _STRONG]
    arrows = [m for m in seps if m.group().strip() in _ARROWS]
    if len(arrows) >= 2:
        strong = sorted(strong + arrows, key=lambda m: m.start())
    elif home is None and not strong:
        slashes = [m for m in seps if m.group().strip() in _SLASHES]
        if len(slashes) >= 2 and _capitalised(line, slashes):
            strong = slashes
    if home is None and len(strong) < 2:
        return None
    if home is not None and seps[0].start() != home.end():
        return None
    usable = seps if home is not None else strong
    pos, last_end = 0, 0
    for m in usable:
        segment = line[pos : m.start()].strip()
        if not _short(segment) or ends_like_sentence(segment):
            break
        last_end, pos = m.end(), m.end()
    if last_end == 0:
        return None
    rest = line[last_end:].strip()
    whole = not rest or (_short(rest) and not ends_like_sentence(rest))
    consumed = sum(1 for m in usable if m.end() <= last_end)
    if consumed < 2 and not whole:
        return None  # one separator and then prose: "Home / away games ..." is not a trail
    return (len(line) if whole else last_end), whole
