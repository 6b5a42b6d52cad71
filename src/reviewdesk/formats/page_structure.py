"""The parts of a saved web page around its body text: headline, standfirst, byline and
photo captions, laid into the article's text as paragraphs of their own and marked in
its structure; subheads and list items marked as such, the latter without the "- "
trafilatura writes.

trafilatura gives the body (usually with the headline as its first line) and drops the
rest; they are found here in the page itself (``<h1>``, a standfirst or byline by its
class, ``<figcaption>``) and put where a reader meets them: the standfirst and byline
after the headline, each caption after the paragraph its picture follows.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from reviewdesk.core.structure import Span, SpanKind, Structure

log = logging.getLogger(__name__)

_STANDFIRST = re.compile(r"\b(standfirst|dek|deck|subtitle|subhead|summary|lede|intro|teaser)\b")
_BYLINE = re.compile(r"\b(byline|by-line|author)\b")
# A figcaption holding only the picture's credit; the caption is then in a sibling
# (CNN: ``<div itemprop="caption">`` beside ``<figcaption class="image__credit">``).
_CREDIT = re.compile(r"credit|copyright|photographer")
_CAPTION = re.compile(r"caption")
_SPACE = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
# Buttons a byline box carries beside the name ("Print", "Email"): not the byline.
_BUTTONS = frozenset(
    {"print", "email", "e-mail", "share", "tweet", "follow", "comment", "comments"}
)
# "National Desk By National Desk on ...": an avatar's name before the byline proper.
_FROM_BY = re.compile(r"^(?P<before>.{1,80}?)\s+(?P<rest>By\s+(?P=before)\b.*)$")
_WORDS = re.compile(r"\w+")
# A standfirst is a sentence; a box titled by a "summary"/"teaser" class is a few words
# ("AccuWeather.com Quick Look", "Top stories").
_MIN_STANDFIRST_WORDS = 6
# Boxes beside the article: a "summary" in them is another story's teaser (Blogger's
# "Featured Post" widget in the sidebar), never this article's standfirst.
_BESIDE = re.compile(r"sidebar|widget|related|promo|recommend|trending|popular|footer")
_BESIDE_TAGS = frozenset({"aside", "nav", "footer"})
# The article element holds at least this share of the body's words before what follows
# its last paragraph outside it counts as the page's ("More Must-Reads From TIME").
_ARTICLE_SHARE = 0.8
# Between a site's name and the rest in a title: "Headline | Site", "Site - Headline"
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _classes(el: object) -> str:
    get = getattr(el, "get", None)
    if get is None:
        return ""
    return f"{get('class') or ''} {get('id') or ''} {get('rel') or ''}".lower()


def _hidden(el: object) -> bool:
    get = el.get  # type: ignore[attr-defined]
    return (
        get("hidden") is not None
        or (get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search((get("style") or "").lower()))
    )


def _visible_text(el: object) -> str:
    """The element's text less hidden parts and lone buttons (a byline box's "Print")."""
    parts: list[str] = []

    def walk(node: object) -> None:
        parts.append(node.text or "")  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            if (
                isinstance(child.tag, str)
                and not _hidden(child)
                and _clean(child.text_content()).lower() not in _BUTTONS
            ):
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return _clean(" ".join(parts))


def _byline(scope: object) -> str:
    """The byline box's visible text, from "By" on when an avatar's name comes first."""
    for el in scope.iter("p", "div", "span", "address", "a"):  # type: ignore[attr-defined]
        if _BYLINE.search(_classes(el)):
            text = _visible_text(el)
            if 3 <= len(text) <= 400:
                repeated = _FROM_BY.match(text)
                return repeated.group("rest") if repeated else text
    return ""


def _beside(el: object) -> bool:
    """Whether ``el`` sits in a box beside the article (a sidebar, a widget, a footer)."""
    for box in el.iterancestors():  # type: ignore[attr-defined]
        if box.tag in _BESIDE_TAGS or _BESIDE.search(_classes(box)):
            return True
    return False


def _standfirst(scope: object) -> str:
    """The standfirst by its class: a sentence or more, not cut short with an ellipsis
    (a teaser of another story is), and not in a box beside the article."""
    for el in scope.iter("p", "div", "h2"):  # type: ignore[attr-defined]
        if _STANDFIRST.search(_classes(el)):
            text = _clean(el.text_content())
            if (
                3 <= len(text) <= 400
                and len(_WORDS.findall(text)) >= _MIN_STANDFIRST_WORDS
                and not text.endswith(("...", "…"))
                and not _beside(el)
            ):
                return text
    return ""


def _page_title(root: object) -> str:
    """The page's own title: ``og:title``, else ``<title>``."""
    for meta in root.iter("meta"):  # type: ignore[attr-defined]
        if (meta.get("property") or meta.get("name") or "").lower() in (
            "og:title",
            "twitter:title",
        ):
            return _clean(meta.get("content") or "")
    title = next(iter(root.iter("title")), None)  # type: ignore[attr-defined]
    return _clean(title.text_content()) if title is not None else ""


