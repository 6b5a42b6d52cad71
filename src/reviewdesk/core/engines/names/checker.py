"""Names and consistency: our own engine, learned from the article itself.

:class:`NamesChecker` (document scope) reports, in category ``consistency``:
near-variant spellings of one name, two first names for one surname, a term capitalised
or hyphenated two ways, and British/American spellings mixed (or foreign to the
article's dialect). It also reports a name written once in lowercase (``capitalization``).

:class:`NameFilter` runs after all engines: it drops spelling flags on words the article
uses consistently as names ("Lukashenko", "Oreshkin’s", a speaker label, a photo
credit), and a spelling flag on a span our checker already reports as a name variant.
Lowercase words ("putin", "onyl") are never suppressed.

Both share a :class:`NameModelCache`, so the model of a text is learned once per check.
"""

from __future__ import annotations

import bisect
import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate

from reviewdesk.core.checker import NEVER, BaseChecker, CancelToken, Capability, CheckContext, Scope
from reviewdesk.core.engines.grammar.lexicon import is_dictionary_word, lemmas_ready
from reviewdesk.core.engines.names.building import Changes, build, update
from reviewdesk.core.engines.names.findings import find_all
from reviewdesk.core.engines.names.findings import update as update_findings
from reviewdesk.core.engines.names.model import (
    LineNames,
    NameModel,
    ParagraphNames,
    Token,
    fold,
    token_in_line,
    word_set,
)
from reviewdesk.core.engines.names.spelling_variants import (
    UK,
    both_words,
    dialect_group,
    dialect_twins,
    lone_spelling_shown,
    side_of,
)
from reviewdesk.core.engines.names.state import ENGINE, NamesFindings
from reviewdesk.core.engines.names.variants import damerau, typing_slip
from reviewdesk.core.engines.names.words import CALENDAR_WORDS
from reviewdesk.core.engines.spelling import Speller, no_word_near
from reviewdesk.core.engines.word_formation import MIN_RARE_COUNT, far_from_every_word
from reviewdesk.core.lines import LineIssues, Lines, closest, joined_issues, split_issues
from reviewdesk.core.models import DIALECT_NAMES, Category, Issue
from reviewdesk.core.text.bylines import (
    binomial_epithet,
    bracketed_genus,
    byline_name,
    name_particle,
)

log = logging.getLogger(__name__)

# A fix this common in print is an ordinary word, so a capitalised one-off near it is a
# slip rather than a name ("Goverment" -> "Government"; "Duda" -> "Dude" is used thrice).
COMMON_WORD_COUNT = 1_000_000
VERY_COMMON_WORD_COUNT = 20_000_000
# A spelling printed this often is in use (British "centrepiece", missing from the
# dictionary): a dialect's spelling, not a slip.
PRINTED_SPELLING = 20_000
_DETERMINERS = word_set("the a an this that these those his her its their our my your")

# Rules whose span replaces a spelling flag of another engine on the same word.
_REPLACES_SPELLING = frozenset({"name-variant", "spelling-variant-mixed", "spelling-dialect"})
_FILTERED = frozenset({Category.SPELLING, Category.CAPITALIZATION})
# Our grammar engine's agreement rule, and the singular verbs it calls wrong after a
# subject it read as a plural noun: "Sanders was" -> "were", where "Sanders" is a name
_AGREEMENT = "subject-verb-agreement"
_SINGULAR_VERBS = word_set("is was has does isn't wasn't hasn't doesn't")
_JOINING = word_set("and or nor")
# Engines that flag a word from a list of known wrong forms, not from a dictionary's
# absence: when one of them flagged the same span, the word is no name
# ("Irregardless of …" at a sentence's start, flagged by the phrase list too).
_KNOWN_WRONG = frozenset({"phrases", "house-style", "grammar"})
# Engines without a desk's intent: their "lowercase this" on an article's name is noise.
# (House style's own lowercase list is the desk's decision and is left alone.)
_GENERAL_ENGINES = frozenset({"harper", "languagetool"})
_NO_DEPS: frozenset[str] = frozenset()
# Not a word: what a line's verdict reads when it keeps or drops a dialect's spelling
# (what the article's spellings show, spelling_variants.sides_used), changed when such a
# spelling's count moves.
_SIDES = "\x00dialect sides"


