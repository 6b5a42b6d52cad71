"""Ready for other languages: every string the window shows goes through Qt's translator.

Code calls :func:`translate` with a context (the class, or the module) and the English
text; `make ts` has ``pyside6-lupdate`` collect every such call (and every
:func:`QT_TRANSLATE_NOOP` in a table) into ``i18n/reviewdesk.ts``, the file translators
work from. Text with values in it is translated first and filled in after
(``translate("Ctx", "Opened {name}").format(name=...)``), so the translator sees the
whole sentence, placeholders and all.

:func:`install_translations` loads Qt's own translations and ours for the user's
language, when there are any (none ship yet). :class:`PseudoTranslator` wraps every
string in ⟦ ⟧ instead: the tests run the window with it and fail on any English left
outside the brackets, that is on any string that escaped :func:`translate`.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

__all__ = ["QT_TRANSLATE_NOOP", "PseudoTranslator", "install_translations", "translate"]

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` of a table for the .ts file; it is translated where it is shown."""
    del context
    return text


OPEN, CLOSE = "⟦", "⟧"


class PseudoTranslator(QTranslator):
    """Translates every string into ⟦itself⟧, to show what went through the translator."""

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """``⟦source⟧`` (Qt override)."""
        del context, disambiguation, n
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        """Never empty: it translates everything."""
        return False


def _translations_folder() -> Path | None:
    try:
        folder = resources.files("reviewdesk") / "resources" / "i18n"
        return Path(str(folder)) if folder.is_dir() else None
    except (ModuleNotFoundError, OSError):
        return None


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's and reviewdesk's translations for ``locale`` (the user's by default);
    return the translators installed (kept alive by the caller)."""
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    folder = _translations_folder()
    ours = QTranslator(app)
    if folder is not None and ours.load(locale, "reviewdesk", "_", str(folder)):
        app.installTranslator(ours)
        installed.append(ours)
    log.debug("translations for %s: %d", locale.name(), len(installed))
    return installed
