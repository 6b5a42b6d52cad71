"""File ▸ Open, Open from library and dropped files: find the article or import it.

The rules (which stored article a file is, whether it changed on disk, importing it) are
:mod:`reviewdesk.desk.opening`, shared with ``reviewdesk import``; here are the window's
questions around them (which file, which encoding, the stored or the changed version)
and where the answers go. Needs the library, a parent for the dialogs, the window's
settings (the last folder), and what to do with the article and with a message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reviewdesk.core.models import Article
from reviewdesk.desk.opening import (
    add_imported_article,
    find_in_library,
    read_file,
    shown_warnings,
    source_key,
)
from reviewdesk.formats import FormatError, ImportedDocument, import_file
from reviewdesk.gui.changed_file import ChangedFilePrompt, ask_changed_file
from reviewdesk.gui.dialogs.encoding import choose_encoding, needs_encoding_choice
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.written_wait import Busy, Writes, Written
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)

FILE_FILTER = QT_TRANSLATE_NOOP(
    "FileCommands",
    "Articles (*.txt *.text *.md *.markdown *.mdown *.mkd *.docx *.docm *.html *.htm *.xhtml"
    " *.shtml);;All files (*)",
)


def confirm_encoding(
    parent: QWidget, path: str | Path, doc: ImportedDocument
) -> ImportedDocument | None:
    """When ``doc``'s encoding was a guess, let the editor confirm or pick another.

    Returns the document to import (read again with the chosen codec when it differs),
    or None when the editor cancelled or the file cannot be read that way.
    """
    if not needs_encoding_choice(doc):
        return doc
    codec = choose_encoding(parent, path, doc)
    if codec is None:
        return None
    if codec == doc.encoding:
        return doc
    try:
        return import_file(path, encoding=codec)
    except FormatError as exc:
        QMessageBox.warning(parent, translate("opening", "Cannot open this file"), str(exc))
        return None


class FileCommands:
    """Opening articles in the review window."""

    def __init__(
        self,
        library: Library,
        parent: QWidget,
        settings: QSettings,
        show: Callable[[Article], None],
        say: Callable[[str, int], None],
    ) -> None:
        self.library = library
        self.parent = parent
        self.settings = settings
        self.show = show
        self.say = say
        self.changed_file_prompt: ChangedFilePrompt = ask_changed_file
        # told of every file opened (File ▸ Open Recent remembers it)
        self.opened: Callable[[Path], None] | None = None
        # waits until the library holds every change handed to its writer: a file is
        # looked up there, and an article just closed may still be on its way in
        # (it calls back once it has, or after a bounded wait: the window is not held)
        self.settle: Callable[[Callable[[], object]], object] | None = None
        # a new article goes into the library through the window's writer, off the UI
        # thread (the window sets it; on its own, the write is direct)
        self.writes = Writes(library)
        self.busy: Busy = lambda text: say(text or "", 0)

    def choose_file(self) -> None:
        """File ▸ Open."""
        start = str(self.settings.value("paths/last_dir", str(Path.home())))
        path, _filter = QFileDialog.getOpenFileName(
            self.parent,
            translate("FileCommands", "Open article"),
            start,
            translate("FileCommands", FILE_FILTER),
        )
        if path:
            self.settings.setValue("paths/last_dir", str(Path(path).parent))
            self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Open a file: reopen its article from the library, or import it as a new one."""
        path = Path(path)
        try:
            doc = read_file(path)
        except FormatError as exc:
            QMessageBox.warning(
                self.parent, translate("FileCommands", "Cannot open this file"), str(exc)
            )
            return False
        source = source_key(path)
        if self.settle is None:
            return self._open_read(path, doc, source)
        opened = [False]
        self.settle(lambda: opened.__setitem__(0, self._open_read(path, doc, source)))
        return opened[0]  # False too while it waits for the writer: it opens after

    def _open_read(self, path: Path, doc: ImportedDocument, source: str) -> bool:
        """Open a file that has been read, once the library has every change handed over.
        A new article is stored through the writer first; True when it opened at once."""
        try:
            found = find_in_library(self.library, path, doc)
        except StoreError as exc:
            QMessageBox.warning(self.parent, translate("FileCommands", "Library"), str(exc))
            return False
        article = found.article
        if article is not None and found.changed:
            choice = self.changed_file_prompt(self.parent, path.name)
            if choice is None:
                return False
            article = article if choice == "stored" else None
        if article is not None:
            text = translate("FileCommands", "Reopened {name} from the library").format(
                name=path.name
            )
            return self._show(path, article, text, 5000)
        asked = needs_encoding_choice(doc)
        confirmed = confirm_encoding(self.parent, path, doc)  # when it was a guess
        if confirmed is None:
            return False
        warnings = shown_warnings(confirmed, asked)
        opened = translate("FileCommands", "Opened {name}").format(name=path.name)
        text = " — ".join([opened, *warnings])
        shown = [False]

        def stored(done: Written[Article]) -> None:
            if done.landed and done.value is not None:
                shown[0] = self._show(path, done.value, text, 10000 if warnings else 5000)
                return
            what = translate("FileCommands", "{name} (a new article)").format(name=path.name)
            message = done.message(what, self.writes.timeout_s)
            QMessageBox.warning(self.parent, translate("FileCommands", "Library"), message)

        what = translate("FileCommands", "{name} as a new article").format(name=path.name)
        self.writes.run(
            lambda library: add_imported_article(library, confirmed, source),
            what,
            stored,
            self.busy,
            self.parent,
        )
        return shown[0]  # False too while the write waits: it opens once stored

    def _show(self, path: Path, article: Article, text: str, ms: int) -> bool:
        self.show(article)
        self.say(text, ms)
        if self.opened is not None:
            self.opened(path)
        return True
