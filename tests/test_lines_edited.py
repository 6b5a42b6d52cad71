"""A text's lines split only where it changed equal the lines split afresh.

The checker process splits each keystroke's text into lines once (:meth:`Lines.edited`,
from the pane's last text): only the lines the edit touched are split again, the others
are the last text's very strings, so every incremental cache that compares the two line
lists (the pipeline's bases, the finalizer, the layout, the redline) compares pointers.
The result must be exactly :meth:`Lines.of` of the text, whatever the edit.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from random_edits import edit
from reviewdesk.core.lines import Lines, Splice, changed_entries, splice_between

REPO = Path(__file__).resolve().parents[1]
DEMO_ARTICLE = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
SAMPLE = REPO.parent / "shared" / "samples" / "belarus-visit.txt"


def test_small_texts_of_newlines_and_emoji_split_exactly() -> None:
    # every edge: edits at line starts and ends, empty texts, a newline typed or
    # deleted, texts that share a long head and tail around a change of newlines
    rng = random.Random(3)
    for _ in range(4000):
        a = "".join(rng.choice("ab\n😀") for _ in range(rng.randrange(0, 40)))
        b = list(a)
        for _ in range(rng.randrange(0, 4)):
            k = rng.randrange(len(b) + 1)
            if rng.random() < 0.5 and b:
                del b[min(k, len(b) - 1)]
            else:
                b.insert(k, rng.choice("ab\n😀"))
        got = Lines.edited(Lines.of(a), "".join(b))
        assert got == Lines.of("".join(b)), (a, "".join(b))


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(DEMO_ARTICLE, id="demo"),
        pytest.param(
            SAMPLE,
            id="belarus-sample",
            marks=pytest.mark.skipif(not SAMPLE.exists(), reason="../shared is not here"),
        ),
    ],
)
def test_random_edits_split_like_a_fresh_split_and_keep_the_other_lines(article: Path) -> None:
    text = article.read_text(encoding="utf-8")
    rng = random.Random(11)
    lines = Lines.of(text)
    for _step in range(150):
        draft = edit(lines.text, rng) if rng.random() < 0.9 else text  # or undo it all
        got = Lines.edited(lines, draft)
        assert got == Lines.of(draft)
        # the lines outside the edit are the very strings of the last text, but for a
        # line or two the edit ends beside and, when what was typed repeats the text
        # after it, as many lines as it added or removed
        splice = splice_between(lines.lines, got.lines)
        kept = got.lines[: splice.start] + got.lines[splice.new_end :]
        old = lines.lines[: splice.start] + lines.lines[splice.old_end :]
        split_again = sum(x is not y for x, y in zip(kept, old, strict=True))
        assert split_again <= abs(splice.shift) + 1
        lines = got


def test_splices_and_changed_entries_match_a_plain_comparison() -> None:
    # the run-at-a-time comparisons give what comparing item by item gives: lists of
    # shared and equal-but-new items, changed in a few places or everywhere
    rng = random.Random(5)
    for _ in range(3000):
        old = [
            rng.choice(("a", "b", "")) + str(rng.randrange(3)) for _ in range(rng.randrange(300))
        ]
        new = [x if rng.random() < 0.7 else "".join(x) for x in old]  # equal, other objects
        for _ in range(rng.randrange(4)):
            k = rng.randrange(len(new) + 1)
            if rng.random() < 0.5 and new:
                del new[min(k, len(new) - 1) : k + rng.randrange(1, 30)]
            else:
                new[k:k] = [rng.choice(("a", "c")) for _ in range(rng.randrange(1, 30))]
        n = min(len(old), len(new))
        head = next((i for i in range(n) if old[i] != new[i]), n)
        tail = next((i for i in range(n - head) if old[-1 - i] != new[-1 - i]), n - head)
        splice = splice_between(old, new)
        assert (splice.start, splice.old_end, splice.new_end) == (
            head,
            len(old) - tail,
            len(new) - tail,
        )
        # entries per line: outside a narrower splice, some differ
        inner = Splice(
            min(head + 2, splice.old_end, splice.new_end), splice.old_end, splice.new_end
        )
        entries_old = [(x,) for x in old]
        entries_new = [(x,) if rng.random() < 0.8 else (x, "changed") for x in new]
        expected = {
            i
            for i in [*range(min(inner.start, len(old), len(new))), *range(inner.new_end, len(new))]
            if entries_new[i] != entries_old[i if i < inner.start else i - inner.shift]
        }
        assert changed_entries(inner, entries_old, entries_new) == expected
