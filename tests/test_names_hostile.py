"""A hostile "word" of 100,000 letters: the names engine checks it in bounded memory.

Every prefix and suffix of a long word went into the names engine's halves index
("healthcare": "health" + "care"), so such a file took 34 s and 5 GB, and the hostile
corpus (benchmarks/hostile_files.py) timed out on it. Memory is measured in a fresh
process, where the peak resident set is this check's own.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

PROGRAM = """
import resource
from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline

text = "The council met on Tuesday. " + "x" * 100_000 + " Mayor Alvarez spoke.\\n\\nTeh plan."
pipeline = build_fast_pipeline(EngineSettings())
result = pipeline.check(text, CheckContext())
print(len(result.errors), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


@pytest.mark.slow
def test_a_100k_letter_word_is_checked_in_bounded_memory() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True, timeout=600
    )
    errors, peak_mb = map(int, out.stdout.split())
    assert errors == 0  # every engine gave its result
    assert peak_mb < 1000, f"peak {peak_mb} MB"
