"""What in a paragraph is prose and what is not: one definition for every engine.

URLs, e-mail addresses, domains, file names, social handles and hashtags, inline code,
HTML or shortcode markup and HTML entities are written to be copied, not read: no
spacing, capitalisation, style or name rule applies to their insides. The debris engine
also uses :data:`MARKUP` and :data:`ENTITY` to find markup to remove.

Generic: written from what scrapers and writers commonly leave in a text, not from any
particular article.
"""

from __future__ import annotations

import functools
import re

# -- markup ----------------------------------------------------------------------------------

TAGS = (
    "div|span|p|a|img|br|hr|iframe|script|style|figure|figcaption|section|article|header|"
    "footer|nav|ul|ol|li|strong|em|b|i|u|h[1-6]|table|tr|td|th|tbody|thead|blockquote|video|"
    "source|picture|noscript|button|form|input|label|meta|link|svg|path|small|sup|sub|center|"
    "font|aside|main|time|cite|code|pre|ins|del|embed|object|param|audio|track|canvas"
)
_ATTR = r"""[\w:.-]+=(?:"[^"\n<>]{0,200}"|'[^'\n<>]{0,200}')"""
MARKUP = re.compile(
    rf"<!--.*?-->"  # HTML comment
    rf"|</?(?:{TAGS})\b[^<>\n]{{0,300}}?/?>"  # a tag, opening or closing
    rf"|<(?:{TAGS})\b\s+[^<>\n]{{0,300}}$"  # an opening tag cut off at the line end
    rf"""|(?<![^\s>])(?:{_ATTR}\s+)*(?:[\w:.-]+=["'][^"'\n<>]{{0,200}}|[\w:.#/-]+)["']\s*/?>"""
    r"|\[/?(?:caption|gallery|embed|video|audio|playlist|tweet|youtube|instagram|"
    r"contact-form[\w-]*|vc_\w+|et_pb_\w+|fusion_\w+|su_\w+)\b[^\]\n]{0,300}\]"  # shortcodes
    rf"|\[[a-z_][\w-]*(?:\s+{_ATTR})+\s*/?\]"  # [anything key="value"]
    r"|\[/[a-z_][\w-]*\]"  # [/closing]
    r"|\{\{[^{}\n]{1,200}\}\}|\{%[^%\n]{1,200}%\}",  # templates
    re.IGNORECASE | re.DOTALL,
)
"""HTML tags and comments, attribute tails of a cut tag, shortcodes and templates."""

ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
"""An HTML entity ("&amp;", "&#8217;")."""

# -- addresses and names of things -----------------------------------------------------------

_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|co|ai|app|dev|news|tv|uk|us|eu|de|fr|es|it|nl|"
    "ru|ua|ch|at|be|se|no|dk|fi|pl|cz|jp|cn|in|au|ca|nz|ie|za|br|mx"
)
_EXTENSIONS = "pdf|docx?|xlsx?|pptx?|txt|csv|jpe?g|png|gif|mp[34]|zip|html?|py|js|json|xml|md"
_ADDRESSES = re.compile(
    r"""(?P<url>(?:https?://|ftp://|www\.)[^\s<>"“”]+)"""
    r"""|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"""  # e-mail
    rf"""|(?<![\w.])[\w-]+(?:\.[\w-]+)*\.(?P<tld>{_TLDS})\b(?:/[^\s<>"“”]*)?"""  # domain
    rf"""|(?<![\w.])[\w-]+\.(?P<ext>{_EXTENSIONS})\b"""  # file name
    # a social handle, to the end of its token: "@peoplesvote-uk", "@name.bsky.social"
    r"""|(?<![\w@])@[A-Za-z_]\w{0,30}(?:[.-][A-Za-z0-9_]+)*"""
    r"""|(?<![\w#&])#[^\W\d_]\w*""",  # hashtag
    re.IGNORECASE,
)
# Suffixes that are also English words able to start a sentence: written "It" or "No"
# after a full stop, they start a sentence glued to the last ("control.It was", "Minsk.No
# one came"); an address writes them in lower case ("example.it") or capitals.
_SENTENCE_WORDS = frozenset({"it", "in", "no", "at", "be", "us", "co", "news", "info", "app"})
_CODE = re.compile(r"`[^`\n]+`")
# A URL's last character is not one of these: "see https://example.com/a." ends a sentence.
_URL_TAIL = ".,;:!?'’\"”)]"

# Cheap gates: most paragraphs hold none of these, and the full patterns are slow.
_MAYBE_ADDRESS = re.compile(r"\w[.@]\w|://|(?<!\w)[@#]\w")
_MAYBE_MARKUP = re.compile(r"[<>\[{]")


def may_hold_markup(text: str) -> bool:
    """False when ``text`` surely holds no :data:`MARKUP` (none of its brackets): a cheap
    gate before the slow pattern, which most paragraphs never need."""
    return _MAYBE_MARKUP.search(text) is not None


# paragraphs whose spans are remembered: every engine asks of every paragraph (five of
# ours and Harper's misfire filter), so one reading serves them all, in a first check too
SPANS_KEPT = 4096


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are not prose, in order (they may touch, never overlap).

    The caller's own list: the spans are worked out once per paragraph text and kept
    (see :func:`forget_spans`)."""
    return list(_spans(text))


def forget_spans() -> None:
    """Forget the remembered spans (a pipeline's ``clear_cache``: a timed warm check
    then pays for them once, as a first check of new text does)."""
    _spans.cache_clear()


@functools.lru_cache(maxsize=SPANS_KEPT)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_protected(text))


def _protected(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if _MAYBE_ADDRESS.search(text) is not None:
        for m in _ADDRESSES.finditer(text):
            start, end = m.span()
            suffix = m.group("tld") or m.group("ext")
            if suffix and suffix.lower() in _SENTENCE_WORDS and suffix[1:].islower():
                continue
            if m.group("url") is not None:
                end = _trim_url(text, start, end)
            spans.append((start, end))
    if may_hold_markup(text):
        spans.extend(m.span() for m in MARKUP.finditer(text))
    if "&" in text:
        spans.extend(m.span() for m in ENTITY.finditer(text))
    if "`" in text:
        spans.extend(m.span() for m in _CODE.finditer(text))
    return _merged(spans)


def _trim_url(text: str, start: int, end: int) -> int:
    """Where a URL really ends: without trailing punctuation or an unopened bracket."""
    while end > start and text[end - 1] in _URL_TAIL:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break  # "https://en.wikipedia.org/wiki/Minsk_(city)"
        end -= 1
    return end


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(spans) < 2:
        return spans
    spans.sort()
    out = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = out[-1]
        if start < last_end:
            out[-1] = (last_start, max(last_end, end))
        else:
            out.append((start, end))
    return out


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` overlaps any of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def starts_inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``spans``."""
    return any(s <= pos < e for s, e in spans)
