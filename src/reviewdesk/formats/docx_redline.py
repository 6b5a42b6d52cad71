"""Writing the editor's changes into a mapped Word document as tracked changes.

The differences between the document's text and the draft (``core.diff.word_diff``)
are applied from the end of the text to its start. A deletion wraps exactly the deleted
characters' runs in ``w:del`` (a run is split at the edit's edges; its formatting stays);
a deleted paragraph mark is marked on the paragraph. An insertion is a new run in a
``w:ins`` that copies the formatting of the run it follows (or, at a paragraph's start,
the run it precedes); a newline in inserted text splits the paragraph with an inserted
paragraph mark, the new paragraph keeping the old one's style.

Some characters cannot carry a change: the break between two stories (the body and a
footnote), the mark of the last paragraph in a table cell or text box, equation text.
Edits there are left out, the text the export will show is worked out accordingly
(``expected``), and a warning says what was left out.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from lxml import etree

from reviewdesk.core.diff import DiffOp, word_diff
from reviewdesk.core.structure import SpanKind
from reviewdesk.formats.docx_edit import Editor, Point, content, formatting
from reviewdesk.formats.docx_map import TextMap
from reviewdesk.formats.docx_pieces import CHAR, MARK, SEP, TEXT, Piece
from reviewdesk.formats.docx_styles import local, wchild

log = logging.getLogger(__name__)

_TEXTUAL = (TEXT, CHAR)
_SEALED = ("form", "math")  # no typing inside these


@dataclass
class Redline:
    """What was written: the text accept-all will show, the counts, what was left out."""

    expected: str
    insertions: int = 0
    deletions: int = 0
    left_out: list[str] = field(default_factory=list)

    @property
    def revisions(self) -> int:
        """Changes as a reviewer counts them: each insertion and each deletion once."""
        return self.insertions + self.deletions


def _why(piece: Piece) -> str:
    if piece.kind == SEP:
        return "joining the body with a footnote, header or text box (or two of them)"
    if piece.kind == MARK:
        return "joining a paragraph with a table, a table cell or a text box"
    if piece.why == "form":
        return "inside a form field (a drop-down list, a check box or a date)"
    if piece.why == "math":
        return "inside an equation"
    return "in a place Word cannot mark"


class _Writer:
    def __init__(self, textmap: TextMap, editor: Editor, body: etree._Element) -> None:
        self.map = textmap
        self.editor = editor
        self.body = body
        self.left_out: dict[str, int] = {}

    def delete(self, a1: int, a2: int) -> tuple[str, bool]:
        """Delete ``a1..a2``; the characters kept (locked), and whether anything was deleted."""
        kept: list[str] = []
        deleted = False
        pos = a1
        while pos < a2:
            piece = self.map.piece_at(pos)
            if piece is None:
                break
            end = min(a2, piece.start + piece.length)
            if piece.locked:
                kept.append(self.map.text[pos:end])
                reason = _why(piece)
                self.left_out[reason] = self.left_out.get(reason, 0) + 1
            elif piece.kind == TEXT:
                lo, hi = pos - piece.start + piece.offset, end - piece.start + piece.offset
                self.editor.delete_run(self.editor.isolate_text(piece.node, lo, hi))
                deleted = True
            elif piece.kind == CHAR:
                self.editor.delete_run(self.editor.isolate(piece.node))
                deleted = True
            elif piece.kind == MARK:
                self.editor.mark(piece.node, "del")
                deleted = True
            pos = end
        return "".join(kept), deleted

    def anchor(self, pos: int) -> tuple[Point, etree._Element | None] | None:
        """Where text typed at ``pos`` goes, and the formatting it takes (None: nowhere,
        the place is inside a form field or an equation on both sides)."""
        prev = self.map.piece_at(pos - 1) if pos > 0 else None
        cur = self.map.piece_at(pos)
        editor = self.editor
        if prev is not None and prev.why in _SEALED:
            if cur is None or cur.why in _SEALED or cur.para is not prev.para:
                return None
            prev = None  # typed right after a form field: before the next text instead
        if cur is not None and cur.why in _SEALED:
            cur = None
        if prev is not None and prev.kind in _TEXTUAL and (cur is None or cur.para is prev.para):
            k = pos - prev.start + prev.offset if prev.kind == TEXT else None
            run = editor.after_char(prev.node, k)
            return ("after", editor.lift_after(run)), wchild(run, "rPr")
        if cur is not None and cur.kind in _TEXTUAL:
            k = pos - cur.start + cur.offset if cur.kind == TEXT else 0
            run = editor.before_char(cur.node, k)
            return ("before", editor.lift_before(run)), wchild(run, "rPr")
        para = cur.para if cur is not None else (prev.para if prev is not None else None)
        if para is None:
            para = self._first_paragraph()
        ppr = wchild(para, "pPr")
        mark = wchild(ppr, "rPr") if ppr is not None else None
        return ("end", para), formatting(mark)

    def _first_paragraph(self) -> etree._Element:
        """The body's first paragraph (made when the body has none) for an empty document."""
        body = self.body
        for el in body.iter():
            if local(el) == "p":
                return el
        p = etree.Element(self.editor.q("p"))
        sect = wchild(body, "sectPr")
        if sect is not None:
            sect.addprevious(p)
        else:
            body.append(p)
        self.editor.touch(p)
        return p

    def after_previous(self, pos: int, text: str) -> bool:
        """Whether new paragraphs typed at the start of a paragraph belong with the one
        before (not after a heading, unless the next paragraph is in another box)."""
        if not text.endswith("\n") or pos == 0:
            return False
        mark, nxt = self.map.piece_at(pos - 1), self.map.piece_at(pos)
        if mark is None or mark.kind != MARK or mark.para is None:
            return False
        if nxt is None or nxt.para is None:
            return True
        heading = any(s.kind is SpanKind.HEADING and s.end == pos - 1 for s in self.map.spans)
        return not heading or nxt.para.getparent() is not mark.para.getparent()

    def insert(self, pos: int, text: str) -> bool:
        """Write ``text`` typed at ``pos``; False when it cannot go there (left out)."""
        found = self.anchor(pos)
        if found is None:
            reason = "inside a form field (a drop-down list, a check box or a date)"
            self.left_out[reason] = self.left_out.get(reason, 0) + 1
            return False
        point, props = found
        editor = self.editor
        containers: list[etree._Element] = []
        for i, part in enumerate(text.split("\n")):
            if i:
                _, point = editor.split_paragraph(point)
                containers.append(point[1])
            if part:
                wrapper = editor.revision("ins")
                wrapper.append(editor.new_run(props, part))
                point = editor.place(point, wrapper)
        for box in containers:  # a link or field emptied by a paragraph break
            if local(box) != "p" and not content(box) and box.getparent() is not None:
                parent = box.getparent()
                assert parent is not None
                parent.remove(box)
        return True


