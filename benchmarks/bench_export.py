"""Time the exports on a long synthetic article (about 48k words, 300 edits, 100 notes).

Run: ``python benchmarks/bench_export.py``. Prints seconds per export; writes nothing.
"""

from __future__ import annotations

import random
import time

from reviewdesk.core.models import Article, Note
from reviewdesk.formats.docx_revisions import read_revisions
from reviewdesk.formats.export import ExportFormat, render


def make_article(seed: int = 3) -> tuple[Article, list[Note]]:
    """A long article with words from a 5000-word made-up vocabulary, lightly edited."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(5000)]
    paragraphs = [" ".join(rng.choice(vocab) for _ in range(60)) + "." for _ in range(800)]
    original = "\n\n".join(paragraphs)
    words = original.split(" ")
    for _ in range(300):
        i = rng.randrange(len(words))
        words[i] = words[i].capitalize() if rng.random() < 0.5 else words[i] + " extra"
    draft = " ".join(words)
    notes = []
    for i in range(100):
        start = rng.randrange(len(draft) - 40)
        notes.append(Note(i, 1, start, start + rng.randint(0, 40), "", f"note {i}"))
    return Article(1, "Benchmark", original, draft), notes


def main() -> None:
    """Print how long each export takes."""
    article, notes = make_article()
    print(f"article: {len(article.draft.split())} words, {len(notes)} notes")
    for fmt in ExportFormat:
        started = time.perf_counter()
        data, revisions, _ = render(article, notes, fmt, author="Bench")
        elapsed = time.perf_counter() - started
        print(f"{fmt.value:13} {elapsed:6.2f} s  {len(data) / 1024:8.0f} KB  {revisions} revisions")
    data, _, _ = render(article, notes, ExportFormat.DOCX_TRACKED, author="Bench")
    started = time.perf_counter()
    read_revisions(data)
    print(f"read back     {time.perf_counter() - started:6.2f} s")


if __name__ == "__main__":
    main()
