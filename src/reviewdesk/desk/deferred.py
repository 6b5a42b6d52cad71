"""The library as the review operations see it, with every write done by the writer.

:mod:`reviewdesk.desk.operations` decide and record (a decision, a note, a word, a
status); in the window they are handed a :class:`DeferredLibrary` instead of the
:class:`~reviewdesk.store.Library` itself. Reads go to the window's own connection (a
read never waits for another program's lock); every write is queued on the
:class:`~reviewdesk.desk.saving.LibraryWriter`, in order, off the UI thread, and retried
there. A row the window adds gets a provisional (negative) id at once, which later
writes name it by; what was written but not stored yet is read back from here (a word
just added is in the dictionary for the re-check at once).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from reviewdesk.core.models import ArticleStatus, Decision, DecisionAction, Note, WordScope
from reviewdesk.desk.saving import LibraryWriter, Store
from reviewdesk.store import Library
from reviewdesk.store.library import MAX_TARGET_WORDS
from reviewdesk.store.rows import word_args

log = logging.getLogger(__name__)


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class DeferredLibrary:
    """Reads from ``library``; writes through ``writer`` (see the module's docstring)."""

    def __init__(self, library: Library, writer: LibraryWriter) -> None:
        self.library = library
        self.writer = writer
        self._words: list[tuple[str, WordScope, int | None]] = []  # added, maybe not stored
        self._settings: dict[str, Any] = {}  # written here, maybe not stored yet
        self._versions: dict[str, int] = {}
        self._lock = threading.Lock()  # the writer's thread forgets what it stored

    # -- reads ------------------------------------------------------------------------

    def words_for(self, article_id: int | None) -> frozenset[str]:
        """The dictionaries' words, with those just added."""
        added = {
            word
            for word, scope, owner in self._words
            if scope != WordScope.ARTICLE or owner == article_id
        }
        return self.library.words_for(article_id) | added

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A setting, as last written here (until stored) or else as stored."""
        with self._lock:
            if key in self._settings:
                return self._settings[key]
        return self.library.get_setting(key, default)

    # -- writes -----------------------------------------------------------------------

    def record_decision(self, decision: Decision) -> Decision:
        """Queue a decision; returns it with a provisional id."""
        key = self.writer.new_key()

        def write(store: Store) -> None:
            store.keys.bind(key, store.library.record_decision(replace(decision, id=None)).id)

        self.writer.submit(write, "the decision")
        return replace(decision, id=key, created=decision.created or _stamp())

    def remove_decision(self, decision_id: int) -> None:
        """Queue taking a decision back (by its id or provisional id)."""

        def write(store: Store) -> None:
            real = store.keys.real(decision_id)
            if real is not None:  # None: recording it failed, and that was reported
                store.library.remove_decision(real)

        self.writer.submit(write, "taking back the decision")

    def remove_decisions(
        self, article_id: int, action: DecisionAction, keys: frozenset[str] | None = None
    ) -> None:
        """Queue forgetting every ``action`` decision of an article (or those of the
        issues ``keys``); queued after the decisions recorded before it, so one made a
        moment ago goes too."""
        self.writer.submit(
            lambda store: store.library.remove_decisions(article_id, action, keys),
            "taking back the decisions",
        )

    def update_article(
        self,
        article_id: int,
        *,
        title: str | None = None,
        language: str | None = None,
        status: ArticleStatus | str | None = None,
    ) -> None:
        """Queue a change of an article's title, language or status."""
        if status is not None:
            status = ArticleStatus(status)  # a bad value fails here, not on the writer

        def write(store: Store) -> None:
            store.library.update_article(article_id, title=title, language=language, status=status)

        self.writer.submit(write, "the article's details")

    def add_word(self, word: str, scope: WordScope | str, article_id: int | None = None) -> None:
        """Queue a dictionary word (checked here: a bad word raises ValueError at once)."""
        word, scope, owner = word_args(word, scope, article_id)
        self._words.append((word, scope, owner))
        self.writer.submit(lambda store: store.library.add_word(word, scope, owner), "the word")

    def set_setting(self, key: str, value: Any) -> None:
        """Queue a setting. Read back from here until it is stored; from then on from the
        library, so a later change made there (the Checking settings dialog writes
        directly) is not hidden behind this one."""
        with self._lock:
            self._settings[key] = value
            self._versions[key] = version = self._versions.get(key, 0) + 1

        def write(store: Store) -> None:
            store.library.set_setting(key, value)
            with self._lock:
                if self._versions.get(key) == version:  # nothing newer queued meanwhile
                    self._settings.pop(key, None)

        self.writer.submit(write, "the setting")

    def set_target_words(self, article_id: int, words: int) -> None:
        """Queue an article's target length (checked here: out of range raises ValueError)."""
        if not 0 <= words <= MAX_TARGET_WORDS:
            raise ValueError(f"a target length is 0 to {MAX_TARGET_WORDS:,} words, not {words}")
        self.writer.submit(
            lambda store: store.library.set_target_words(article_id, words), "the target length"
        )

    def set_article_meta(self, article_id: int, key: str, value: str | None) -> None:
        """Queue one entry of an article's details (None removes it)."""
        self.writer.submit(
            lambda store: store.library.set_article_meta(article_id, key, value),
            "the article's details",
        )

    def add_note(self, note: Note) -> Note:
        """Queue a new note; returns it with a provisional id."""
        key = self.writer.new_key()

        def write(store: Store) -> None:
            parent = store.keys.real(note.parent_id) if note.parent_id is not None else None
            stored = store.library.add_note(replace(note, id=None, parent_id=parent))
            store.keys.bind(key, stored.id)

        self.writer.submit(write, "the note")
        stamp = _stamp()
        return replace(note, id=key, created=stamp, updated=stamp)

    def update_note(self, note: Note) -> None:
        """Queue a note's new text or state."""

        def write(store: Store) -> None:
            real = store.keys.real(note.id)
            if real is not None:
                store.library.update_note(replace(note, id=real))

        self.writer.submit(write, "the note")

    def delete_note(self, note_id: int) -> None:
        """Queue deleting a note."""

        def write(store: Store) -> None:
            real = store.keys.real(note_id)
            if real is not None:
                store.library.delete_note(real)

        self.writer.submit(write, "deleting the note")
