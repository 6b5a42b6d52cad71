"""A page's own controls left in the text, found by their shape: the glyphs of its
buttons, a gallery's or a pager's counter, a yes/no prompt, a video's running time, a
line in which the site speaks to the reader.

The first unread measure of four blind sets in turn (issue 11) missed page furniture
more than any other kind, and each set's lines were new in their words ("Back to top ↑",
"Image 1 of 3", "Was this article helpful?  Yes  No", "Download our app ..."): a list
of their words never caught the next set's. What such lines share is a shape an
article's own lines never have, so these tests read the shape. Every test asks for a
short line that does not end as a sentence ends, so a paragraph is never taken.
"""

from __future__ import annotations

import re

__all__ = ["READER_VERBS", "control_line", "without_glyphs"]

# the symbols a button shows but copy never holds: arrows, chevrons, play triangles,
# a menu's bars, a search's lens (an emoji or a mathematical sign may be the copy's)
_GLYPH_RANGES = ((0x2190, 0x21FF), (0x25A0, 0x25FF), (0x27F0, 0x27FF), (0x2900, 0x297F),
                 (0x2B00, 0x2BFF), (0x1F50D, 0x1F50E))  # fmt: skip
_GLYPHS = frozenset("›‹»«☰≡")
# a counter of a gallery, pager or slideshow: "Image 1 of 3", "Page 1 of 2"
_COUNTER = re.compile(
    r"(?:[A-Z][a-z]+ )?\d{1,3} of \d{1,3}\b.{0,20}"
    # a gallery's size: "Slideshow (4 Images)", "Gallery: 12 photos"
    r"|(?:[A-Z][a-z]+\s*:?\s*)?\(?\d{1,3} (?:images?|photos?|pictures?|slides?|videos?)\)?",
    re.IGNORECASE,
)
# a picture's own control: "View larger image", "Enlarge this photo", "See full-size chart"
_VIEW = re.compile(
    r"(?:(?:view|see|open|show)\s+(?:the\s+)?(?:larger|full[- ]?size|full[- ]screen|bigger|"
    r"original|high[- ]res\w*|interactive)\s+|enlarge\s+(?:this\s+)?|expand\s+(?:this\s+)?)"
    r"(?:image|photo|picture|graphic|chart|map|version|gallery)s?|enlarge(?: image| photo)?",
    re.IGNORECASE,
)
# a weather widget: a temperature in a short line ("Weather  38°F  Partly cloudy")
_WEATHER = re.compile(r"[^.!?]{0,40}?-?\d{1,3}\s?°\s?[FC]?\b[^.!?\d]{0,40}")
# a question, then its answer buttons after a wide gap: "Was this helpful?   Yes   No"
_PROMPT = re.compile(r"[^.!?]{3,80}\?(?:\s{2,}[A-Z][a-z]{0,9}){2,4}")
# a video's or a recording's running time closing a short line: "(01:12:40)", "(2:14)"
_RUNNING_TIME = re.compile(r".{1,80}\((?:\d{1,2}:)?\d{1,2}:\d{2}\)")
# the site speaking to its reader: "our", "us", a social handle
# ("US", the country, is not "us")
_SITE_VOICE = re.compile(r"\b(?:[Oo]ur|us)\b")
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z_]\w{2,}")
# what a site asks its readers to do: "Follow us", "Sign up for our newsletter"
READER_VERBS = frozenset(
    {
        "follow",
        "tell",
        "share",
        "download",
        "sign",
        "subscribe",
        "join",
        "contact",
        "email",
        "e-mail",
        "send",
        "support",
        "like",
        "get",
        "read",
        "watch",
        "listen",
        "visit",
        "help",
        "give",
        "donate",
        "become",
        "write",
        "call",
        "find",
        "connect",
        "let",
        "see",
        "try",
        "meet",
        "chat",
        "text",
        "message",
        "reach",
        "discover",
        "explore",
        "check",
        "register",
        "install",
        "submit",
        "add",
        "save",
        "shop",
        "claim",
        "enjoy",
        "stay",
        "keep",
        "receive",
        "unlock",
    }
)
# an input device's instruction: "Click to enlarge", "Tap to expand", "Swipe for more"
_INSTRUCTION = re.compile(r"(?:click|tap|swipe|scroll|hover)\b.{0,40}", re.IGNORECASE)
# items a page's account or control bar holds, split by slashes or bars
_ACCOUNT = frozenset(
    {"sign in", "sign up", "log in", "login", "log out", "register", "subscribe", "join"}
)
_MAX_WORDS = 12


def _glyph(ch: str) -> bool:
    """Whether ``ch`` is a button's symbol (an arrow, a chevron, a menu's bars)."""
    if ch in _GLYPHS:
        return True
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _GLYPH_RANGES)


def without_glyphs(line: str) -> str:
    """``line`` without the buttons' symbols at either end ("Back to top ↑" → "Back to
    top"), so the furniture's word patterns meet the words."""
    text = line.strip()
    start, end = 0, len(text)
    while start < end and (_glyph(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_glyph(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def control_line(line: str) -> bool:
    """Whether ``line`` (one whole line) is one of the page's own controls by its shape."""
    text = line.strip()
    if not text or len(text) > 120 or len(text.split()) > _MAX_WORDS:
        return False
    if text[0] in "\"“‘'" or text[-1] in '.!;,"”’':
        return False  # a sentence or a quotation: the article's
    if (_glyph(text[0]) or _glyph(text[-1])) and len(without_glyphs(text).split()) <= 6:
        return True  # "Next story ›", "Menu ☰   Search 🔍"
    if _COUNTER.fullmatch(text) or _PROMPT.fullmatch(text) or _RUNNING_TIME.fullmatch(text):
        return True
    if _VIEW.fullmatch(text) or (len(text.split()) <= 8 and _WEATHER.fullmatch(text)):
        return True
    items = [i.strip().lower() for i in re.split(r"\s[/|]\s", text)]
    if len(items) >= 2 and all(i in _ACCOUNT for i in items):
        return True  # "Sign in / Register"
    if text.endswith("?") or ":" in text:
        return False
    if _INSTRUCTION.fullmatch(text):
        return True
    # "Download our app for alerts", "Follow our coverage on Twitter @Desk": an
    # imperative addressed to the reader in the site's own voice. A subheading may speak
    # of "us" too ("What it means for us", "A message from our readers"): the line must
    # open with a verb a site asks its readers to act by, or name a social handle
    first = text.split()[0]
    if not first[:1].isupper() or any(c.isdigit() for c in text):
        return False
    if _HANDLE.search(text) is not None:
        return True
    return first.lower() in READER_VERBS and _SITE_VOICE.search(text) is not None