class NameModelCache:
    """The last few texts' name models; a new text's model is the closest one, updated.

    An update consumes the model it starts from (the draft's previous version); the
    original, checked alongside, keeps its own.
    """

    def __init__(self, size: int = 3) -> None:
        self._size = size
        self._models: OrderedDict[str, NameModel] = OrderedDict()
        # each paragraph's reading, by its text: an edit re-reads changed paragraphs only
        self._paragraphs: dict[str, ParagraphNames] = {}
        # the Word form's prompts the models were read without (an article's, so they
        # change only with the article: the models are then learned again)
        self._prompts: frozenset[str] = frozenset()

    def clear(self) -> None:
        """Forget every model."""
        self._models.clear()
        self._paragraphs.clear()

    def get(
        self, text: str, lines: Lines | None = None, prompts: frozenset[str] = frozenset()
    ) -> NameModel:
        """The model of ``text``, taken from the cache or made from the closest one.

        ``prompts`` (a Word form's, :attr:`CheckContext.placeholders`) are read as blanks.
        """
        if prompts != self._prompts:
            self._models.clear()  # the paragraphs' readings are kept by the text read
            self._prompts = prompts
        model = self._models.get(text)
        if model is not None:
            self._models.move_to_end(text)
            return model
        lines = lines if lines is not None and lines.text == text else Lines.of(text)
        found = closest(lines, ((m.source, m) for m in self._models.values()))
        if (
            found is not None
            and max(found[1].old_end, found[1].new_end) - found[1].start <= len(lines) // 2 + 1
        ):
            base = found[0]
            del self._models[base.text]
            update(base, lines, self._paragraphs, prompts)
            model = base
        else:
            model = build(lines, self._paragraphs, prompts)
        self._models[text] = model
        while len(self._models) > self._size:
            self._models.popitem(last=False)
        return model


def findings_of(model: NameModel, ctx: CheckContext) -> NamesFindings:
    """The names engine's findings for ``model``'s text (kept with the model)."""
    st = model.findings
    current = model.findings_text == model.text
    if isinstance(st, NamesFindings) and current and st.key == (ctx.language, ctx.words):
        return st
    ch = model.last_changes
    if (
        isinstance(st, NamesFindings)
        and isinstance(ch, Changes)
        and model.findings_text is not None
        and model.findings_text == model.derived_from
    ):
        st = update_findings(st, model, ctx, ch)
    else:
        st = find_all(model, ctx)
    model.findings, model.findings_text = st, model.text
    return st


