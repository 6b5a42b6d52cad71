"""All the text a saved web page shows, one line per block, for a page whose article
cannot be told from the rest.

Some real pages defeat article extraction: their text sits in ``<div>``s with no
``<p>``, or they are a filing laid out in tables, or the file holds text with no markup
at all. Refusing them left a copy editor with nothing; this reads the page as a browser
shows it instead: each block element (``<div>``, ``<p>``, ``<li>``, a cell, a ``<br>``)
starts a line, inline elements join their text into the sentence around them, and
what a browser never shows (scripts, styles, the head, hidden boxes, form fields) is
left out. The menus and footers come with it; the debris engine marks them, as it does
for a page pasted whole.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# Elements that begin and end a line of their own, as a browser lays them out.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
# Elements whose text a reader never sees as the page's text.
_UNSHOWN = frozenset(
    {
        "head", "script", "style", "noscript", "template", "title", "meta", "link",
        "svg", "math", "iframe", "object", "embed", "select", "option", "datalist",
        "textarea", "canvas", "audio", "video", "map",
    }
)  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"\s+")
_ANY_TAG = re.compile(r"<(?:[A-Za-z!/?])")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _hidden(el: object) -> bool:
    get = el.get  # type: ignore[attr-defined]
    return get("hidden") is not None or bool(_HIDDEN_STYLE.search(get("style") or ""))


def has_markup(html: str) -> bool:
    """Whether ``html`` holds any tag at all (a file saved as .html may hold only text)."""
    return _ANY_TAG.search(html) is not None


def untagged_text(text: str) -> str:
    """Text with no markup, saved under a web page's name: one line per paragraph, the
    paragraphs split where a blank line stands (its lines joined, as a browser would),
    else each line its own when the file has no blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _PARAGRAPH_BREAK.search(text):
        return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    paragraphs = (_SPACES.sub(" ", part).strip() for part in _PARAGRAPH_BREAK.split(text))
    return "\n".join(p for p in paragraphs if p)


def shown_text(html: str) -> str:
    """The text a browser shows for ``html``: one line per block, blank lines dropped;
    "" when the page shows none (an empty body, scripts only) or cannot be parsed."""
    if not has_markup(html):
        return untagged_text(html)
    try:
        import lxml.html
        from lxml import etree

        root = lxml.html.fromstring(html)
    except Exception as exc:  # lxml raises its own errors on odd pages
        log.info("cannot read the page's text: %s", exc)
        return ""
    lines: list[str] = []
    run: list[str] = []  # the text of the line being built
    pre = 0  # inside <pre>: the line breaks are the page's own

    def end_line() -> None:
        joined = "".join(run)
        run.clear()
        for line in joined.split("\n") if pre else [joined]:
            line = line.strip() if pre else _SPACES.sub(" ", line).strip()
            if line:
                lines.append(line)

    def add(text: str | None) -> None:
        if text:
            run.append(text if pre else _SPACES.sub(" ", text))

    # iterative: a page nested thousands deep must not exhaust the stack
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set[object] = set()
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or tag in _UNSHOWN or _hidden(el):  # comments, scripts, hidden boxes
                skipped.add(el)
                walker.skip_subtree()
                continue
            if tag in _BLOCKS:
                end_line()
            if tag == "pre":
                pre += 1
            add(el.text)
            continue
        if el in skipped:
            skipped.discard(el)
        else:
            if tag == "pre":
                end_line()
                pre -= 1
            elif tag in _BLOCKS:
                end_line()
        add(el.tail)
    end_line()
    return "\n".join(lines)
