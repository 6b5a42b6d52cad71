"""Helpers for tests/dist/: what ``make dist`` built, tested as a user gets it (the
frozen bundle, the wheel and sdist installed with pipx, the .deb installed by CI).

``make test-dist`` runs these after ``make dist`` (CI does both right after ``make
test``); ``make test`` leaves this folder out because it needs the build. A missing
build is a failure that says what to run, never a skip. Only the tests of the
*installed* .deb skip, with a message, where it is not installed (installing takes root).
This module is imported by name (``from distkit import ...``); conftest.py has fixtures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("REVIEWDESK_DIST", REPO / "dist")).resolve()
BUNDLE = DIST / "reviewdesk"
BUNDLE_EXE = BUNDLE / "reviewdesk"
DEMO = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
TIMEOUT_S = 300


def built(pattern: str) -> Path:
    """The one file in dist/ matching ``pattern``; fails (not skips) when there is none."""
    found = sorted(DIST.glob(pattern))
    if not found:
        pytest.fail(f"dist/{pattern} is missing: run `make dist` first")
    return found[-1]


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user with no Python and no developer tools on PATH."""
    empty_bin = home / "empty-bin"
    empty_bin.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": str(empty_bin),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra)
    return env


def run(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``command``; its output as text."""
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=TIMEOUT_S, check=False
    )


def issue_keys(report: str) -> list[tuple[int, int, str, str]]:
    """(start, end, category, text) of each issue in ``reviewdesk check`` JSON."""
    data = json.loads(report)
    return [(i["start"], i["end"], i["category"], i["text"]) for i in data["issues"]]


def venv_check(path: Path, library: Path) -> subprocess.CompletedProcess[str]:
    """``reviewdesk check`` as the developer's venv runs it: what the builds must match."""
    env = dict(os.environ, REVIEWDESK_LIBRARY=str(library))
    return run([sys.executable, "-m", "reviewdesk", "check", str(path)], env=env)