class NamesChecker(BaseChecker):
    """Names and consistency behind the checker protocol (document scope, per line)."""

    capabilities = frozenset({Capability.CACHES, Capability.LINES})

    name = ENGINE
    scope: Scope = "document"

    def __init__(self, cache: NameModelCache | None = None) -> None:
        self._cache = cache if cache is not None else NameModelCache()

    @property
    def is_warm(self) -> bool:
        """False while the grammar engine's warm-up is reading the dictionary the names
        engine asks too (whether a word is English): an early result comes without it."""
        return lemmas_ready()

    def clear_cache(self) -> None:
        """Forget learned models (benchmarks use this to time a fresh check)."""
        self._cache.clear()

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Check each whole text; offsets relative to each text."""
        out: list[list[Issue]] = []
        for text in texts:
            lines = Lines.of(text)
            out.append(joined_issues(lines, self.check_lines(lines, ctx, cancel)))
        return out

    def check_lines(
        self, lines: Lines, ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[LineIssues]:
        """Check one text, per line (see :meth:`Checker.check_lines`)."""
        return findings_of(self._cache.get(lines.text, lines, ctx.placeholders), ctx).out


def find_all_issues(text: str, ctx: CheckContext) -> list[Issue]:
    """Every finding of the names engine for ``text``, learned afresh (a reference)."""
    lines = Lines.of(text)
    return joined_issues(lines, find_all(build(lines, {}, ctx.placeholders), ctx).out)


class NameFilter:
    """Drops spelling flags on the article's own names (an :class:`IssueFilter`, also per
    line: a :class:`reviewdesk.core.finalize.LineFilter`).

    ``one_off_names``: also drop a flag on a capitalised word written once in mid-sentence
    ("in Longyearbyen") unless the engine's suggestion is one letter away and a word the
    article uses ("the Goverment"). Off, such one-off names stay flagged.
    """

    # its verdicts need the whole article read first (an early result goes without it)
    reads_whole_article = True

    def __init__(
        self,
        cache: NameModelCache | None = None,
        one_off_names: bool = True,
        speller: Speller | None = None,
    ) -> None:
        self._cache = cache if cache is not None else NameModelCache()
        self._speller = speller or Speller()
        self._one_off_names = one_off_names
        # dialect_twins(word, fix) by (word, fix): the same flags recur on every re-check
        self._twins: dict[tuple[str, str], bool] = {}
        self._model: NameModel | None = None
        self._harper_ran = False
        self._read_sides = False  # the last line's verdicts asked whether the article mixes

    def prepare(
        self, lines: Lines, ctx: CheckContext, engines: Sequence[str], base: str | None
    ) -> tuple[set[str], set[int]] | None:
        """Get the model of ``lines``; say which words' facts changed since ``base``, and
        which lines had their names decided again."""
        model = self._model = self._cache.get(lines.text, lines, ctx.placeholders)
        self._harper_ran = "harper" in engines
        if base is not None and base == model.text:
            return set(), set()  # the same text again: no verdict changed
        ch = model.last_changes
        if base is None or model.derived_from != base or not isinstance(ch, Changes):
            return None
        redo = {line.index for line in ch.lines if _current(model, line)}
        if any(len(w) >= 5 and both_words(w) for w in ch.lower):
            # a British or American spelling's count moved: what they show may change
            return model.changed | {_SIDES}, redo
        return model.changed, redo

    def filter_issues(self, text: str, issues: list[Issue], ctx: CheckContext) -> list[Issue]:
        """Keep real errors; drop spelling flags on names used consistently."""
        if not any(i.category in _FILTERED or i.rule == _AGREEMENT for i in issues):
            return issues
        lines = Lines.of(text)
        engines = ["harper"] if any("harper" in i.engines for i in issues) else []
        self.prepare(lines, ctx, engines, None)
        per_line = split_issues(lines, issues)
        kept = [
            tuple(self.filter_line(lines, k, list(found), ctx)[0]) if found else found
            for k, found in enumerate(per_line)
        ]
        return joined_issues(lines, kept)

    def filter_line(
        self, lines: Lines, line: int, issues: list[Issue], ctx: CheckContext
    ) -> tuple[list[Issue], frozenset[str]]:
        """One line's issues to keep (offsets relative to the line), and the words read."""
        if not any(i.category in _FILTERED or i.rule == _AGREEMENT for i in issues):
            return issues, _NO_DEPS
        model = self._model
        if model is None or model.text != lines.text:
            model = self._model = self._cache.get(lines.text, lines, ctx.placeholders)
        names = model.lines[line]
        self._read_sides = False
        kept = self._filter(model, names, issues, ctx)
        read = _words_read(names, issues)
        return kept, (read | {_SIDES}) if self._read_sides else read

    def _filter(
        self, model: NameModel, line: LineNames, issues: list[Issue], ctx: CheckContext
    ) -> list[Issue]:
        ours: dict[int, list[int]] = {}  # our spans by start: start -> ends, in order
        for i in issues:
            if i.engine == ENGINE and i.rule in _REPLACES_SPELLING:
                ends = ours.setdefault(i.start, [])
                if i.end not in ends:
                    ends.append(i.end)
        also: dict[tuple[int, int], tuple[str, ...]] = {}
        kept: list[Issue] = []
        others: _Others | None = None
        for issue in issues:
            subject = _plural_looking_subject(line, issue)
            if subject is not None:
                if _persons_surname(model, subject.base):
                    continue  # "Sanders was": a person's name, not the plural of "sander"
                kept.append(issue)
                continue
            if issue.category == Category.CAPITALIZATION:
                if issue.engines == (ENGINE,) and issue.rule == "name-lowercase":
                    if others is None:
                        others = _Others(issues)
                    if self._harper_ran and not others.overlap(issue):
                        continue  # Harper knows the lowercase word ("the bill", "prices rose")
                elif _lowercases_name(model, line, issue):
                    continue
                kept.append(issue)
                continue
            if issue.category != Category.SPELLING or issue.engine == ENGINE:
                kept.append(issue)
                continue
            span = _covering(ours, issue)
            if span is not None:
                # our consistency issue says more about this word: show one, naming both
                also[span] = also.get(span, ()) + issue.engines
                continue
            token = token_in_line(line.tokens, issue.start, issue.end)
            if (
                issue.replacements
                and self._dialect_twins(issue.text, issue.replacements[0])
                and self._spelling_of_print(issue.text)
            ):
                if token is not None and token.cap and not token.initial:
                    continue  # a name keeps its own spelling: "Shoreline Amphitheatre"
                self._read_sides = True
                if not _mixes_dialects(model, ctx, issue.text):
                    continue  # written in that dialect: a spelling or two, none of ours
                kept.append(_as_dialect_issue(issue, ctx.language))
                continue
            if name_particle(line.text, issue.start, issue.end) or binomial_epithet(
                line.text, issue.start, issue.end
            ):
                continue  # "John von Neumann", "(Arion subfuscus)": a name's own word
            if self._bracketed_species(line.text, issue):
                continue  # "(Carcharodon carcharias)": a species' Latin name, any ending
            if self._articles_term(model, issue):
                log.debug("term %r used again in the article: dropping %s", issue.text, issue.rule)
                continue
            if self._far_term(model, issue):
                continue  # "oxymorphone", "zooxanthellae": a science's term, no slip
            if _KNOWN_WRONG.intersection(issue.engines):
                kept.append(issue)
                continue
            if (
                token is not None
                and _on_word(line.text, token, issue)
                and (
                    model.token_is_name(token)
                    or (
                        self._one_off_names
                        and _one_off_name(model, token, issue, byline_name(line.text))
                        and not self._misspelt_word(line.text, token, issue)
                    )
                )
                and not self._slip_of_word(model, token, issue)
            ):
                log.debug("name %r used consistently: dropping %s", token.base, issue.rule)
                continue
            kept.append(issue)
        if not also:
            return kept
        return [
            replace(i, engines=tuple(dict.fromkeys(i.engines + also[(i.start, i.end)])))
            if i.engine == ENGINE and (i.start, i.end) in also
            else i
            for i in kept
        ]

    def _articles_term(self, model: NameModel, issue: Issue) -> bool:
        """A lowercase word the article writes more than once, the same way, that no
        known word is one edit from and no fix is within two of: the article's own term
        ("rongorongo" in three paragraphs), not a slip. A slip repeated the same way is a
        letter or two from the word meant ("recieve"), and stays flagged.

        A word print knows (its counts hold no misspellings) that the article writes
        more than once is the writer's word too, even one edit from a commoner one
        ("orca" beside "orc", "orcas" in another paragraph): Harper's dictionary lacks it."""
        word = issue.text
        if issue.rule != "SpellCheck" or len(word) < 4 or not (word.isalpha() and word.islower()):
            return False
        if model.lower_count.get(word, 0) < 2:
            return False
        lexicon = self._speller.lexicon
        if lexicon.count(word) >= MIN_RARE_COUNT:
            return True
        return len(word) >= 5 and no_word_near(word, issue.replacements, lexicon)

    def _bracketed_species(self, line: str, issue: Issue) -> bool:
        """The species word of "(Carcharodon carcharias)": alone in brackets after a
        capitalised word print hardly knows (a genus), whatever Latin ending it has. A
        slip in brackets after a name print knows ("(Smith agred)") stays flagged."""
        if issue.rule != "SpellCheck" or not issue.text.islower():
            return False
        genus = bracketed_genus(line, issue.start, issue.end)
        return genus is not None and self._speller.lexicon.count(genus.lower()) < MIN_RARE_COUNT

    def _far_term(self, model: NameModel, issue: Issue) -> bool:
        """A lowercase word far from every word print knows (a science's term: see
        :func:`far_from_every_word`) that the article never writes with a capital: a
        name written once in lowercase ("zbrovnikova" beside "Zbrovnikova") stays
        flagged."""
        word = issue.text
        if issue.rule != "SpellCheck" or not word.islower():
            return False
        if model.occurrences.get(word[:1].upper() + word[1:]):
            return False
        return far_from_every_word(word, issue.replacements, self._speller.lexicon)

    def _misspelt_word(self, line: str, token: Token, issue: Issue) -> bool:
        """A capitalised word used once that is a slip, not a name: "in Febuary", "on
        Wensday" (a month or weekday a letter or two away), "the Goverment said" (after
        a determiner, one letter from a common word), or one letter from a very common
        long word. Names stay exempt: "Kraków" (only accents differ), "Tema", "Lachie".
        Reads only the line (the word before it), so a per-line verdict stays one."""
        if not issue.replacements or self._speller.known(token.base):
            return False
        fix = issue.replacements[0]
        if " " in fix or not fix.isalpha():
            return False
        word, fixed = fold(token.base), fold(fix)
        distance = damerau(word, fixed, 2)
        if distance == 0 or distance > 2:
            return False  # only accents differ, or too far to be a slip
        if fixed in CALENDAR_WORDS:
            return True
        count = self._speller.lexicon.count(fixed)
        if distance > 1 or count < COMMON_WORD_COUNT:
            return False
        # the word before stands in the same line (a line's start is no determiner)
        words_before = line[max(0, token.rel_start - 20) : token.rel_start].split()
        before = words_before[-1].lower() if words_before else ""
        return before in _DETERMINERS or (len(word) >= 7 and count >= VERY_COMMON_WORD_COUNT)

    def _slip_of_word(self, model: NameModel, token: Token, issue: Issue) -> bool:
        """A capitalised word written once at a sentence's start, where a capital says
        nothing, that is a slip of a word even when capitalised words follow: "Thge U.S.
        Constitution", "Curret Prime Minister" (one letter from a word the article writes
        elsewhere), "Altogheter, fifteen" (two letters from a common word, alone). In
        mid-sentence, inside a name too, one finger's slip from a word the article writes
        ("Payam International Airpoort" beside "Fath Airport"). A name is written again
        the same way, or is no letter from a word the article uses."""
        fixes = issue.replacements[:1]
        if not fixes or not token.cap or len(token.base) < 3:
            return False
        fix = fixes[0]
        if " " in fix or not fix.isalpha() or self._speller.known(token.base):
            return False
        written = len(model.occurrences.get(token.base, ()))  # headlines too
        if written + model.lower_count.get(token.base.lower(), 0) > 1:
            return False
        if not token.initial:
            # mid-sentence a capital marks a name ("told Agence France-Presse"), unless it
            # is a finger's slip of a word the article writes ("Payam International
            # Airpoort", "the Fernch Parliament"), in a name or alone
            return (
                typing_slip(token.base, fix)
                and model.uses_word(fix)
                and not _place_and_region(model, token)
            )
        distance = damerau(fold(token.base), fold(fix), 2)
        if distance == 1:
            return model.uses_word(fix)
        return (
            distance == 2
            and token.run is None  # "Ottoline Fairweather": a first name before a surname
            and len(token.base) >= 6
            and self._speller.lexicon.count(fix.lower()) >= COMMON_WORD_COUNT
        )

    def _spelling_of_print(self, word: str) -> bool:
        """Whether ``word`` is a spelling in use (a dictionary word, or common in print:
        "centrepiece"), so a dialect's; "essense" is one letter from "essence" by the
        same pattern as "defense"/"defence", but a misspelling, and stays one."""
        low = word.lower()
        return is_dictionary_word(low) or self._speller.lexicon.count(low) >= PRINTED_SPELLING

    def _dialect_twins(self, word: str, fix: str) -> bool:
        twins = self._twins.get((word, fix))
        if twins is None:
            if len(self._twins) > 20_000:
                self._twins.clear()
            twins = self._twins[(word, fix)] = dialect_twins(word, fix)
        return twins


