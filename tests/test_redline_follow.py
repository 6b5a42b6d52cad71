"""The redline kept from keystroke to keystroke equals one computed afresh.

The checker process lays the draft's redline out after every keystroke. It now keeps each
changed stretch's revisions and layout (:mod:`reviewdesk.service.redline_follow`) and
redoes only the stretches whose lines changed. After random edits of every kind (type,
delete, split and join paragraphs, paste, blank lines, debris lines), undo back to an
earlier draft or to the original, the kept redline must equal
:meth:`Redline.between` over the whole texts (the same line alignment: both follow the
draft with a :class:`FollowingDiff`), revision numbers, both panes' blocks and the block
mapping included. Runs on the demo article, and on ../shared/samples/belarus-visit.txt
when it is there.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from random_edits import edit
from reviewdesk.core.diff import apply_changes
from reviewdesk.core.diff_following import FollowingDiff
from reviewdesk.core.lines import Lines
from reviewdesk.service.redline import Redline
from reviewdesk.service.redline_follow import RedlineFollower

REPO = Path(__file__).resolve().parents[1]
DEMO_ARTICLE = REPO / "src" / "reviewdesk" / "resources" / "demo" / "newsroom-demo.txt"
SAMPLE = REPO.parent / "shared" / "samples" / "belarus-visit.txt"
ARTICLES = [
    pytest.param(DEMO_ARTICLE, id="demo"),
    pytest.param(
        SAMPLE,
        id="belarus-sample",
        marks=pytest.mark.skipif(not SAMPLE.exists(), reason="../shared is not here"),
    ),
]


def _assert_same(got: Redline, fresh: Redline, original: str, draft: str) -> None:
    assert got.ops == fresh.ops
    assert apply_changes(original, draft, got.ops) == draft
    assert got.draft_blocks == fresh.draft_blocks
    assert got.original_blocks == fresh.original_blocks
    assert got.mapper is not None and fresh.mapper is not None
    for block in range(draft.count("\n") + 1):
        assert got.mapper.map_block(block, from_draft=True) == fresh.mapper.map_block(
            block, from_draft=True
        )
    for block in range(original.count("\n") + 1):
        assert got.mapper.map_block(block, from_draft=False) == fresh.mapper.map_block(
            block, from_draft=False
        )


@pytest.mark.parametrize("article", ARTICLES)
@pytest.mark.parametrize("seed", [1, 2])
def test_the_kept_redline_equals_a_fresh_one_after_random_edits(article: Path, seed: int) -> None:
    rng = random.Random(seed)
    original = article.read_text(encoding="utf-8")
    kept = RedlineFollower()
    fresh_alignment = FollowingDiff()
    drafts = [original]
    draft = original
    undone = 0
    for _step in range(70):
        roll = rng.random()
        if roll < 0.05:  # undo everything
            draft, undone = original, undone + 1
        elif roll < 0.12:  # undo back to an earlier draft
            draft, undone = rng.choice(drafts), undone + 1
        else:
            draft = edit(draft, rng)
        drafts.append(draft)
        got = kept.redline(original, Lines.of(draft))
        fresh = Redline.between(original, draft, differ=fresh_alignment)
        _assert_same(got, fresh, original, draft)
        if draft == original:
            assert got.ops == () and not got.draft_blocks and not got.original_blocks
    assert undone
    assert any("😀" in d for d in drafts)  # UTF-16 pairs were typed in: ranges in units


def test_a_keystroke_lays_out_only_the_stretch_it_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    # 40 paragraphs revised all through the demo article, then a word typed a letter at
    # a time into one more: each keystroke diffs and lays out that paragraph's stretch
    # only; the 40 others keep their revisions and layout (moved, when the edit adds a
    # revision before them).
    original = DEMO_ARTICLE.read_text(encoding="utf-8")
    paras = original.split("\n")
    prose = [k for k, p in enumerate(paras) if len(p.split()) > 6]
    assert len(prose) > 12
    for k in prose[::2]:
        paras[k] = paras[k].replace(" ", " very ", 1)
    kept = RedlineFollower()
    first = kept.redline(original, Lines.of("\n".join(paras)))
    revised = len(first.ops)
    assert revised == len(prose[::2])
    laid_out: list[int] = []
    real = RedlineFollower._laid_out

    def counting(self: RedlineFollower, ops: tuple[object, ...], *args: object) -> object:
        laid_out.append(len(ops))
        return real(self, ops, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(RedlineFollower, "_laid_out", counting)
    target = prose[1]  # before most of the revised paragraphs
    head = paras[target]
    fresh_alignment = FollowingDiff()
    Redline.between(original, "\n".join(paras), differ=fresh_alignment)
    for typed in range(1, len(" recieved") + 1):
        paras[target] = head + " recieved"[:typed]
        draft = "\n".join(paras)
        laid_out.clear()
        got = kept.redline(original, Lines.of(draft))
        assert laid_out == [1], f"keystroke {typed} laid out {laid_out}"
        assert len(got.ops) == revised + 1
        _assert_same(got, Redline.between(original, draft, differ=fresh_alignment), original, draft)
