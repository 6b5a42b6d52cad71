"""The review report: one self-contained HTML page that prints well.

It holds the article's title and status, every change between the original and the draft
(before → after, with a little context), every note, the editor's decisions counted by
category and by rule, and readability figures (textstat) for the original and the draft.
Everything is escaped; there are no scripts, links or external assets.
"""

from __future__ import annotations

import html
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from reviewdesk.core.diff import DiffOp, changes
from reviewdesk.core.models import DIALECT_NAMES, Article, Decision, Note
from reviewdesk.core.note_threads import conversations
from reviewdesk.core.rule_names import category_name, engine_name, rule_name, rule_tooltip
from reviewdesk.core.source_details import source_details
from reviewdesk.core.text import quoted_for_screen, word_count
from reviewdesk.formats.docx_export import revision_date, xml_safe

log = logging.getLogger(__name__)

CONTEXT = 40  # code points of context shown on each side of a change

_STATUS_LABELS = {"new": "New", "in_review": "In review", "done": "Done"}
_ACTION_LABELS = {
    "apply": "Applied",
    "ignore": "Ignored",
    "add_word": "Added to dictionary",
    "disable_rule": "Rule disabled",
}

_CSS = """
body{font:15px/1.45 "DejaVu Sans",Arial,sans-serif;color:#222;max-width:60em;margin:1.5em auto;
padding:0 1em}
h1{font-size:1.6em;margin:0 0 .3em}h2{font-size:1.2em;margin:1.6em 0 .5em;
border-bottom:1px solid #bbb;padding-bottom:.2em}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.15em 1em;margin:0}
dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
table{border-collapse:collapse;margin:.4em 0 1em}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}
ol.changes li,ol.notes li{margin:0 0 .7em}
ol.replies{list-style:none;margin:.3em 0 0 1.2em;padding:0 0 0 .8em;border-left:2px solid #ddd}
ol.replies li{margin:0 0 .4em}
.pair{display:grid;grid-template-columns:4em auto;gap:.1em .5em}
.label{color:#666;font-size:.85em}
del{background:#fdd;color:#900;text-decoration:line-through}
ins{background:#dfd;color:#060;text-decoration:underline}
.ctx{color:#555}
blockquote{margin:.2em 0;padding:.2em .8em;border-left:3px solid #bbb;background:#f7f7f7}
.resolved{color:#060;font-weight:bold}.open{color:#a60;font-weight:bold}
.empty{color:#777;font-style:italic}
@media print{
body{font-size:10.5pt;max-width:none;margin:0;padding:0;color:#000}
h2{page-break-after:avoid;break-after:avoid}
li,tr,blockquote{page-break-inside:avoid;break-inside:avoid}
del{background:none;color:#000}ins{background:none;color:#000}
th{background:none}
@page{margin:18mm}
}
"""


@dataclass(frozen=True, slots=True)
class Readability:
    """Readability figures of one text."""

    words: int
    sentences: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    avg_sentence_length: float


def readability(text: str) -> Readability:
    """Readability figures from textstat (all zero for a text without words)."""
    import textstat  # costs ~0.2 s to import; only reports need it

    words = int(textstat.lexicon_count(text))
    if not words:
        return Readability(0, 0, 0.0, 0.0, 0.0)
    return Readability(
        words=words,
        sentences=int(textstat.sentence_count(text)),
        flesch_reading_ease=float(textstat.flesch_reading_ease(text)),
        flesch_kincaid_grade=float(textstat.flesch_kincaid_grade(text)),
        avg_sentence_length=float(textstat.avg_sentence_length(text)),
    )


def _e(text: object) -> str:
    return html.escape(xml_safe(str(text)), quote=True)


def _visible(text: str) -> str:
    """Escaped ``text`` with line breaks shown as ¶ and a lone space made visible."""
    if text and not text.strip():
        return _e(text.replace("\n", "¶").replace("\t", "⇥").replace(" ", "␣"))
    return _e(text.replace("\n", " ¶ "))


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    elif start - CONTEXT > 0 and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if "\n" in after:
        after = after.split("\n", 1)[0]
    elif end + CONTEXT < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return before, after