class _Others:
    """Other engines' spans, to ask whether one of them covers part of an issue.

    Harper drops a lint that overlaps another of its own (a long-sentence note, say), so
    silence under another Harper issue is no evidence that the word is fine.
    """

    def __init__(self, issues: list[Issue]) -> None:
        spans = sorted((i.start, i.end) for i in issues if ENGINE not in i.engines)
        self._starts = [s for s, _e in spans]
        # the furthest end among the first k spans (by start)
        self._reach = list(accumulate((e for _s, e in spans), max, initial=-1))

    def overlap(self, issue: Issue) -> bool:
        """Whether another engine's issue covers any of ``issue``'s span."""
        k = bisect.bisect_left(self._starts, issue.end)  # spans starting before its end
        return self._reach[k] > issue.start


def _mixes_dialects(model: NameModel, ctx: CheckContext, word: str) -> bool:
    """Whether a British (or American) spelling in an article checked as the other
    dialect is worth a finding: the article mixes both, or spells ``word``'s way often
    enough for the desk's dialect offer (:func:`lone_spelling_shown`). One with a
    "kilometres" or two and no American spelling is written British: no slip."""
    return lone_spelling_shown(findings_of(model, ctx).sides, side_of(word.lower()))


def _as_dialect_issue(issue: Issue, language: str) -> Issue:
    """A spelling flag that swaps British for American (or back) is a consistency issue."""
    fix = issue.replacements[0]
    side = "British" if side_of(issue.text) == UK else "American"
    dialect = DIALECT_NAMES.get(language, language)
    return replace(
        issue,
        category=Category.CONSISTENCY,
        message=f"“{issue.text}” is the {side} spelling; this article is in {dialect}: “{fix}”.",
        group=dialect_group(issue.text),
    )


