"""Shared test set-up: Qt offscreen, an isolated library per test, the user's sample."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_SAMPLES = REPO.parent / "shared" / "samples"


@pytest.fixture(autouse=True)
def isolated_library(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own library file and config dirs; nothing touches the user's."""
    home = tmp_path_factory.mktemp("home")
    path = home / "library.sqlite"
    monkeypatch.setenv("REVIEWDESK_LIBRARY", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return path


@pytest.fixture
def sample_path() -> Path:
    """The user's own web-scraped sample article (read-only; never copied into the repo)."""
    path = SHARED_SAMPLES / "belarus-visit.txt"
    if not path.exists():
        pytest.skip("../shared/samples/belarus-visit.txt is not available")
    return path


@pytest.fixture
def sample_gold() -> Path:
    """The known faults of the sample."""
    path = SHARED_SAMPLES / "belarus-visit.gold.json"
    if not path.exists():
        pytest.skip("../shared/samples/belarus-visit.gold.json is not available")
    return path
