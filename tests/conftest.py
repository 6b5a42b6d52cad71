"""Shared test set-up: Qt offscreen, an isolated library per test, the user's sample."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from reviewdesk.core.pipeline import CheckPipeline

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
# tests/dist/ tests what `make dist` built; `make test-dist` runs them after the build.
collect_ignore = [] if os.environ.get("REVIEWDESK_TEST_DIST") else ["dist"]
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


DEMO_ARTICLE = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"


@pytest.fixture
def demo_path() -> Path:
    """The demo article that ships in the repository: review-flow tests never skip."""
    assert DEMO_ARTICLE.exists(), "the demo article is part of the repository"
    return DEMO_ARTICLE


@pytest.fixture
def sample_path() -> Path:
    """The user's own web-scraped sample article (read-only; never copied into the repo)."""
    path = SHARED_SAMPLES / "belarus-visit.txt"
    if not path.exists():
        pytest.skip("../shared/samples/belarus-visit.txt is not available")
    return path


@pytest.fixture(scope="module")
def grammar_only() -> CheckPipeline:
    """The grammar engine alone (no Harper, no editorial engines), one per test module:
    what the grammar tests say it finds is its own."""
    from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

    return build_fast_pipeline(EngineSettings().switch(harper=False, editorial=False))


@pytest.fixture
def sample_gold() -> Path:
    """The known faults of the sample."""
    path = SHARED_SAMPLES / "belarus-visit.gold.json"
    if not path.exists():
        pytest.skip("../shared/samples/belarus-visit.gold.json is not available")
    return path


@contextlib.contextmanager
def _churning_environment() -> Iterator[None]:
    """Another thread sets and removes environment variables without pause meanwhile."""
    stop = threading.Event()

    def churn() -> None:
        i = 0
        while not stop.is_set():
            os.environ[f"REVIEWDESK_CHURN_{i}"] = "x"
            if i % 100 == 99:  # growing and shrinking makes libc move the array
                for k in range(i - 99, i + 1):
                    os.environ.pop(f"REVIEWDESK_CHURN_{k}", None)
            i += 1

    thread = threading.Thread(target=churn, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        for key in [k for k in os.environ if k.startswith("REVIEWDESK_CHURN_")]:
            del os.environ[key]


@pytest.fixture
def environment_churn() -> Callable[[], AbstractContextManager[None]]:
    """A context in which another thread keeps changing the environment (as a test's
    ``monkeypatch.setenv`` does while a check thread starts a process)."""
    return _churning_environment
