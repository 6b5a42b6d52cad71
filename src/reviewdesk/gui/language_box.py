"""The toolbar's language box: dialects by name ("British English"), codes kept inside.

The dialect bar, the paste dialog, the style sheet and the review report all say
"British English"; a box of "en-GB" codes beside them read as another product's. The box
shows :func:`reviewdesk.gui.dialect_names.dialect_name` and keeps the code as each
entry's data, so the window still reads and sets the article's language by its code.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QWidget

from reviewdesk.core.models import LANGUAGES
from reviewdesk.gui.dialect_names import dialect_label, dialect_name
from reviewdesk.gui.i18n import translate


class LanguageBox(QComboBox):
    """A box of the dialects by name; :attr:`code_chosen` says which code the user chose."""

    code_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in LANGUAGES:
            self.addItem(dialect_name(code), code)
            self.setItemData(self.count() - 1, dialect_label(code), Qt.ItemDataRole.ToolTipRole)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._chosen)

    def code(self) -> str:
        """The chosen dialect's code ("en-GB")."""
        return str(self.currentData())

    def set_code(self, code: str) -> None:
        """Show ``code``'s dialect (a code the box does not list is added by its code)."""
        index = self.findData(code)
        if index < 0:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)

    @Slot(int)
    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.code_chosen.emit(str(self.itemData(index)))


def language_tip() -> str:
    """The box's tooltip."""
    return translate("MainWindow", "The article's language: sets the checker's dialect")
