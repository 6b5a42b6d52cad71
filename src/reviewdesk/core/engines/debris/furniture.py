"""Page furniture that a line's shape shows, not its words: a menu bar, a script's code,
a page title with the site's name after the headline.

Apart from the word patterns (:mod:`reviewdesk.core.engines.debris.patterns`) because a
site names its menu entries and its title as it likes: what is common to them is the
shape a scraper leaves (short capitalised items in a row with wide gaps or bullets
between them, a dotted call ending in ``);``, "Headline - Site").
"""

from __future__ import annotations

import re

# between a menu's items: two or more spaces (a tab), or a bullet or middle dot
_WIDE_GAP = re.compile(r"\s{2,}|\t")
_BULLET = re.compile(r"\s*[•·]\s*|\s+(?:::|\|)\s+")
_DIGIT = re.compile(r"\d")  # a row with figures is a table's, not a menu's
# a footer's last item: the site's copyright ("© 2020 Daily Ledger Media")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b).{0,60}", re.IGNORECASE)
# one item: up to three words, opening with a capital (or a font-size button, "A+"),
# no sentence punctuation and no digit (a table's row has figures)
_ITEM = re.compile(r"(?:[A-Z][\w'’&-]*:?|A[+-])(?: [\w'’&+-]+){0,2}")
# the items that show a bar of the page's own controls, not a list of the copy's
_CONTROLS = frozenset(
    {
        "menu",
        "search",
        "sign in",
        "log in",
        "login",
        "subscribe",
        "register",
        "home",
        "print",
        "email",
        "e-mail",
        "share",
        "a+",
        "a-",
    }
)
# code a page's script left in the text: a dotted call ending the line ("x.y(...);"),
# a function literal, a declaration ending in ";"
_CODE = re.compile(
    r"\s*(?:[A-Za-z_$][\w$]*\.)+[A-Za-z_$][\w$]*\s*\(.*\)\s*;?\s*"
    r"|.*\bfunction\s*\([^()]*\)\s*\{.*"
    r"|\s*(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=.*;\s*"
)
# a page's <title>: the headline, a dash or bar, the site's name (up to six words)
_TITLE = re.compile(r"(?P<head>.{10,200}?)\s+[-–—|]\s+(?P<site>[^-–—|.!?]{2,60})")

# a row of the page's labels: three or more short items between middle dots, bullets or
# bars ("Listen on Apple Podcasts · Spotify · RSS", "00:00 Intro · 04:15 The trials")
_ROW_SPLIT = re.compile(r"\s+[•·|]\s+|\s+::\s+")
_ROW_ITEM_WORDS = 6
_ROW_ITEMS = 3
_LETTER = re.compile(r"[^\W\d_]")
# a chapter's clock time ("04:15"): the one figure a row of the page's labels holds
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*$")

__all__ = ["code_line", "label_row", "menu_line", "title_headline"]


def menu_line(line: str) -> bool:
    """Whether ``line`` is a row of menu entries: three or more short capitalised items
    between bullets (or " :: ", " | "; a footer's copyright may close them), or between
    wide gaps when one of them is a page control ("Search", "Sign in", "A+") or there are
    five or more. A sentence never has that shape."""
    text = line.strip()
    if not text or len(text) > 200 or text[-1] in '.!?:;,"”':
        return False
    bullets = _BULLET.search(text) is not None
    items = [i for i in (_BULLET if bullets else _WIDE_GAP).split(text) if i]
    footer = len(items) >= 4 and _COPYRIGHT.fullmatch(items[-1]) is not None
    if footer:
        items = items[:-1]  # "Terms · Privacy · Contact us · © 2020 Site"
    if len(items) < 3 or not all(_ITEM.fullmatch(i) and not _DIGIT.search(i) for i in items):
        return False
    if bullets:
        return True
    return len(items) >= 5 or any(i.lower() in _CONTROLS for i in items)


def label_row(line: str) -> bool:
    """Whether ``line`` is a row of the page's labels or links: three or more items of
    six words at most between spaced middle dots, bullets or bars, none of them a
    sentence, and no byline ("By Jane Doe · Staff Writer · May 2" is the article's).
    Prose never sets its phrases apart that way; a menu (:func:`menu_line`) is the
    row whose items are all short capitalised words, this one takes longer items too
    (podcast apps) and clock times (chapters), but no other figure: a row of scores
    or prices is a table's, the copy's."""
    text = line.strip()
    if len(text) > 300 or text[:3].lower() == "by " or _LETTER.search(text) is None:
        return False
    items = [i.strip() for i in _ROW_SPLIT.split(text)]
    if len(items) < _ROW_ITEMS or any(not i for i in items):
        return False
    if _DIGIT.search(_CLOCK.sub(" ", text)) is not None:
        return False  # "Leeds 2 :: York 1", "Apples · 3 kg · £4": a table's row, the copy's
    return all(len(i.split()) <= _ROW_ITEM_WORDS and _SENTENCE_END.search(i) is None for i in items)


def code_line(line: str) -> bool:
    """Whether ``line`` is a script's code ("googletag.cmd.push(function() {...});")."""
    text = line.strip()
    if len(text) > 600 or ("(" not in text and "=" not in text):
        return False
    if not text.endswith((";", ")", "}", "{")):
        return False
    return _CODE.fullmatch(text) is not None


def title_headline(line: str) -> str | None:
    """The headline part of a line shaped like a page's title ("Headline - Site Name"),
    or None. Whether it is one, the line after it says (the headline once more)."""
    if len(line) > 300 or not any(c in line for c in "-–—|"):
        return None
    m = _TITLE.fullmatch(line.strip())
    if m is None or len(m.group("site").split()) > 6 or not m.group("site")[:1].isupper():
        return None
    return m.group("head")
