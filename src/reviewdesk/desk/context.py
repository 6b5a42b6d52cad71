"""What a check depends on besides the text, read from the library.

The window and ``reviewdesk check`` both build their :class:`CheckContext` here, so the
dictionary, switched-off rules and categories, picky mode and the house style sheet apply
the same way everywhere.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.filing import for_word_file
from reviewdesk.core.models import DEFAULT_LANGUAGE, LANGUAGES, Article, Category
from reviewdesk.core.structure import SpanKind, Structure
from reviewdesk.core.style import (
    StyleSheet,
    StyleSheetError,
    effective_style_sheet,
    load_default_style_sheet,
)
from reviewdesk.desk.settings import DEFAULT_LANGUAGE as DEFAULT_LANGUAGE_SETTING
from reviewdesk.desk.settings import DISABLED_CATEGORIES, DISABLED_RULES, PICKY, SettingsStore

if TYPE_CHECKING:  # the library is opened after the checker is launched (issue 14)
    from reviewdesk.store.library import Library

log = logging.getLogger(__name__)

Warn = Callable[[str], None]


class StyleSheetStore(SettingsStore, Protocol):
    """Settings and the house style sheet: the library, or what was read of it before it
    opened (:mod:`reviewdesk.store.peek`)."""

    def get_style_sheet(self) -> dict[str, Any] | None:
        """The house style sheet as stored, or None."""
        ...


def style_sheet_for(library: StyleSheetStore, warn: Warn) -> StyleSheet:
    """The desk's house style sheet, or the shipped default when none (or a bad one) is stored."""
    try:
        return effective_style_sheet(library.get_style_sheet())
    except (StyleSheetError, TypeError, ValueError, KeyError) as exc:
        warn(f"The house style sheet is not valid, using the default: {exc}")
        return load_default_style_sheet()


def default_language(library: StyleSheetStore) -> str:
    """The dialect new articles get: the editor's choice in Checking settings, else the
    house style sheet's dialect, else en-US."""
    value = DEFAULT_LANGUAGE_SETTING.read(library)
    if value in LANGUAGES:
        return value
    house = style_sheet_for(library, lambda message: log.warning("%s", message)).dialect
    return house if house in LANGUAGES else DEFAULT_LANGUAGE


def _strings(value: object, what: str, warn: Warn) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if value:
        warn(f"Ignoring the {what} setting: it should be a list, not {value!r}")
    return []


def _categories(value: object, warn: Warn) -> frozenset[Category]:
    out = set()
    for name in _strings(value, "switched-off categories", warn):
        try:
            out.add(Category(name))
        except ValueError:
            warn(f"Ignoring unknown category {name!r} in the switched-off categories")
    return frozenset(out)


def check_context(
    library: Library,
    article: Article | None,
    warn: Warn,
    *,
    language: str | None = None,
    with_ignored: bool = True,
) -> CheckContext:
    """The context for checking ``article`` (or a file not in the library, when None).

    ``language`` overrides the article's; ``with_ignored`` adds the article's ignore
    decisions. ``warn`` receives a plain message when part of a setting had to be skipped.
    """
    article_id = article.id if article is not None else None
    ignored = (
        library.ignored_keys(article_id) if with_ignored and article_id is not None else frozenset()
    )
    structure = library.structure(article_id) if article_id is not None else None
    forms = form_words(structure, article) if structure is not None else frozenset()
    ctx = settings_context(
        library,
        warn,
        language=language or (article.language if article else DEFAULT_LANGUAGE),
        words=library.words_for(article_id) | forms,
        ignored=ignored,
        kept=kept_lines(structure, article) if structure is not None else frozenset(),
        not_headings=(
            not_heading_lines(structure, article) if structure is not None else frozenset()
        ),
        page_parts=(page_part_lines(structure, article) if structure is not None else frozenset()),
        placeholders=(
            placeholder_texts(structure, article) if structure is not None else frozenset()
        ),
    )
    # a Word article's repeated paragraph is the writer's slip, not web debris
    if article is not None and article.source_format == "docx":
        return for_word_file(ctx)
    return for_markdown_file(ctx) if article is not None and article.source_format == "md" else ctx


