"""Library benchmarks: search over 10,000 articles, size per article, backup time, and
what the history and the search index add to a draft save.

Builds a library of 10,000 generated articles (about 600 words each, a note on every
tenth) in a temporary folder, then prints figures next to their targets. Asserts nothing.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, long_text, ms, summary, timed, verdict

from reviewdesk.core.models import Article, Note
from reviewdesk.store import Library
from reviewdesk.store.backup import take_backup
from reviewdesk.store.history import OPENED

ARTICLES = 10_000
WORDS_PER_ARTICLE = 600
SEARCH_TARGET_S = 0.050
QUERIES = (
    "council",  # in most articles: ranking and the first 50 snippets do the work
    "harbor ferry",
    '"the council"',
    "zbrovnikova",  # in no article
    "report 4711",  # rare: one article's serial number
    "engin*",
    "tessaly",
)


def _articles(rng: random.Random) -> list[str]:
    """Article texts cut from one long generated text (unique paragraphs throughout)."""
    text = long_text(ARTICLES * WORDS_PER_ARTICLE // 10, seed=11)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    out = []
    for n in range(ARTICLES):
        picked = rng.sample(paragraphs, k=min(len(paragraphs), 6))
        out.append(f"Story {n}: " + "\n\n".join(picked) + f"\n\nReport {n} ends here.")
    return out


def build(path: Path) -> float:
    """Fill a library with the articles; returns the seconds it took."""
    rng = random.Random(3)
    texts = _articles(rng)
    started = time.perf_counter()
    with Library(path) as lib, lib.db.atomic():
        for n, text in enumerate(texts):
            article = lib.add_article(Article(None, f"Story {n}", text, text))
            assert article.id is not None
            if n % 10 == 0:
                lib.add_note(Note(None, article.id, 0, 5, "Story", f"Check the figures in {n}"))
    elapsed = time.perf_counter() - started
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return elapsed


def bench_search(lib: Library) -> None:
    header(f"Search over {ARTICLES:,} articles (best 50, with snippets)")
    worst = 0.0
    for query in QUERIES:
        lib.search.find(query)  # warm the page cache, as a desk's second search is
        times = timed(lambda q=query: lib.search.find(q), repeat=7)
        hits = len(lib.search.find(query))
        worst = max(worst, statistics.median(times))
        print(f"  {query!r:18} {hits:3} hits  {summary(times)}")
    ok = verdict(worst <= SEARCH_TARGET_S)
    print(f"  slowest median {ms(worst)}  target ≤ {ms(SEARCH_TARGET_S)}: {ok}")
    typing = timed(lambda: lib.search.find("harbor coun", prefix_last=True), repeat=7)
    print(f"  as you type 'harbor coun' (prefix): {summary(typing)}")
    listing = timed(lambda: lib.catalog.summaries(), repeat=5)
    print(f"  the library window's list of all {ARTICLES:,}: {summary(listing)}")


def bench_window(lib: Library) -> None:
    """The library window (offscreen): opening on every article, and a search shown."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from reviewdesk.gui.dialogs.library import LibraryDialog

    app = QApplication.instance() or QApplication([])
    header(f"The library window with {ARTICLES:,} articles (offscreen)")

    def opening() -> None:
        LibraryDialog(lib).deleteLater()
        app.processEvents()

    print(f"  open, listing all: {summary(timed(opening, repeat=3))}")
    dialog = LibraryDialog(lib)

    def searching() -> None:
        dialog.search_edit.setText("harbor council")
        dialog.refresh()

    print(f"  a search, shown with snippets: {summary(timed(searching, repeat=5))}")
    dialog.deleteLater()


def bench_size(path: Path, lib: Library) -> None:
    header("Library size")
    size = path.stat().st_size
    text = sum(
        len(r[0].encode()) + len(r[1].encode())
        for r in lib.db.execute("SELECT original, draft FROM articles")
    )
    per = size / ARTICLES / 1024
    print(f"  {size / 1e6:8.1f} MB for {ARTICLES:,} articles: {per:6.1f} KB per article")
    print(
        f"  of which article text (original + draft): {text / ARTICLES / 1024:6.1f} KB per article"
    )
    pages = (
        dict(
            lib.db.execute(
                "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 6"
            ).fetchall()
        )
        if _has_dbstat(lib)
        else {}
    )
    for name, bytes_ in pages.items():
        print(f"    {name:28} {bytes_ / ARTICLES / 1024:6.1f} KB per article")


def _has_dbstat(lib: Library) -> bool:
    try:
        lib.db.execute("SELECT 1 FROM dbstat LIMIT 1").fetchall()
        return True
    except sqlite3.Error:
        return False


def bench_backup(path: Path) -> None:
    header("Backup (online backup API, checked, on the backup thread in the app)")
    times = timed(lambda: take_backup(path), repeat=3)
    print(f"  {path.stat().st_size / 1e6:.1f} MB library: {summary(times)}")


def _save_times(path: Path, words: int) -> tuple[float, float, float]:
    """Median seconds: a draft save, the same without the search index, a snapshot."""
    text = long_text(words, seed=5)
    with Library(path) as lib:
        article_id = lib.add_article(Article(None, "Long", text, text)).id
        assert article_id is not None
        lib.history.take(article_id, OPENED)
        edits = iter([text.replace("council", f"council{n}", 1) for n in range(14)])
        indexed = timed(lambda: lib.save_draft(article_id, next(edits)), repeat=7)
        lib.db.execute("DROP TRIGGER articles_search_update")
        bare = timed(lambda: lib.save_draft(article_id, next(edits)), repeat=7)
        snap = timed(lambda: lib.history.take(article_id, "done", text + " x"), repeat=3)
    return statistics.median(indexed), statistics.median(bare), statistics.median(snap)


def bench_saves(folder: Path) -> None:
    header("A draft save with the search index and the hourly snapshot check")
    for words in (1_000, 100_000):
        indexed, bare, snap = _save_times(folder / f"save-{words}.sqlite", words)
        print(
            f"  {words:>7,} words: save {ms(indexed)} (without the index {ms(bare)}); "
            f"a snapshot of a changed draft {ms(snap)}"
        )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="reviewdesk-bench-") as scratch:
        folder = Path(scratch)
        path = folder / "library.sqlite"
        header(f"Building a library of {ARTICLES:,} articles")
        seconds = build(path)
        print(f"  {seconds:.1f} s to import ({seconds / ARTICLES * 1000:.2f} ms per article)")
        with Library(path) as lib:
            bench_search(lib)
            bench_window(lib)
            bench_size(path, lib)
        bench_backup(path)
        bench_saves(folder)
    print(f"\n(machine: {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
