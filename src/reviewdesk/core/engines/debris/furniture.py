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

__all__ = ["code_line", "menu_line", "title_headline"]


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
