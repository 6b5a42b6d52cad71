"""Notes as conversations: each note followed by its replies.

The notes panel lists them so, and the review report nests the replies under their
note: a reply is part of its note's conversation, not a note of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewdesk.core.models import Note


def _stored_order(note: Note) -> tuple[bool, int]:
    """Stored notes by id, then those the library writer has not stored yet (provisional
    ids -1, -2, … in the order they were made)."""
    key = note.id or 0
    return key < 0, abs(key)


def threads(notes: Sequence[Note]) -> list[tuple[Note, int]]:
    """Notes in thread order with their depth: each note (in the order given) followed by
    its replies in the order they were stored (as the file had them, then new ones); a
    reply whose note is gone stands on its own."""
    ids = {n.id for n in notes}
    replies: dict[int, list[Note]] = {}
    for note in notes:
        if note.parent_id is not None and note.parent_id in ids:
            replies.setdefault(note.parent_id, []).append(note)
    out: list[tuple[Note, int]] = []

    def visit(note: Note, depth: int) -> None:
        out.append((note, depth))
        for reply in sorted(replies.get(note.id or 0, []), key=_stored_order):
            visit(reply, depth + 1)

    for note in notes:
        if note.parent_id is None or note.parent_id not in ids:
            visit(note, 0)
    return out


def conversations(notes: Sequence[Note]) -> list[tuple[Note, list[Note]]]:
    """Each note that answers none, with every reply in its conversation (replies to a
    reply too), in thread order."""
    out: list[tuple[Note, list[Note]]] = []
    for note, depth in threads(notes):
        if depth == 0:
            out.append((note, []))
        else:
            out[-1][1].append(note)
    return out
