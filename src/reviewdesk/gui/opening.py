"""File ▸ Open, Open from library and dropped files: find the article or import it.

The rules (which stored article a file is, whether it changed on disk, importing it) are
:mod:`reviewdesk.desk.opening`, shared with ``reviewdesk import``; here are the window's
questions around them (which file, which encoding, the stored or the changed version)
and where the answers go. Needs the library, a parent for the dialogs, the window's
settings (the last folder), and what to do with the article and with a message.

Opening never holds the window: the file is read (decoded, its structure built) on a
:class:`~reviewdesk.gui.dialogs.jobs.Job`, a new article goes into the library through
the writer, and the window answers meanwhile, saying what it is opening. One open runs
at a time: a second replaces the first, and closing the window cancels it; an open that
was replaced never shows its article. :meth:`FileCommands.open_file` waits for the
outcome (tests, scripts), a wait for the library's writer included; the window's menu,
drops, recent files and command line use :meth:`FileCommands.start_open`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
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
from reviewdesk.formats.errors import EncodingError
from reviewdesk.formats.imported import needs_encoding_choice
from reviewdesk.formats.importing import read_text_bytes
from reviewdesk.gui.changed_file import ChangedFilePrompt, ask_changed_file
from reviewdesk.gui.dialogs.jobs import Job, Jobs
from reviewdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from reviewdesk.gui.written_wait import Busy, Writes, Written
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)

Settle = Callable[[Callable[[], object], Busy], object]  # (then, busy): after the writer

FILE_FILTER = QT_TRANSLATE_NOOP(
    "FileCommands",
    "Articles (*.txt *.text *.md *.markdown *.mdown *.mkd *.docx *.docm *.html *.htm *.xhtml"
    " *.shtml);;All files (*)",
)


def choose_encoding(
    parent: QWidget | None,
    path: str | Path,
    data_or_doc: bytes | ImportedDocument,
    reason: str = "",
) -> str | None:
    """The encoding dialog's answer (:func:`reviewdesk.gui.dialogs.encoding.choose_encoding`),
    its module imported when a file first needs it: most are read without one, and the
    window's start does without it (issue 14)."""
    from reviewdesk.gui.dialogs.encoding import choose_encoding as ask

    return ask(parent, path, data_or_doc, reason)


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
        text = "\n\n".join(filter(None, (str(exc), exc.remedy)))
        QMessageBox.warning(parent, translate("opening", "Cannot open this file"), text)
        return None


