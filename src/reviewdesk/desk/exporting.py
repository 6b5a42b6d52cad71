"""Who an export says made the changes, and where it goes by default: one rule for the
Export dialog, Print/PDF and the CLI."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from reviewdesk.core.models import Article
from reviewdesk.desk.settings import AUTHOR, SettingsStore
from reviewdesk.store import Library, StoreError

log = logging.getLogger(__name__)


def default_author(library: SettingsStore | None) -> str:
    """The author name set (remembered from the last export), else none: never the
    system's login name, which a reopened export would show as its byline ("By root")."""
    if library is None:
        return ""
    try:
        return AUTHOR.read(library).strip()
    except StoreError as exc:
        log.info("cannot read the author setting: %s", exc)
        return ""


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


def output_folder(source_path: str | None) -> Path:
    """Where an export or PDF of an article goes unless the editor says otherwise: beside
    its source file, or the home folder when there is none, when that folder is gone or
    cannot be written (a read-only share), or when the source is the demo article that
    ships inside reviewdesk (an install's own folder, or /usr/share/doc)."""
    if source_path:
        folder = Path(source_path).parent
        package = Path(__file__).resolve().parent.parent
        try:
            ours = folder.resolve().is_relative_to(package)
        except OSError:
            ours = True
        if folder.is_dir() and os.access(folder, os.W_OK) and not ours:
            return folder
    return Path.home()


def export_folder(library: Library, article: Article) -> Path:
    """Where the Export dialog proposes to write: the folder this article last went out
    to (a desk's out-tray, chosen once, is not chosen again for every export), while it
    is still there and can be written; else :func:`output_folder`."""
    if article.id is not None:
        try:
            done = library.history.exports(article.id)
        except StoreError as exc:
            log.info("cannot read the article's exports: %s", exc)
            done = []
        if done:
            folder = Path(done[0].path).parent
            if folder.is_dir() and os.access(folder, os.W_OK):
                return folder
    return output_folder(article.source_path)
