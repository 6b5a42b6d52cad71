"""Who an export says made the changes: one rule for the Export dialog and the CLI."""

from __future__ import annotations

import getpass
import logging

from reviewdesk.desk.settings import AUTHOR, SettingsStore
from reviewdesk.store import StoreError

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
