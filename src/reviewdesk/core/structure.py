"""An article's structure: what each stretch of the plain text is in the source document.

The desk checks and edits one plain text (code-point offsets); the structure says, beside
it, which spans are headings, bold, links, list items, table cells, footnotes, headers and
so on, and which incoming tracked changes (revisions) the source carried. Importers fill it
(Word, Markdown, web pages); it is stored with the article, over its original text, and
follows the draft's edits the way note anchors do (:mod:`reviewdesk.core.anchors`):
:meth:`Structure.follow` with the edits as they happen (the window), or
:meth:`Structure.follow_texts` from the original to a saved draft.

Stories: a Word file's footnotes, endnotes, text boxes, headers and footers are laid out
after the body as paragraphs of their own; a span of kind ``footnote`` (etc.) covers each
one, so everything outside a story span is the body.

Revisions are positions in the same text: an insertion covers the inserted text, a
deletion is a point (``start == end``) carrying the deleted text, which is not in the text.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

from reviewdesk.core.anchors import Change
from reviewdesk.core.diff import word_diff

log = logging.getLogger(__name__)

FORMAT_VERSION = 1


class SpanKind(StrEnum):
    """What a span of the text is."""

    # paragraphs and blocks
    HEADING = "heading"  # attrs: level ("0" is the title)
    LIST_ITEM = "list_item"  # attrs: kind (bullet/number), level, label (what Word shows)
    TABLE = "table"
    ROW = "row"
    CELL = "cell"
    CAPTION = "caption"
    # web pages
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    PHOTO_CAPTION = "photo_caption"
    # text
    BOLD = "bold"
    ITALIC = "italic"
    UNDERLINE = "underline"
    LINK = "link"  # attrs: target
    # a form's value: a drop-down's choice, a check box, a date; attrs: placeholder ("1":
    # Word's prompt in an empty control, "Choose an item.")
    FORM_FIELD = "form_field"
    FRONT_MATTER = "front_matter"  # a Markdown file's YAML block at the top: its settings
    # stories after the body
    FOOTNOTE = "footnote"  # attrs: id, number
    ENDNOTE = "endnote"
    HEADER = "header"  # attrs: part, type (default/first/even)
    FOOTER = "footer"
    TEXT_BOX = "text_box"
    # points (start == end)
    NOTE_REFERENCE = "note_reference"  # where a footnote or endnote is called: attrs note, id
    PICTURE = "picture"  # attrs: name, description


#: Spans that are whole stories laid out after the body.
STORY_KINDS = frozenset(
    {SpanKind.FOOTNOTE, SpanKind.ENDNOTE, SpanKind.HEADER, SpanKind.FOOTER, SpanKind.TEXT_BOX}
)
#: Spans of whole paragraphs (or blocks of them): typing at their edges stays inside.
BLOCK_KINDS = STORY_KINDS | {
    SpanKind.HEADING,
    SpanKind.LIST_ITEM,
    SpanKind.TABLE,
    SpanKind.ROW,
    SpanKind.CELL,
    SpanKind.CAPTION,
    SpanKind.HEADLINE,
    SpanKind.STANDFIRST,
    SpanKind.BYLINE,
    SpanKind.PHOTO_CAPTION,
}

#: Human names, for the window and for messages.
LABELS: dict[SpanKind, str] = {
    SpanKind.HEADING: "heading",
    SpanKind.LIST_ITEM: "list item",
    SpanKind.TABLE: "table",
    SpanKind.ROW: "table row",
    SpanKind.CELL: "table cell",
    SpanKind.CAPTION: "caption",
    SpanKind.HEADLINE: "headline",
    SpanKind.STANDFIRST: "standfirst",
    SpanKind.BYLINE: "byline",
    SpanKind.PHOTO_CAPTION: "photo caption",
    SpanKind.BOLD: "bold",
    SpanKind.ITALIC: "italic",
    SpanKind.UNDERLINE: "underlined",
    SpanKind.LINK: "link",
    SpanKind.FORM_FIELD: "form field",
    SpanKind.FRONT_MATTER: "front matter",
    SpanKind.FOOTNOTE: "footnote",
    SpanKind.ENDNOTE: "endnote",
    SpanKind.HEADER: "page header",
    SpanKind.FOOTER: "page footer",
    SpanKind.TEXT_BOX: "text box",
    SpanKind.NOTE_REFERENCE: "note mark",
    SpanKind.PICTURE: "picture",
}


@dataclass(frozen=True, slots=True)
class Span:
    """``start..end`` of the text is a ``kind`` (a heading, a footnote, bold, ...)."""

    kind: SpanKind
    start: int
    end: int
    attrs: Mapping[str, str] = field(default_factory=dict)

    def attr(self, name: str, default: str = "") -> str:
        """One attribute as text (``default`` when absent)."""
        return str(self.attrs.get(name, default))


class RevisionKind(StrEnum):
    """An incoming tracked change inserted text or deleted it."""

    INSERT = "insert"
    DELETE = "delete"


class RevisionStatus(StrEnum):
    """What the editor decided about an incoming revision."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Revision:
    """An incoming tracked change: who made it, when, and where it is in the text.

    An insertion covers its text (``start..end``); a deletion sits at ``start`` (== ``end``)
    and carries the deleted ``text``, which the article's text does not contain.
    ``places`` name the source elements it was read from (``part#ordinal``), so an export
    can decide exactly those.
    """

    id: int
    kind: RevisionKind
    start: int
    end: int
    text: str
    author: str = ""
    date: str = ""
    status: RevisionStatus = RevisionStatus.PENDING
    places: tuple[str, ...] = ()

    @property
    def pending(self) -> bool:
        """Not yet accepted or rejected."""
        return self.status is RevisionStatus.PENDING


