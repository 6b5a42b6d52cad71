"""The library window's shelf buttons: Open, Archive, Delete, Restore and Empty bin.

Moving an article between shelves (the everyday list, the archive, the bin) asks first
where it cannot be taken back in one click, and says a library that cannot be written in
a message box, never as a traceback. Kept apart from
:class:`~reviewdesk.gui.dialogs.library.LibraryDialog`, which lists and searches, so the
dialog reads in one sitting; :class:`ShelfButtons` knows the dialog only through the few
callables it is given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton, QWidget

from reviewdesk.gui.dialogs.library_model import Row
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.written_wait import Writes, Written, busy_in_dialog, busy_label
from reviewdesk.store import Library
from reviewdesk.store.catalog import View

# Called before an article leaves the library's lists (to the bin), with its id.
BeforeDelete = Callable[[int], None]


def _button(text: str, tip: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _c=False: slot())
    return button


class ShelfButtons:
    """The dialog's button row and what its shelf buttons do to the selected article."""

    def __init__(
        self,
        library: Library,
        parent: QWidget,
        *,
        selected_row: Callable[[], Row | None],
        view: Callable[[], View],
        listed: Callable[[], int],
        refresh: Callable[[], None],
        open_selected: Callable[[], None],
        before_delete: BeforeDelete | None = None,
        writes: Writes | None = None,
    ) -> None:
        self.library = library
        self.writes = writes or Writes(library)  # the window's: off the UI thread
        self.busy_label = busy_label("libraryBusy")
        self.parent = parent
        self.selected_row = selected_row
        self.view = view
        self.listed = listed
        self.refresh = refresh
        self.before_delete = before_delete
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = _button(
            translate("LibraryDialog", "&Open"),
            translate("LibraryDialog", "Open the selected article (Enter)"),
            "libraryOpen",
            open_selected,
        )
        self.open_button.setDefault(True)
        self.archive_button = _button(
            translate("LibraryDialog", "&Archive"),
            translate(
                "LibraryDialog",
                "Move the article out of the everyday list (it can still be searched)",
            ),
            "libraryArchive",
            self.toggle_archived,
        )
        self.delete_button = _button(
            translate("LibraryDialog", "&Delete…"),
            translate(
                "LibraryDialog",
                "Move the article to the bin (Delete); it can be restored until the bin is emptied",
            ),
            "libraryDelete",
            self.delete_selected,
        )
        self.restore_button = _button(
            translate("LibraryDialog", "&Restore"),
            translate("LibraryDialog", "Take the article out of the bin"),
            "libraryRestore",
            self.restore_selected,
        )
        self.empty_button = _button(
            translate("LibraryDialog", "&Empty bin…"),
            translate("LibraryDialog", "Delete the articles in the bin for good"),
            "libraryEmptyBin",
            self.empty_bin,
        )
        role = QDialogButtonBox.ButtonRole.ActionRole
        for button in (
            self.empty_button,
            self.restore_button,
            self.delete_button,
            self.archive_button,
        ):
            self.box.addButton(button, role)
        self.box.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)

    def update(self) -> None:
        """Show the buttons of the shelf shown, enabled when they can act."""
        selected = self.selected_row()
        in_bin = self.view() is View.BIN
        self.open_button.setEnabled(selected is not None and not in_bin)
        self.archive_button.setEnabled(selected is not None and not in_bin)
        self.archive_button.setVisible(not in_bin)
        self.delete_button.setVisible(not in_bin)
        self.delete_button.setEnabled(selected is not None)
        self.restore_button.setVisible(in_bin)
        self.restore_button.setEnabled(selected is not None)
        self.empty_button.setVisible(in_bin)
        self.empty_button.setEnabled(in_bin and self.listed() > 0)
        archived = selected is not None and selected.summary.archived
        self.archive_button.setText(
            translate("LibraryDialog", "Un&archive")
            if archived
            else translate("LibraryDialog", "&Archive")
        )

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _change(self, op: Callable[[Library], object]) -> None:
        """Hand ``op`` to the library writer; the list follows once it is written (the
        buttons wait meanwhile, the window does not)."""
        what = translate("LibraryDialog", "the change to the library")

        def done(result: Written[object]) -> None:
            if not result.landed:
                QMessageBox.warning(
                    self.parent,
                    translate("LibraryDialog", "Library"),
                    result.message(what, self.writes.timeout_s),
                )
            self.refresh()

        busy = busy_in_dialog(self.busy_label, self.box)
        self.writes.run(op, what, done, busy, self.parent)

    def toggle_archived(self) -> None:
        """Archive the selected article (after asking), or bring an archived one back."""
        row = self.selected_row()
        if row is None:
            return
        summary = row.summary
        if not summary.archived and not self._ask(
            translate("LibraryDialog", "Archive"),
            translate(
                "LibraryDialog",
                (
                    "Archive “{title}”? It leaves the everyday list; Show ▸ "
                    "Archived lists it, and search still finds it."
                ),
            ).format(title=summary.title),
        ):
            return
        self._change(lambda lib: lib.catalog.set_archived(summary.id, not summary.archived))

    def delete_selected(self) -> None:
        """Move the selected article to the bin, after asking."""
        row = self.selected_row()
        if row is None or self.view() is View.BIN:
            return
        summary = row.summary
        if not self._ask(
            translate("LibraryDialog", "Delete"),
            translate(
                "LibraryDialog",
                (
                    "Move “{title}” to the bin? You can restore it from the bin "
                    "until the bin is emptied."
                ),
            ).format(title=summary.title),
        ):
            return
        if self.before_delete is not None:
            self.before_delete(summary.id)
        self._change(lambda lib: lib.catalog.move_to_bin(summary.id))

    def restore_selected(self) -> None:
        """Take the selected article out of the bin."""
        row = self.selected_row()
        if row is not None and self.view() is View.BIN:
            self._change(lambda lib: lib.catalog.restore_from_bin(row.summary.id))

    def empty_bin(self) -> None:
        """Delete every article in the bin for good, after asking."""
        count = self.library.catalog.in_bin()
        if not count:
            return
        question = (
            translate(
                "LibraryDialog",
                "Delete the article in the bin for good, with its notes and history? "
                "This cannot be undone.",
            )
            if count == 1
            else translate(
                "LibraryDialog",
                "Delete the {count} articles in the bin for good, with their notes and "
                "history? This cannot be undone.",
            ).format(count=count)
        )
        if self._ask(translate("LibraryDialog", "Empty bin"), question):
            self._change(lambda lib: lib.catalog.empty_bin())