def _lowercases_name(model: NameModel, line: LineNames, issue: Issue) -> bool:
    """A general-purpose engine asks to lowercase a word the article uses as a name."""
    if issue.engine not in _GENERAL_ENGINES or not issue.replacements:
        return False
    fix = issue.replacements[0]
    if not issue.text[:1].isupper() or fix[:1] != issue.text[:1].lower():
        return False
    token = token_in_line(line.tokens, issue.start, issue.end)
    return (
        token is not None and _on_word(line.text, token, issue) and model.is_name_word(token.base)
    )


def _one_off_name(
    model: NameModel, token: Token, issue: Issue, byline: tuple[int, int] | None = None
) -> bool:
    """A capitalised word written once ("in Longyearbyen", "Lachie put it") that is no typo.

    The spelling engine's suggestions decide. In mid-sentence, where a capital marks a
    name, the word is a typo only if a suggestion one letter away is a word the article
    uses elsewhere ("the Goverment" in an article about the government). At a sentence
    start any suggestion one letter away ("Teh", "Becuase") marks a typo. A suggestion that
    only adds or drops accents ("Kraków" -> "Krakow") is no evidence of a typo. A
    byline's words (``byline``: the name's span in the line) are a name's, as in
    mid-sentence, though the line reads like a headline and its first word is initial.
    """
    in_byline = byline is not None and byline[0] <= token.rel_start < byline[1]
    if not token.cap or token.in_label or (token.kind != "text" and not in_byline):
        return False
    word = fold(token.base)
    # the best fix only: candidates one letter away abound ("Tema": team, tea, temp)
    near = [s for s in issue.replacements[:1] if s and damerau(word, fold(s), 1) == 1]
    if not near:
        return True
    if token.initial and not in_byline and not _attributed(token):
        return False  # a byline's first word is a name's, and so is a speaker's
    if not token.initial and _place_and_region(model, token):
        return True  # "in Manay, Davao Oriental": a town named with its region
    return not any(model.uses_word(s) for s in near)


