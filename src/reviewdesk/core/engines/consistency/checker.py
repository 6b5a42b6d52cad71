"""PerfectIt-style consistency, kept line by line (document scope, incremental).

Each line's :class:`~.reading.Use` list is read once per line text. The document keeps,
per family, how often each form is used (sums over lines) and which lines hold it, so an
edit takes the old lines out and puts the new ones in; a family whose decision (the form
to keep) changed is redone on the lines that hold it, every other line keeps its issues.
Abbreviations are decided by where their definition stands, so a changed abbreviation is
redone on its lines; headings by the names the body capitalises, so headings (few) are
decided again after every edit.

Every finding names the forms with their counts ("“percent” (3×) and “%” (1×)") and
offers the kept form as its fix: applying all of one finding's fixes (the window's
"Use … everywhere") makes the article consistent.
"""

from __future__ import annotations

import logging
import re
import sys
from collections import Counter, OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import Any

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, Capability, CheckContext, Scope
from reviewdesk.core.engines.consistency import dash_marks as dm
from reviewdesk.core.engines.consistency import figures as fg
from reviewdesk.core.engines.consistency import forms as fm
from reviewdesk.core.engines.consistency import reading as rd
from reviewdesk.core.engines.consistency import soundalikes as sa
from reviewdesk.core.engines.consistency import spellings as sp
from reviewdesk.core.engines.consistency.labels import form_label
from reviewdesk.core.engines.consistency.reading import Use
from reviewdesk.core.engines.grammar.lexicon import Lexicon
from reviewdesk.core.frozen import EMPTY, frozen
from reviewdesk.core.lines import NO_ISSUES, LineIssues, Lines, Splice, closest, joined_issues
from reviewdesk.core.models import Category, Issue, Severity, context_hash
from reviewdesk.core.style import coerce_style_sheet
from reviewdesk.core.text.prompts import without_prompts
from reviewdesk.core.text.sentences import starts_sentence

_ISSUES = attrgetter("issues")  # a line's issues, read at C speed

log = logging.getLogger(__name__)

ENGINE = "consistency"
_NAMES = {
    rd.PERCENT: "percentages",
    rd.QUOTES: "quotation marks",
    rd.APOSTROPHES: "apostrophes",
    rd.DASHES: "dashes",
    rd.DATES: "dates",
    rd.MONTH_NAMES: "months before a day",
    rd.NUMBERS: "numbers from two to nine",
    fm.BIG_NUMBERS: "numbers from 10 to 99",
    fm.ELLIPSES: "ellipses",
    fm.TIMES: "times of day",
    fm.UNITS: "units after figures",
    fg.THOUSANDS: "large numbers",
    fg.ORDINALS: "dates",
    fg.TERM_FIGURES: "one term",
    sp.SPELLED: "one name",
    sp.DOTS: "one abbreviation",
    sp.THE_TERM: "one term",
    dm.DASH_MARKS: "dashes",
    sa.SOUND_ALIKE: "a word and its sound-alike",
}
_US = ("en-US",)
_CAPITALS = "capitals"
_ARTICLE_WIDE = frozenset({rd.HEADINGS, fm.TERM_CASE})
Key = tuple[str, str]
_CAP_WORD = re.compile(r"(?<![\w’'-])([A-Z][a-z][\w’'-]*)")


class _Line:
    __slots__ = ("caps", "index", "issues", "text", "titles", "uses")

    def __init__(
        self,
        index: int,
        text: str,
        uses: tuple[Use, ...],
        caps: frozenset[str],
        titles: tuple[str, ...] = (),
    ):
        self.index = index
        self.text = text
        self.uses = uses
        self.caps = caps  # capitalised words mid-sentence (names, for headings)
        self.titles = titles  # every capitalised word ("Lidl"), for terms in capitals
        self.issues: LineIssues = NO_ISSUES


