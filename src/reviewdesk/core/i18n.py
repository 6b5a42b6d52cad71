"""Marks on text that Qt-free code defines and the window shows (engine names, for one).

``pyside6-lupdate`` (``make ts``) collects every ``QT_TRANSLATE_NOOP(context, text)`` call
into the .ts file translators work from; at run time the mark returns the English text,
and the window translates it where it shows it (``translate(context, text)``). Qt is not
imported: the name is all lupdate looks for.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text
