"""What the window's helpers may rely on, declared apart from the window itself.

The menu wiring and the note commands need a handful of the window's parts. Typing them
against this base instead of ``MainWindow`` keeps those modules from importing the window
that imports them (an import circle, even under ``TYPE_CHECKING``), and says in one place
how much of the window they reach.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QWidget

from reviewdesk.core.models import Article
from reviewdesk.desk.engines import EngineSettings
from reviewdesk.gui.decisions import Decisions
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.issues_panel import IssuesPanel
from reviewdesk.gui.notes_panel import NotesPanel
from reviewdesk.gui.session import ReviewSession
from reviewdesk.store import Library

# Asks for a note's text: (parent, quoted passage, current text) -> new text or None.
NotePrompt = Callable[[QWidget | None, str, str], "str | None"]


class ReviewWindowBase(QMainWindow):
    """The parts of the review window its helpers use; ``MainWindow`` provides them."""

    library: Library
    session: ReviewSession
    draft: ReviewEditor
    issues_panel: IssuesPanel
    notes_panel: NotesPanel
    decisions: Decisions
    note_prompt: NotePrompt
    # quitting with unsaved work: (parent, message) -> "save" | "discard" | "cancel"
    unsaved_prompt: Callable[[QWidget | None, str], str]
    # where to save a draft: (parent, suggested name) -> a path, or None
    path_prompt: Callable[[QWidget | None, str], Path | None]

    def replace_checker(self, settings: EngineSettings) -> None:
        """Start checking again with new engine settings."""
        raise NotImplementedError

    def open_article(self, article: Article) -> None:
        """Show an article from the library in both panes."""
        raise NotImplementedError
