"""After a crash: say what was recovered, and open it again.

A window claims the article it edits (:mod:`reviewdesk.store.claims`) and gives the claim
up when it closes the article. A claim whose process is gone therefore means the window
died with the article open (a crash, ``kill -9``, a power cut). Autosave wrote the draft
within a second or two of each change, so the library holds it as of its last save; the
next start reopens it and says so, e.g. "Recovered your draft of ‘Budget vote’ as of
10:42".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from reviewdesk.core.models import Article
from reviewdesk.gui.i18n import translate
from reviewdesk.store import Library, StoreError
from reviewdesk.store.claims import Claims

log = logging.getLogger(__name__)


def _local_time(stamp: str) -> str:
    """'10:42' (today) or '3 May 10:42' from a stored UTC timestamp."""
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    if when.date() == datetime.now().astimezone().date():
        return when.strftime("%H:%M")
    return f"{when.day} {when.strftime('%b %H:%M')}"


def recovered_message(article: Article, others: int = 0) -> str:
    """What the status bar says after a crash."""
    text = translate(
        "Recovery",
        "Recovered your draft of ‘{title}’ as of {when} (reviewdesk was not closed properly)",
    ).format(title=article.title, when=_local_time(article.updated))
    if others == 1:
        more = translate(
            "Recovery", "{text}; 1 other article open then was saved too (File ▸ Open from library)"
        )
    elif others:
        more = translate(
            "Recovery",
            "{text}; {others} other articles open then were saved too (File ▸ Open from library)",
        )
    else:
        return text
    return more.format(text=text, others=others)


def find_recovered(
    library: Library, forget: Callable[[Callable[[Library], object]], None] | None = None
) -> tuple[Article, str] | None:
    """The article a crashed window was editing, with the message to show; the claims
    left by crashed windows are cleared. None when the last run ended properly.

    Looking is a read; clearing is a write, handed to ``forget`` (the window's library
    writer, so a lock held by another program never holds the window as it starts);
    without one it is made here."""
    try:
        claims = Claims(library)
        abandoned = claims.abandoned()
        if not abandoned:
            return None
        articles = []
        for claim in abandoned:
            try:
                articles.append(library.get_article(claim.article_id))
            except StoreError:
                continue  # deleted since
        if forget is None:
            claims.forget(abandoned)
        else:  # a claim taken over meanwhile by this window is not the dead one's
            forget(lambda writer_library: Claims(writer_library).forget(abandoned))
    except StoreError as exc:
        log.warning("could not look for work left by a crash: %s", exc)
        return None
    if not articles:
        return None
    articles.sort(key=lambda a: a.updated, reverse=True)
    log.info("recovering article %s after a crash", articles[0].id)
    return articles[0], recovered_message(articles[0], len(articles) - 1)