def _headline(root: object, scope: object) -> str:
    """The ``<h1>`` in the article; else the page's ``<h1>`` that its title repeats.

    Many news pages (CNN's) put the headline above their ``<main>``/``<article>``, and
    have other ``<h1>``s (a sign-in box's) besides: the title tells them apart.
    """
    inside = next((_clean(h.text_content()) for h in scope.iter("h1")), "")  # type: ignore[attr-defined]
    if inside or scope is root:
        return inside
    title = {w.lower() for w in _WORDS.findall(_page_title(root))}
    best, share = "", 0.5
    for h in root.iter("h1"):  # type: ignore[attr-defined]
        text = _clean(h.text_content())
        words = [w.lower() for w in _WORDS.findall(text)]
        if words and sum(w in title for w in words) / len(words) > share:
            best, share = text, sum(w in title for w in words) / len(words)
    return best


def _caption(caption: object) -> str:
    """A figcaption's text; for a credit alone, the caption beside it with the credit."""
    text = _clean(caption.text_content())  # type: ignore[attr-defined]
    if not _CREDIT.search(_classes(caption)):
        return text
    parent = caption.getparent()  # type: ignore[attr-defined]
    for _ in range(3):  # the caption's box, its picture's, the figure's
        if parent is None:
            break
        for el in parent.iter():
            if el is caption or not isinstance(el.tag, str):
                continue
            marks = _classes(el) + " " + (el.get("itemprop") or "").lower()
            if _CAPTION.search(marks) and not _CREDIT.search(marks):
                found = _clean(el.text_content())
                if found and found != text:
                    return f"{found} {text}" if text and text not in found else found
        parent = parent.getparent()
    return text


def _list_items(scope: object) -> dict[str, str]:
    """Each ``<li>``'s text → the label a reader sees before it ("•", "3.")."""
    items: dict[str, str] = {}
    for owner in scope.iter("ul", "ol"):  # type: ignore[attr-defined]
        for number, li in enumerate(owner.iterchildren("li"), 1):
            text = _clean(li.text_content())
            if text and text not in items:
                items[text] = f"{number}." if owner.tag == "ol" else "•"
    return items


@dataclass(frozen=True)
class PageParts:
    """What :func:`page_parts` finds around the body text."""

    headline: str = ""
    standfirst: str = ""
    byline: str = ""
    captions: tuple[tuple[str, str], ...] = ()  # (caption, text of the paragraph before it)
    list_items: dict[str, str] = field(default_factory=dict)
    subheads: dict[str, str] = field(default_factory=dict)  # text → level ("2" for <h2>)
    outside_tail: int = 0  # the body's last lines that come from outside the article
    site_names: frozenset[str] = frozenset()  # the site's names, lower case, no spaces

    def is_site(self, name: str) -> bool:
        """Whether ``name`` is the site's own ("LinkNaija"), not a person's."""
        return _squeezed(name) in self.site_names


def page_parts(html: str, lines: list[str] | None = None) -> PageParts:
    """The page's headline, standfirst, byline, captions and list items; with the body's
    ``lines``, how many at its end come from outside the article element."""
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
    except (ValueError, TypeError) as exc:
        log.info("cannot read the page's parts: %s", exc)
        return PageParts()
    except Exception as exc:  # lxml raises its own errors on odd pages
        log.info("cannot read the page's parts: %s", exc)
        return PageParts()
    scope = root
    for tag in ("main", "article"):  # the innermost of the two that the page has
        found = next(iter(root.iter(tag)), None)
        if found is not None:
            scope = found
    headline = _headline(root, scope)
    standfirst = _standfirst(scope)
    byline = _byline(scope)
    sites = frozenset(_site_names(root))
    if byline and _squeezed(byline) in sites:
        byline = ""  # the site's own name in the author box ("LinkNaija"): no one's byline
    captions: list[tuple[str, str]] = []
    for caption in scope.iter("figcaption"):
        text = _caption(caption)
        if not text:
            continue
        before = ""
        for box in caption.iterancestors():  # the figure, or the box standing for one
            prev = box.getprevious()
            while prev is not None and prev.tag != "p":
                prev = prev.getprevious()
            if prev is not None:
                before = _clean(prev.text_content())
                break
            if box.tag in ("figure", "article", "main", "body"):
                break
        captions.append((text, before))
    subheads: dict[str, str] = {}
    for h in scope.iter("h2", "h3", "h4"):
        subheads.setdefault(_clean(h.text_content()), h.tag[1])
    tail = _outside_tail(lines or [], root, scope) if scope is not root else 0
    return PageParts(
        headline, standfirst, byline, tuple(captions), _list_items(scope), subheads, tail, sites
    )


def _squeezed(text: str) -> str:
    return "".join(_WORDS.findall(text.lower()))


