"""The redline between the original and a draft snapshot, as one value.

The checker computes it next to the draft's issues; the window receives it whole and
draws it: inserted and replaced passages in the draft, deleted and replaced ones in the
original, and the block mapping that keeps the two panes in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewdesk.core.diff import DiffOp, changes
from reviewdesk.core.diff_following import FollowingDiff
from reviewdesk.service.docmap import BlockSpans, DocMap
from reviewdesk.service.layout import KIND_DELETED, KIND_INSERTED, BlockMapper


@dataclass(frozen=True)
class Redline:
    """What changed from the original to the draft, laid out for both panes.

    ``ops`` are the non-equal diff operations (original = a, draft = b), in order;
    ``draft_blocks`` and ``original_blocks`` are their spans per block, ready for the
    highlighters (``ref`` is the op's index in ``ops``).
    """

    ops: tuple[DiffOp, ...]
    draft_blocks: dict[int, BlockSpans] = field(default_factory=dict)
    original_blocks: dict[int, BlockSpans] = field(default_factory=dict)
    mapper: BlockMapper | None = None

    @classmethod
    def between(
        cls,
        original: str,
        draft: str,
        original_map: DocMap | None = None,
        differ: FollowingDiff | None = None,
    ) -> Redline:
        """The redline from ``original`` to ``draft``, computed over the whole texts.

        The checker process follows a draft as it is typed with
        :class:`~reviewdesk.service.redline_follow.RedlineFollower` instead, which gives
        the same redline redoing only the stretches an edit changed. ``original_map`` is
        the original's :class:`DocMap` if the caller keeps one (building it once saves a
        pass over the text); ``differ`` follows the draft as it is typed, re-matching
        only around each edit.
        """
        ops = tuple(differ.changes(original, draft) if differ else changes(original, draft))
        if original_map is None or original_map.text != original:
            original_map = DocMap(original)
        draft_spans = [
            (op.b_start, op.b_end, KIND_INSERTED, n)
            for n, op in enumerate(ops)
            if op.b_end > op.b_start
        ]
        original_spans = [
            (op.a_start, op.a_end, KIND_DELETED, n)
            for n, op in enumerate(ops)
            if op.a_end > op.a_start
        ]
        return cls(
            ops=ops,
            draft_blocks=DocMap(draft).layout(draft_spans),
            original_blocks=original_map.layout(original_spans),
            mapper=BlockMapper(original, draft, ops),
        )
