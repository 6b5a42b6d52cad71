"""A saved web page (.html/.htm): the main article text and its metadata, via trafilatura.

Navigation, breadcrumbs, share buttons, cookie banners, comment forms and footers are
left out; the headline, standfirst, byline and photo captions are kept, each a paragraph
marked as what it is (:mod:`reviewdesk.formats.page_structure`). Nothing is ever
fetched: trafilatura gets the page's own markup as a string and no URL. Each paragraph of
the article becomes one line.

When no article can be told from the page (text in ``<div>``s inside a filing's envelope,
a file of text with no markup), the page's whole text is shown instead, a block a line
(:mod:`reviewdesk.formats.page_text`), and the import says so once: refusing the page left
the copy editor with nothing, and the debris engine marks the furniture that comes with
it. Only a page that shows no text at all is refused.
"""

from __future__ import annotations

import html as html_lib
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reviewdesk.core.text import normalize_newlines
from reviewdesk.formats.encoding import (
    DecodedText,
    decode_bytes,
    looks_binary,
    normalize_codec,
)
from reviewdesk.formats.errors import FormatError, binary
from reviewdesk.formats.imported import ImportedDocument
from reviewdesk.formats.limits import check_markup_limits
from reviewdesk.formats.page_structure import laid_in
from reviewdesk.formats.page_text import has_markup, shown_text

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_BLANK_RUNS = re.compile(r"\n{2,}")
# The elements whose text keeps its line breaks.
_WRAP = re.compile(r"[ \t]*\n\s*")
_KEEPS_LINES = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.I | re.S)
_LANG_VALUE = r"[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)"
# The page's own word on its language, in the order a browser trusts them: <html lang>,
# then what the publisher declares for sharing (og:locale, "en_GB") and the old
# http-equiv/name header. Pages saved without <html lang> often carry only these.
_PAGE_LANGS = (
    re.compile(r"<html\b[^>]*?\blang\s*=\s*" + _LANG_VALUE, re.I),
    re.compile(
        r"<meta\b[^>]*?\bproperty\s*=\s*[\"']?og:locale[\"']?[^>]*?\bcontent\s*=\s*" + _LANG_VALUE,
        re.I,
    ),
    re.compile(
        r"<meta\b[^>]*?\bcontent\s*=\s*"
        + _LANG_VALUE
        + r"[\"']?[^>]*?\bproperty\s*=\s*[\"']?og:locale\b",
        re.I,
    ),
    re.compile(
        r"<meta\b[^>]*?\b(?:http-equiv|name)\s*=\s*[\"']?(?:content-)?language[\"']?[^>]*?\bcontent\s*=\s*"
        + _LANG_VALUE,
        re.I,
    ),
)

# Said once when the article could not be told from the page around it and the page's
# whole text is shown instead (the debris engine marks its menus and footers).
WHOLE_PAGE_WARNING = (
    "The article could not be told apart from the rest of this web page, so all of its "
    "text is shown; menus, links and footers found among it are marked for review."
)
# Said when a file saved as a web page holds text and no markup at all.
TEXT_ONLY_WARNING = (
    "This file holds plain text rather than a web page's markup, so its text is shown "
    "as it is, one paragraph a line."
)

# trafilatura's JSON keys → ours
_META_KEYS = {
    "title": "title",
    "author": "author",
    "date": "date",
    "source-hostname": "sitename",
    "sitename": "sitename",
    "source": "url",
    "url": "url",
    "excerpt": "description",
    "description": "description",
    "language": "language",
}


def _decode_html(data: bytes, name: str, encoding: str | None) -> DecodedText:
    """The page's text: the chosen encoding, a BOM, its ``<meta charset>``, UTF-8, or a guess."""
    if encoding or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data, name, encoding)
    match = _META_CHARSET.search(data[:8192])
    if match:
        declared = match.group(1).decode("ascii", "replace")
        try:
            codec = normalize_codec(declared)
        except LookupError:
            log.info("%s declares unknown charset %r", name, declared)
        else:
            if codec == "latin-1":  # browsers read "iso-8859-1" pages as windows-1252
                codec = "cp1252"
            if codec.startswith(("utf-16", "utf-32")):  # readable ASCII: it cannot be
                return decode_bytes(data, name, None)
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                log.info("%s is not valid %s as it declares; detecting", name, codec)
            else:
                if looks_binary(text):
                    raise binary(name, "a web page")
                return DecodedText(text, codec)
    return decode_bytes(data, name, None)


@contextmanager
def _library_quiet() -> Iterator[None]:
    """trafilatura logs its own failures as errors ("empty HTML tree"), which the command
    line would print; the import says what happened in its own words instead."""
    library_log = logging.getLogger("trafilatura")
    was = library_log.level
    library_log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        library_log.setLevel(was)