_LOCATIVE = word_set("in at near from outside")


def _place_and_region(model: NameModel, token: Token) -> bool:
    """Whether ``token`` names a place followed by its region, as news writes a town
    ("in Manay, Davao Oriental", "from Koszalin, Poland"): after a preposition of place,
    then a comma and a capitalised word the article uses as a name. A slip of an
    ordinary word is not set in that frame."""
    text = token.line.text
    before = text[: token.rel_start].split()
    if not before or before[-1].lower() not in _LOCATIVE:
        return False
    if text[token.rel_end : token.rel_end + 2] != ", ":
        return False
    at = token.rel_end + 2
    after = token_in_line(token.line.tokens, at, at + 1)
    return after is not None and after.rel_start == at and model.is_name_word(after.base)


# Verbs of attribution: a capitalised word that opens a sentence and is followed by one
# ("Rappler reported", "Kubiak told") is its speaker or source, a name as in mid-sentence
# (never a form that is also a plural noun: "Ssome reports suggest" is no attribution)
_ATTRIBUTION = word_set(
    "said says told tells reported announced announces wrote writes added stated tweeted "
    "confirmed confirms noted explained explains"
)


def _attributed(token: Token) -> bool:
    """Whether ``token`` is straight followed by a verb of attribution ("Rappler
    reported"): the subject of a report names a source, so a sentence start reads like
    mid-sentence, and a typo is told by a fix the article uses ("Polise said" in an
    article that writes "police")."""
    after = token.line.text[token.rel_end :].split(None, 1)
    return bool(after) and after[0].lower() in _ATTRIBUTION


