"""The marked-up draft and the review report as printable documents, and PDF bytes.

What a page shows is taken on the UI thread as plain data (:func:`marked_draft`: the
draft's text and which marks cover which stretch, as the panes draw them); the
QTextDocument is built and laid out on a job thread (:func:`marked_document`,
:func:`report_document`), so a long article never freezes the window. Paper is white:
the marks are always drawn in the light scheme's colours. A PDF is made in memory
(:func:`pdf_bytes`) and written atomically by the caller.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from reviewdesk.core.models import CATEGORIES, Category, Note
from reviewdesk.gui.editor import ReviewEditor
from reviewdesk.gui.i18n import translate
from reviewdesk.gui.palette import LIGHT, category_colour, category_label, compose_format

#: the highlighter's layers that go on paper (notes come through ``extra_ranges``)
LAYERS = ("redline", "issues")
MARGIN_MM = 18.0
# Pages are laid out at a screen's resolution: the report's CSS sizes text in pixels, which
# at a printer's 300 or 600 dpi came out a quarter of the size. Text and marks stay
# vectors in the PDF, so nothing gets coarser.
PAGE_DPI = 96


@dataclass(frozen=True)
class MarkedBlock:
    """One paragraph: its text and (start, end, kinds) segments in UTF-16 units."""

    text: str
    segments: tuple[tuple[int, int, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class MarkedDraft:
    """Everything the marked-up draft's pages show, as plain data."""

    title: str
    subtitle: str
    blocks: tuple[MarkedBlock, ...]
    notes: tuple[tuple[str, str, bool], ...] = ()  # quote, note, resolved
    categories: tuple[str, ...] = field(default=())  # those with an issue in the draft


Segment = tuple[int, int, tuple[str, ...]]


def _segments(ranges: list[tuple[int, int, str]], length: int) -> list[Segment]:
    """Non-overlapping segments with the kinds covering each (as the highlighter merges)."""
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for n, (s, e, _k) in enumerate(ranges):
        opening.setdefault(s, []).append(n)
        closing.setdefault(e, []).append(n)
    cuts = sorted({0, length, *opening, *closing})
    active: set[int] = set()
    out = []
    for lo, hi in itertools.pairwise(cuts):
        active.difference_update(closing.get(lo, ()))
        active.update(opening.get(lo, ()))
        if lo >= length or not active:
            continue
        out.append((lo, min(hi, length), tuple(ranges[n][2] for n in sorted(active))))
    return out


def marked_draft(
    editor: ReviewEditor, title: str, notes: list[Note], when: datetime | None = None
) -> MarkedDraft:
    """The draft as its pane draws it now: text, issue and redline marks, notes.

    Marks of a paragraph being re-checked (its text no longer the one they were found
    in) are left out, as on screen.
    """
    highlighter = editor.highlighter
    layers = [highlighter.layer(name) for name in LAYERS]
    blocks = []
    categories: set[str] = set()
    block = editor.document().firstBlock()
    while block.isValid():
        number, text = block.blockNumber(), block.text()
        ranges: list[tuple[int, int, str]] = []
        for layer in layers:
            data = layer.get(number)
            if data is not None and data.text == text:
                ranges.extend((s, e, k) for s, e, k, _ref in data.ranges if e > s)
        if highlighter.extra_ranges is not None:
            ranges.extend(r for r in highlighter.extra_ranges(block) if r[1] > r[0])
        categories.update(k[4:] for _s, _e, k in ranges if k.startswith("cat:"))
        blocks.append(MarkedBlock(text, tuple(_segments(ranges, len(text)))))
        block = block.next()
    stamp = (when or datetime.now()).strftime("%d %B %Y, %H:%M")
    return MarkedDraft(
        title=title or translate("Printing", "Untitled article"),
        subtitle=translate("Printing", "Draft, marked up · {when}").format(when=stamp),
        blocks=tuple(blocks),
        notes=tuple((n.quote, n.body, n.resolved) for n in notes),
        categories=tuple(str(c) for c in CATEGORIES if str(c) in categories),
    )


def marked_document(marked: MarkedDraft) -> QTextDocument:
    """The marked-up draft as a document to print (call on any one thread)."""
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 11))
    doc.setDocumentMargin(0)
    cursor = QTextCursor(doc)
    cursor.insertHtml(
        f"<h1>{html.escape(marked.title)}</h1>"
        f"<p style='color:#555555'>{html.escape(marked.subtitle)}</p>"
    )
    if marked.categories:
        chips = " &nbsp; ".join(
            f"<span style='color:{category_colour(Category(c), LIGHT).name()}'>■</span> "
            f"{html.escape(category_label(c))}"
            for c in marked.categories
        )
        cursor.insertBlock()
        cursor.insertHtml(f"<p style='font-size:9pt'>{chips}</p>")
    plain = QTextCharFormat()
    paragraph = QTextBlockFormat()  # not the heading's margins: lines as in the pane
    formats: dict[tuple[str, ...], QTextCharFormat] = {}
    for block in marked.blocks:
        cursor.insertBlock(paragraph, plain)
        pos = 0
        for start, end, kinds in block.segments:
            if start > pos:
                cursor.insertText(block.text[pos:start], plain)
            fmt = formats.get(kinds)
            if fmt is None:
                fmt = formats[kinds] = compose_format(kinds, LIGHT)
            cursor.insertText(block.text[start:end], fmt)
            pos = end
        cursor.insertText(block.text[pos:], plain)
    if marked.notes:
        cursor.insertBlock(paragraph, plain)
        items = "".join(
            f"<li><i>“{html.escape(quote)}”</i> — {html.escape(body)}"
            f"{' (resolved)' if resolved else ''}</li>"
            for quote, body, resolved in marked.notes
        )
        heading = html.escape(translate("Printing", "Notes"))
        cursor.insertHtml(f"<h2>{heading}</h2><ol>{items}</ol>")
    return doc


def report_document(report_html: bytes) -> QTextDocument:
    """The review report (HTML from :mod:`reviewdesk.formats.report`) as a document."""
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 10))
    doc.setHtml(report_html.decode("utf-8"))
    return doc


def _page_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay ``doc`` out on ``device``'s pages and paint them."""
    doc.documentLayout()  # created on this thread
    doc.print_(device)


def pdf_bytes(doc: QTextDocument, title: str) -> bytes:
    """``doc`` as a PDF on A4, in memory (the caller writes it atomically)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("reviewdesk")
    writer.setResolution(PAGE_DPI)
    writer.setPageLayout(_page_layout())
    doc.setPageSize(QSizeF())  # let print_ use the writer's page
    print_document(doc, writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
