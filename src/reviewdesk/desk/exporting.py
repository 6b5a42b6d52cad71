"""Who an export says made the changes, and where it goes by default: one rule for the
Export dialog, Print/PDF and the CLI."""

from __future__ import annotations

import logging
import os
import stat
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


def writable_folder(folder: Path) -> bool:
    """Whether the desk may propose to write in ``folder``: it is there, the system lets
    this user write, and the folder's own permissions let someone write it. The last is
    for root (a container's or a shared machine's admin login): the system lets root
    write anywhere, but a share set read-only for everyone (r-x) is not meant to take an
    export beside the story it holds."""
    try:
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            return False
        mode = folder.stat().st_mode
    except OSError:
        return False
    if getattr(os, "geteuid", lambda: -1)() == 0:
        return bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return True


def _documents() -> Path | None:
    """The user's Documents folder, when there is one to write to."""
    from platformdirs import user_documents_path

    try:
        folder = user_documents_path()
    except (OSError, RuntimeError) as exc:  # no home folder to speak of
        log.info("no documents folder: %s", exc)
        return None
    return folder if writable_folder(folder) else None


def _desk_out_tray(library: Library | None) -> Path | None:
    """The folder the desk's last export (of any article) went to, while it can still be
    written: where this desk sends its work."""
    if library is None:
        return None
    try:
        paths = library.history.recent_export_paths()
    except StoreError as exc:
        log.info("cannot read the desk's exports: %s", exc)
        return None
    for path in paths:
        folder = Path(path).parent
        if writable_folder(folder):
            return folder
    return None


def output_folder(source_path: str | None, library: Library | None = None) -> Path:
    """Where an export or PDF of an article goes unless the editor says otherwise: beside
    its source file. Not when there is none, when that folder is gone or may not be
    written (a read-only share: nothing is ever written beside a story there), or when
    the source is the demo article that ships inside reviewdesk (an install's own folder,
    or /usr/share/doc): then the folder the desk's last export went to, else the user's
    Documents, else the home folder."""
    if source_path:
        folder = Path(source_path).parent
        package = Path(__file__).resolve().parent.parent
        try:
            ours = folder.resolve().is_relative_to(package)
        except OSError:
            ours = True
        if not ours and writable_folder(folder):
            return folder
    return _desk_out_tray(library) or _documents() or Path.home()


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
            if writable_folder(folder):
                return folder
    return output_folder(article.source_path, library)
