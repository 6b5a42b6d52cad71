"""Fixtures for tests/dist/ (helpers are in distkit.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A throwaway home folder for the app under test."""
    path = tmp_path / "home"
    path.mkdir()
    return path
