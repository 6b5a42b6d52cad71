"""The checker process runs with glibc's heap arenas capped (MALLOC_ARENA_MAX=2: ~6 MB
less at 100k words), unless the user's environment sets its own value."""

from __future__ import annotations

import pytest

from reviewdesk.service.spawn import (
    CHECKER_MALLOC_ARENAS,
    CHECKER_MMAP_THRESHOLD,
    checker_environment,
)


def test_the_checker_caps_glibcs_arenas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setenv("REVIEWDESK_SOMETHING", "kept")
    env = checker_environment()
    assert env["MALLOC_ARENA_MAX"] == CHECKER_MALLOC_ARENAS == "2"
    assert env["REVIEWDESK_SOMETHING"] == "kept"


def test_a_users_own_arena_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert checker_environment()["MALLOC_ARENA_MAX"] == "4"


def test_the_checker_fixes_glibcs_mmap_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    # memory20: big blocks freed go back to the system instead of staying in the arenas
    monkeypatch.delenv("MALLOC_MMAP_THRESHOLD_", raising=False)
    assert checker_environment()["MALLOC_MMAP_THRESHOLD_"] == CHECKER_MMAP_THRESHOLD == "4194304"
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert checker_environment()["MALLOC_MMAP_THRESHOLD_"] == "65536"
