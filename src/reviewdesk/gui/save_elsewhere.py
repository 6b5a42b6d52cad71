"""When the library cannot take the draft: save it to a file, and never quit silently.

File ▸ Save draft as… writes the draft on screen to a plain-text file of the editor's
choosing (whole or not at all). Quitting while the library lacks the latest draft (a
full disk, another program's lock, the library deleted) asks first, and offers exactly
that: save the draft elsewhere, quit without it, or stay.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reviewdesk.core.fileio import atomic_write_text
from reviewdesk.desk.saving import DraftSnapshot
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.pane_text import editor_text
from reviewdesk.gui.session import ReviewSession

log = logging.getLogger(__name__)

QUIT_WAIT_S = 3.0  # how long quitting waits for the writer before asking
UNATTENDED_WAIT_S = 8.0  # how long an unattended close (SIGTERM) waits for the writer

Choice = Literal["save", "discard", "cancel"]
# (parent, message) -> what the editor wants to do with unsaved work
UnsavedPrompt = Callable[[QWidget | None, str], Choice]
# (parent, suggested file name) -> the chosen path, or None when cancelled
PathPrompt = Callable[[QWidget | None, str], "Path | None"]


class Window(Protocol):
    """What these functions use of the main window."""

    session: ReviewSession
    unsaved_prompt: UnsavedPrompt
    path_prompt: PathPrompt

    def statusBar(self) -> Any: ...  # noqa: N802 - Qt's name


def ask_unsaved(parent: QWidget | None, message: str) -> Choice:
    """The real question: Save draft as… / Quit without saving / Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("SaveElsewhere", "Unsaved work"),
        message,
        parent=parent,
    )
    save = box.addButton(
        translate("SaveElsewhere", "Save draft as…"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        translate("SaveElsewhere", "Quit without saving"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"


def ask_path(parent: QWidget | None, suggested: str) -> Path | None:
    """A file dialog for the draft's new home."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("SaveElsewhere", "Save draft as"),
        str(Path.home() / suggested),
        translate("SaveElsewhere", "Text (*.txt);;All files (*)"),
    )
    return Path(path) if path else None


def file_name_for(title: str) -> str:
    """A safe file name from an article's title."""
    stem = re.sub(r"[^\w\- ]+", "", title).strip()[:60] or "draft"
    return f"{stem} (draft).txt"


def write_draft(parent: QWidget | None, draft: DraftSnapshot, ask: PathPrompt) -> bool:
    """Ask where, and write the draft there (whole or not at all); whether it was."""
    path = ask(parent, file_name_for(draft.title))
    if path is None:
        return False
    try:
        atomic_write_text(path, draft.text if draft.text.endswith("\n") else draft.text + "\n")
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("SaveElsewhere", "Save draft as"),
            translate("SaveElsewhere", "{path}: {error}").format(
                path=path, error=exc.strerror or exc
            ),
        )
        return False
    log.info("draft of article %s saved to %s", draft.article_id, path)
    return True


def save_current_draft_as(window: Window) -> bool:
    """File ▸ Save draft as…: the draft on screen, to a file."""
    session = window.session
    article = session.article
    if article is None or article.id is None:
        return False
    draft = DraftSnapshot(article.id, article.title, editor_text(session.draft))
    done = write_draft(window if isinstance(window, QWidget) else None, draft, window.path_prompt)
    if done:
        window.statusBar().showMessage(
            translate("SaveElsewhere", "The draft was saved to a file"), 5000
        )
    return done


def confirm_unsaved(window: Window, *, unattended: bool = False) -> bool:
    """Before quitting: whether to go ahead. Waits briefly for the writer; if the
    library still lacks work, asks (and may save the draft elsewhere). ``unattended``
    (a logout, SIGTERM): nobody is there to answer, so it waits longer and never asks."""
    session = window.session
    session.flush()
    saving = session.saving
    if saving.settle(UNATTENDED_WAIT_S if unattended else QUIT_WAIT_S):
        return True
    unsaved = saving.unsaved()
    if not unsaved:
        return True
    if unattended:
        log.warning(
            "ending unattended with %d draft(s) not in the library: %s",
            len(unsaved),
            saving.problem or "the library is still writing",
        )
        return True
    reason = saving.problem.removeprefix("Not saved: ") or translate(
        "SaveElsewhere", "the library could not be written"
    )
    titles = ", ".join(f"‘{d.title}’" for d in unsaved)
    message = translate(
        "SaveElsewhere",
        "Your latest changes to {titles} are not saved in the library: {reason}.\n\n"
        "Save the draft to a file before quitting?",
    ).format(titles=titles, reason=reason)
    parent = window if isinstance(window, QWidget) else None
    choice = window.unsaved_prompt(parent, message)
    if choice == "cancel":
        return False
    if choice == "save":
        return all(write_draft(parent, d, window.path_prompt) for d in unsaved)
    log.warning("quitting without saving %s", titles)
    return True