class _Doc:
    """One text's consistency state (consumed by the update to the next text)."""

    def __init__(self, key: tuple[object, ...], lexicon: Lexicon) -> None:
        self.key = key
        self.lexicon = lexicon  # print's pair counts, for a lone sound-alike
        self.source = Lines.of("")
        self.lines: list[_Line] = [_Line(0, "", (), frozenset())]  # the empty text's line
        self.counts: dict[Key, Counter[str]] = {}
        self.holders: dict[Key, dict[_Line, None]] = {}
        self.caps: Counter[str] = Counter()
        self.titles: Counter[str] = Counter()
        self.decisions: dict[Key, Any] = {}
        # the keys decided again after every edit (headings, terms in capitals): they
        # read article-wide word counts, not only their own lines
        self.article_wide: set[Key] = set()


_Reading = tuple[tuple[Use, ...], frozenset[str], tuple[str, ...]]


class _Reader:
    def __init__(self) -> None:
        self._cache: dict[str, _Reading] = {}

    def __call__(self, text: str) -> _Reading:
        found = self._cache.get(text)
        if found is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            uses = rd.read_line(text)
            heading = any(u.family == rd.HEADINGS for u in uses)
            caps, titles = (EMPTY, ()) if heading else _mid_caps(text, uses)
            found = self._cache[text] = (uses, caps, titles)
        return found

    def clear(self) -> None:
        self._cache.clear()