def _site_names(root: object) -> set[str]:
    """The site's name as the page gives it (``og:site_name``, ``application-name``, the
    ``<title>``'s last part after "|" or " - "), lower case without spaces."""
    names: set[str] = set()
    for meta in root.iter("meta"):  # type: ignore[attr-defined]
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:site_name", "application-name", "twitter:site"):
            # "LinkNaija | Nigeria's popular news platform": the name and its motto
            names.update(map(_squeezed, _TITLE_PARTS.split(_clean(meta.get("content") or ""))))
    title = next(iter(root.iter("title")), None)  # type: ignore[attr-defined]
    if title is not None:
        parts = _TITLE_PARTS.split(_clean(title.text_content()))
        if len(parts) > 1:  # "Headline | Site" or "Site | Headline"
            names.update(_squeezed(part) for part in (parts[0], parts[-1]))
    names.discard("")
    return names


def _outside_tail(lines: list[str], root: object, scope: object) -> int:
    """How many of the body's last lines come after the article element's text and from
    outside it ("More Must-Reads From TIME" and its list): the page's, not the article's.

    Only when the article element (``<article>``, ``<main>``) holds most of the body; a
    line counts as outside when the page has it and the element does not (trafilatura's
    "- " before a list item aside). The page's text, scripts left out, is read only when
    the body ends in lines the element lacks."""
    if not lines:
        return 0
    article = _clean(scope.text_content())  # type: ignore[attr-defined]
    texts = [_clean(line.removeprefix("- ")) for line in lines]
    inside = [bool(t) and t in article for t in texts]
    words = [len(line.split()) for line in lines]
    if sum(w for w, i in zip(words, inside, strict=True) if i) < _ARTICLE_SHARE * sum(words):
        return 0
    candidates = 0
    for text, is_inside in zip(reversed(texts), reversed(inside), strict=True):
        if is_inside or not text:
            break
        candidates += 1
    if not candidates:
        return 0
    shown = root.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")  # type: ignore[attr-defined]
    page = _clean(" ".join(shown))
    tail = 0
    for text in reversed(texts[-candidates:]):
        if text not in page:
            break
        tail += 1
    return tail


def with_page_parts(text: str, html: str) -> tuple[str, Structure]:
    """The body text with the page's headline, standfirst, byline and captions laid in."""
    laid, structure, _parts = laid_in(text, html)
    return laid, structure


def laid_in(text: str, html: str) -> tuple[str, Structure, PageParts]:
    """:func:`with_page_parts`, and the parts it found (the site's names among them)."""
    lines = text.split("\n") if text else []
    parts = page_parts(html, lines)
    headline, standfirst, byline, captions = (
        parts.headline,
        parts.standfirst,
        parts.byline,
        parts.captions,
    )
    dropped = parts.outside_tail
    if dropped:
        log.info("left out %d lines after the article element, from outside it", dropped)
        lines = lines[:-dropped]
    kinds: list[SpanKind | None] = [None] * len(lines)
    normal = [_clean(line) for line in lines]
    at = 0
    if headline:
        if normal and normal[0] == headline:
            kinds[0] = SpanKind.HEADLINE
            at = 1
        elif headline not in normal:
            lines.insert(0, headline)
            normal.insert(0, headline)
            kinds.insert(0, SpanKind.HEADLINE)
            at = 1
    for part, kind in ((standfirst, SpanKind.STANDFIRST), (byline, SpanKind.BYLINE)):
        if not part:
            continue
        if part in normal:
            kinds[normal.index(part)] = kind
            continue
        lines.insert(at, part)
        normal.insert(at, part)
        kinds.insert(at, kind)
        at += 1
    for caption, before in captions:
        if caption in normal:
            kinds[normal.index(caption)] = SpanKind.PHOTO_CAPTION
            continue
        where = normal.index(before) + 1 if before in normal else at
        lines.insert(where, caption)
        normal.insert(where, caption)
        kinds.insert(where, SpanKind.PHOTO_CAPTION)
    attrs: list[dict[str, str]] = [{} for _ in lines]
    for i, line in enumerate(lines):
        # trafilatura writes "- " before each list item: no character of the page's
        # own, so it goes, and the line is marked a list item with the page's label
        if kinds[i] is None and line.startswith("- ") and _clean(line[2:]) in parts.list_items:
            label = parts.list_items[_clean(line[2:])]
            lines[i] = line[2:]
            kinds[i] = SpanKind.LIST_ITEM
            bullet = "bullet" if label == "•" else "number"
            attrs[i] = {"kind": bullet, "level": "0", "label": label}
        elif kinds[i] is None and line and _clean(line) in parts.subheads:
            kinds[i] = SpanKind.HEADING  # a subhead, as a Word or Markdown heading is
            attrs[i] = {"level": parts.subheads[_clean(line)]}
    spans = []
    offset = 0
    for line, marked, extra in zip(lines, kinds, attrs, strict=True):
        if marked is not None and line:
            spans.append(Span(marked, offset, offset + len(line), extra))
        offset += len(line) + 1
    return "\n".join(lines), Structure(tuple(spans)), parts
