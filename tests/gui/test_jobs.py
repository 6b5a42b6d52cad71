"""Background jobs of the dialogs: every outcome reaches the UI thread as plain text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from reviewdesk.core.pipeline import Cancelled
from reviewdesk.gui.dialogs.jobs import Job, Jobs

pytestmark = pytest.mark.gui


def _boom(_job: Job) -> object:
    raise OSError(2, "No such file or directory", "/tmp/nowhere.txt")


def _stop(_job: Job) -> object:
    raise Cancelled


def test_failures_and_cancels_arrive_as_plain_outcomes(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    qtbot.addWidget(owner)
    jobs = Jobs(owner)
    seen: list[str] = []
    failing, stopped = Job(_boom), Job(_stop)
    failing.failed.connect(seen.append)
    stopped.cancelled.connect(lambda: seen.append("cancelled"))
    for job in (failing, stopped):
        jobs.start(job)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert sorted(seen) == ["No such file or directory: /tmp/nowhere.txt", "cancelled"]