def place_at(
    textmap: TextMap, editor: Editor, body: etree._Element, pos: int, element: etree._Element
) -> bool:
    """Put ``element`` (a tracked insertion) where text typed at ``pos`` would go."""
    found = _Writer(textmap, editor, body).anchor(pos)
    if found is None:
        return False
    editor.place(found[0], element)
    return True


def _boundary_before(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _boundary_after(text: str, pos: int) -> int:
    if pos == 0 or text[pos - 1] == "\n":
        return pos
    found = text.find("\n", pos)
    return len(text) if found < 0 else found + 1


def paragraph_aligned(ops: list[DiffOp], base: str, draft: str) -> list[DiffOp]:
    """The changes of a word diff, regrouped paragraph by paragraph where they can be.

    The changes touching a run of whole paragraphs are taken together; when the original
    and the draft have as many paragraphs there, each paragraph is diffed with its
    counterpart ("style\nmissing" -> "inserted", then "Medited style\n" inserted, becomes
    "inserted " inserted and "missing" -> "Medited"). No paragraph mark is then deleted
    and typed again, so every paragraph keeps its own formatting.
    """
    changed = [op for op in ops if op.tag != "equal"]
    out: list[DiffOp] = []
    i = 0
    while i < len(changed):
        first = changed[i]
        a0 = _boundary_before(base, first.a_start)
        a1 = _boundary_after(base, first.a_end)
        j = i + 1
        while j < len(changed) and _boundary_before(base, changed[j].a_start) <= a1:
            a1 = max(a1, _boundary_after(base, changed[j].a_end))
            j += 1
        last = changed[j - 1]
        b0 = first.b_start - (first.a_start - a0)
        b1 = last.b_end + (a1 - last.a_end)
        old, new = base[a0:a1], draft[b0:b1]
        several = j - i > 1 or "\n" in old.rstrip("\n") or "\n" in new.rstrip("\n")
        if several and "\n" in old and old.count("\n") == new.count("\n"):
            a, b = a0, b0
            for line_a, line_b in zip(old.split("\n"), new.split("\n"), strict=True):
                for sub in word_diff(line_a, line_b):
                    if sub.tag != "equal":
                        out.append(DiffOp(sub.tag, a + sub.a_start, a + sub.a_end,
                                          b + sub.b_start, b + sub.b_end))  # fmt: skip
                a += len(line_a) + 1
                b += len(line_b) + 1
            i = j
            continue
        out.extend(changed[i:j])
        i = j
    return out


def redline(textmap: TextMap, draft: str, editor: Editor, body: etree._Element) -> Redline:
    """Write ``draft`` over ``textmap``'s document as tracked changes by ``editor``'s author."""
    base = textmap.text
    ops = paragraph_aligned(word_diff(base, draft), base, draft)
    writer = _Writer(textmap, editor, body)
    result = Redline(expected="")
    pieces: list[str] = []
    cursor = len(base)
    for op in reversed(ops):
        editor.new_op()
        pieces.append(base[op.a_end : cursor])
        inserted = draft[op.b_start : op.b_end]
        if inserted:
            if op.a_start == op.a_end and writer.after_previous(op.a_end, inserted):
                # "X\n" at a paragraph's start is "\nX" at the end of the one before: a
                # new paragraph typed after a list item or before a table goes with the
                # paragraph it follows, as pressing Enter does
                written = writer.insert(op.a_end - 1, "\n" + inserted[:-1])
            else:
                written = writer.insert(op.a_end, inserted)
            result.insertions += int(written)
            if not written:
                inserted = ""
        kept = ""
        if op.a_end > op.a_start:
            kept, deleted = writer.delete(op.a_start, op.a_end)
            result.deletions += int(deleted)
        pieces.append(inserted)
        pieces.append(kept)
        cursor = op.a_start
    pieces.append(base[:cursor])
    result.expected = "".join(reversed(pieces))
    for reason, count in writer.left_out.items():
        plural = count != 1
        result.left_out.append(
            f"{count} change{'s' if plural else ''} {reason} could not be tracked in Word "
            f"and {'were' if plural else 'was'} left out"
        )
    return result
