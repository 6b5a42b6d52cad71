"""Helpers shared by the benchmark scripts: sample texts, timing, printing, memory."""

from __future__ import annotations

import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent / "shared" / "samples" / "belarus-visit.txt"
DEMO = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"

# Words swapped in to make every generated paragraph unique (identical paragraphs would
# be served from the pipeline's cache and flatter the timings).
_FILLER = [
    "council",
    "harbor",
    "ferry",
    "marsh",
    "budget",
    "permit",
    "tide",
    "engineer",
    "reporter",
    "editor",
    "river",
    "bridge",
    "school",
    "hospital",
    "station",
    "market",
    "library",
    "election",
    "mayor",
    "court",
    "weather",
]


def sample_path() -> Path:
    """The user's sample if present, else our demo article."""
    return SAMPLE if SAMPLE.exists() else DEMO


def sample_text() -> tuple[str, str]:
    """The user's sample if present, else our demo article: (label, text)."""
    path = sample_path()
    where = "../shared/samples/" if path == SAMPLE else "src/reviewdesk/resources/demo/"
    label = where + path.name
    return label, path.read_text(encoding="utf-8")


def source_paragraphs() -> list[str]:
    """Prose paragraphs (more than a few words) from the demo and, if present, the sample."""
    texts = [DEMO.read_text(encoding="utf-8")]
    if SAMPLE.exists():
        texts.append(SAMPLE.read_text(encoding="utf-8"))
    paras: list[str] = []
    for text in texts:
        paras.extend(p.strip() for p in text.split("\n") if len(p.split()) >= 12)
    return paras


def _vary(paragraph: str, rng: random.Random, serial: int) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", paragraph)
    rng.shuffle(sentences)
    words = " ".join(sentences).split(" ")
    for _ in range(max(1, len(words) // 15)):
        words[rng.randrange(len(words))] = rng.choice(_FILLER)
    return " ".join(words) + f" Report {serial} follows."


def long_text(n_words: int, seed: int = 7) -> str:
    """A text of about ``n_words`` words in unique paragraphs, built from real prose."""
    rng = random.Random(seed)
    paras = source_paragraphs()
    out: list[str] = []
    seen: set[str] = set()
    count = 0
    serial = 0
    while count < n_words:
        serial += 1
        para = _vary(rng.choice(paras), rng, serial)
        if para in seen:
            continue
        seen.add(para)
        out.append(para)
        count += len(para.split())
    return "\n\n".join(out) + "\n"


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def summary(times: list[float]) -> str:
    """Median and best of a list of timings."""
    return f"median {ms(statistics.median(times))}  best {ms(min(times))}  (n={len(times)})"


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def rss_mb(pid: int | None = None) -> tuple[float, float]:
    """(current RSS, peak RSS) of this process (or ``pid``) in MB, from /proc (Linux)."""
    current = peak = 0.0
    try:
        status = Path(f"/proc/{pid or 'self'}/status").read_text()
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return current, peak


def pss_mb(pid: int | None = None) -> float:
    """Proportional set size in MB (shared pages split between the processes sharing
    them), so that the PSS of two processes adds up honestly; 0 where unavailable."""
    try:
        for line in Path(f"/proc/{pid or 'self'}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def pss_by_mapping(pid: int | None = None, top: int = 10) -> list[tuple[str, float]]:
    """Where a process's PSS lies, in MB, largest first: the heap and anonymous memory
    (Python objects, Qt's and Harper's allocations) apart from each shared library and
    file mapped in (its code and data); the rest summed as "other"."""
    groups: dict[str, float] = {}
    name = ""
    try:
        lines = Path(f"/proc/{pid or 'self'}/smaps").read_text().splitlines()
    except OSError:
        return []
    for line in lines:
        first = line.split(maxsplit=1)[0] if line else ""
        if "-" in first and not first.endswith(":"):  # a mapping's header line
            parts = line.split(maxsplit=5)
            path = parts[5].strip() if len(parts) > 5 else ""
            name = Path(path).name if path.startswith("/") else (path or "[anonymous]")
        elif first == "Pss:":
            groups[name] = groups.get(name, 0.0) + int(line.split()[1]) / 1024
    ranked = sorted(groups.items(), key=lambda kv: -kv[1])
    rest = sum(mb for _, mb in ranked[top:])
    return [*ranked[:top], ("other", rest)]


def header(title: str) -> None:
    print(f"\n== {title} " + "=" * max(0, 70 - len(title)))


def harper_idle(pipeline: object) -> None:
    """Wait until Harper's thread has done what a check left it (after a long article it
    replaces its linter to drop the text cache): as an editor starts typing after a
    moment, the keystroke figures do not include it."""
    for checker in getattr(pipeline, "checkers", ()):
        submit = getattr(checker, "_submit", None)
        if getattr(checker, "name", "") == "harper" and submit is not None:
            submit(lambda: None).result()


def window_env(tmp: str | Path, **extra: str) -> dict[str, str]:
    """The environment of a benchmark's child window: offscreen, with a throwaway
    library and config, data and cache folders under ``tmp`` (never the user's)."""
    folder = Path(tmp)
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        REVIEWDESK_LIBRARY=str(folder / "library.sqlite"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CACHE_HOME=str(folder / "cache"),
        **extra,
    )


#: A child process of a benchmark prints its figures as one line: this, then JSON.
RESULT = "RESULT "


def child_result(
    cmd: Sequence[str],
    env: Mapping[str, str] | None = None,
    timeout: float | None = None,
    cwd: Path = REPO,
) -> Any:
    """Run a benchmark's child (``cmd``) to its end and return the JSON of its ``RESULT``
    line; a child that printed none raises, with its exit status and the end of its
    stderr (the child's own traceback, which is what one needs to see)."""
    proc = subprocess.run(
        list(cmd), capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout
    )
    for line in proc.stdout.splitlines():
        if line.startswith(RESULT):
            return json.loads(line[len(RESULT) :])
    raise RuntimeError(f"no result (exit {proc.returncode}): {proc.stderr[-2000:]}")


def script_result(
    script: str, *args: str, env: Mapping[str, str] | None = None, python: str = sys.executable
) -> Any:
    """Run ``script`` (Python source, with ``args``) in a fresh interpreter from the
    repository and return the JSON it printed last; a failure raises with the end of
    its stderr."""
    proc = subprocess.run(
        [python, "-c", script, *args], capture_output=True, text=True, cwd=REPO, env=env
    )
    if proc.returncode != 0:
        raise RuntimeError(f"the script failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def time_edits(
    editor: Any, insert: str, edits: int, after: Callable[[], object] | None = None
) -> list[float]:
    """Seconds each of ``edits`` insertions of ``insert`` takes in a Qt text ``editor``
    (with ``after`` run inside the timing, when given), each in the middle of a paragraph
    spread over the document, so no two edits land in the same block by design."""
    from PySide6.QtGui import QTextCursor

    doc = editor.document()
    times = []
    for n in range(edits):
        block = doc.findBlockByNumber((n * 7919) % max(1, doc.blockCount() - 1))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + block.length() // 2)
        t = time.perf_counter()
        cursor.insertText(insert)
        if after is not None:
            after()
        times.append(time.perf_counter() - t)
    return times
