"""Mechanical spacing and capitalisation slips that a copy desk catches and Harper misses.

Paragraph-scoped and deliberately conservative: "control.He" and "Dr.Smith" are flagged;
"U.S.", "e.g.", "J.R.R.", "3.5", "example.com" and "file.PDF" are not. Where a rule
overlaps Harper (double spaces, a space before a comma, a lowercase sentence start), it
reports the same span and fix, so the merged list shows one issue naming both engines.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, CheckContext, Scope
from reviewdesk.core.engines.compound_modifiers import compound_modifiers
from reviewdesk.core.engines.mark_slips import mark_slips
from reviewdesk.core.groups import TWO_SPACES_AFTER_SENTENCES
from reviewdesk.core.models import Category, Issue, Severity, make_issue
from reviewdesk.core.text.labels import speaker_label
from reviewdesk.core.text.layout import doubled_spaces
from reviewdesk.core.text.prose import overlaps, protected_spans
from reviewdesk.core.text.sentences import TITLE_ABBREVIATIONS, period_may_continue

log = logging.getLogger(__name__)

ENGINE = "mechanics"

# sentence end glued to the next sentence: "control.He", "2020.The", "said”.Then"
_GLUED_SENTENCE = re.compile(r"(?<=[a-z\d”’\"')\]])([.?!])(?=[A-Z][a-z]+\b(?![(_\d]|\.\w))")
_GLUED_ABBREV = re.compile(r"(?<![\w.])([A-Z][a-z]{0,4})(\.)(?=[A-Z][\w’'-]*[a-z])")
_GLUED_INITIAL = re.compile(r"(?<![\w.])[A-Z](\.)(?=[A-Z][a-z]{1,}\b(?!\.))")
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_])([,;])(?=[^\W\d_])")
_GLUED_COLON = re.compile(r"(?<=[^\W\d_]{2})(:)(?=[^\W\d_]{2})")
_SPACE_BEFORE = re.compile(r"(?<=[\w”’\"')\]])([ \t]+)(?=[,;:!?](?:[\s\"”’']|$)|\.(?:\s|$))")
_SPACE_BEFORE_COMMA_GLUED = re.compile(r"(?<=\w)( ,)(?=[^\W\d_])")
# what ends a sentence just before a double space: "fulfilled.  If", "said.”  Then"
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_LOWER_AFTER_PERIOD = re.compile(r"(?<![.\w])(\w+)\. +([a-z][a-z’']*)\b")
# a lowercase particle joined to a capitalised name ("al-Assad", "el-Sisi") is written so
# at a sentence's start too
_NAME_PARTICLE = re.compile(r"-[A-Z]")
# the same after a quotation closed before the full stop: 'a "painful decision". he wrote'
_LOWER_AFTER_QUOTE_PERIOD = re.compile(r"(?<=\w)[\"”’]\. +([a-z][a-z’']*)\b")
# a part of the day capitalised after its weekday in a sentence: "by Thursday Afternoon"
_DAY_PART = re.compile(
    r"(?<=[a-z,] )(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (Morning|Afternoon|Evening|Night)\b"
    r"(?=[^\n]*[.!?][\"”’)]?\s*$)"
)
# a mark typed twice after a word: "Specifically,, both", "said;; then" (never an
# ellipsis's dots, a "::" in code or a URL, which the protected spans keep out)
_DOUBLED_MARK = re.compile(r"(?<=[^\W_]|[”’\"')\]])(([,;])[ \t]*\2)(?![,;])")
_COLON_SCHEMES = frozenset(["http", "https", "ftp", "mailto", "tel", "urn", "file", "data", "sms"])


def _words(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


# a digit glued to the next word: "2019,and", "5–2.Whitlock" (not "1,000", "3.5", "v2.0")
_GLUED_DIGIT_COMMA = re.compile(r"(?<=\d)(,)(?=[^\W\d_]{2})")
_GLUED_DIGIT_PERIOD = re.compile(r"(?<=\d)(\.)(?=[A-Z][a-z]+\b)")
# a month that is also a word, with a date beside it: "on march 5", "in may 2024"
_LOWER_MONTH = re.compile(
    r"(?<![\w’'-])(march|may|august)(?=\.?\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,]\d)"
    r"|\s+(?:1[89]|20)\d\d\b|,\s+(?:1[89]|20)\d\d\b)"
)
_DATE_WORDS = _words(
    "on in since by until till from through last next early late mid of before after "
    "during between and to"
)
# a comma closing a quotation, then a capital on an ordinary word: "“We won,” He said"
_CAPITAL_AFTER_QUOTE = re.compile(r"(?:,[”\"’']|[”\"’'],)\s+([A-Z][a-z]+)\b")
_CONTINUING_WORDS = _words(
    "he she they we you it his her their its our my your the a an this that these those "
    "there then said says asked added told according explained noted wrote replied "
    "continued insisted argued recalled warned admitted claimed"
)
# After a speaker label: the first word of the answer ("**Jane Doe:** yes, ...").
_ANSWER = re.compile(r"\s+(?:\*\*|__|\*|_)?([a-z][\w’']*)")


def _word_before(text: str, index: int) -> str:
    """The word (with inner periods) just before ``index``, past any closing quotes."""
    m = re.search(r"[\w’'.]*$", text[:index].rstrip("”’\"')]"))
    return m.group() if m else ""


# Cheap gates: a paragraph without these cannot match the rules behind them.
_GATE_GLUED = re.compile(r"[.,;:?!][^\W\d_]")
_GATE_SPACE_BEFORE = re.compile(r"\s[,;:!?.]")
_GATE_LOWER = re.compile(r"\.\s+[a-z]")


class _Found:
    """Collects one paragraph's issues, dropping those inside URLs and no-op fixes."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.protected = protected_spans(text)
        self.issues: dict[tuple[int, int, str], Issue] = {}

    def add(
        self,
        span: tuple[int, int],
        fix: str,
        category: Category,
        rule: str,
        message: str,
        severity: Severity = Severity.WARNING,
        group: str = "",
    ) -> None:
        start, end = span
        if overlaps(self.protected, start, end) or self.text[start:end] == fix:
            return
        key = (start, end, fix)
        if key not in self.issues:
            self.issues[key] = make_issue(
                self.text,
                start,
                end,
                category=category,
                rule=rule,
                engine=ENGINE,
                message=message,
                replacements=(fix,),
                severity=severity,
                group=group,
            )

    def result(self) -> list[Issue]:
        return sorted(self.issues.values(), key=lambda i: (i.start, i.end))


