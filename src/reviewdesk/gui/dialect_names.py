"""The dialects' names as the window shows them ("British English (en-GB)").

One table for the language boxes, the style sheet and checker settings dialogs, Paste as
new article and the dialect bar, so that each says the same words.
"""

from __future__ import annotations

from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate

DIALECT_LABELS = {
    "en-US": QT_TRANSLATE_NOOP("Dialect", "US English"),
    "en-GB": QT_TRANSLATE_NOOP("Dialect", "British English"),
    "en-AU": QT_TRANSLATE_NOOP("Dialect", "Australian English"),
    "en-CA": QT_TRANSLATE_NOOP("Dialect", "Canadian English"),
}


def dialect_name(code: str) -> str:
    """ "British English" for "en-GB" (the code itself for one we do not know)."""
    name = DIALECT_LABELS.get(code)
    return translate("Dialect", name) if name else code


def dialect_label(code: str) -> str:
    """ "British English (en-GB)", in the user's language."""
    if code not in DIALECT_LABELS:
        return code
    return translate("Dialect", "{name} ({code})").format(name=dialect_name(code), code=code)