def _plural_looking_subject(line: LineNames, issue: Issue) -> Token | None:
    """The capitalised word ending in "s" right before the verb of an agreement flag that
    asks for a plural verb ("Sanders was" -> "were"): the subject the check read as a
    plural noun. A name used as such in the article ("Bernie Sanders") is one person.
    None for any other flag, and for a second subject joined by "and" ("Smith and Jones
    is": two people, the plural stands)."""
    if issue.rule != _AGREEMENT or issue.category != Category.GRAMMAR:
        return None
    if issue.text.lower() not in _SINGULAR_VERBS:
        return None
    before = line.text[: issue.start]
    end = len(before.rstrip(" "))
    if end == len(before) or end == 0:
        return None  # no word of its own before the verb
    token = token_in_line(line.tokens, end - 1, end)
    if token is None or token.rel_end != end or not token.base.endswith("s"):
        return None
    ahead = line.text[: token.rel_start].split()
    if ahead and ahead[-1].lower() in _JOINING:
        return None
    return token


def _persons_surname(model: NameModel, base: str) -> bool:
    """Whether the article uses ``base`` as a person's surname: a name word that is once
    the last of two after a first name print does not know as a word ("Bernie Sanders";
    not "Senate Democrats"), and never follows "the" ("the Democrats", "the Beatles": a
    group, rightly plural)."""
    if not model.is_name_word(base):
        return False
    after_first_name = False
    for token in model.tokens_of(base):
        before = token.line.text[: token.rel_start].split()
        if before and before[-1].lower() == "the":
            return False
        first = token.prev
        if first is not None and first.prev is None and token.next is None:
            after_first_name = after_first_name or not is_dictionary_word(first.base.lower())
    return after_first_name


def _words_read(line: LineNames, issues: list[Issue]) -> frozenset[str]:
    """The words whose facts the filter may read for these issues: the word under each
    spelling or capitalisation issue, with its name run and the words an initial leans
    on ("J. Mercer"), and the suggested words. Only a change to one of these can change
    the line's verdict, so an edit elsewhere redoes only the lines that name what it
    touched, not every line that shares a capitalised word with it ("A", "The")."""
    read: set[str] = set()
    runs: set[int] = set()  # each name run once: a line of thousands of names is one run
    for issue in issues:
        subject = _plural_looking_subject(line, issue)
        if subject is not None:
            read.add(subject.base.lower())
            continue
        if issue.category not in _FILTERED:
            continue
        read.update(s.lower() for s in issue.replacements)
        read.add(issue.text.lower())  # a lowercase term's count elsewhere (_articles_term)
        token = token_in_line(line.tokens, issue.start, issue.end)
        while token is not None:
            read.add(token.base.lower())
            if token.run is not None and id(token.run) not in runs:
                runs.add(id(token.run))
                read.update(t.base.lower() for t in token.run)
            token = token.next if NameModel.is_initial(token) else None
    return frozenset(read) if read else _NO_DEPS


def _current(model: NameModel, line: LineNames) -> bool:
    return line.index < len(model.lines) and model.lines[line.index] is line


def _on_word(line: str, token: Token, issue: Issue) -> bool:
    """Whether ``issue`` (offsets in the line) covers this word (an initial's period may
    come with it: "J.")."""
    end = token.rel_end + 1 if line[token.rel_end : token.rel_end + 1] == "." else token.rel_end
    return token.rel_start <= issue.start and issue.end <= end


def _covering(ours: dict[int, list[int]], issue: Issue) -> tuple[int, int] | None:
    """Our issue's span on the same word as ``issue`` (possibly without its possessive)."""
    for end in ours.get(issue.start, ()):
        if end <= issue.end:
            return (issue.start, end)
    return None
