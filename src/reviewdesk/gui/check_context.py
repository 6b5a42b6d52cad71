"""The check context of an article, from the library's settings, dictionaries and decisions."""

from __future__ import annotations

import logging
from collections.abc import Callable

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.models import Article, Category
from reviewdesk.core.style import (
    StyleSheet,
    StyleSheetError,
    effective_style_sheet,
    load_default_style_sheet,
)
from reviewdesk.store import Library

log = logging.getLogger(__name__)


def style_sheet_for(library: Library, warn: Callable[[str], None]) -> StyleSheet:
    """The desk's house style sheet, or the shipped default when none (or a bad one) is stored."""
    try:
        return effective_style_sheet(library.get_style_sheet())
    except StyleSheetError as exc:
        warn(f"The house style sheet is not valid, using the default: {exc}")
        return load_default_style_sheet()


def context_for(library: Library, article: Article, warn: Callable[[str], None]) -> CheckContext:
    """Everything a check of ``article`` depends on besides its text.

    ``warn`` receives a plain message for the user when part of it had to be replaced.
    """
    categories = set()
    for value in library.get_setting("disabled_categories", []) or []:
        try:
            categories.add(Category(value))
        except ValueError:
            log.warning("unknown category in settings: %r", value)
    article_id = article.id
    return CheckContext(
        language=article.language,
        words=library.words_for(article_id),
        disabled_rules=frozenset(library.get_setting("disabled_rules", []) or []),
        disabled_categories=frozenset(categories),
        ignored_keys=library.ignored_keys(article_id) if article_id is not None else frozenset(),
        style=style_sheet_for(library, warn),
        picky=bool(library.get_setting("picky", False)),
    )
