"""The article named at launch, read and checked by the checker before the window asks
(issue 14, the first highlights).

Started with a file to open (``reviewdesk ARTICLE``), the app tells the checker its path
and the context its check will have (:class:`~reviewdesk.service.messages.Precheck`).
Once its engines are built the checker reads the file through the same
:func:`~reviewdesk.formats.import_file` the window opens it with, so the text is the
same string, and checks it as the window's first request will
(:meth:`~reviewdesk.service.check_service.CheckService.precheck`), on its own core while
the window imports and builds itself. The window's request then finds the results made.

It is only a head start: nothing is sent for it, and whatever does not match (another
dialect chosen, a draft reopened from the library, a file that cannot be read) costs a
little CPU and changes nothing the user sees. It is bounded: a Word file (python-docx
and lxml would be imported beside Harper's warm-up), a file over :data:`MAX_BYTES` or a
text a first check treats as long is left to the window's request; a read error is only
logged; the window's first message stops it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

from reviewdesk.core.checker import Cancelled
from reviewdesk.core.dialect import from_page_language
from reviewdesk.formats import FormatError, import_file
from reviewdesk.formats.importing import detect_format
from reviewdesk.service.check_service import CheckService, StopCheck
from reviewdesk.service.messages import CheckRequest, Precheck

log = logging.getLogger(__name__)

# Larger files are left to the window's request: a saved web page of this size holds a
# long article, whose first check goes by early results anyway (EARLY_RESULT_CHARS).
MAX_BYTES = 1024 * 1024
PANE = "original"  # the pane name is the service's, not the pipeline's: any will do


def precheck_request(precheck: Precheck) -> CheckRequest | None:
    """The request the window's first check of the file will match, or None (logged)
    when the file is not one to check ahead."""
    path = Path(precheck.path)
    try:
        if path.stat().st_size > MAX_BYTES:
            log.debug("not checked ahead: %s is over %d bytes", path.name, MAX_BYTES)
            return None
        with open(path, "rb") as fh:
            head = fh.read(1024)
        if detect_format(path, head) == "docx":
            log.debug("not checked ahead: %s is a Word file", path.name)
            return None
        doc = import_file(path)
    except (FormatError, OSError, ValueError) as exc:
        log.info("not checked ahead: %s", exc)
        return None
    # the dialect a new article gets: its web page's, else the desk's (desk.opening)
    declared = from_page_language(doc.meta.get("language", ""))
    ctx = precheck.ctx
    if declared is not None and declared != ctx.language:
        ctx = replace(ctx, language=declared)
    return CheckRequest(PANE, 0, doc.text, ctx)


def precheck_article(service: CheckService, precheck: Precheck, cancelled: StopCheck) -> None:
    """Read and check the article named at launch into ``service``'s pipeline; stops
    when ``cancelled()`` (the window has sent something). Never raises: it is a head
    start, and a failure here must not keep the checker from the window's requests."""
    started = time.thread_time()
    if cancelled():  # the window asked before the checker was ready: nothing to gain
        log.debug("not checked ahead: the window asked first")
        return
    try:
        request = precheck_request(precheck)
        if request is not None:
            service.precheck(request, cancelled)
    except Cancelled:
        log.debug("checking ahead stopped: the window asked first")
        return
    except Exception:  # a bug in an engine must not end the checker
        log.exception("checking the article ahead failed")
        return
    log.debug("article checked ahead in %.3f s of CPU", time.thread_time() - started)