def _extract(html: str, *, precise: bool) -> dict[str, object] | None:
    import trafilatura  # heavy import, only needed here

    with _library_quiet():
        out = trafilatura.extract(
            html,
            output_format="json",
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            favor_precision=precise,
            favor_recall=not precise,
        )
    if not out:
        return None
    data = json.loads(out)
    return data if isinstance(data, dict) else None


def _clean_text(text: str) -> str:
    """Normalise newlines; one line per paragraph, no blank lines between them, and no
    spaces at either end of a line (a browser shows none there)."""
    text = normalize_newlines(text).strip("\n")
    text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n", text)


def import_html(path: Path, data: bytes, encoding: str | None) -> ImportedDocument:
    """Build the document for a saved web page whose bytes are ``data``."""
    check_markup_limits(data, path.name)  # before any parsing
    decoded = _decode_html(data, path.name, encoding)
    html = _XML_DECL.sub("", decoded.text, count=1)  # lxml refuses str with an encoding decl
    html = _unwrap_source_lines(html)
    if not html.strip():
        raise FormatError(f"{path.name}: is empty")
    warnings = [decoded.warning] if decoded.warning else []
    found: dict[str, object] | None = None
    if has_markup(html):  # text alone has no article to find in it
        try:
            found = _extract(html, precise=True) or _extract(html, precise=False)
        except (ValueError, TypeError, RecursionError) as exc:
            log.info("trafilatura failed on %s: %s", path, exc)
    if found and str(found.get("text") or "").strip():
        body = str(found["text"])
    else:  # the page as a browser shows it, rather than nothing at all
        found = {}
        body = shown_text(html)
        if not body.strip():
            raise FormatError(f"{path.name}: no text was found in this web page")
        log.info("%s: no article found; the page's whole text is shown", path.name)
        warnings.append(WHOLE_PAGE_WARNING if has_markup(html) else TEXT_ONLY_WARNING)
    text, structure, parts = laid_in(_clean_text(body), html)
    meta: dict[str, str] = {}
    for key, ours in _META_KEYS.items():
        value = found.get(key)
        if isinstance(value, str) and value.strip() and ours not in meta:
            meta[ours] = value.strip()
    if parts.is_site(meta.get("author", "")):
        del meta["author"]  # the site's own name ("LinkNaija"): shown as the site already
    lang = _page_language(html)
    if lang:  # the page's own word on its dialect beats a guess
        meta["language"] = lang
    title = meta.get("title") or _page_title(html) or text.split("\n", 1)[0].strip()
    log.info("imported %s as html (%s): %d characters", path, decoded.encoding, len(text))
    return ImportedDocument(
        text=text,
        title=(title or path.stem)[:120],
        format="html",
        encoding=decoded.encoding,
        meta=meta,
        warnings=warnings,
        encoding_guessed=decoded.guessed,
        structure=structure,
    )


def _unwrap_source_lines(html: str) -> str:
    """Line breaks inside the page's text nodes as spaces, as a browser shows them.

    Hand-written and Blogger pages wrap their source ("won the\\nAfrica Movie Academy
    Award"); trafilatura keeps those breaks, and each wrapped line became a paragraph
    broken mid-sentence. Paragraphs come from tags (``<p>``, ``<br>``), never from these;
    ``<pre>``, ``<textarea>``, scripts and styles keep theirs.
    """
    if "\n" not in html:
        return html
    out: list[str] = []
    at = 0
    # linear: each search starts where the last one ended; an element never closed
    # keeps the rest of the page as it is
    while (kept := _KEEPS_LINES.search(html, at)) is not None:
        closing = re.compile(f"</{kept.group(1)}", re.I).search(html, kept.end())
        out.append(_spaced(html[at : kept.start()]))
        if closing is None:
            at = kept.start()
            break
        out.append(html[kept.start() : closing.start()])
        at = closing.start()
    out.append(_spaced(html[at:]) if kept is None else html[at:])
    return "".join(out)


def _spaced(markup: str) -> str:
    """``markup`` with the line breaks in its text nodes as spaces (one linear pass: a
    split on "<", each piece a tag up to its ">" and the text after it)."""
    pieces = markup.split("<")
    for i in range(1, len(pieces)):
        piece = pieces[i]
        end = piece.find(">") + 1
        text = piece[end:]
        if end and "\n" in text and not text.isspace():
            lines = [line.strip() for line in text.split("\n")]
            joined = " ".join(line for line in lines if line)
            lead = " " if text[:1].isspace() else ""
            trail = " " if text[-1:].isspace() else ""
            pieces[i] = piece[:end] + lead + joined + trail
    return "<".join(pieces)


def _page_language(html: str) -> str:
    """The language the page declares ("en-GB"), else ""; looked for in its head only."""
    head = html[:20_000]
    for pattern in _PAGE_LANGS:
        found = pattern.search(head)
        if found is not None:
            return found.group(1).replace("_", "-")
    return ""


def _page_title(html: str) -> str:
    match = _TITLE_TAG.search(html[:200_000])
    if not match:
        return ""
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", "", match.group(1))).split())
