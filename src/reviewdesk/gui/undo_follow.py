"""Records tied to the draft's undo stack: undo takes one back, redo makes it again.

An edit block on the draft's QTextDocument is one undo step, so the document's count of
undo steps right after it marks the record. When an undo takes the count below the mark,
the record is taken back; a redo brings the count back and it is made again. A new edit
after an undo empties Qt's redo stack, so an undone record can never come back and is
forgotten. Applied fixes and revision decisions both follow the stack this way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QTextDocument

T = TypeVar("T")


@dataclass
class Entry(Generic[T]):
    """One record and the draft's undo steps right after the edit that made it."""

    record: T
    step: int
    undone: bool = False


class UndoFollower(QObject, Generic[T]):
    """Keeps records in step with the draft's undo and redo; subclasses say what taking
    one back and making it again mean (and whether it worked)."""

    newest_first = False  # the order records are looked at when several change at once

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.entries: list[Entry[T]] = []
        self._pending = False
        document.contentsChanged.connect(self._schedule)
        document.undoCommandAdded.connect(self._forget_undone)

    def follow(self, record: T) -> None:
        """The draft's newest undo step made ``record``."""
        self.entries.append(Entry(record, self.document.availableUndoSteps()))

    @Slot()
    def forget_all(self) -> None:
        """Another article: its undo stack starts empty, which is not an undo of these."""
        self.entries.clear()

    def take_back(self, entry: Entry[T]) -> bool:
        """An undo took ``entry``'s edit out of the draft; whether it was taken back."""
        raise NotImplementedError

    def make_again(self, entry: Entry[T]) -> bool:
        """A redo put ``entry``'s edit back; whether it was made again."""
        raise NotImplementedError

    @Slot()
    def _forget_undone(self) -> None:
        # a new edit: Qt dropped its redo stack, so undone records cannot be redone
        self.entries = [e for e in self.entries if not e.undone]

    @Slot()
    def _schedule(self) -> None:
        # read the undo count once the undo or redo has finished, not mid-way
        if self.entries and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._sync)

    @Slot()
    def _sync(self) -> None:
        self._pending = False
        steps = self.document.availableUndoSteps()
        entries = reversed(self.entries) if self.newest_first else list(self.entries)
        for entry in entries:
            if not entry.undone and steps < entry.step:
                entry.undone = self.take_back(entry)
            elif entry.undone and steps >= entry.step:
                entry.undone = not self.make_again(entry)