# a Markdown link's address: in a page's text a scrap to strip, in a Markdown file the
# writer's own link (the import records it as the article's structure)
MARKDOWN_LINK_RULE = "debris-markdown"


def for_markdown_file(ctx: CheckContext) -> CheckContext:
    """``ctx`` for an article written in Markdown: its links ("[the report](https://…)")
    are the writer's markup, as its headings and emphasis are, never a web page's
    leftovers offered for removal."""
    return replace(ctx, disabled_rules=ctx.disabled_rules | {MARKDOWN_LINK_RULE})


def settings_context(
    store: StyleSheetStore,
    warn: Warn,
    *,
    language: str,
    words: frozenset[str],
    ignored: frozenset[str] = frozenset(),
    kept: frozenset[str] = frozenset(),
    not_headings: frozenset[str] = frozenset(),
    page_parts: frozenset[str] = frozenset(),
    placeholders: frozenset[str] = frozenset(),
) -> CheckContext:
    """The context from ``store``'s settings and style sheet with ``words``: the library's,
    or what was read of it before it opened (the app tells the checker the context of
    the article it was asked to open: :mod:`reviewdesk.service.precheck`)."""
    return CheckContext(
        language=language,
        words=words,
        disabled_rules=frozenset(
            _strings(store.get_setting(DISABLED_RULES.key, []), "switched-off rules", warn)
        ),
        disabled_categories=_categories(store.get_setting(DISABLED_CATEGORIES.key, []), warn),
        ignored_keys=ignored,
        style=style_sheet_for(store, warn),
        picky=PICKY.read(store),
        kept_lines=kept,
        not_headings=not_headings,
        page_parts=page_parts,
        placeholders=placeholders,
    )


def kept_lines(
    structure: Structure, article: Article | None = None, text: str = ""
) -> frozenset[str]:
    """The paragraphs the import kept on purpose that look like web debris: a saved
    page's photo captions, and a Word file's paragraphs in its Caption style (the
    writer's caption to a picture, credit and all, is copy to edit, never a scrap to
    remove) and in its page headers and footers ("Page 3 of 11", "For internal use
    only": the document's own furniture, written back by the Word export, not a web
    page's), and a Markdown file's front matter (its settings: "author: Desk" above the
    headline is no page's furniture to remove), in ``text`` (or the article's original
    and its draft), a line each.

    Only a structure with captions is carried over to the draft (a word diff: captions
    are few, and most articles have none)."""
    kinds = (
        SpanKind.PHOTO_CAPTION,
        SpanKind.CAPTION,
        SpanKind.HEADER,
        SpanKind.FOOTER,
        SpanKind.FRONT_MATTER,
    )
    return _lines_of(structure, kinds, article, text)


# a word of a form's value: letters, with inner apostrophes, hyphens or dots ("Piihan")
_FORM_WORD = re.compile(r"[^\W\d_]+(?:['’.\-][^\W\d_]+)*")


def form_words(
    structure: Structure, article: Article | None = None, text: str = ""
) -> frozenset[str]:
    """The words of a Word form's values (a drop-down's chosen entry, a date), in
    ``text`` (or the article's original): the choices the form's author set, not the
    writer's spelling to question. A one-off name in a drop-down ("Piihan B") was
    flagged as a misspelling the editor could not fix: a form's value is left out of
    the Word exports. They join the article's accepted words for the check."""
    spans = [s for s in structure.of_kind(SpanKind.FORM_FIELD) if not s.attr("placeholder")]
    if not spans:
        return frozenset()
    source = article.original if article is not None else text
    return frozenset(
        word for span in spans for word in _FORM_WORD.findall(source[span.start : span.end])
    )


