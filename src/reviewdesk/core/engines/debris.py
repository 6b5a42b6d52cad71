"""Web debris: what a scraper leaves in an article, offered as one-click removals.

Breadcrumb trails, HTML and shortcode fragments, comment-form and anti-spam lines,
share/subscribe/cookie/advert lines, and paragraphs that repeat an earlier one (a
duplicated paragraph or a pull quote). Document-scoped: duplicates need the whole text.

Every issue's first replacement removes the debris. A whole-line removal also takes the
blank lines that separate it from the next paragraph (or, for debris at the end of the
document, from the previous one), so applying any subset of removals leaves clean text.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reviewdesk.core.checker import CheckContext, Scope
from reviewdesk.core.engines import debris_patterns as pat
from reviewdesk.core.models import Category, Issue, Severity, make_issue
from reviewdesk.core.text import Paragraph, split_paragraphs

log = logging.getLogger(__name__)

ENGINE = "debris"

# -- breadcrumbs ------------------------------------------------------------------------------

_HOME = re.compile(r"^\s*(?:you are here:?\s*)?(?:home|homepage|start|front page)(?=\W)", re.I)
_CRUMB_SEP = re.compile(r"\s*(?:[»›→]|&raquo;|&gt;)\s*|\s+[>/|]\s+|\s+[>/|]\s*$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s*$")


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    rule: str
    message: str
    fix: str = ""
    whole_line: bool = False


def _normalise(text: str) -> str:
    """Lowercase letters and digits only: spacing and punctuation differences vanish."""
    return re.sub(r"[\W_]+", "", text.lower())


def _clean_line(line: str) -> str:
    """The line without markdown heading/quote marks, bold markers and extra spaces."""
    line = re.sub(r"^\s*(?:[#>]+\s*)+", "", line)
    line = line.replace("**", " ").replace("__", " ")
    return " ".join(line.split())


def _short(segment: str, words: int = 4) -> bool:
    return 0 < len(segment.split()) <= words and len(segment) <= 40


def _breadcrumb(line: str) -> tuple[int, bool] | None:
    """``(end, whole_line)`` of a breadcrumb trail at the start of ``line``, else None."""
    seps = list(_CRUMB_SEP.finditer(line))
    if not seps:
        return None
    home = _HOME.match(line)
    strong = [m for m in seps if m.group().strip() in ("»", "›", "→", "&raquo;")]
    if home is None and len(strong) < 2:
        return None
    if home is not None and seps[0].start() != home.end():
        return None
    usable = seps if home is not None else strong
    pos, last_end = 0, 0
    for m in usable:
        segment = line[pos : m.start()].strip()
        if not _short(segment) or _SENTENCE_END.search(segment):
            break
        last_end, pos = m.end(), m.end()
    if last_end == 0:
        return None
    rest = line[last_end:].strip()
    whole = not rest or (_short(rest) and not _SENTENCE_END.search(rest))
    consumed = sum(1 for m in usable if m.end() <= last_end)
    if consumed < 2 and not whole:
        return None  # one separator and then prose: "Home / away games ..." is not a trail
    return (len(line) if whole else last_end), whole


def _markup(line: str) -> tuple[list[_Found], bool]:
    """Markup fragments in ``line`` (offsets in the line), and whether that is all it holds."""
    found: list[_Found] = []
    for m in pat.MARKUP.finditer(line):
        start, end = m.span()
        before = line[start - 1 : start]
        after = line[end : end + 1]
        fix = ""
        if before and after and not before.isspace() and not after.isspace():
            fix = " " if pat.BLOCK_TAG.match(m.group()) else ""
        elif (not before or before.isspace()) and after == " ":
            end += 1  # take one following space so no double space is left
        found.append(
            _Found(start, end, "debris-markup", "HTML or markup left over from the web page.", fix)
        )
    for m in pat.ENTITY.finditer(line):
        decoded = html.unescape(m.group())
        if decoded == m.group() or any(f.start <= m.start() < f.end for f in found):
            continue
        if decoded == "\xa0":
            decoded = " "
        start, end = m.span()
        if decoded.isspace() and (
            line[start - 1 : start].isspace()
            or not line[end : end + 1]
            or line[end : end + 1].isspace()
            or start == 0
        ):
            decoded = ""
        found.append(
            _Found(
                start,
                end,
                "debris-html-entity",
                f"An HTML entity left in the text; it stands for “{decoded}”.",
                decoded,
            )
        )
    rest = line
    for f in sorted(found, key=lambda f: -f.start):
        rest = rest[: f.start] + " " + rest[f.end :]
    whole = bool(found) and not re.search(r"\w", rest)
    return found, whole


def _line_rule(line: str) -> tuple[str, str] | None:
    cleaned = _clean_line(line)
    if not cleaned or len(cleaned) > pat.MAX_LINE:
        return None
    for rule, message, pattern in pat.LINE_PATTERNS:
        if pattern.fullmatch(cleaned):
            return rule, message
    return None


def _is_candidate(line: str, norm: str) -> bool:
    """Long enough, and sentence-like, to be a duplicated paragraph (not a heading)."""
    return len(norm) >= 40 and (bool(_SENTENCE_END.search(line)) or len(line.split()) >= 12)


def find_debris(text: str) -> list[Issue]:
    """All debris in ``text``, as issues whose first replacement removes it."""
    paragraphs = [p for p in split_paragraphs(text) if p.text.strip()]
    per_line: dict[int, list[_Found]] = {}
    whole: dict[int, _Found] = {}
    for para in paragraphs:
        line = para.text
        rule = _line_rule(line)
        if rule is not None:
            whole[para.index] = _Found(0, len(line), rule[0], rule[1], whole_line=True)
            continue
        crumb = _breadcrumb(line)
        if crumb is not None:
            end, is_whole = crumb
            message = "A breadcrumb trail (site navigation) left over from the web page."
            if is_whole:
                whole[para.index] = _Found(
                    0, len(line), "debris-breadcrumb", message, whole_line=True
                )
                continue
            per_line.setdefault(para.index, []).append(
                _Found(len(line) - len(line.lstrip()), end, "debris-breadcrumb", message)
            )
        fragments, all_markup = _markup(line)
        if all_markup:
            whole[para.index] = _Found(
                0,
                len(line),
                "debris-markup",
                "HTML or markup left over from the web page.",
                whole_line=True,
            )
        elif fragments:
            taken = per_line.setdefault(para.index, [])
            fresh = [f for f in fragments if not any(f.start < t.end for t in taken)]
            taken.extend(fresh)
    _lone_share_words(paragraphs, whole)
    _duplicates(paragraphs, whole, per_line)
    return _issues(text, paragraphs, whole, per_line)


def _pieces(line: str) -> list[str]:
    """The normalised sentences of ``line`` (a pull quote may drop the attribution between)."""
    parts = re.split(r"(?<=[.!?…])[\"”’')\]]*\s+|[\"“”]\s*(?=[\"“”])", line)
    return [n for n in (_normalise(p) for p in parts) if n]


def _run_inside(pieces: list[str], haystack: str) -> bool:
    """Whether every piece occurs in ``haystack``, in order, with one long enough to matter."""
    if not pieces or max(len(p) for p in pieces) < 25:
        return False
    pos = 0
    for piece in pieces:
        found = haystack.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


_DUPLICATE = "This paragraph repeats an earlier one; remove the copy."
_PULL_QUOTE_LATER = (
    "This repeats a passage of an earlier paragraph (a pull quote left over from the web "
    "page); remove the copy."
)
_PULL_QUOTE_EARLIER = (
    "This repeats a passage of a later paragraph (a pull quote left over from the web "
    "page); remove it."
)


def _lone_share_words(paragraphs: list[Paragraph], whole: dict[int, _Found]) -> None:
    """A lone "Email" or "Print" line is a share button when it sits next to one."""
    changed = True
    while changed:
        changed = False
        for pos, para in enumerate(paragraphs):
            if para.index in whole or not pat.LONE_SHARE.fullmatch(_clean_line(para.text)):
                continue
            for near in paragraphs[max(0, pos - 1) : pos] + paragraphs[pos + 1 : pos + 2]:
                found = whole.get(near.index)
                if found is not None and found.rule == "debris-share":
                    whole[para.index] = replace(found, end=len(para.text))
                    changed = True
                    break


def _duplicates(
    paragraphs: list[Paragraph], whole: dict[int, _Found], per_line: dict[int, list[_Found]]
) -> None:
    earlier: list[tuple[Paragraph, str, list[str]]] = []
    for para in paragraphs:
        if para.index in whole:
            continue
        line = para.text
        crumbs = [f for f in per_line.get(para.index, ()) if f.rule == "debris-breadcrumb"]
        if crumbs:
            line = line[crumbs[0].end :]
        norm = _normalise(line)
        if not _is_candidate(line, norm):
            continue
        pieces = _pieces(line)
        for prev, prev_norm, prev_pieces in earlier:
            if prev.index in whole:
                continue
            if norm == prev_norm:
                whole[para.index] = _Found(
                    0, len(para.text), "debris-duplicate", _DUPLICATE, whole_line=True
                )
                break
            if len(norm) < len(prev_norm) and (norm in prev_norm or _run_inside(pieces, prev_norm)):
                whole[para.index] = _Found(
                    0, len(para.text), "debris-pull-quote", _PULL_QUOTE_LATER, whole_line=True
                )
                break
            if len(prev_norm) < len(norm) and (prev_norm in norm or _run_inside(prev_pieces, norm)):
                whole[prev.index] = _Found(
                    0, len(prev.text), "debris-pull-quote", _PULL_QUOTE_EARLIER, whole_line=True
                )
        if para.index not in whole:
            earlier.append((para, norm, pieces))


def _issues(
    text: str,
    paragraphs: list[Paragraph],
    whole: dict[int, _Found],
    per_line: dict[int, list[_Found]],
) -> list[Issue]:
    # Whole-line removals take the blank lines after them; those in the final run of
    # debris lines take the blank lines before them instead, so nothing dangles at the end.
    tail: set[int] = set()
    for para in reversed(paragraphs):
        if para.index not in whole:
            break
        tail.add(para.index)
    if len(tail) == len(paragraphs):
        tail = set()  # nothing but debris: every removal takes the blank lines after it
    issues: list[Issue] = []
    for para in paragraphs:
        found = whole.get(para.index)
        if found is not None:
            start, end = para.start, para.end
            if para.index in tail:
                start = len(text[:start].rstrip())
                if para is paragraphs[-1]:
                    end = len(text)
            else:
                nxt = len(text) - len(text[end:].lstrip()) if text[end:].strip() else len(text)
                end = max(end, text.rfind("\n", end, nxt) + 1) if nxt < len(text) else nxt
            issues.append(_issue(text, start, end, found))
            continue
        for f in per_line.get(para.index, ()):
            issues.append(_issue(text, para.start + f.start, para.start + f.end, f))
    return issues


def _issue(text: str, start: int, end: int, found: _Found) -> Issue:
    return make_issue(
        text,
        start,
        end,
        category=Category.DEBRIS,
        rule=found.rule,
        engine=ENGINE,
        message=found.message,
        replacements=(found.fix,),
        severity=Severity.WARNING,
    )


class DebrisChecker:
    """Finds web debris in the whole document (results cached for the last text)."""

    name = ENGINE
    scope: Scope = "document"

    def __init__(self) -> None:
        self._last: tuple[str, list[Issue]] | None = None

    def check(self, texts: Sequence[str], ctx: CheckContext) -> list[list[Issue]]:
        """Find debris in each text."""
        out: list[list[Issue]] = []
        for text in texts:
            if self._last is not None and self._last[0] == text:
                out.append(list(self._last[1]))
                continue
            issues = find_debris(text)
            self._last = (text, issues)
            out.append(list(issues))
        return out
