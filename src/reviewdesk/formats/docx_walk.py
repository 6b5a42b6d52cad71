"""Walking one story of a .docx (the body, a footnote, a header, a text box) into text.

The walker writes the story's text as Word shows it with every tracked change accepted
(``view="accept"``) or rejected (``view="reject"``), and remembers where each character
lives: a :class:`Piece` per ``w:t`` (or tab, break, symbol) and per paragraph mark. It
also collects the story's structure (headings, list items, tables, bold/italic/underline,
links, pictures, note references), its tracked changes and its comment anchors.

Layout rules (kept from the first importer): one line per paragraph, ``\\n`` between
paragraphs, a soft line break is ``\\n``, a tab ``\\t``; a page or column break separates
text only when text stands on both sides; list numbers and note marks Word generates are
not text. Text boxes met on the way are handed back, to be laid out as stories of their
own after this one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from reviewdesk.core.structure import Span, SpanKind
from reviewdesk.formats.docx_elements import (
    MATH_FAMILY,
    OTHER_FAMILY,
    PLAIN,
    W_FAMILY,
    classify,
    form_display,
    paragraph_props,
    toggle,
)
from reviewdesk.formats.docx_pieces import (
    CHAR,
    FORM_CONTROLS,
    INSERTED,
    MARK,
    REVISION_TAGS,
    SHAPES,
    SKIP,
    TEXT,
    Piece,
    RevisionMark,
    TextBox,
    boxes_in,
    int16,
    link_target,
    loose_text,
    next_block,
    not_in_run,
    picture_attrs,
    rel_id,
)
from reviewdesk.formats.docx_styles import local, numbering_of, wattr, wchild
from reviewdesk.formats.docx_walk_base import FieldFrame, WalkerBase

log = logging.getLogger(__name__)


@dataclass
class StoryWalker(WalkerBase):
    """Walks the block content of one story; offsets start at 0 for the story."""

    def walk(
        self, el: etree._Element, hidden: bool = False, rev: RevisionMark | None = None
    ) -> None:
        """Walk ``el`` and its content; ``hidden`` content is not in this view's text."""
        tag = el.tag
        if not isinstance(tag, str):
            return
        family, name = classify(tag)
        if family == MATH_FAMILY:
            self._math(el, name, hidden, rev)
            return
        if family == OTHER_FAMILY:
            if name == "AlternateContent":
                self._shape(el)
            elif name not in ("drawing", "pict", "object"):
                for child in el:  # smart tags and custom XML wrap body content
                    self.walk(child, hidden, rev)
            return
        if name in SKIP:
            return
        if name in SHAPES:
            self._shape(el)
        elif name == "txbxContent":
            self.boxes.append(TextBox(el))
        elif name == "p":
            self._paragraph(el, hidden)
        elif name == "r":
            self._run(el, hidden, rev)
        elif name in ("t", "delText"):
            self._text(el, name, hidden, rev)
        elif name == "instrText":
            if self._fields and not hidden:
                self._fields[-1].instr += el.text or ""
        elif name in ("tab", "ptab"):
            self._char("\t", el, hidden, rev)
        elif name in ("br", "cr"):
            self._break(el, hidden, rev)
        elif name == "noBreakHyphen":
            self._char("-", el, hidden, rev)
        elif name == "sym":
            value = int16(wattr(el, "char") or "")
            if 0x20 <= value < 0xE000:
                self._char(chr(value), el, hidden, rev)
        elif name in ("footnoteReference", "endnoteReference"):
            if not hidden:
                note = "footnote" if name == "footnoteReference" else "endnote"
                ident = wattr(el, "id") or ""
                self.note_refs.append((note, ident))
                self.spans.append(
                    Span(
                        SpanKind.NOTE_REFERENCE,
                        self.length,
                        self.length,
                        {"note": note, "id": ident},
                    )
                )
        elif name in ("footnoteRef", "endnoteRef"):
            self._after_note_mark = True
        elif name == "fldChar":
            self._field_char(el, hidden)
        elif name == "commentRangeStart":
            self.starts.setdefault(wattr(el, "id") or "", self.length)
        elif name == "commentRangeEnd":
            self.ends[wattr(el, "id") or ""] = self.length
        elif name == "commentReference":
            self.refs.setdefault(wattr(el, "id") or "", self.length)
        elif name in REVISION_TAGS:
            self._revision(el, name, hidden)
        elif name == "tbl":
            self._block(el, SpanKind.TABLE, hidden, rev)
        elif name == "tr":
            self._row(el, hidden, rev)
        elif name == "tc":
            self._block(el, SpanKind.CELL, hidden, rev)
        elif name == "hyperlink":
            self._hyperlink(el, hidden, rev)
        elif name == "sdt":
            props = wchild(el, "sdtPr")
            form = props is not None and any(local(c) in FORM_CONTROLS for c in props)
            # Word's prompt in an empty control ("Choose an item.", "Click or tap here to
            # enter text."): the form's author wrote it, never the writer
            prompt = props is not None and wchild(props, "showingPlcHdr") is not None
            start = self.length
            self._form += form
            for child in el:
                self.walk(child, hidden, rev)
            self._form -= form
            if (form or prompt) and not self._form and self.length > start:
                # the form's value, not the writer's prose (desk.context reads these)
                attrs = {"placeholder": "1"} if prompt else {}
                self.spans.append(Span(SpanKind.FORM_FIELD, start, self.length, attrs))
        elif name == "fldSimple":
            self._simple_field(el, hidden, rev)
        else:
            for child in el:
                self.walk(child, hidden, rev)

    def _math(self, el: etree._Element, name: str, hidden: bool, rev: RevisionMark | None) -> None:
        if name == "t":
            if not hidden:
                self._emit((el.text or "").replace("\n", " "), TEXT, el, rev, locked=True)
                self.pieces[-1].why = "math"
            return
        for child in el:
            self.walk(child, hidden, rev)

    def _text(self, el: etree._Element, name: str, hidden: bool, rev: RevisionMark | None) -> None:
        text = (el.text or "").replace("\r", " ").replace("\n", " ")
        is_text = name == "t" if self.ctx.view == "accept" else True
        if hidden or not is_text:
            if hidden and text:
                self.hidden_at.append(self.length)
            if rev is not None and rev.kind == "delete" and self.ctx.view == "accept":
                rev.text += text
            return
        offset = 0
        if self._after_note_mark:
            stripped = text.lstrip()
            offset = len(text) - len(stripped)
            text = stripped
            if not text:
                return
            self._after_note_mark = False
        self._emit(text, TEXT, el, rev, offset, locked=not_in_run(el))

    def _char(self, char: str, el: etree._Element, hidden: bool, rev: RevisionMark | None) -> None:
        if hidden:
            self.hidden_at.append(self.length)
            if rev is not None and rev.kind == "delete" and self.ctx.view == "accept":
                rev.text += char
            return
        self._after_note_mark = False
        self._emit(char, CHAR, el, rev, locked=not_in_run(el))

    def _break(self, el: etree._Element, hidden: bool, rev: RevisionMark | None) -> None:
        kind = wattr(el, "type") or "textWrapping"
        if hidden:
            if kind not in ("page", "column"):
                self.hidden_at.append(self.length)
            if rev is not None and rev.kind == "delete" and self.ctx.view == "accept":
                rev.text += "\n" if kind not in ("page", "column") else ""
            return
        if kind in ("page", "column"):
            self._pending_break = el if self._para_has_text else None
            return
        self._pending_break = None
        self._add("\n", CHAR, el, locked=not_in_run(el), rev=rev)
        self._para_has_text = True

    def _run(self, el: etree._Element, hidden: bool, rev: RevisionMark | None) -> None:
        props = wchild(el, "rPr")
        saved = self._flags
        self._flags = PLAIN if props is None else self._run_flags(props)
        walk = self.walk
        for child in el:
            walk(child, hidden, rev)
        self._flags = saved

    def _run_flags(self, props: etree._Element) -> tuple[bool, bool, bool]:
        """Bold, italic, underline of a run: its direct properties over its style's
        (one pass over the properties: runs are the commonest element of a story)."""
        style = bold = italic = under = None
        for child in props:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            family, name = classify(tag)
            if family != W_FAMILY:
                continue
            if name == "rStyle":
                style = child
            elif name == "b":
                bold = child
            elif name == "i":
                italic = child
            elif name == "u":
                under = child
        if style is None and bold is None and italic is None and under is None:
            return PLAIN
        base = self.ctx.styles.run_flags(wattr(style, "val") or "") if style is not None else PLAIN
        direct = (toggle(bold, "true"), toggle(italic, "true"), toggle(under, "single"))
        return (
            base[0] if direct[0] is None else direct[0],
            base[1] if direct[1] is None else direct[1],
            base[2] if direct[2] is None else direct[2],
        )

    def _revision(self, el: etree._Element, name: str, hidden: bool) -> None:
        inserted = name in INSERTED
        view = self.ctx.view
        now_hidden = hidden or (not inserted if view == "accept" else inserted)
        mark: RevisionMark | None = None
        if view == "accept" and not hidden:
            mark = RevisionMark(
                "insert" if inserted else "delete",
                wattr(el, "author") or "",
                wattr(el, "date") or "",
                self.ctx.place(el),
                -1 if inserted else self.length,
                -1 if inserted else self.length,
            )
        for child in el:
            self.walk(child, now_hidden, mark)
        if mark is not None and (mark.text or mark.end > mark.start):
            if mark.kind == "delete":
                mark.start = mark.end = self.length
            self.marks.append(mark)

    def _paragraph(self, p: etree._Element, hidden: bool) -> None:
        self._para = p
        start = self.length
        self._para_has_text = False
        self._pending_break = None
        self._after_note_mark = False
        props = wchild(p, "pPr")
        style = ""
        num: tuple[str, int] = ("", 0)
        outline: int | None = None
        mark_el: etree._Element | None = None
        mark_inserted = False
        if props is not None:
            found = paragraph_props(props)
            style_el = found.get("pStyle")
            style = (wattr(style_el, "val") or "") if style_el is not None else ""
            num_el = found.get("numPr")
            if num_el is not None:
                num = numbering_of(num_el)
            outline_el = found.get("outlineLvl")
            if outline_el is not None:
                outline = int16(wattr(outline_el, "val") or "9", base=10)
            run_props = found.get("rPr")
            if run_props is not None:
                for child in run_props:
                    if local(child) in REVISION_TAGS:
                        mark_el = child
                        mark_inserted = local(child) in INSERTED
        if not num[0] and style:
            num = self.ctx.styles.numbering(style)
        for child in p:
            self.walk(child, hidden)
        self._pending_break = None
        self._after_note_mark = False
        end = self.length
        self._paragraph_spans(start, end, style, num, outline)
        view = self.ctx.view
        mark_hidden = hidden or (
            mark_el is not None and (not mark_inserted if view == "accept" else mark_inserted)
        )
        piece: Piece | None = None
        if not mark_hidden:
            self._add("\n", MARK, p)
            piece = self.pieces[-1]
            piece.revised = mark_el is not None
        elif mark_el is not None and not hidden:
            self.hidden_at.append(self.length)
        self.paragraphs.append((p, piece))
        if mark_el is not None and view == "accept" and not hidden:
            kind: Literal["insert", "delete"] = "insert" if mark_inserted else "delete"
            self.marks.append(
                RevisionMark(
                    kind,
                    wattr(mark_el, "author") or "",
                    wattr(mark_el, "date") or "",
                    self.ctx.place(mark_el),
                    end,
                    end + 1 if mark_inserted else end,
                    "" if mark_inserted else "\n",
                )
            )

    def _paragraph_spans(
        self, start: int, end: int, style: str, num: tuple[str, int], outline: int | None
    ) -> None:
        styles = self.ctx.styles
        level = styles.heading_level(style) if style else None
        if level is None and outline is not None and outline < 9:
            level = outline + 1
        if level is not None and end > start:
            self.spans.append(Span(SpanKind.HEADING, start, end, {"level": str(level)}))
        if style and end > start and styles.is_caption(style):
            self.spans.append(Span(SpanKind.CAPTION, start, end))
        if num[0]:
            found = self.ctx.numbering.next_label(num[0], num[1])
            if found is not None:
                kind, label = found
                self.spans.append(
                    Span(
                        SpanKind.LIST_ITEM,
                        start,
                        end,
                        {"kind": kind, "level": str(num[1]), "label": label},
                    )
                )

    def _block(
        self, el: etree._Element, kind: SpanKind, hidden: bool, rev: RevisionMark | None
    ) -> None:
        start = self.length
        for child in el:
            self.walk(child, hidden, rev)
        if not hidden:
            self._block_span(kind, start)

    def _block_span(self, kind: SpanKind, start: int, attrs: dict[str, str] | None = None) -> None:
        end = self.length
        if end > start and self.pieces and self.pieces[-1].kind == MARK:
            end -= 1
        self.spans.append(Span(kind, start, max(start, end), attrs or {}))

    def _row(self, el: etree._Element, hidden: bool, rev: RevisionMark | None) -> None:
        props = wchild(el, "trPr")
        if props is not None:
            for child in props:
                name = local(child)
                if (name == "del" and self.ctx.view == "accept") or (
                    name == "ins" and self.ctx.view == "reject"
                ):
                    hidden = True
        self._block(el, SpanKind.ROW, hidden, rev)

    def _hyperlink(self, el: etree._Element, hidden: bool, rev: RevisionMark | None) -> None:
        start = self.length
        for child in el:
            self.walk(child, hidden, rev)
        rid = rel_id(el)
        target = self.ctx.links.get(rid or "", "") if rid else ""
        anchor = wattr(el, "anchor")
        if anchor:
            target = f"{target}#{anchor}"
        if self.length > start and not hidden:
            self.spans.append(Span(SpanKind.LINK, start, self.length, {"target": target}))

    def _simple_field(self, el: etree._Element, hidden: bool, rev: RevisionMark | None) -> None:
        start = self.length
        for child in el:
            self.walk(child, hidden, rev)
        target = link_target(wattr(el, "instr") or "")
        if target is not None and self.length > start and not hidden:
            self.spans.append(Span(SpanKind.LINK, start, self.length, {"target": target}))

    def _field_char(self, el: etree._Element, hidden: bool) -> None:
        if hidden:
            return
        kind = wattr(el, "fldCharType") or ""
        if kind == "begin":
            ff_data = next((c for c in el if local(c) == "ffData"), None)
            display = form_display(ff_data) if ff_data is not None else ""
            self._fields.append(FieldFrame(form=ff_data is not None, display=display))
        elif kind == "separate" and self._fields:
            top = self._fields[-1]
            top.result_start = self.length
            if top.form and not top.counted:
                top.counted = True
                self._form += 1
        elif kind == "end" and self._fields:
            done = self._fields.pop()
            value_start = done.result_start if done.result_start is not None else self.length
            if done.display and (done.result_start is None or done.result_start == self.length):
                # a check box or drop-down shows a value it holds no text for: the reader
                # sees it, so it is text here too, sealed (the value is not prose to edit)
                self._emit(done.display, CHAR, el, None, locked=True)
                self.pieces[-1].why = "form"
            if done.form and not self._form - done.counted and self.length > value_start:
                self.spans.append(Span(SpanKind.FORM_FIELD, value_start, self.length))
            if done.counted:
                self._form -= 1
            target = link_target(done.instr)
            if (
                target is not None
                and done.result_start is not None
                and self.length > done.result_start
            ):
                self.spans.append(
                    Span(SpanKind.LINK, done.result_start, self.length, {"target": target})
                )

    def _shape(self, el: etree._Element) -> None:
        """Pictures become point spans; text boxes are handed back as stories."""
        if local(el) == "AlternateContent":
            choice = next((c for c in el if local(c) == "Choice"), None)
            fallback = next((c for c in el if local(c) == "Fallback"), None)
            chosen = boxes_in(choice) if choice is not None else []
            spare = boxes_in(fallback) if fallback is not None else []
            if chosen:
                mirrors = spare if len(spare) == len(chosen) else [None] * len(chosen)
                self.boxes.extend(TextBox(b, m) for b, m in zip(chosen, mirrors, strict=True))
            else:
                self.boxes.extend(TextBox(b) for b in spare)
            source = choice if choice is not None and (chosen or not spare) else fallback
        else:
            self.boxes.extend(TextBox(b) for b in boxes_in(el))
            source = el
        if source is None:
            return
        picture = picture_attrs(source)
        if picture is not None:
            self.spans.append(Span(SpanKind.PICTURE, self.length, self.length, picture))
            self.pictures.append((self.length, el))
        if loose_text(source):
            self.skipped_shapes = True

    def finish(self) -> None:
        """Close open spans and lock paragraph marks that cannot join the next paragraph."""
        self.close_formatting()
        for (p, piece), (nxt, _) in zip(self.paragraphs, self.paragraphs[1:], strict=False):
            if piece is not None and next_block(p) is not nxt:
                piece.locked = True
        if self.paragraphs and self.paragraphs[-1][1] is not None:
            last = self.paragraphs[-1][1]
            assert last is not None
            last.locked = True