def _changes_section(original: str, draft: str, ops: Sequence[DiffOp]) -> str:
    if not ops:
        return '<p class="empty">No changes: the draft is the same as the original.</p>'
    items = []
    for op in ops:
        old = original[op.a_start : op.a_end]
        new = draft[op.b_start : op.b_end]
        b_before, b_after = _context(original, op.a_start, op.a_end)
        a_before, a_after = _context(draft, op.b_start, op.b_end)
        old_html = f"<del>{_visible(old)}</del>" if old else ""
        new_html = f"<ins>{_visible(new)}</ins>" if new else ""
        items.append(
            '<li><div class="pair">'
            f'<span class="label">Before</span><span><span class="ctx">{_e(b_before)}</span>'
            f'{old_html}<span class="ctx">{_e(b_after)}</span></span>'
            f'<span class="label">After</span><span><span class="ctx">{_e(a_before)}</span>'
            f'{new_html}<span class="ctx">{_e(a_after)}</span></span>'
            "</div></li>"
        )
    return '<ol class="changes">\n' + "\n".join(items) + "\n</ol>"


def _note_body(note: Note) -> str:
    return "<br />".join(_e(line) for line in note.body.split("\n"))


def _notes_section(notes: Sequence[Note], draft: str) -> str:
    if not notes:
        return '<p class="empty">No notes.</p>'
    items = []
    for note, answers in conversations(sorted(notes, key=lambda n: (n.start, n.end))):
        quote = note.quote or draft[note.start : note.end]
        state = (
            '<span class="resolved">Resolved</span>'
            if note.resolved
            else '<span class="open">Open</span>'
        )
        author = f" — {_e(note.author)}" if note.author else ""
        nested = "".join(
            f"<li><div>{_note_body(r)}</div>"
            + (f'<div class="label">{_e(r.author)}</div>' if r.author else "")
            + "</li>"
            for r in answers
        )
        replies = f'<ol class="replies">{nested}</ol>' if nested else ""
        items.append(
            f"<li><blockquote>{_e(quote)}</blockquote><div>{_note_body(note)}</div>"
            f"<div>{state}{author}</div>{replies}</li>"
        )
    return '<ol class="notes">\n' + "\n".join(items) + "\n</ol>"


