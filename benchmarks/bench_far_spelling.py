"""The far spelling search (known words two edits away): time per word, old and new, and
whether they find the same words.

The old search (kept here as the reference, not in ``src``) looks up every edit of every
edit of the word (about 300,000 strings for ten letters); the new one measures the
distance to each known word of a near length in C++ (``spelling._far_words``). Words
searched: real misspellings from codespell's list that no known word is one edit from,
odd words of random letters, and an unknown surname typed letter by letter (each prefix
of six letters or more is a new word). Prints median and worst time per word, every word
one search finds and the other does not, and the memory the new search's word lists take.
``--paragraphs N``: a text of N one-word paragraphs of distinct odd words (the hostile
file's kind, letters only) checked by every fast engine, with the old search and the new.
Asserts nothing. ``--sample`` sets how many words of each kind (the old search takes
0.3-1 s per word).
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import header, pss_mb
from score_spelling import misspellings

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines import spelling
from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.engines.registry import EngineSettings, build_fast_pipeline
from reviewdesk.core.style import load_default_style_sheet

SURNAME = "Wojciechowskiewicz"  # typed letter by letter: each prefix is a new word


def old_far_words(word: str, lexicon: Lexicon) -> set[str]:
    """The search as it was: every edit of every edit, looked up in the counts."""
    edits = spelling._edits1
    return {w for e in edits(word) for w in edits(e) if lexicon.count(w) > 0}


def words_to_search(lexicon: Lexicon, sample: int, seed: int) -> dict[str, list[str]]:
    """Lowercase words of six letters or more with no known word one edit away."""
    rng = random.Random(seed)

    def far(word: str) -> bool:
        return 6 <= len(word) <= 24 and not any(
            lexicon.count(w) > 0 for w in spelling._edits1(word)
        )

    typos = [wrong for wrong, _ in misspellings(lexicon)]
    rng.shuffle(typos)
    odd: list[str] = []
    while len(odd) < sample:
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(6, 14)))
        if far(word):
            odd.append(word)
    prefixes = [SURNAME[:n].lower() for n in range(6, len(SURNAME) + 1)]
    return {
        "codespell misspellings": [w for w in typos if far(w)][:sample],
        "random odd words": odd,
        f"{SURNAME} typed": [w for w in prefixes if far(w)],
    }


def timed(
    search: Callable[[str, Lexicon], set[str]], word: str, lexicon: Lexicon
) -> tuple[float, set[str]]:
    start = time.perf_counter()
    found = search(word, lexicon)
    return time.perf_counter() - start, found


def odd_words_text(paragraphs: int, seed: int) -> str:
    """``paragraphs`` one-word paragraphs of distinct random words of 7-11 letters."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < paragraphs:
        words.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(7, 11))))
    return "\n\n".join(sorted(words))


def check_odd_words(paragraphs: int) -> None:
    """The hostile file's kind through every fast engine, old search and new (new words
    each run: Harper remembers text it has linted)."""
    new_search = spelling._far_words
    ctx = CheckContext(language="en-US", style=load_default_style_sheet())
    for seed, (name, search) in enumerate((("old", old_far_words), ("new", new_search))):
        spelling._far_words = search
        spelling._near_words.cache_clear()
        pipeline = build_fast_pipeline(EngineSettings())
        pipeline.check("A warm-up sentence, with a slip: recieved.", ctx)
        text = odd_words_text(paragraphs, seed)
        start = time.perf_counter()
        issues = pipeline.check(text, ctx).issues
        seconds = time.perf_counter() - start
        print(f"  {name} search: {seconds:6.1f} s, {len(issues)} issues")
    spelling._far_words = new_search


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=200, help="words of each kind")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--no-old", action="store_true", help="time the new search only")
    parser.add_argument("--paragraphs", type=int, default=0, help="check a file of odd words")
    args = parser.parse_args()
    if args.paragraphs:
        header(f"{args.paragraphs} one-word paragraphs of distinct odd words, all fast engines")
        check_odd_words(args.paragraphs)
        return
    lexicon = Lexicon()
    lexicon.count("the")

    header("Word lists of the new search (built once per process)")
    pss_before = pss_mb()
    start = time.perf_counter()
    lists = spelling._words_by_length()
    built = time.perf_counter() - start
    pss_after = pss_mb()
    tracemalloc.start()  # a second copy, built apart, to count its bytes
    copy = spelling._read_words_by_length.__wrapped__()
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del copy
    print(
        f"{sum(map(len, lists.values())):,} words of {min(lists)}-{max(lists)} letters: "
        f"built in {built * 1000:.0f} ms, {size / 2**20:.1f} MB (tracemalloc), "
        f"PSS +{pss_after - pss_before:.1f} MB"
    )

    old_times: list[float] = []
    new_times: list[float] = []
    differences = 0
    for kind, words in words_to_search(lexicon, args.sample, args.seed).items():
        header(f"{len(words)} {kind}")
        kind_old: list[float] = []
        kind_new: list[float] = []
        for word in words:
            seconds, new = timed(spelling._far_words, word, lexicon)
            kind_new.append(seconds)
            if args.no_old:
                continue
            seconds, old = timed(old_far_words, word, lexicon)
            kind_old.append(seconds)
            if old != new:
                differences += 1
                print(f"  {word}: only old {sorted(old - new)}, only new {sorted(new - old)}")
        for name, times in (("old", kind_old), ("new", kind_new)):
            if times:
                print(
                    f"  {name}: median {statistics.median(times) * 1000:7.1f} ms, "
                    f"worst {max(times) * 1000:7.1f} ms per word"
                )
        old_times += kind_old
        new_times += kind_new
    header("All words")
    for name, times in (("old", old_times), ("new", new_times)):
        if times:
            print(
                f"  {name}: median {statistics.median(times) * 1000:7.1f} ms, "
                f"worst {max(times) * 1000:7.1f} ms per word ({len(times)} words)"
            )
    if old_times:
        ratio = statistics.median(old_times) / statistics.median(new_times)
        print(f"  median ratio old/new: {ratio:.0f}x; words found differently: {differences}")


if __name__ == "__main__":
    main()
