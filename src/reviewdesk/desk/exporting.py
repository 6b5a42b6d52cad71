"""Who an export says made the changes: one rule for the Export dialog and the CLI."""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from reviewdesk.core.models import Article
from reviewdesk.desk.settings import AUTHOR, SettingsStore
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)


def login_name() -> str:
    """The user's login name ("reviewdesk" where the system has none)."""
    try:
        return getpass.getuser() or "reviewdesk"
    except (KeyError, OSError):  # no login name on some systems
        return "reviewdesk"


def default_author(library: SettingsStore | None) -> str:
    """The remembered author name, else the login name (an unreadable library is skipped)."""
    if library is not None:
        try:
            stored = AUTHOR.read(library).strip()
        except StoreError as exc:
            log.info("cannot read the author setting: %s", exc)
            stored = ""
        if stored:
            return stored
    return login_name()


def remember_author(library: SettingsStore, author: str) -> None:
    """Store the author name for next time (a failure only goes to the log)."""
    try:
        if author and author != AUTHOR.read(library):
            AUTHOR.write(library, author)
    except StoreError as exc:
        log.warning("cannot remember the author: %s", exc)


def record_export(library: Library, article: Article, fmt: str, path: str | Path) -> None:
    """Remember an export in the article's history: a snapshot of the exported draft and
    the file written (a failure only goes to the log: the file is written already)."""
    if article.id is None:
        return
    try:
        library.history.record_export(article.id, article.draft, fmt, path)
    except StoreError as exc:
        log.warning("cannot record the export in the history: %s", exc)
