"""Pure helpers of the GUI layer: block layout of spans, and the trimmed diff."""

from __future__ import annotations

import random

from reviewdesk.core.diff import changes
from reviewdesk.service.docmap import DocMap


def test_span_over_a_line_break_is_cut_per_block() -> None:
    text = "ab😀cd\nef\n𝄞gh"
    docmap = DocMap(text)
    blocks = docmap.layout([(2, text.index("g") + 1, "k", 7)])
    # block 0: from the emoji to the end of the line (UTF-16: the emoji counts twice)
    assert blocks[0].ranges == ((2, 6, "k", 7),)
    assert blocks[1].ranges == ((0, 2, "k", 7),)
    assert blocks[2].ranges == ((0, 3, "k", 7),)  # 𝄞 is two units, then "g"
    assert [b.text for b in blocks.values()] == ["ab😀cd", "ef", "𝄞gh"]
    assert docmap.block_of(text.index("g")) == 2
    assert docmap.to_cp(docmap.to_qt(text.index("h"))) == text.index("h")


def _rebuild(a: str, b: str, ops) -> str:  # type: ignore[no-untyped-def]
    out, pos = [], 0
    for op in ops:
        assert a[pos : op.a_start] == b[len("".join(out)) : op.b_start]
        out.append(a[pos : op.a_start])
        out.append(b[op.b_start : op.b_end])
        pos = op.a_end
    out.append(a[pos:])
    return "".join(out)


def test_trimmed_diff_rebuilds_the_draft() -> None:
    rng = random.Random(7)
    vocab = ["alpha", "beta", "the", "a", "😀", "word", ""]
    for _ in range(400):
        lines = [" ".join(rng.choice(vocab) for _ in range(rng.randint(0, 6))) for _ in range(6)]
        a = "\n".join(lines)
        b = list(a)
        for _ in range(rng.randint(1, 3)):
            i = rng.randint(0, len(b))
            if rng.random() < 0.5:
                del b[i : i + rng.randint(1, 4)]
            else:
                b[i:i] = list(rng.choice([" new", "\n", "x", "beta "]))
        draft = "".join(b)
        assert _rebuild(a, draft, changes(a, draft)) == draft
    assert changes("same\ntext", "same\ntext") == []
