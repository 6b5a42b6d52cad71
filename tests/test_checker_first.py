"""The checker process a window start begins with, before it knows Harper's dialect
(``service.spawn.start_checker``, cold21): told the dialect, it serves as a process
started with it would; dropped, it ends."""

from __future__ import annotations

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings
from reviewdesk.service.check_process import RemoteService
from reviewdesk.service.messages import CheckRequest
from reviewdesk.service.spawn import start_checker

EDITORIAL = EngineSettings().switch(harper=False)


def test_a_checker_started_first_and_not_told_ends_when_dropped() -> None:
    first = start_checker()
    assert first.proc.poll() is None and not first.taken
    first.drop()
    assert first.proc.returncode is not None and first.taken
    first.drop()  # twice: nothing more
    with pytest.raises(OSError):
        first.go("en-US")  # nothing left to tell


@pytest.mark.slow  # starts the real checker process and checks with it
def test_a_checker_started_first_checks_once_told_the_dialect() -> None:
    """Told "" (a desk without Harper), it checks with the other engines, as the window
    gets it from ``app.main``."""
    first = start_checker()
    service = RemoteService(EDITORIAL)
    try:
        spawned = first.go("")
        assert first.taken and spawned.early_language == ""
        service.launch("en-US", spawned)
        assert "harper" not in service.start_up("en-US")
        text = "The the council met on tuesday .\n"
        outcome = service.check(CheckRequest("draft", 1, text, CheckContext()), lambda: False)
        assert outcome is not None and outcome.issues
        first.drop()  # handed on: the process is the service's now
        assert service.pid is not None
    finally:
        service.close()
