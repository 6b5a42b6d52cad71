"""The CI script itself: valid bash, and no pipe that can kill it by SIGPIPE.

`.ci/run` runs under `set -o pipefail`. A reader that stops early (`head`,
`grep -q`, `grep -m`) closes the pipe while the writer may still be writing; the
writer then dies of SIGPIPE, the pipeline exits 141 and `set -e` ends CI. This
happened once (`make --version | head -n 1`, about 3 runs in 100).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

CI_RUN = Path(__file__).resolve().parents[1] / ".ci" / "run"
EARLY_READERS = re.compile(r"\|\s*(head\b|grep\b[^|]*\s-(q|m\s*\d+)\b)")


def _code_lines() -> list[str]:
    lines = CI_RUN.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.lstrip().startswith("#")]


def test_ci_script_runs_under_pipefail() -> None:
    assert "set -euo pipefail" in _code_lines()


def test_no_pipe_into_a_reader_that_stops_early() -> None:
    offenders = [line.strip() for line in _code_lines() if EARLY_READERS.search(line)]
    assert offenders == [], f"these pipes can exit 141 under pipefail: {offenders}"


def test_the_pattern_catches_what_broke_ci() -> None:
    assert EARLY_READERS.search("make --version | head -n 1")
    assert EARLY_READERS.search("ldconfig -p | grep -q libEGL")
    assert not EARLY_READERS.search("make --version | sed -n 1p")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_ci_script_is_valid_bash() -> None:
    result = subprocess.run(["bash", "-n", str(CI_RUN)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