@dataclass(frozen=True, slots=True)
class Structure:
    """The spans and incoming revisions of one text."""

    spans: tuple[Span, ...] = ()
    revisions: tuple[Revision, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.spans or self.revisions)

    def of_kind(self, *kinds: SpanKind) -> list[Span]:
        """The spans of the given kinds, in text order."""
        wanted = set(kinds)
        return [s for s in self.spans if s.kind in wanted]

    def stories(self) -> list[Span]:
        """Footnotes, endnotes, text boxes, headers and footers, in text order."""
        return sorted(
            (s for s in self.spans if s.kind in STORY_KINDS), key=lambda s: (s.start, s.end)
        )

    def at(self, offset: int) -> list[Span]:
        """Spans that contain ``offset`` (a point span only at its own offset)."""
        return [s for s in self.spans if s.start <= offset < s.end or (s.start == s.end == offset)]

    def story_at(self, offset: int) -> Span | None:
        """The story (footnote, header, ...) ``offset`` lies in; None for the body."""
        for span in self.spans:
            if span.kind in STORY_KINDS and span.start <= offset <= span.end:
                return span
        return None

    def revision(self, revision_id: int) -> Revision:
        """The revision with that id (KeyError when there is none)."""
        for rev in self.revisions:
            if rev.id == revision_id:
                return rev
        raise KeyError(revision_id)

    def with_revision(self, revision: Revision) -> Structure:
        """This structure with ``revision`` replacing the one of the same id."""
        return replace(
            self,
            revisions=tuple(revision if r.id == revision.id else r for r in self.revisions),
        )

    def follow(self, changes: Iterable[Change]) -> Structure:
        """Where every span and revision is after ``changes`` (applied one after another).

        Text typed at the edge of a paragraph-level span (a heading, a cell, a footnote)
        joins it; text typed next to a bold word or a link stays outside, as it does for a
        note's passage. A span whose text is all deleted stays, empty, where it was.
        """
        changes = list(changes)
        if not changes:
            return self
        spans = []
        for span in self.spans:
            start, end = span.start, span.end
            inclusive = span.kind in BLOCK_KINDS
            for change in changes:
                start, end = _follow(start, end, change, inclusive)
            spans.append(
                span
                if (start, end) == (span.start, span.end)
                else replace(span, start=start, end=end)
            )
        revisions = []
        for rev in self.revisions:
            start, end = rev.start, rev.end
            for change in changes:
                start, end = _follow(start, end, change, False)
            revisions.append(
                rev if (start, end) == (rev.start, rev.end) else replace(rev, start=start, end=end)
            )
        return Structure(tuple(spans), tuple(revisions))

    def follow_texts(self, old: str, new: str) -> Structure:
        """This structure of ``old`` carried over to ``new`` through their differences.

        Used where the edits themselves are not known (an article whose draft was saved
        without them): the word-level diff stands in for the edits.
        """
        if old == new:
            return self
        return self.follow(changes_between(old, new))

    def to_json(self) -> str:
        """Compact JSON for the library."""
        data = {
            "version": FORMAT_VERSION,
            "spans": [
                [str(s.kind), s.start, s.end, dict(s.attrs)]
                if s.attrs
                else [str(s.kind), s.start, s.end]
                for s in self.spans
            ],
            "revisions": [
                {
                    "id": r.id,
                    "kind": str(r.kind),
                    "start": r.start,
                    "end": r.end,
                    "text": r.text,
                    "author": r.author,
                    "date": r.date,
                    "status": str(r.status),
                    "places": list(r.places),
                }
                for r in self.revisions
            ],
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> Structure:
        """A structure from :meth:`to_json`; empty (logged) for anything unreadable."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
            spans = tuple(_span_from(item) for item in data.get("spans", ()))
            revisions = tuple(_revision_from(item) for item in data.get("revisions", ()))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("ignoring an unreadable article structure: %s", exc)
            return cls()
        return cls(spans, revisions)


def _span_from(item: Sequence[Any]) -> Span:
    attrs = item[3] if len(item) > 3 else {}
    if not isinstance(attrs, dict):
        raise TypeError("span attributes must be an object")
    start, end = int(item[1]), int(item[2])
    if start < 0 or end < start:
        raise ValueError(f"bad span {start}..{end}")
    return Span(SpanKind(item[0]), start, end, {str(k): str(v) for k, v in attrs.items()})


def _revision_from(item: Mapping[str, Any]) -> Revision:
    start, end = int(item["start"]), int(item["end"])
    if start < 0 or end < start:
        raise ValueError(f"bad revision span {start}..{end}")
    return Revision(
        id=int(item["id"]),
        kind=RevisionKind(item["kind"]),
        start=start,
        end=end,
        text=str(item.get("text", "")),
        author=str(item.get("author", "")),
        date=str(item.get("date", "")),
        status=RevisionStatus(item.get("status", "pending")),
        places=tuple(str(p) for p in item.get("places", ())),
    )


def follow_span(start: int, end: int, change: Change, inclusive: bool) -> tuple[int, int]:
    """Where ``start..end`` is after ``change``, by the rules of :meth:`Structure.follow`
    (``inclusive`` for paragraph-level spans). The window follows its per-paragraph copy
    of the structure with this, so both agree on where typed text goes."""
    return _follow(start, end, change, inclusive)


def _follow(start: int, end: int, change: Change, inclusive: bool) -> tuple[int, int]:
    c_start, c_end = change.start, change.start + change.removed
    delta = change.added - change.removed
    if inclusive and change.removed == 0 and start <= c_start <= end:
        return start, end + change.added  # typed at the edge of (or inside) a paragraph span
    if start == end:  # a point: pushed along by text typed there, else stays put
        if c_end <= start:
            return start + delta, end + delta
        if c_start >= start:
            return start, end
        point = c_start + change.added  # deleted around: after what replaced it
        return point, point
    if c_end <= start:
        return start + delta, end + delta
    if c_start >= end:
        return start, end
    new_start = min(start, c_start)
    new_end = end + delta if end > c_end else c_start + change.added
    return new_start, max(new_start, new_end)


def changes_between(old: str, new: str) -> list[Change]:
    """The edits that turn ``old`` into ``new``, in the order :func:`Structure.follow` wants.

    Each differing stretch of the word diff is refined character by character when it is
    short (so a place between two words inside a changed stretch lands between the same
    words); the changes are listed from the end of the text to its start, so every
    change's offsets are valid when it applies.
    """
    found: list[Change] = []
    for op in word_diff(old, new):
        if op.tag == "equal":
            continue
        a, b = old[op.a_start : op.a_end], new[op.b_start : op.b_end]
        if 0 < len(a) <= _REFINE and 0 < len(b) <= _REFINE:
            matcher = SequenceMatcher(None, a, b, autojunk=False)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag != "equal":
                    found.append(Change(op.a_start + i1, i2 - i1, j2 - j1))
        else:
            found.append(Change(op.a_start, op.a_end - op.a_start, op.b_end - op.b_start))
    return list(reversed(found))


_REFINE = 400  # characters: longer changed stretches are taken whole