def _mid_caps(text: str, uses: tuple[Use, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The capitalised words mid-sentence, and every capitalised word that a term in
    capitals in the article could be (only when the line or the article may hold one:
    any capitalised word is kept, as the article's other lines decide)."""
    mid = []
    titles = []
    for m in _CAP_WORD.finditer(text):
        # interned: every line's reading is kept, and the article repeats its words
        word = sys.intern(m.group(1))
        titles.append(sys.intern(word.split("’")[0].split("'")[0]))
        if not starts_sentence(text, m.start()):
            mid.append(word)
    return frozen(mid), tuple(titles)


class ConsistencyChecker(BaseChecker):
    """Consistency of forms across the article, behind the checker protocol."""

    capabilities = frozenset({Capability.CACHES, Capability.LINES})
    name = ENGINE
    scope: Scope = "document"

    def __init__(self) -> None:
        self._read = _Reader()
        self._docs: OrderedDict[str, _Doc] = OrderedDict()
        self._lexicon = Lexicon()  # its tables are read on first use, shared per process

    def clear_cache(self) -> None:
        self._read.clear()
        self._docs.clear()

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        out = []
        for text in texts:
            lines = Lines.of(text)
            out.append(joined_issues(lines, self.check_lines(lines, ctx, cancel)))
        return out

    def check_lines(
        self, lines: Lines, ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[LineIssues]:
        key = _context_key(ctx)
        doc = self._docs.get(lines.text)
        if doc is not None and doc.key == key:
            self._docs.move_to_end(lines.text)
            return list(map(_ISSUES, doc.lines))  # at C speed
        candidates = ((d.source, d) for d in self._docs.values() if d.key == key)
        found = closest(lines, candidates)
        if found is not None:
            doc = found[0]
            del self._docs[doc.source.text]
        else:
            doc = _Doc(key, self._lexicon)
        update(doc, lines, self._read, ctx)
        self._docs[lines.text] = doc
        while len(self._docs) > 3:
            self._docs.popitem(last=False)
        return list(map(_ISSUES, doc.lines))  # at C speed


def find_consistency(text: str, ctx: CheckContext) -> list[Issue]:
    """Every consistency finding of ``text``, found afresh (a reference)."""
    lines = Lines.of(text)
    doc = _Doc(_context_key(ctx), Lexicon())
    update(doc, lines, _Reader(), ctx)
    return joined_issues(lines, [line.issues for line in doc.lines])


def _context_key(ctx: CheckContext) -> tuple[object, ...]:
    return (
        ctx.language,
        _spell_out_below(ctx),
        _house_quotes(ctx),
        _house_ellipsis(ctx),
        ctx.not_headings,
        ctx.placeholders,
    )


def _house_ellipsis(ctx: CheckContext) -> str:
    """The house sheet's ellipsis, "dots" (the default, AP's "...") or "character"."""
    conventions = getattr(coerce_style_sheet(ctx.style), "conventions", None)
    return str(getattr(conventions, "ellipsis", "dots"))


def _house_quotes(ctx: CheckContext) -> str:
    """The house sheet's quotation marks, "curly" (the default) or "straight"."""
    conventions = getattr(coerce_style_sheet(ctx.style), "conventions", None)
    return str(getattr(conventions, "quotes", "curly"))


def _spell_out_below(ctx: CheckContext) -> int:
    sheet = coerce_style_sheet(ctx.style)
    conventions = getattr(sheet, "conventions", None)
    return int(getattr(conventions, "spell_out_below", 10))


def update(doc: _Doc, lines: Lines, read: _Reader, ctx: CheckContext) -> None:
    """Turn ``doc`` into the state of ``lines`` (in place)."""
    splice = lines.splice_from(doc.source)
    if splice.start > 0:  # whether a line runs on reads the line after it: read it again
        splice = Splice(splice.start - 1, splice.old_end, splice.new_end)
    gone = doc.lines[splice.start : splice.old_end]
    changed: set[Key] = set()
    for line in gone:
        _count(doc, line, -1, changed)
    new = []
    for k in range(splice.start, splice.new_end):
        text = lines.lines[k]
        # a Word form's prompt is the form's author's: read as blanks (offsets hold)
        seen = without_prompts(text, ctx.placeholders)
        uses, caps, titles = read(seen)
        if any(u.family == rd.HEADINGS for u in uses) and (
            text in ctx.not_headings or _runs_on(lines, k)
        ):
            # a list item or a page header shaped like a heading: the file says it is none;
            # a hard-wrapped paragraph's line ("… which will" / "add two crossings"): its
            # sentence goes on in the next line
            uses = tuple(u for u in uses if u.family != rd.HEADINGS)
            caps, titles = _mid_caps(seen, uses)
        new.append(_Line(k, text, uses, caps, titles))
    doc.lines[splice.start : splice.old_end] = new
    if splice.shift:
        for k in range(splice.new_end, len(doc.lines)):
            doc.lines[k].index = k
    doc.source = lines
    caps_before = sum(1 for line in gone if line.caps) + sum(1 for line in new if line.caps)
    for line in new:
        _count(doc, line, 1, changed)
    redo: set[_Line] = set(new)
    keys = changed | doc.article_wide
    if caps_before:
        keys.add((rd.HEADINGS, ""))
    for key in keys:
        decision = _decide(doc, key, ctx)
        if decision != doc.decisions.get(key) or key[0] == rd.ABBREVIATION:
            if decision is None:
                doc.decisions.pop(key, None)
            else:
                doc.decisions[key] = decision
            redo.update(doc.holders.get(key, ()))
    for line in redo:
        line.issues = _issues(doc, line)


def _runs_on(lines: Lines, k: int) -> bool:
    """Whether line ``k``'s sentence goes on in the next line, which opens in lowercase
    with no blank line between: a paragraph wrapped by hand (Markdown, e-mail, a plain
    text file), whose lines without a full stop are no headings."""
    if k + 1 >= len(lines.lines):
        return False
    following = lines.lines[k + 1].lstrip()
    return bool(following) and following[0].islower()


def _count(doc: _Doc, line: _Line, n: int, changed: set[Key]) -> None:
    for use in line.uses:
        key = (use.family, use.key)
        counts = doc.counts.setdefault(key, Counter())
        counts[use.form] += n
        if counts[use.form] <= 0:
            del counts[use.form]
        holders = doc.holders.get(key)
        if holders is None:
            holders = doc.holders[key] = {}
            if use.family in _ARTICLE_WIDE:
                doc.article_wide.add(key)
        if n > 0:
            holders[line] = None
        else:
            holders.pop(line, None)
        if not holders:
            del doc.holders[key]
            doc.article_wide.discard(key)
            del doc.counts[key]
        changed.add(key)
    for word in line.caps:
        doc.caps[word] += n
        if doc.caps[word] <= 0:
            del doc.caps[word]
    titles = doc.titles
    for word in line.titles:
        titles[word] += n
        if titles[word] <= 0:
            del titles[word]


# -- decisions -------------------------------------------------------------------------


def _decide(doc: _Doc, key: Key, ctx: CheckContext) -> object:
    family = key[0]
    if family == rd.ABBREVIATION:
        return _abbreviation(doc, key)
    if family == rd.HEADINGS:
        return _headings(doc, key)
    counts = doc.counts.get(key)
    if not counts or (len(counts) < 2 and family != fm.TERM_CASE):
        return None
    if family == rd.NUMBERS:
        keep = "words" if _spell_out_below(ctx) > 9 else "figures"
        why = "House style writes them in words." if keep == "words" else "House style: figures."
    elif family == fm.BIG_NUMBERS:
        below = _spell_out_below(ctx)
        if 10 < below <= 99:
            return None  # the sheet spells some of them and not others: no one form
        keep = "words" if below > 99 else "figures"
        if counts[keep] < max(counts.values()):
            return None  # the article spells them out by habit: its style, not a slip
        why = "House style writes them in words." if keep == "words" else "House style: figures."
    elif family == fm.TERM_CASE:
        return _term_case(key, counts[_CAPITALS], doc.titles.get(key[1].capitalize(), 0))
    elif family == dm.DASH_MARKS:
        mark = dm.keep_mark(key[1], counts)
        if mark is None:
            return None
        keep, why = mark, "Use one form."
    elif family in sp.SURFACE_FAMILIES:
        return _surface(key, counts)
    elif family == sa.SOUND_ALIKE:
        return _sound_alike(key, counts)
    elif family == fm.TIMES:
        keep = _keep_time(doc, key, counts, ctx.language)
        why = "Use one form."
    elif family in (rd.QUOTES, rd.APOSTROPHES) and _house_marks_win(family, counts, ctx):
        keep = _house_quotes(ctx)  # the house sheet's choice, whichever is more common
        why = f"House style: {keep}."
    elif family == rd.PERCENT:
        keep = _keep_first_on_tie(doc, key, counts)
        why = "Use one form."
    else:
        ellipsis = _house_ellipsis(ctx)
        keep = max(counts, key=lambda f: (counts[f], _preferred(family, f, ctx.language, ellipsis)))
        why = "Use one form."
    listing = _listing(family, counts)
    message = f"This article writes {_NAMES[family]} two ways: {listing}. {why}"
    return (keep, message, _forms(family, counts))


def _house_marks_win(family: str, counts: Counter[str], ctx: CheckContext) -> bool:
    """Whether the house sheet's marks win over the article's, wherever the article uses them.

    One quotation mark alone among several of the other form is the exception: half a
    pair is a slip in an article that has chosen its marks (a pasted or autocorrected
    mark), so that mark is flagged, not every other mark in the article. A pair typed
    with smart quotes still wins, and so does a lone apostrophe (a whole mark, which may be
    the only one the writer typed)."""
    house = _house_quotes(ctx)
    if house not in counts:
        return False
    others = sum(n for form, n in counts.items() if form != house)
    return not (family == rd.QUOTES and counts[house] == 1 and others >= 3)


def _keep_first_on_tie(doc: _Doc, key: Key, counts: Counter[str]) -> str:
    """The commoner form; a tie to the form the article set first. Percent has no
    dialect's form to fall back on (AP has written "%" after a figure since 2019, as the
    Guardian does, and others write "percent" or "per cent"), so the writer's first
    choice is the article's convention and the later form is the slip: a figure pasted
    from a release or a wire, "30%" in the lead and "about 40 percent" further down."""
    most = max(counts.values())
    tied = [f for f, n in counts.items() if n == most]
    if len(tied) == 1:
        return tied[0]
    first = _first_places(doc, key)
    return min(tied, key=lambda f: first.get(f, (1 << 30, 0)))


def _keep_time(doc: _Doc, key: Key, counts: Counter[str], language: str) -> str:
    """No sheet rule for times: the commoner form wins. A tie between the two clocks
    ("19:00" and "7pm") goes to the one the article set first; a tie on one clock
    ("8:10 am" and "8.10am") to the dialect's usual form ("7pm" in British copy, "7 p.m."
    in American), then to the first."""
    first = _first_places(doc, key)
    most = max(counts.values())
    tied = [f for f, n in counts.items() if n == most]
    one_clock = len({f in fm.TWENTY_FOUR_HOUR for f in tied}) == 1
    return max(
        tied,
        key=lambda f: (
            _preferred(fm.TIMES, f, language) if one_clock else 0,
            [-x for x in first.get(f, (1 << 30, 0))],
        ),
    )


def _preferred(family: str, form: str, language: str, house_ellipsis: str = "dots") -> int:
    """Which form wins a tie: the dialect's (or for ellipses the house sheet's) usual one."""
    us = language in _US
    best = {
        rd.QUOTES: "curly",
        rd.APOSTROPHES: "curly",
        rd.DASHES: "spaced",  # AP and most British desks
        rd.DATES: "month day" if us else "day month",
        rd.MONTH_NAMES: "abbreviated" if us else "full",  # AP abbreviates them: "Dec. 7"
        fm.TIMES: "p.m." if us else "pm",
        fm.ELLIPSES: house_ellipsis,
        fm.UNITS: "spaced",  # SI and most style guides: "37 kg"
        fg.THOUSANDS: "comma",  # AP and most desks: "37,542"
        fg.ORDINALS: "plain",  # AP: "Aug. 4", never "Aug. 4th"
    }.get(family)
    return 1 if form == best else 0


def _forms(family: str, counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    """The forms as the message names them, with their counts, most used first."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple((form_label(family, f), n) for f, n in ranked)


def _listing(family: str, counts: Counter[str]) -> str:
    parts = [
        f"{form_label(family, f)} ({n}×)"
        for f, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _first_places(doc: _Doc, key: Key) -> dict[str, tuple[int, int]]:
    """Where each form of ``key`` first stands in the article (line, start)."""
    first: dict[str, tuple[int, int]] = {}
    for line in doc.holders.get(key, {}):
        for use in line.uses:
            if (use.family, use.key) == key:
                at = (line.index, use.start)
                if at < first.get(use.form, (1 << 30, 0)):
                    first[use.form] = at
    return first


def _surface(key: Key, counts: Counter[str]) -> object:
    """A word or term written two ways (:mod:`.spellings`): the commoner form is kept,
    when one is used at least twice and more often than any other. A tie says nothing
    of which is the slip ("Pólya" once, "Polya" once in a book's title)."""
    ranked = counts.most_common()
    if ranked[0][1] < 2 or ranked[0][1] == ranked[1][1]:
        return None
    keep = ranked[0][0]
    message = f"This article writes {_NAMES[key[0]]} two ways: {_listing(key[0], counts)}."
    return (keep, message + f" Use “{keep}”.", _forms(key[0], counts))


def _slip_of(doc: _Doc, line: _Line, use: Use, keep: str) -> bool:
    """Whether the lone sound-alike reads as a slip for ``keep``: written in lowercase (a
    capital is a name's: "Queen's Counsel"), after a word that print does not put
    before it more often than before ``keep`` ("legal counsel", "bread roll" stay), nor
    before a word print puts after it and never after ``keep`` ("roll call"); after a
    possessive or a mark there is no word to weigh, and it stays ("the council's
    counsel")."""
    text = line.text[use.start : use.end]
    if not text.islower():
        return False
    before = sa.word_before(line.text, use.start)
    if not before:
        return False  # nothing print can weigh: a mark, a possessive, the line's start
    if doc.lexicon.pair(before, use.form) > doc.lexicon.pair(before, keep):
        return False
    # a phrase print holds with the written word and never with its partner ("his last
    # roll call vote"): the word after speaks for it
    after = sa.word_after(line.text, use.end)
    lex = doc.lexicon
    return not (after and lex.pair(use.form, after) and not lex.pair(keep, after))


def _sound_alike(key: Key, counts: Counter[str]) -> object:
    """One word written once where the article writes its sound-alike at least twice
    after the same word (:mod:`.soundalikes`): the single one is the slip. Two forms each
    used twice are two meanings the article has (a lawyer's counsel and a city's
    council), and say nothing."""
    ranked = counts.most_common()
    if ranked[0][1] < 2 or sum(n for _, n in ranked[1:]) != 1:
        return None
    keep, other = ranked[0][0], ranked[1][0]
    times = "twice" if ranked[0][1] == 2 else f"{ranked[0][1]} times"
    message = (
        f"This article writes “{keep}” {times} and “{other}” once: “{other}” sounds the "
        f"same but means something else. Use “{keep}”."
    )
    return (keep, message, _forms(key[0], counts))


def _term_case(key: Key, capitals: int, capitalised: int) -> object:
    """A term in capitals ("LIDL") where the article also capitalises it as a word
    ("Lidl") at least as often: the capitalised spelling is kept (a trade name is no
    abbreviation). When the capitals are commoner, nothing is said: the capitalised
    words are not kept as occurrences (every capitalised word would be one)."""
    if not capitalised or capitals > capitalised:
        return None
    word = key[1]
    listing = f"“{word.capitalize()}” ({capitalised}×) and “{word.upper()}” ({capitals}×)"
    message = f"This article writes one term two ways: {listing}. Use “{word.capitalize()}”."
    forms = ((f"“{word.capitalize()}”", capitalised), (f"“{word.upper()}”", capitals))
    return ("capitalised", message, forms)


def _heading_form(doc: _Doc, line: _Line, use: Use) -> tuple[str, list[tuple[int, str]]]:
    """A heading's style with the body's names set aside, and its content words after
    the first (start in the line, word)."""
    body = line.text[use.start : use.end]
    words = [(use.start + m.start(), m.group()) for m in rd._HEADING_WORD.finditer(body)][1:]
    rest = [(s, w) for s, w in words if w.lower() not in rd.MINOR]
    caps = [(s, w) for s, w in rest if w[0].isupper() and not _named(doc, w)]
    lows = [(s, w) for s, w in rest if w[0].islower()]
    named = len(rest) - len(caps) - len(lows)
    if not lows and (caps or named):
        return "title", rest
    if not caps:
        return "sentence", rest
    return "mixed", rest


def _named(doc: _Doc, word: str) -> bool:
    """Whether a heading's capitalised word keeps its capital in any style: a name the
    body capitalises, or an abbreviation ("UK", "NATO's"), never a sign of Title Case."""
    base = word.split("’")[0].split("'")[0]
    return bool(doc.caps.get(base)) or (len(base) > 1 and base.isupper())


def _headings(doc: _Doc, key: Key) -> object:
    holders = doc.holders.get(key, {})
    forms: Counter[str] = Counter()
    for line in holders:
        for use in line.uses:
            if use.family == rd.HEADINGS:
                forms[_heading_form(doc, line, use)[0]] += 1
    if forms["title"] + forms["sentence"] + forms["mixed"] < 3:
        return None
    keep = "title" if forms["title"] >= forms["sentence"] else "sentence"
    if forms[keep] < 2 or (forms["title"] and forms["sentence"]) is None:
        return None
    if not forms["mixed"] and not (forms["title"] and forms["sentence"]):
        return None
    counted = Counter({f: n for f, n in forms.items() if n})
    listing = _listing(rd.HEADINGS, counted)
    message = f"Headings are capitalised two ways: {listing}. Use {form_label(rd.HEADINGS, keep)}."
    return (keep, message, _forms(rd.HEADINGS, counted))


def _abbreviation(doc: _Doc, key: Key) -> object:
    # places are (line, start): a line keeps its object when lines before it come or go,
    # and their order only changes when a line holding the abbreviation does
    found = sorted(
        ((line.index, u.start, u.form, u, line) for line in doc.holders.get(key, {})
         for u in line.uses if (u.family, u.key) == key),
        key=lambda x: (x[0], x[1]),
    )  # fmt: skip
    defs = [f for f in found if f[2] == "definition"]
    if not defs:
        return None
    first = (defs[0][0], defs[0][1])
    # a headline or heading names the abbreviation before the body defines it, as news
    # and reports do ("… at UN General Assembly" over "the United Nations (UN) …")
    early = tuple(
        (ln, s)
        for i, s, form, _u, ln in found
        if form == "use" and (i, s) < first and not _is_heading(ln)
    )
    again = tuple((ln, s) for _i, s, _f, _u, ln in defs[1:])
    if not early and not again:
        return None
    return (defs[0][3].as_form("definition"), early, again)


def _is_heading(line: _Line) -> bool:
    """Whether ``line`` reads as a headline or heading (its own text, so the verdict
    moves with the line)."""
    return any(u.family == rd.HEADINGS for u in line.uses)


# -- issues --------------------------------------------------------------------------------


def _issues(doc: _Doc, line: _Line) -> LineIssues:
    out: list[Issue] = []
    for use in line.uses:
        key = (use.family, use.key)
        decision = doc.decisions.get(key)
        if decision is None:
            continue
        if use.family == rd.ABBREVIATION:
            out.extend(_abbreviation_issues(line, use, decision))
        elif use.family == rd.HEADINGS:
            out.extend(_heading_issues(doc, line, use, decision))
        else:
            keep, message, forms = decision
            if use.form == keep:
                continue
            fix = use.as_form(keep)
            if fix is None and use.family in sp.SURFACE_FAMILIES:
                fix = keep  # the form is its own wording ("Zoë")
            if fix is None or fix == line.text[use.start : use.end]:
                continue
            issue = _issue(line, use.start, use.end, f"consistency-{use.family}", message, fix,
                           _group(use), forms)  # fmt: skip
            if use.family == sa.SOUND_ALIKE:
                if not _slip_of(doc, line, use, keep):
                    continue
                issue = replace(issue, category=Category.CONFUSION)  # a confused word
            out.append(issue)
    if not out:
        return NO_ISSUES
    out.sort(key=lambda i: (i.start, i.end, i.rule))
    return tuple(out)


def _abbreviation_issues(line: _Line, use: Use, decision: Any) -> Iterable[Issue]:
    definition, early, again = decision
    at = (line, use.start)
    if use.form == "use" and at in early:
        fix = definition if at == early[0] else use.key
        yield _issue(
            line, use.start, use.end, "abbreviation-before-definition",
            f"“{use.key}” is used before it is defined (“{definition}” comes later): define "
            "it at its first use.", fix,
        )  # fmt: skip
    elif use.form == "definition" and at in again:
        yield _issue(
            line, use.start, use.end, "abbreviation-defined-twice",
            f"“{use.key}” is defined twice; after the first time, “{use.key}” is enough.",
            use.key,
        )  # fmt: skip


def _heading_issues(doc: _Doc, line: _Line, use: Use, decision: Any) -> Iterable[Issue]:
    keep, message, forms = decision
    form, rest = _heading_form(doc, line, use)
    if form == keep:
        return
    group = _group(use)
    for start, word in rest:
        if keep == "title" and word[0].islower():
            yield _issue(line, start, start + len(word), "consistency-headings", message,
                         word[0].upper() + word[1:], group, forms)  # fmt: skip
        elif keep == "sentence" and word[0].isupper() and not _named(doc, word):
            yield _issue(line, start, start + len(word), "consistency-headings", message,
                         word[0].lower() + word[1:], group, forms)  # fmt: skip


def _group(use: Use) -> str:
    """One finding per family and key: every place of it is one choice for the editor."""
    return f"{ENGINE}/{use.family}/{use.key}"


def _issue(
    line: _Line, start: int, end: int, rule: str, message: str, fix: str,
    group: str = "", forms: tuple[tuple[str, int], ...] = (),
) -> Issue:  # fmt: skip
    text = line.text
    return Issue(
        start, end, text[start:end], Category.CONSISTENCY, rule, ENGINE, message, (fix,),
        Severity.WARNING, (ENGINE,), context_hash(text, start, end), group, forms,
    )  # fmt: skip