class MechanicsChecker(BaseChecker):
    """Missing and doubled spaces, and lowercase sentence starts after labels."""

    name = ENGINE
    scope: Scope = "paragraph"

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Check each paragraph on its own."""
        return [check_mechanics(text, _other_part(text, ctx)) for text in texts]


def _other_part(text: str, ctx: CheckContext) -> bool:
    """Whether the import knows ``text`` as something other than the writer's running
    prose (a list item, a table cell, a byline, a caption kept): its first word may
    rightly be in lowercase ("yes", "by Jane Doe")."""
    return text in ctx.not_headings or text in ctx.kept_lines or text in ctx.page_parts


# a paragraph that opens with a word in lowercase, after any indent and opening quote
_LOWER_PARAGRAPH_START = re.compile(r"[ \t]*[\"“‘']?([a-z][a-z’']*)(?=[\s,;:])")
# the paragraph ends a sentence: its mark, then any closing quotes or brackets
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s*$")
PARAGRAPH_START_RULE = "lowercase-paragraph-start"


def check_mechanics(text: str, other_part: bool = False) -> list[Issue]:
    """The mechanical slips in one paragraph (``other_part``: the import knows it as a
    list item, a table cell or a byline, not running prose)."""
    found = _Found(text)
    if not other_part:
        _paragraph_start(text, found)
    if _GATE_GLUED.search(text):
        _glued(text, found)
    if _GATE_SPACE_BEFORE.search(text):
        _space_before(text, found)
    # a doubled space between words; a tab, an indent or three spaces lay the page out
    # (core.text.layout, the notion Harper's spacing rules are filtered by too)
    for start, end in doubled_spaces(text):
        habit = TWO_SPACES_AFTER_SENTENCES if _SENTENCE_END.search(text, 0, start) else ""
        found.add(
            (start, end), " ", Category.SPACING, "double-space", "One space is enough.",
            group=habit,
        )  # fmt: skip
    if ",," in text or ";;" in text or ", ," in text:
        for m in _DOUBLED_MARK.finditer(text):
            found.add(
                m.span(1), m.group(2), Category.PUNCTUATION, "doubled-punctuation",
                f"The “{m.group(2)}” is typed twice: one is enough.",
            )  # fmt: skip
    for start, end, fix, category, rule, message in mark_slips(text):
        found.add((start, end), fix, category, rule, message)
    _capitals(text, found)
    _digits_and_months(text, found)
    for start, end, fix in compound_modifiers(text):
        found.add(
            (start, end), fix, Category.PUNCTUATION, "compound-modifier-hyphen",
            f"A number and its unit before a noun take a hyphen: “{fix}”.",
        )  # fmt: skip
    return found.result()


def _digits_and_months(text: str, found: _Found) -> None:
    """A digit glued to the next word, a month written in lowercase beside its date, and
    a capital after a quotation that the sentence goes on from."""
    sp = Category.SPACING
    if "," in text:
        for m in _GLUED_DIGIT_COMMA.finditer(text):
            found.add(
                m.span(1), ", ", sp, "missing-space-after-comma", "Use a space after a comma."
            )
    if "." in text:
        for m in _GLUED_DIGIT_PERIOD.finditer(text):
            if _word_before(text, m.start(1)).count(".") > 0:
                continue  # "v1.2.Beta", "3.5.Then": a version or a decimal
            found.add(
                m.span(1),
                ". ",
                sp,
                "missing-space-after-sentence",
                "Put a space between the sentences.",
            )
    for m in _LOWER_MONTH.finditer(text):
        word = m.group(1)
        before = text[max(0, m.start() - 12) : m.start()].split()
        year_after = bool(re.match(r"\.?,?\s+(?:1[89]|20)\d\d\b", text[m.end() :]))
        if not year_after and (not before or before[-1].lower() not in _DATE_WORDS):
            continue  # "they may 5 times", "march 5 miles": a verb, not the month
        found.add(
            m.span(1),
            word.capitalize(),
            Category.CAPITALIZATION,
            "lowercase-month",
            "A month's name takes a capital letter.",
            Severity.ERROR,
        )
    for m in _CAPITAL_AFTER_QUOTE.finditer(text):
        word = m.group(1)
        if word.lower() not in _CONTINUING_WORDS:
            continue  # a name ("Smith said") keeps its capital
        found.add(
            m.span(1),
            word.lower(),
            Category.CAPITALIZATION,
            "capital-after-quote",
            "The sentence goes on after the quotation: no capital here.",
            Severity.ERROR,
        )


def _glued(text: str, found: _Found) -> None:
    sp = Category.SPACING
    for m in _GLUED_ABBREV.finditer(text):
        if m.group(1) in TITLE_ABBREVIATIONS:
            found.add(
                m.span(2),
                ". ",
                sp,
                "missing-space-after-abbreviation",
                f"Put a space after “{m.group(1)}.”",
            )
    for m in _GLUED_INITIAL.finditer(text):
        found.add(
            m.span(1), ". ", sp, "missing-space-after-initial", "Put a space after the initial."
        )
    for m in _GLUED_SENTENCE.finditer(text):
        core = _word_before(text, m.start(1))
        # "U.S.Army", "e.g.The", "Ph.D": abbreviations with inner periods; skip them.
        if "." in core or len(core) < 2 or core in TITLE_ABBREVIATIONS:
            continue
        found.add(
            m.span(1),
            m.group(1) + " ",
            sp,
            "missing-space-after-sentence",
            "Put a space between the sentences.",
        )
    glued_commas = {m.start(1) + 1 for m in _SPACE_BEFORE_COMMA_GLUED.finditer(text)}
    for m in _GLUED_COMMA.finditer(text):
        if m.start(1) in glued_commas:
            continue  # " ,x": reported whole by _space_before
        mark = m.group(1)
        rule = "missing-space-after-comma" if mark == "," else "missing-space-after-semicolon"
        name = "comma" if mark == "," else "semicolon"
        found.add(m.span(1), mark + " ", sp, rule, f"Use a space after a {name}.")
    for m in _GLUED_COLON.finditer(text):
        before = _word_before(text, m.start(1)).lower()
        if before in _COLON_SCHEMES or text[m.end(1) : m.end(1) + 1] == ":":
            continue
        if m.start(1) and text[m.start(1) - 1] == ":":
            continue
        found.add(m.span(1), ": ", sp, "missing-space-after-colon", "Use a space after a colon.")


def _space_before(text: str, found: _Found) -> None:
    sp = Category.SPACING
    glued: set[int] = set()
    for m in _SPACE_BEFORE_COMMA_GLUED.finditer(text):
        glued.update((m.start(1), m.start(1) + 1))
        found.add(
            m.span(1), ", ", sp, "space-before-comma", "No space before a comma; one after it."
        )
    for m in _SPACE_BEFORE.finditer(text):
        if text[m.end(1) : m.end(1) + 2] == "..":
            continue  # "wait ..." is an ellipsis
        if m.start(1) in glued or m.end(1) in glued:
            continue
        found.add(m.span(1), "", sp, "space-before-punctuation", "No space before punctuation.")


def _capitals(text: str, found: _Found) -> None:
    cap = Category.CAPITALIZATION
    label = speaker_label(text)
    # a plain one-word label may be a heading ("Update: the bridge..."): not flagged
    answer = (
        _ANSWER.match(text, label.label_end) if label is not None and label.is_certain else None
    )
    if answer is not None and label is not None:
        word = answer.group(1)
        if not _looks_like_brand(word):
            found.add(
                answer.span(1),
                word[0].upper() + word[1:],
                cap,
                "lowercase-after-label",
                # "**Update:** more rain" is no speaker's answer: name the label instead
                f"Start the sentence after “{label.name}:” with a capital letter.",
                Severity.ERROR,
            )
    if "day " in text:
        for m in _DAY_PART.finditer(text):
            word = m.group(1)
            found.add(
                m.span(1),
                word.lower(),
                cap,
                "capital-day-part",
                "A part of the day after its weekday takes no capital.",
            )
    if not _GATE_LOWER.search(text):
        return
    for m in _LOWER_AFTER_QUOTE_PERIOD.finditer(text):
        word = m.group(1)
        if not _looks_like_brand(word):
            found.add(
                m.span(1),
                word[0].upper() + word[1:],
                cap,
                "lowercase-sentence-start",
                "This sentence does not start with a capital letter.",
                Severity.ERROR,
            )
    for m in _LOWER_AFTER_PERIOD.finditer(text):
        before, word = m.group(1), m.group(2)
        if period_may_continue(before) or _looks_like_brand(word):
            continue
        if _NAME_PARTICLE.match(text, m.end(2)):
            continue  # "al-Muhandis was ...": the name's own lowercase particle
        found.add(
            m.span(2),
            word[0].upper() + word[1:],
            cap,
            "lowercase-sentence-start",
            "This sentence does not start with a capital letter.",
            Severity.ERROR,
        )


def _paragraph_start(text: str, found: _Found) -> None:
    """A paragraph of prose that opens in lowercase ("the rain is expected.").

    Harper leaves a paragraph of one short sentence alone (a label, in its view), and
    the sentence-start rules above look only after a full stop, so a short paragraph that
    opens in lowercase was looked at by no engine. Only a paragraph that ends a sentence
    is prose: a label ("via AP", "photo: Reuters") ends none. A paragraph that continues
    the one before (after a colon, a list's semicolon, a line wrapped mid-sentence) is
    let go by :class:`reviewdesk.core.engines.paragraph_starts.ContinuedSentenceFilter`,
    which sees the line before; this engine sees one paragraph.
    """
    m = _LOWER_PARAGRAPH_START.match(text)
    if m is None or not _ENDS_SENTENCE.search(text):
        return
    word = m.group(1)
    if _looks_like_brand(word) or _NAME_PARTICLE.match(text, m.end(1)):
        return
    found.add(
        m.span(1),
        word[0].upper() + word[1:],
        Category.CAPITALIZATION,
        PARAGRAPH_START_RULE,
        "This paragraph does not start with a capital letter.",
        Severity.ERROR,
    )


def _looks_like_brand(word: str) -> bool:
    """Whether a lowercase initial followed by a capital is deliberate ("iPhone", "eBay")."""
    return any(c.isupper() for c in word[1:])
