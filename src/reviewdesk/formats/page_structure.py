"""The parts of a saved web page around its body text: headline, standfirst, byline and
photo captions, laid into the article's text as paragraphs of their own and marked in
its structure.

trafilatura gives the body (usually with the headline as its first line) and drops the
rest; they are found here in the page itself (``<h1>``, a standfirst or byline by its
class, ``<figcaption>``) and put where a reader meets them: the standfirst and byline
after the headline, each caption after the paragraph its picture follows.
"""

from __future__ import annotations

import logging
import re

from reviewdesk.core.structure import Span, SpanKind, Structure

log = logging.getLogger(__name__)

_STANDFIRST = re.compile(r"\b(standfirst|dek|deck|subtitle|subhead|summary|lede|intro|teaser)\b")
_BYLINE = re.compile(r"\b(byline|by-line|author)\b")
_SPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _classes(el: object) -> str:
    get = getattr(el, "get", None)
    if get is None:
        return ""
    return f"{get('class') or ''} {get('id') or ''} {get('rel') or ''}".lower()


def _find(root: object, pattern: re.Pattern[str], tags: tuple[str, ...]) -> str:
    for el in root.iter(*tags):  # type: ignore[attr-defined]
        if pattern.search(_classes(el)):
            text = _clean(el.text_content())
            if 3 <= len(text) <= 400:
                return text
    return ""


def page_parts(html: str) -> tuple[str, str, str, list[tuple[str, str]]]:
    """(headline, standfirst, byline, [(caption, text of the paragraph before it)])."""
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
    except (ValueError, TypeError) as exc:
        log.info("cannot read the page's parts: %s", exc)
        return "", "", "", []
    except Exception as exc:  # lxml raises its own errors on odd pages
        log.info("cannot read the page's parts: %s", exc)
        return "", "", "", []
    scope = root
    for tag in ("main", "article"):  # the innermost of the two that the page has
        found = next(iter(root.iter(tag)), None)
        if found is not None:
            scope = found
    headline = next((_clean(h.text_content()) for h in scope.iter("h1")), "")
    standfirst = _find(scope, _STANDFIRST, ("p", "div", "h2"))
    byline = _find(scope, _BYLINE, ("p", "div", "span", "address", "a"))
    captions: list[tuple[str, str]] = []
    for caption in scope.iter("figcaption"):
        text = _clean(caption.text_content())
        if not text:
            continue
        before = ""
        for p in caption.iterancestors("figure"):
            prev = p.getprevious()
            while prev is not None and prev.tag != "p":
                prev = prev.getprevious()
            before = _clean(prev.text_content()) if prev is not None else ""
            break
        captions.append((text, before))
    return headline, standfirst, byline, captions


def with_page_parts(text: str, html: str) -> tuple[str, Structure]:
    """The body text with the page's headline, standfirst, byline and captions laid in."""
    headline, standfirst, byline, captions = page_parts(html)
    lines = text.split("\n") if text else []
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
    spans = []
    offset = 0
    for line, marked in zip(lines, kinds, strict=True):
        if marked is not None and line:
            spans.append(Span(marked, offset, offset + len(line)))
        offset += len(line) + 1
    return "\n".join(lines), Structure(tuple(spans))
