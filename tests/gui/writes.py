"""Waiting for a window's writes: the window writes to the library off its UI thread."""

from __future__ import annotations

from typing import Any

SETTLE_TIMEOUT_S = 60.0  # a bound on waiting, not a timing assertion


def settle(window: Any) -> None:
    """Wait until the window's library writer has written everything handed to it."""
    assert window.session.saving.settle(SETTLE_TIMEOUT_S), "the writer did not finish"