def placeholder_texts(
    structure: Structure, article: Article | None = None, text: str = ""
) -> frozenset[str]:
    """The prompts Word shows in a form's empty controls ("Choose an item.", "Click or
    tap here to enter text."), in ``text`` (or the article's original): the form's
    author's words, not the writer's, so the check shows no finding inside them (and
    their words are no accepted spellings: a prompt's words say nothing of the copy)."""
    spans = [s for s in structure.of_kind(SpanKind.FORM_FIELD) if s.attr("placeholder")]
    if not spans:
        return frozenset()
    source = article.original if article is not None else text
    found = (source[span.start : span.end].strip() for span in spans)
    return frozenset(p for p in found if p and "\n" not in p)


#: Paragraphs a heading's shape fits that the file marks as something else.
NOT_HEADINGS = (
    SpanKind.LIST_ITEM,
    SpanKind.CELL,
    SpanKind.CAPTION,
    SpanKind.BYLINE,
    SpanKind.PHOTO_CAPTION,
    SpanKind.FOOTNOTE,
    SpanKind.ENDNOTE,
    SpanKind.HEADER,
    SpanKind.FOOTER,
    SpanKind.TEXT_BOX,
    SpanKind.FRONT_MATTER,
)


def not_heading_lines(
    structure: Structure, article: Article | None = None, text: str = ""
) -> frozenset[str]:
    """The lines of ``text`` (or the article's original) that the file marks as list
    items, table cells, captions, bylines, notes, page headers or footers, or text
    boxes: short lines without a full stop, as headings are, but none. "Port Ellis
    Gazette" over a Word file's pages is the paper's name, not a title-case heading
    for the consistency engine to lowercase. The draft's unedited lines are the same
    text; an edited one is read by its shape again."""
    source = article.original if article is not None else text
    found = {
        line
        for kind in NOT_HEADINGS
        for span in structure.of_kind(kind)
        for line in source[_line_start(source, span.start) : _line_end(source, span.end)].split(
            "\n"
        )
    }
    found.discard("")
    return frozenset(found)


def _line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` starts: a Markdown list item's span leaves out its
    "- " mark, and the line the engines read has it."""
    return text.rfind("\n", 0, at) + 1


def _line_end(text: str, at: int) -> int:
    """Where the line holding the end ``at`` ends (its line break, or the text's end)."""
    if at > 0 and text[at - 1 : at] == "\n":
        return at - 1
    end = text.find("\n", at)
    return len(text) if end < 0 else end


#: What a saved page's import takes from its markup as the article's own head.
PAGE_PARTS = (SpanKind.HEADLINE, SpanKind.STANDFIRST, SpanKind.BYLINE)


def page_part_lines(
    structure: Structure, article: Article | None = None, text: str = ""
) -> frozenset[str]:
    """The lines of ``text`` (or the article's original and its draft) that a saved
    page's import marked as its headline, standfirst or byline (from the page's
    ``<h1>``, its metadata and its author): the article's, where a short line above the
    first paragraph ("Andrea Middleton", "Top 10 Women Talking Sports") has the shape of
    the page's own label. Only the HTML import marks them."""
    return _lines_of(structure, PAGE_PARTS, article, text)


def _lines_of(
    structure: Structure, kinds: tuple[SpanKind, ...], article: Article | None, text: str
) -> frozenset[str]:
    """The lines of the spans of ``kinds`` in ``text`` (or the article's original), and
    where they moved to in its draft: the spans are followed by a word diff only when
    there are some (they are few, and most articles have none)."""
    spans = [s for kind in kinds for s in structure.of_kind(kind)]
    if not spans:
        return frozenset()
    texts = [text] if article is None else [article.original]
    found = {t[s.start : s.end] for t in texts for s in spans}
    if article is not None and article.draft != article.original:
        moved = structure.follow_texts(article.original, article.draft)
        found.update(article.draft[s.start : s.end] for k in kinds for s in moved.of_kind(k))
    lines = {line for part in found for line in part.split("\n")}  # a story of paragraphs
    lines.discard("")
    return frozenset(lines)
