"""Review ▸ Restore ignored issues…: the article's ignores, one check box each.

A copy editor who ignored twenty issues and slipped on one wants that one back, not all
twenty. The dialog lists what is ignored (the passage, the check's name and kind, how
many places), newest first with the newest ticked: an ignore slipped in a moment ago is
the menu and Enter. "Tick all" brings back everything, as the menu did before.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewdesk.core.text import quoted_for_screen
from reviewdesk.desk.operations import IgnoredFinding
from reviewdesk.desk.rules import rule_name
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.palette import category_label

KEYS_ROLE = Qt.ItemDataRole.UserRole


def finding_line(finding: IgnoredFinding) -> str:
    """One row's words: “passage” — check (kind), and the places when several."""
    line = translate("RestoreIgnoredDialog", "{passage} — {check} ({kind})").format(
        passage=quoted_for_screen(finding.text, 60),
        check=rule_name(finding.rule, finding.engine),
        kind=category_label(finding.category),
    )
    places = len(finding.keys)
    if places > 1:
        line += translate("RestoreIgnoredDialog", ", {n} places").format(n=places)
    return line


class RestoreIgnoredDialog(QDialog):
    """Tick the ignored issues to show again; :meth:`chosen` gives their issue keys."""

    def __init__(self, findings: Sequence[IgnoredFinding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreIgnoredDialog")
        self.setWindowTitle(translate("RestoreIgnoredDialog", "Restore ignored issues"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RestoreIgnoredDialog",
                "Tick the issues to show again in this article (newest first). Their "
                "marks come back in both panes.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("ignoredList")
        for n, finding in enumerate(findings):
            item = QListWidgetItem(finding_line(finding))
            item.setToolTip(
                translate("RestoreIgnoredDialog", "Ignored {when}").format(
                    when=finding.created[:16].replace("T", " ")
                )
                if finding.created
                else ""
            )
            item.setData(KEYS_ROLE, sorted(finding.keys))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n == 0 else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = buttons.addButton(
            translate("RestoreIgnoredDialog", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.tick_all = QPushButton(translate("RestoreIgnoredDialog", "Tick all"))
        buttons.addButton(self.tick_all, QDialogButtonBox.ButtonRole.ResetRole)
        self.tick_all.clicked.connect(self._tick_all)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tick_all.setAutoDefault(False)
        self.restore.setDefault(True)  # Enter restores what is ticked (set once in the dialog)
        self.list.itemChanged.connect(self._update)
        self._update()
        self.resize(560, 360)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(n) for n in range(self.list.count())]

    def _tick_all(self) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked)

    def _update(self) -> None:
        """Restore only with something ticked, and say how many."""
        ticked = sum(i.checkState() == Qt.CheckState.Checked for i in self._items())
        self.restore.setEnabled(ticked > 0)
        self.restore.setText(
            translate("RestoreIgnoredDialog", "Restore {n}").format(n=ticked)
            if ticked > 1
            else translate("RestoreIgnoredDialog", "Restore")
        )

    def chosen(self) -> frozenset[str]:
        """The issue keys of every ticked row."""
        return frozenset(
            key
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
            for key in item.data(KEYS_ROLE)
        )


def choose_ignored(parent: QWidget | None, findings: Sequence[IgnoredFinding]) -> frozenset[str]:
    """Ask which ignored issues to restore; nothing when the editor cancels."""
    dialog = RestoreIgnoredDialog(findings, parent)
    try:
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else frozenset()
    finally:
        dialog.deleteLater()
