"""The house style sheet editor's tables: their columns, the tabs they go in, and the
sheet's entries as table rows and back (:mod:`reviewdesk.gui.dialogs.style_sheet`).

Kept apart from the dialog: this is what each table holds; the dialog is how it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reviewdesk.core.models import Category
from reviewdesk.core.style import CanonicalName, FlaggedWord, StyleSheet, Substitution
from reviewdesk.gui.dialogs.row_table import Column
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP

Row = dict[str, Any]

SUBSTITUTION_COLUMNS = (
    Column(
        "find",
        QT_TRANSLATE_NOOP("Column", "Find"),
        QT_TRANSLATE_NOOP("Column", "The word or phrase to replace (or a pattern, see Pattern)"),
        width=150,
    ),
    Column(
        "replace",
        QT_TRANSLATE_NOOP("Column", "Replace with"),
        QT_TRANSLATE_NOOP("Column", "The preferred form (\\1 refers to a pattern group)"),
        width=150,
    ),
    Column(
        "regex",
        QT_TRANSLATE_NOOP("Column", "Pattern"),
        QT_TRANSLATE_NOOP("Column", "Find is a regular expression, not a word"),
        kind="bool",
        width=60,
    ),
    Column(
        "case_sensitive",
        QT_TRANSLATE_NOOP("Column", "Match case"),
        QT_TRANSLATE_NOOP("Column", "Only match this exact capitalisation"),
        kind="bool",
        width=80,
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("Column", "Category"),
        QT_TRANSLATE_NOOP("Column", "How the issue is listed"),
        kind="choice",
        choices=tuple(str(c) for c in Category),
        default="style",
        width=110,
    ),
    Column(
        "dialects",
        QT_TRANSLATE_NOOP("Column", "Dialects"),
        QT_TRANSLATE_NOOP("Column", "Only in these dialects, comma-separated (empty: all)"),
        kind="list",
        width=100,
    ),
    Column(
        "message",
        QT_TRANSLATE_NOOP("Column", "Message"),
        QT_TRANSLATE_NOOP("Column", "What the editor is told"),
    ),
)
NAME_COLUMNS = (
    Column(
        "name",
        QT_TRANSLATE_NOOP("Column", "Name"),
        QT_TRANSLATE_NOOP("Column", "The desk's spelling of the name"),
        width=200,
    ),
    Column(
        "variants",
        QT_TRANSLATE_NOOP("Column", "Variants"),
        QT_TRANSLATE_NOOP("Column", "Spellings to correct, comma-separated"),
        kind="list",
        width=240,
    ),
    Column(
        "note",
        QT_TRANSLATE_NOOP("Column", "Note"),
        QT_TRANSLATE_NOOP("Column", "A note for the editor"),
    ),
)
FLAG_COLUMNS = (
    Column(
        "word",
        QT_TRANSLATE_NOOP("Column", "Word or phrase"),
        QT_TRANSLATE_NOOP("Column", "The word to avoid"),
        width=180,
    ),
    Column(
        "reason",
        QT_TRANSLATE_NOOP("Column", "Reason"),
        QT_TRANSLATE_NOOP("Column", "Why, shown to the editor"),
        width=260,
    ),
    Column(
        "replace",
        QT_TRANSLATE_NOOP("Column", "Use instead"),
        QT_TRANSLATE_NOOP("Column", "A replacement to offer (optional)"),
    ),
)
WORD_COLUMN = (
    Column(
        "word", QT_TRANSLATE_NOOP("Column", "Word"), QT_TRANSLATE_NOOP("Column", "A word or phrase")
    ),
)


@dataclass(frozen=True)
class TableTab:
    """One tab of the editor that is a single table of entries."""

    key: str  # the sheet's field, the dialog's attribute and the table's object name
    title: str  # with its mnemonic, untranslated
    columns: tuple[Column, ...]
    hint: str  # shown while the table is empty, untranslated


# the table tabs before and after the Capitalisation tab (two tables side by side)
TABS_BEFORE_CAPITALISATION = (
    TableTab(
        "substitutions",
        QT_TRANSLATE_NOOP("StyleSheetDialog", "&Substitutions"),
        SUBSTITUTION_COLUMNS,
        QT_TRANSLATE_NOOP(
            "StyleSheetDialog", "No substitutions. Add one to prefer a form: “towards” → “toward”."
        ),
    ),
    TableTab(
        "names",
        QT_TRANSLATE_NOOP("StyleSheetDialog", "&Names"),
        NAME_COLUMNS,
        QT_TRANSLATE_NOOP(
            "StyleSheetDialog",
            "No canonical names. Add the desk's spelling of a name and its variants.",
        ),
    ),
)
TABS_AFTER_CAPITALISATION = (
    TableTab(
        "banned",
        QT_TRANSLATE_NOOP("StyleSheetDialog", "&Banned"),
        FLAG_COLUMNS,
        QT_TRANSLATE_NOOP("StyleSheetDialog", "No banned words. Add words the desk never prints."),
    ),
    TableTab(
        "cautioned",
        QT_TRANSLATE_NOOP("StyleSheetDialog", "Cau&tioned"),
        FLAG_COLUMNS,
        QT_TRANSLATE_NOOP("StyleSheetDialog", "No cautioned words. Add words to use with care."),
    ),
)


def sheet_rows(sheet: StyleSheet) -> dict[str, list[Row]]:
    """Each table's rows for ``sheet``, by the table's key."""
    return {
        "substitutions": [
            {
                "find": s.find,
                "replace": s.replace,
                "regex": s.regex,
                "case_sensitive": s.case_sensitive,
                "category": s.category,
                "dialects": list(s.dialects),
                "message": s.message,
            }
            for s in sheet.substitutions
        ],
        "names": [
            {"name": n.name, "variants": list(n.variants), "note": n.note} for n in sheet.names
        ],
        "capitalize": [{"word": w} for w in sheet.capitalize],
        "lowercase": [{"word": w} for w in sheet.lowercase],
        "banned": [flagged_row(w) for w in sheet.banned],
        "cautioned": [flagged_row(w) for w in sheet.cautioned],
    }


def flagged_row(w: FlaggedWord) -> Row:
    return {"word": w.word, "reason": w.reason, "replace": w.replace}


def substitution(v: Row) -> Substitution:
    """A row of the substitutions table as an entry (raises StyleSheetError)."""
    return Substitution(
        find=v["find"],
        replace=v["replace"],
        message=v["message"],
        category=v["category"] or "style",
        regex=v["regex"],
        case_sensitive=v["case_sensitive"],
        dialects=tuple(v["dialects"]),
    )


def name(v: Row) -> CanonicalName:
    return CanonicalName(name=v["name"], variants=tuple(v["variants"]), note=v["note"])


def flagged(v: Row) -> FlaggedWord:
    return FlaggedWord(word=v["word"], reason=v["reason"], replace=v["replace"])


def word(v: Row) -> str:
    return str(v["word"])


# how each table's rows become the sheet's entries
ENTRY_OF = {
    "substitutions": substitution,
    "names": name,
    "capitalize": word,
    "lowercase": word,
    "banned": flagged,
    "cautioned": flagged,
}