def _count_table(title: str, counts: Counter[tuple[str, ...]], headers: Sequence[str]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    rows = []
    for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        cells = "".join(f"<td>{_e(k)}</td>" for k in key)
        rows.append(f'<tr>{cells}<td class="num">{count}</td></tr>')
    return (
        f"<h3>{_e(title)}</h3>\n<table><thead><tr>{head}<th>Count</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _language(code: str) -> str:
    """ "British English (en-GB)": the dialect's name, with the code a desk may search."""
    name = DIALECT_NAMES.get(code)
    return f"{name} ({code})" if name else code


def _rule_cell(d: Decision) -> str:
    """The rule's human name; its id in the tooltip (title) only."""
    if not d.rule:
        return "<td>—</td>"
    return (
        f'<td title="{_e(rule_tooltip(d.engine, d.rule))}">{_e(rule_name(d.engine, d.rule))}</td>'
    )


def _decisions_section(decisions: Sequence[Decision]) -> str:
    if not decisions:
        return '<p class="empty">No decisions recorded.</p>'
    by_action: Counter[tuple[str, ...]] = Counter(
        (_ACTION_LABELS.get(str(d.action), str(d.action)),) for d in decisions
    )
    # categories and engines by the names the window gives them, not their ids
    by_category: Counter[tuple[str, ...]] = Counter(
        (category_name(d.category) if d.category else "—",) for d in decisions
    )
    by_rule: Counter[tuple[str, ...]] = Counter(
        (
            rule_name(d.engine, d.rule) if d.rule else "—",
            engine_name(d.engine) if d.engine else "—",
            category_name(d.category) if d.category else "—",
        )
        for d in decisions
    )
    detail_rows = []
    for d in decisions:
        # as the status bar said it: a space or a removal named, never a blank cell
        change = _e(quoted_for_screen(d.text, 60))
        if d.replacement or str(d.action) == "apply":
            fix = quoted_for_screen(d.replacement, 60) if d.replacement else "(removed)"
            change += f" → {_e(fix)}"
        detail_rows.append(
            f"<tr><td>{_e(_ACTION_LABELS.get(str(d.action), str(d.action)))}</td>"
            f"<td>{_e(category_name(d.category))}</td>{_rule_cell(d)}<td>{change}</td></tr>"
        )
    return "\n".join(
        [
            f"<p>{len(decisions)} decision{'s' if len(decisions) != 1 else ''}.</p>",
            _count_table("By action", by_action, ["Action"]),
            _count_table("By category", by_category, ["Category"]),
            _count_table("By rule", by_rule, ["Rule", "Engine", "Category"]),
            "<h3>All decisions</h3>",
            "<table><thead><tr><th>Action</th><th>Category</th><th>Rule</th><th>Text</th>"
            f"</tr></thead><tbody>{''.join(detail_rows)}</tbody></table>",
        ]
    )


def _readability_section(original: str, draft: str) -> str:
    before, after = readability(original), readability(draft)

    def cell(value: float, words: int, digits: int = 1) -> str:
        return f'<td class="num">{value:.{digits}f}</td>' if words else '<td class="num">—</td>'

    rows = [
        # the words as the status bar and the library count them (textstat's own count,
        # which the formulas use, reads "three-decade" and "£4.2" its own way: 1,549
        # here beside the window's 1,572 for one draft)
        (
            "Words",
            f'<td class="num">{word_count(original):,}</td>',
            f'<td class="num">{word_count(draft):,}</td>',
        ),
        (
            "Sentences",
            f'<td class="num">{before.sentences}</td>',
            f'<td class="num">{after.sentences}</td>',
        ),
        (
            "Flesch reading ease",
            cell(before.flesch_reading_ease, before.words),
            cell(after.flesch_reading_ease, after.words),
        ),
        (
            "Flesch–Kincaid grade",
            cell(before.flesch_kincaid_grade, before.words),
            cell(after.flesch_kincaid_grade, after.words),
        ),
        (
            "Average sentence length (words)",
            cell(before.avg_sentence_length, before.words),
            cell(after.avg_sentence_length, after.words),
        ),
    ]
    body = "".join(f"<tr><th>{_e(name)}</th>{b}{a}</tr>" for name, b, a in rows)
    return (
        "<table><thead><tr><th>Figure</th><th>Original</th><th>Draft</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def build_report(
    article: Article,
    notes: Sequence[Note] = (),
    decisions: Sequence[Decision] = (),
    *,
    reviewer: str = "",
    when: datetime | None = None,
) -> bytes:
    """The review report of ``article`` as UTF-8 HTML."""
    original, draft = xml_safe(article.original), xml_safe(article.draft)
    title = article.title or "Untitled article"
    ops = changes(original, draft)
    n_changes = len(ops)
    heads = [n for n, _ in conversations(notes)]
    resolved = sum(1 for n in heads if n.resolved)
    replies = len(notes) - len(heads)
    answered = f", {replies} repl{'ies' if replies != 1 else 'y'}" if replies else ""
    meta = [
        ("Status", _STATUS_LABELS.get(str(article.status), str(article.status))),
        ("Language", _language(article.language)),
        ("Source", article.source_path or "—"),
        *source_details(article.meta),
        # no name set: no line (a "Reviewer —" reads as a name left out)
        *((("Reviewer", reviewer),) if reviewer.strip() else ()),
        ("Report made", revision_date(when).replace("T", " ").replace("Z", " UTC")),
        (
            "Summary",
            f"{n_changes} change{'s' if n_changes != 1 else ''}, "
            f"{len(heads)} note{'s' if len(heads) != 1 else ''} "
            f"({resolved} resolved{answered}), "
            f"{len(decisions)} decision{'s' if len(decisions) != 1 else ''}",
        ),
    ]
    meta_html = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in meta)
    lang = _e(article.language or "en")
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Review report: {_e(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<h1>{_e(title)}</h1>
<dl class="meta">{meta_html}</dl>
</header>
<section id="readability">
<h2>Readability</h2>
{_readability_section(original, draft)}
</section>
<section id="changes">
<h2>Changes ({n_changes})</h2>
{_changes_section(original, draft, ops)}
</section>
<section id="notes">
<h2>Notes ({len(heads)})</h2>
{_notes_section(notes, draft)}
</section>
<section id="decisions">
<h2>Decisions ({len(decisions)})</h2>
{_decisions_section(decisions)}
</section>
</body>
</html>
"""
    return page.encode("utf-8")
