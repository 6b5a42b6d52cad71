"""An article's length against the length the desk wants (the window words it as
"612 / 600 words (+12)").

Words are counted as everywhere else in reviewdesk (:func:`reviewdesk.core.text.word_count`:
the library's Words column, the history), so the figures agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from reviewdesk.core.models import Article
from reviewdesk.store import StoreError


@dataclass(frozen=True)
class Length:
    """A word count and a target (0: none)."""

    words: int
    target: int = 0

    @property
    def over(self) -> int:
        """Words past the target (0 when there is no target or it is not reached)."""
        return max(0, self.words - self.target) if self.target else 0

    @property
    def short(self) -> int:
        """Words still to write to reach the target (0 when none or reached)."""
        return max(0, self.target - self.words) if self.target else 0


class TargetStore(Protocol):
    """Where a target length is stored: the library, or in the window a
    :class:`~reviewdesk.desk.deferred.DeferredLibrary` that writes off the UI thread."""

    def set_target_words(self, article_id: int, words: int) -> None: ...


def set_target(library: TargetStore, article: Article, words: int) -> None:
    """Store the article's target length. Raises StoreError or ValueError (a plain
    message) when it cannot be stored."""
    if article.id is None:
        raise StoreError("the article is not in the library")
    library.set_target_words(article.id, words)
    article.target_words = words
