"""The checker process runs with glibc's heap arenas capped (MALLOC_ARENA_MAX=2: ~6 MB
less at 100k words), unless the user's environment sets its own value."""

from __future__ import annotations

import pytest

from reviewdesk.service.spawn import CHECKER_MALLOC_ARENAS, checker_environment


def test_the_checker_caps_glibcs_arenas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setenv("REVIEWDESK_SOMETHING", "kept")
    env = checker_environment()
    assert env["MALLOC_ARENA_MAX"] == CHECKER_MALLOC_ARENAS == "2"
    assert env["REVIEWDESK_SOMETHING"] == "kept"


def test_a_users_own_arena_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert checker_environment()["MALLOC_ARENA_MAX"] == "4"
