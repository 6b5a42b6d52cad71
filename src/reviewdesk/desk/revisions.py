"""Incoming tracked changes (the reporter's, or an earlier editor's): listing them where
they are in the draft, and accepting or rejecting them one by one or all at once.

The window and ``reviewdesk revisions`` both call this. A revision's place is stored
over the article's original text; its place in the draft is found by following the
draft's edits. Accepting changes nothing in the draft (it already reads as if every
change were accepted); rejecting an insertion takes its text out of the draft, rejecting
a deletion puts the deleted text back. Either way the decision is stored, the notes
follow the edit, and the exports carry the decision into the Word file; revisions left
undecided go out again as they came, with their authors and dates.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace

from reviewdesk.core.anchors import Anchor, Change, follow
from reviewdesk.core.merge import Edit
from reviewdesk.core.models import Article
from reviewdesk.core.structure import Revision, RevisionKind, RevisionStatus, Structure
from reviewdesk.core.text.paragraphs import passage_on_one_line
from reviewdesk.store import Library

log = logging.getLogger(__name__)


class RevisionError(ValueError):
    """A revision that cannot be decided (unknown, already decided, edited away)."""


@dataclass(frozen=True, slots=True)
class DraftRevision:
    """An incoming revision and where it is in the current draft."""

    revision: Revision
    start: int
    end: int

    @property
    def label(self) -> str:
        """One line for a list: what, by whom, when, the text."""
        rev = self.revision
        what = "inserted" if rev.kind is RevisionKind.INSERT else "deleted"
        text = passage_on_one_line(rev.text)
        if len(text) > 60:
            text = text[:28] + "…" + text[-28:]
        who = rev.author or "someone"
        when = f" on {rev.date[:10]}" if rev.date else ""
        return f"{who} {what} “{text}”{when} ({rev.status})"


def in_draft(article: Article, structure: Structure) -> list[DraftRevision]:
    """The article's incoming revisions with their places in the draft."""
    moved = structure.follow_texts(article.original, article.draft)
    places = {r.id: (r.start, r.end) for r in moved.revisions}
    return [DraftRevision(r, *places.get(r.id, (r.start, r.end))) for r in structure.revisions]


def _edit(article: Article, found: DraftRevision, accept: bool) -> tuple[str, Change | None]:
    rev, draft = found.revision, article.draft
    if accept:
        return draft, None
    if rev.kind is RevisionKind.INSERT:
        if draft[found.start : found.end] != rev.text:
            raise RevisionError(
                f"revision {rev.id}: its text was edited in the draft; edit the draft instead"
            )
        change = Change(found.start, found.end - found.start, 0)
        return draft[: found.start] + draft[found.end :], change
    return draft[: found.start] + rev.text + draft[found.start :], Change(
        found.start, 0, len(rev.text)
    )


def decision_edit(draft: str, found: DraftRevision, accept: bool) -> Edit | None:
    """The edit deciding ``found`` makes in ``draft`` (``found``'s places are code points
    of this draft): none to accept; to reject, its inserted text out, or its deleted
    text back. The window makes it as one undo step; :func:`decide` writes it."""
    rev = found.revision
    if accept:
        return None
    if rev.kind is RevisionKind.INSERT:
        if draft[found.start : found.end] != rev.text:
            raise RevisionError(
                f"{rev.author or 'The'} insertion “{_short(rev.text)}” was edited in the "
                "draft: edit the draft instead"
            )
        return Edit(found.start, found.end, "", expected=rev.text)
    return Edit(found.start, found.start, rev.text, expected="")


def undecided_edit(draft: str, found: DraftRevision) -> Edit | None:
    """The edit that takes a decision on ``found`` back (it is pending again): a rejected
    insertion's text goes back in, a rejected deletion's restored text out again. Its
    places are where it is in ``draft`` now: a rejected insertion is a point there, a
    rejected deletion's restored text ends at its point."""
    rev = found.revision
    if rev.status is not RevisionStatus.REJECTED:
        return None
    if rev.kind is RevisionKind.INSERT:
        return Edit(found.start, found.start, rev.text, expected="")
    start = found.end - len(rev.text)
    if start < 0 or draft[start : found.end] != rev.text:
        raise RevisionError(
            f"the text “{_short(rev.text)}” put back was edited since: edit the draft instead"
        )
    return Edit(start, found.end, "", expected=rev.text)


def with_statuses(structure: Structure, statuses: Mapping[int, RevisionStatus]) -> Structure:
    """``structure`` with what the editor decided (revision id -> status)."""
    for revision_id, status in statuses.items():
        structure = structure.with_revision(replace(structure.revision(revision_id), status=status))
    return structure


def save_statuses(
    library: Library, article_id: int, statuses: Mapping[int, RevisionStatus]
) -> Structure:
    """Store what the editor decided (revision id -> status); the structure as stored."""
    structure = with_statuses(library.structure(article_id), statuses)
    library.save_structure(article_id, structure)
    log.info("article %s: %d revision decision(s) stored", article_id, len(statuses))
    return structure


def _short(text: str, limit: int = 40) -> str:
    text = passage_on_one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def decide(library: Library, article: Article, revision_id: int, accept: bool) -> Article:
    """Accept or reject one incoming revision; the article as it is afterwards."""
    assert article.id is not None
    structure = library.structure(article.id)
    found = {d.revision.id: d for d in in_draft(article, structure)}.get(revision_id)
    if found is None:
        raise RevisionError(f"this article has no revision {revision_id}")
    if not found.revision.pending:
        raise RevisionError(f"revision {revision_id} was already {found.revision.status}")
    draft, change = _edit(article, found, accept)
    status = RevisionStatus.ACCEPTED if accept else RevisionStatus.REJECTED
    decided = structure.with_revision(replace(found.revision, status=status))
    if change is not None:
        library.save_draft(article.id, draft)
        notes = library.notes(article.id)
        library.save_note_positions(
            article.id,
            [
                (n.id, moved.start, moved.end)
                for n in notes
                if n.id is not None
                for moved in [follow(Anchor(n.start, n.end), [change])]
            ],
        )
    library.save_structure(article.id, decided)
    log.info("revision %s of article %s %s", revision_id, article.id, status)
    return library.get_article(article.id)


def decide_all(library: Library, article: Article, accept: bool) -> tuple[Article, int]:
    """Accept (or reject) every undecided revision, last first; how many were decided."""
    assert article.id is not None
    pending = [d for d in in_draft(article, library.structure(article.id)) if d.revision.pending]
    count = 0
    for found in sorted(pending, key=lambda d: (d.start, d.revision.id), reverse=True):
        article = decide(library, article, found.revision.id, accept)
        count += 1
    return article, count