class FileCommands:
    """Opening articles in the review window."""

    def __init__(
        self,
        library: Library,
        parent: QWidget,
        settings: QSettings,
        show: Callable[[Article, bool], None],
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
        # whether the short article just shown still has the rest of opening to run in
        # events of its own (the window's session); open_file waits for it too
        self.settling: Callable[[], bool] | None = None
        # waits until the library holds every change handed to its writer: a file is
        # looked up there, and an article just closed may still be on its way in
        # (it calls back once it has, or after a bounded wait: the window is not held;
        # ``busy`` says so when it takes long)
        self.settle: Settle | None = None
        # a new article goes into the library through the window's writer, off the UI
        # thread (the window sets it; on its own, the write is direct)
        self.writes = Writes(library)
        self.busy: Busy = lambda text: say(text or "", 0)
        self._reading = Jobs(parent)  # the file being read, off the UI thread
        self._opening = 0  # which open is current: a replaced one's callbacks do nothing
        self._pending = False  # an open is under way (reading, or waiting for the writer)
        self._outcome: dict[int, bool] = {}  # an open's result, for open_file's wait
        self._waiting: QEventLoop | None = None
        self._until_waiting = False  # open_file's wait ends at the busy message

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
            self.start_open(path)

    @property
    def busy_opening(self) -> bool:
        """Whether a file is being opened (read, or its article on the way into the library)."""
        return self._pending

    def start_open(self, path: str | Path) -> int:
        """Open a file without holding the window: reopen its article from the library,
        or import it as a new one. Replaces an open still under way. Returns the open's
        number (what :meth:`open_file` waits on)."""
        path = Path(path)
        self.cancel()
        self._opening += 1
        opening = self._opening
        self._pending = True
        self.busy(translate("FileCommands", "Opening {name}…").format(name=path.name))
        log.debug("opening %s (open %d)", path, opening)
        job = Job(lambda _job: _read_or_why(path))
        job.succeeded.connect(lambda doc: self._read(opening, path, doc))
        job.failed.connect(lambda message: self._unreadable(opening, message))
        self._reading.start(job)
        return opening

    def open_file(self, path: str | Path, *, until_waiting: bool = False) -> bool:
        """Open a file as :meth:`start_open` does, and wait (the event loop running) until
        its article is shown (True), or the open failed or was cancelled (False).

        An open that waits for the library's writer (still storing the article before,
        on a loaded machine or a slow disk; or a lock another program holds) is waited
        for as well, within the writer's bounded wait: the article opens once the write
        lands, and a caller asking whether the file opened wants that answer, not the
        first (answering False there made callers give up on opens that then landed).
        ``until_waiting`` answers False as soon as the window says it is waiting for the
        library instead (the article still opens once the write lands)."""
        self._until_waiting = until_waiting
        try:
            opening = self.start_open(path)
            if opening not in self._outcome:
                loop = QEventLoop()
                self._waiting = loop
                try:
                    loop.exec()
                finally:
                    self._waiting = None
        finally:
            self._until_waiting = False
        opened = self._outcome.pop(opening, False)
        if opened:
            self._wait_loaded()
        return opened

    def _wait_loaded(self) -> None:
        """Wait (the event loop running) until a short article just shown has done the rest
        of opening (its steps run in events of their own), or another replaced it: as
        before, when they ran at once. A long one's slices are not waited for."""
        settling = self.settling
        if settling is None or not settling():
            return
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)
        poll.timeout.connect(lambda: None if settling() else loop.quit())
        poll.start()
        try:
            loop.exec()
        finally:
            poll.stop()

    def cancel(self, *, wait: bool = False) -> None:
        """Drop the open under way (another replaces it, or the window closes): its
        article is not shown. ``wait`` waits for the file's reading thread to end."""
        if wait:
            self._reading.cancel_all()
        if not self._pending:
            return
        log.debug("open %d cancelled", self._opening)
        self._done(self._opening, False)
        self._opening += 1

    def _done(self, opening: int, opened: bool) -> None:
        """Open ``opening`` is over (or goes on in the background): say so to a wait."""
        if opening != self._opening:
            return
        if self._pending:
            self._pending = False
            self.busy(None)
        self._outcome = {opening: opened}
        if self._waiting is not None:
            self._waiting.quit()

    def _busy_for(self, opening: int) -> Busy:
        """The busy message of a wait for the writer; once it shows, an ``open_file``
        asked to wait only until then goes on (the article opens when the write lands)."""

        def busy(text: str | None) -> None:
            if opening != self._opening:
                return  # replaced meanwhile: the newer open's message stays
            self.busy(text)
            if text is not None and self._waiting is not None and self._until_waiting:
                self._outcome = {opening: False}
                self._waiting.quit()

        return busy

    def _unreadable(self, opening: int, message: str) -> None:
        if opening != self._opening:
            return
        self._done(opening, False)
        title = translate("FileCommands", "Cannot open this file")
        QMessageBox.warning(self.parent, title, message)

    def _refused(self, opening: int, path: Path, error: FormatError) -> None:
        """Say why the file cannot be opened and what to do (its own words, file name
        first, then the remedy); text in an encoding not recognised goes straight to the
        encoding dialog, with the reason, and is read again in the encoding picked."""
        if opening != self._opening:
            return
        if not isinstance(error, EncodingError):
            self._unreadable(opening, "\n\n".join(filter(None, (str(error), error.remedy))))
            return
        self.busy(None)  # no busy pointer over the question
        try:
            data = read_text_bytes(path)
        except FormatError as exc:
            self._unreadable(opening, str(exc))
            return
        reason = str(error).split("; pick ")[0]  # the dialog itself asks to pick one
        codec = choose_encoding(self.parent, path, data, reason)
        if opening != self._opening:
            return
        if codec is None:
            self._done(opening, False)
            return
        try:
            doc = import_file(path, encoding=codec)
        except FormatError as exc:
            self._refused(opening, path, exc)  # that one does not read it either: ask again
            return
        self._read(opening, path, doc)

    def _read(self, opening: int, path: Path, doc: object) -> None:
        """The file is read: find its article once the library has every change."""
        if isinstance(doc, FormatError):
            self._refused(opening, path, doc)
            return
        if opening != self._opening or not isinstance(doc, ImportedDocument):
            return
        source = source_key(path)
        if self.settle is None:
            self._open_read(opening, path, doc, source)
            return

        def settled() -> None:
            if opening == self._opening:
                self._open_read(opening, path, doc, source)

        self.settle(settled, self._busy_for(opening))

    def _open_read(self, opening: int, path: Path, doc: ImportedDocument, source: str) -> None:
        """Open a file that has been read, once the library has every change handed over.
        A new article is stored through the writer first, and shown once it lands."""
        try:
            found = find_in_library(self.library, path, doc)
        except StoreError as exc:
            self._done(opening, False)
            QMessageBox.warning(self.parent, translate("FileCommands", "Library"), str(exc))
            return
        article = found.article
        if article is not None and found.changed:
            choice = self.changed_file_prompt(self.parent, path.name)
            if choice is None or opening != self._opening:
                self._done(opening, False)
                return
            article = article if choice == "stored" else None
        if article is not None:
            text = translate("FileCommands", "Reopened {name} from the library").format(
                name=path.name
            )
            self._show(opening, path, article, text, 5000)
            return
        asked = needs_encoding_choice(doc)
        confirmed = confirm_encoding(self.parent, path, doc)  # when it was a guess
        if confirmed is None or opening != self._opening:
            self._done(opening, False)
            return
        warnings = shown_warnings(confirmed, asked)
        opened = translate("FileCommands", "Opened {name}").format(name=path.name)
        text = " — ".join([opened, *warnings])

        def stored(done: Written[Article]) -> None:
            if opening != self._opening:
                return  # replaced or closed meanwhile: it stays in the library, unshown
            if done.landed and done.value is not None:
                self._show(opening, path, done.value, text, 10000 if warnings else 5000)
                return
            self._done(opening, False)
            what = translate("FileCommands", "{name} (a new article)").format(name=path.name)
            message = done.message(what, self.writes.timeout_s)
            QMessageBox.warning(self.parent, translate("FileCommands", "Library"), message)

        what = translate("FileCommands", "{name} as a new article").format(name=path.name)
        self.writes.run(
            lambda library: add_imported_article(library, confirmed, source),
            what,
            stored,
            self._busy_for(opening),
            self.parent,
        )

    def _show(self, opening: int, path: Path, article: Article, text: str, ms: int) -> None:
        self._done(opening, True)  # before the window shows it (which cancels any open)
        self.show(article, True)  # what follows filling in events of their own
        self.say(text, ms)
        if self.opened is not None:
            self.opened(path)


def _read_or_why(path: Path) -> ImportedDocument | FormatError:
    """Read ``path`` (on the reading thread); why not, in plain words, when it cannot be."""
    try:
        return read_file(path)
    except FormatError as exc:
        return exc
