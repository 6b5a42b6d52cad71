"""Harper (via harper-py), embedded and offline: the default engine.

A :class:`HarperChecker` owns one ``harper.Linter``, switched between dialects with
``.dialect =`` (one linter per dialect kept a text cache each: ~90 MB more in a session
with an en-US and an en-GB article), and one thread of its own on which every call to it
runs: linters are not thread-safe, and Harper builds its spelling-suggestion tables once
per thread (about a second), so the thread that warmed up is the thread that lints.
Harper releases the GIL while it works (measured: with the switch interval at 100 s, a
Python loop on another thread finishes long before 30 lints do), so the caller's thread
may do other work meanwhile: the warm-up (:meth:`HarperChecker.start_warm_up`), and our
own engines while Harper lints a keystroke's paragraph (:meth:`HarperChecker.start_check`).

Harper caches what it has linted and never lets go of it. Our pipeline keeps its own
per-paragraph results, so after a check of much new text (a long article opened) the
linter is replaced and the C heap trimmed; and when the checker is idle after much new
text (:meth:`HarperChecker.release_memory`), Harper's thread is renewed, with a new
linter (:mod:`.harper_thread`): after a 100k-word article, the rest of the text cache
and what the thread held (together ~100 MB) go.
"""

from __future__ import annotations

import bisect
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from reviewdesk.core.checker import (
    NEVER,
    BaseChecker,
    CancelToken,
    Capability,
    CheckContext,
    CheckerError,
    Scope,
    is_early_pass,
)
from reviewdesk.core.engines.harper_early import EarlyLinter
from reviewdesk.core.engines.harper_misfires import misfires
from reviewdesk.core.engines.harper_pieces import (
    SEPARATOR,
    Batch,
    lint_batches,
    lint_in_batches,
    pieces_of,
)
from reviewdesk.core.engines.harper_thread import LintThread
from reviewdesk.core.engines.spelling import (
    WORD_SPELLING_RULES,
    Speller,
    not_a_misspelling,
)
from reviewdesk.core.engines.spelling_budget import SpellingBudget
from reviewdesk.core.engines.spelling_shapes import in_quotation
from reviewdesk.core.groups import TWO_SPACES_AFTER_SENTENCES
from reviewdesk.core.memory import trim_heap
from reviewdesk.core.models import Category, Issue, Severity, make_issue
from reviewdesk.core.style import StyleSheetError, coerce_style_sheet
from reviewdesk.core.style_conventions import rules_off

if TYPE_CHECKING:
    from harper import Lint, Linter, Suggestion

log = logging.getLogger(__name__)

T = TypeVar("T")

ENGINE = "harper"

_KIND_TO_CATEGORY: dict[str, Category] = {
    "Spelling": Category.SPELLING,
    "Typo": Category.SPELLING,
    "Capitalization": Category.CAPITALIZATION,
    "Punctuation": Category.PUNCTUATION,
    "Formatting": Category.TYPOGRAPHY,
    "Readability": Category.STYLE,
    "Style": Category.STYLE,
    "Enhancement": Category.STYLE,
    "Redundancy": Category.STYLE,
    "Repetition": Category.GRAMMAR,
    "Agreement": Category.GRAMMAR,
    "Grammar": Category.GRAMMAR,
    "Miscellaneous": Category.GRAMMAR,
    "BoundaryError": Category.SPACING,
    "WordChoice": Category.CONFUSION,
    "Eggcorn": Category.CONFUSION,
    "Malapropism": Category.CONFUSION,
    "Usage": Category.CONFUSION,
    "Nonstandard": Category.STYLE,
    "Regionalism": Category.SPELLING,
}

_SEVERITY: dict[Category, Severity] = {
    Category.SPELLING: Severity.ERROR,
    Category.GRAMMAR: Severity.ERROR,
    Category.CAPITALIZATION: Severity.ERROR,
    Category.STYLE: Severity.INFO,
}

# Off by default: LongSentences paints whole sentences (names included) as "style",
# which is noise to a copy editor reading for errors; AvoidAndAlso calls "and also"
# redundant, a preference no news style book makes ("is insured and also registered
# abroad" is edited, published copy) and one that found none of LanguageTool's errors.
# MissingPreposition ("You may be missing a preposition here", no fix offered) marks the
# word before "will likely", "was likely stolen" and "is worth it", constructions news
# prints every day, and found none of the 1,178 errors in LanguageTool's examples.
DEFAULT_OFF_RULES: tuple[str, ...] = ("LongSentences", "AvoidAndAlso", "MissingPreposition")

# Number words: "one of the three no votes" is not "one of the threes".
_NUMBER_WORDS = frozenset(
    (  # noqa: SIM905 - a list of words reads best as words
        "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
        "seventy eighty ninety hundred thousand million billion dozen"
    ).split()
)

# The warm-up's text: one word far from every dictionary word. Its lint builds the
# thread's spelling tables (~0.7 s of CPU, the point of the warm-up) and costs nothing
# beyond them; a sentence with five misspellings cost ~20 ms more on Harper's thread, on
# the way to Harper's first full result, and built nothing the first lint of an article
# then lacked (benchmarks/README.md, harper19). A near miss ("onyl") or a short word does
# not build the tables.
WARM_UP_WORD = "Zbrovnikova"

DIALECTS = {"en-US": 0, "en-GB": 1, "en-AU": 2, "en-CA": 3}
# After linting this many characters of text since the linter was made, replace it (its
# text cache goes) once the check is done: ~35k words. Below it the cache is kept, as
# re-checks of a short article hit it.
FORGET_AFTER_CHARS = 200_000
# After linting this many characters on one thread (~17k words), Harper's thread is
# renewed, and the linter with it, when the checker is idle (release_memory). A forget
# alone left up to FORGET_AFTER_CHARS in the cache (~50-90 MB at the end of a 100k-word
# article) and what the thread holds (~50-100 MB).
RENEW_AFTER_CHARS = 100_000
# how long a keystroke waits for Harper's thread to start its lint (see start_check)
_HAND_OVER_WAIT = 0.005


def category_for(kind: str, rule: str, text: str, replacements: Sequence[str]) -> Category:
    """Map a Harper lint onto our vocabulary, refining by what the fix actually does."""
    first = replacements[0] if replacements else None
    if first is not None and text and first != text:
        if first.lower() == text.lower():
            return Category.CAPITALIZATION
        if first.strip() == "" or first.replace(" ", "") == text.replace(" ", ""):
            return Category.SPACING
    if rule == "CommaFixes" and first is not None and first.strip() == "":
        return Category.SPACING
    return _KIND_TO_CATEGORY.get(kind, Category.GRAMMAR)


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_LATER_WORD_CAPITAL = re.compile(r"\s[A-Z]")


def recased(flagged: str, fix: str) -> str:
    """``fix`` with the flagged words' capitals put on its words, not on its letters.

    Harper copies the flagged text's capitals onto its fix letter by letter: "Mobile
    Phone" became "CellphOne", a word that is in no dictionary. A capital inside a word of
    the fix, where the flagged text has none inside a word but starts a later word with
    one, was copied so; the fix then takes the flagged text's capitals word by word
    ("Cellphone"). A fix whose inner capitals are its own ("iPhone" for "iphone") is left
    as it is."""
    if (
        not _INNER_CAPITAL.search(fix)
        or _INNER_CAPITAL.search(flagged)
        or not _LATER_WORD_CAPITAL.search(flagged)
    ):
        return fix
    words = [w for w in flagged.split() if any(c.isalpha() for c in w)]
    if all(w.isupper() for w in words):
        return fix.upper()
    out = fix.lower()
    if all(w[:1].isupper() for w in words):  # Title Case: each word of the fix too
        return " ".join(w[:1].upper() + w[1:] for w in out.split(" "))
    return out[:1].upper() + out[1:] if flagged[:1].isupper() else out


def _replacement(flagged: str, suggestion: Suggestion) -> str:
    """The text that replaces the flagged span, whatever the suggestion's kind."""
    kind = int(suggestion.kind)
    if kind == 1:  # remove
        return ""
    if kind == 2:  # insert after the flagged text
        return flagged + suggestion.replacement_text
    return suggestion.replacement_text


# Harper's "French spaces are generally not recommended." in a copy desk's words
_TWO_SPACES_MESSAGE = "Two spaces after a sentence: one is enough."


class HarperChecker(BaseChecker):
    """Harper behind the checker protocol (paragraph-scoped, batched)."""

    capabilities = frozenset(
        {
            Capability.WARMS_UP,
            Capability.WARMS_IN_BACKGROUND,
            Capability.HOLDS_RESOURCES,
            Capability.OWN_THREAD,
            Capability.EARLY_PASS,
        }
    )

    name = ENGINE
    scope: Scope = "paragraph"

    def __init__(self, speller: Speller | None = None, *, raw: bool = False) -> None:
        """``raw``: Harper's findings as Harper gives them, without reviewdesk's spelling
        ranking and misfire filters (benchmarks compare the two)."""
        self.speller = speller or Speller()
        self.raw = raw
        self.budget = SpellingBudget(self.speller)
        self._linter_now: Linter | None = None  # the one linter, for the dialect below
        self._dialect = 0
        self._words: frozenset[str] = frozenset()
        self._linted = 0  # characters linted since the linter was made
        self.forget_after_chars = FORGET_AFTER_CHARS
        self._thread = LintThread()
        self.renew_after_chars = RENEW_AFTER_CHARS
        self._thread_linted = 0  # characters linted on Harper's thread since it started
        self._warming: Future[None] | None = None
        self._warm_language = ""  # the language of the warm-up in _warming
        self._early = EarlyLinter(self._set_rules)  # while the warm-up builds spelling tables

    def _submit(self, fn: Callable[..., T], *args: object) -> Future[T]:
        return self._thread.submit(fn, *args)

    @property
    def thread_renewals(self) -> int:
        """How many times Harper's thread was renewed to give its memory back."""
        return self._thread.renewals

    @property
    def is_warm(self) -> bool:
        """False while a warm-up started by :meth:`start_warm_up` is still running."""
        return self._warming is None or self._warming.done()

    @property
    def offers_early_pass(self) -> bool:
        """While the warm-up builds the spelling tables, a lint without the spelling
        rules answers from a thread of its own (see :mod:`.harper_early`)."""
        return not self.is_warm

    def close(self) -> None:
        """Let Harper's threads go (after the call each is running, if any)."""
        self._early.close()
        self._thread.close()

    def _linter(self, ctx: CheckContext) -> Linter:
        try:
            import harper
        except ImportError as exc:  # pragma: no cover - it is a hard dependency
            raise CheckerError(f"Harper is not installed: {exc}") from exc
        dialect = DIALECTS.get(ctx.language, 0)
        linter = self._linter_now
        if linter is None:
            linter = self._linter_now = harper.Linter(harper.Dialect(dialect))
            self._configure(linter)
            self._linted = 0
        elif dialect != self._dialect:
            # a new linter inside, sharing the dictionary: config and words start afresh
            linter.dialect = harper.Dialect(dialect)
            self._configure(linter)
            self._linted = 0
        self._dialect = dialect
        if self._words != ctx.words:
            linter.clear_words()
            if ctx.words:
                linter.import_words(sorted(ctx.words))
            self._words = ctx.words
        return linter

    def _configure(self, linter: Linter) -> None:
        self._set_rules(linter)
        self._words = frozenset()

    def _set_rules(self, linter: Linter) -> None:
        config = linter.get_lint_config()
        # the raw run (benchmarks' "Harper alone") keeps Harper as it comes, but for
        # the rule that paints whole sentences
        off = ("LongSentences",) if self.raw else DEFAULT_OFF_RULES
        config.update({rule: False for rule in off if rule in config})
        linter.set_lint_config(config)

    def _forget_texts(self) -> None:
        """Drop the linter and its cache of linted text; give the memory back to the
        system (on Harper's thread, after the check that filled it)."""
        if self._linted < self.forget_after_chars:
            return  # a later check came first and the linter was replaced already
        began = time.perf_counter()
        self._linter_now = None
        freed = trim_heap()
        # the next linter now, not on the next keystroke (it shares the dictionary)
        language = next((k for k, v in DIALECTS.items() if v == self._dialect), "en-US")
        words = self._words
        self._linter(CheckContext(language=language, words=words))
        log.info(
            "Harper's text cache dropped (%.2f s, heap trimmed: %s)",
            time.perf_counter() - began,
            freed,
        )

    def release_memory(self) -> bool:
        """The checker is idle: after much new text, renew Harper's thread and linter
        (what they hold goes; the new thread warms up in the background). Whether it
        was renewed."""
        if self._thread_linted < self.renew_after_chars:
            return False
        return self._thread.renew(self._rewarm)

    def _rewarm(self, old: ThreadPoolExecutor) -> None:
        """The renewed thread's first call: wait for the old thread to end (what it held
        goes), give the memory back, then build a linter and its spelling tables here."""
        began = time.perf_counter()
        old.shutdown(wait=True)
        self._thread_linted = 0
        self._linter_now = None
        freed = trim_heap()
        language = next((k for k, v in DIALECTS.items() if v == self._dialect), "en-US")
        try:
            linter = self._linter(CheckContext(language=language, words=self._words))
            linter.organized_lints(WARM_UP_WORD, language="plaintext")
        except Exception:  # the next check builds the linter again and reports its error
            log.exception("warming Harper's renewed thread failed")
        trim_heap()  # building the tables leaves free pages too (~26 MB measured)
        log.info(
            "Harper's thread renewed (%.2f s, heap trimmed: %s)", time.perf_counter() - began, freed
        )

    def warm_up(self, language: str = "en-US") -> None:
        """Build the linter and lint a little text (the first lint is the slow one); wait."""
        self.start_warm_up(language).result()

    def start_warm_up(self, language: str = "en-US") -> Future[None]:
        """Warm up on Harper's thread without waiting; checks queue behind it, and early
        passes (:meth:`offers_early_pass`) are answered meanwhile.

        A warm-up for ``language`` already started (the checker process starts one
        before its pipeline is built, which asks again) is not queued twice: the second
        sat on Harper's thread between its spelling tables and the first full lint
        (benchmarks/README.md, harper9). One that failed is started again."""
        warming = self._warming
        if (
            warming is not None
            and self._warm_language == language
            and (not warming.done() or warming.exception() is None)
        ):
            return warming
        first = warming is None  # a later one finds the spelling tables built
        self._warm_language = language
        self._warming = self._submit(self._warm_up, language, first)
        if first:  # right after Harper's thread: each lints on a malloc arena of its own
            self._early.start()
        return self._warming

    def _warm_up(self, language: str, early: bool = False) -> None:
        began = time.perf_counter()
        linter = self._linter(CheckContext(language=language))
        if early:  # the dictionary is built: the early linter costs little now
            self._early.prepare(self._dialect)
        linter.organized_lints(WARM_UP_WORD, language="plaintext")
        # nothing else here: the first full lint is queued behind this call, and the word
        # counts that rank spelling fixes are read on the caller's thread while it lints
        # (start_check), or by the grammar engine's warm-up, which reads the same table
        self._early.retire()
        log.info("Harper is warm for %s (%.2f s)", language, time.perf_counter() - began)

    def check(
        self, texts: Sequence[str], ctx: CheckContext, cancel: CancelToken = NEVER
    ) -> list[list[Issue]]:
        """Lint the texts on Harper's thread (see :meth:`_check`)."""
        if is_early_pass(ctx):
            return self._issues(texts, self._start_lint(texts, ctx).result())
        return self._submit(self._check, texts, ctx).result()

    def start_check(
        self, texts: Sequence[str], ctx: CheckContext
    ) -> Callable[[], list[list[Issue]]]:
        """Start linting the texts on Harper's thread and return at once; the call
        returned waits for the lint and reads its findings on the caller's thread.

        Harper's lint releases the GIL, so the pipeline runs our engines meanwhile (a
        keystroke's engine time is then about Harper's, not Harper's plus ours). Reading
        the findings (our misfire filters, the spelling ranker) is Python: done on
        Harper's thread it would fight our engines for the GIL, each handing it over
        at the interpreter's switch interval (measured: Harper's wall time doubled).
        """
        entered = threading.Event()
        linting = self._start_lint(texts, ctx, entered)
        # Hand the linting thread the GIL until it is inside its lint (which lets the GIL
        # go again). Without this the caller's thread goes straight on into our engines,
        # and Harper's thread, woken with work, waits a whole switch interval (5 ms) for
        # the GIL before it can even start: measured at 50k words, the lint began 5.1 ms
        # after it was submitted, the median keystroke 5 ms later. A thread busy with
        # something else (a warm-up) is not waited for beyond the bound.
        entered.wait(_HAND_OVER_WAIT)
        spelling = not is_early_pass(ctx)

        def finish() -> list[list[Issue]]:
            # what ranking spelling fixes needs, made while Harper lints (a no-op after
            # the first time): the first full result at start came ~50 ms later without.
            # Not for an early pass: its linter has no spelling rules, and its lint is
            # short, so the ~0.2 s of Python (the sound lists' ~0.15 s) held the early
            # highlights back (benchmarks/README.md, floor12); the first full lint waits
            # behind Harper's spelling tables, long enough for all of it
            if spelling:
                self.speller.prepare()
            return self._issues(texts, linting.result())

        return finish

    def _start_lint(
        self, texts: Sequence[str], ctx: CheckContext, entered: threading.Event | None = None
    ) -> Future[_Linted]:
        """Lint on Harper's thread, or an early pass on the early linter's."""
        if is_early_pass(ctx):
            return self._early.submit(self._lint_early, texts, ctx, entered)
        return self._submit(self._lint, texts, ctx, entered)

    def _lint_early(
        self, texts: Sequence[str], ctx: CheckContext, entered: threading.Event | None = None
    ) -> _Linted:
        """Lint without the spelling rules, on the early linter's thread."""
        linter = self._early.linter(DIALECTS.get(ctx.language, 0), ctx.words)
        linted = _Linted(*lint_in_batches(linter, texts, entered), style_rules_off(ctx))
        if self.is_warm:  # asked for as the warm-up ended: no more early passes
            self._early.retire()
        return linted

    def _check(self, texts: Sequence[str], ctx: CheckContext) -> list[list[Issue]]:
        """Lint the texts and read the findings, on Harper's thread."""
        return self._issues(texts, self._lint(texts, ctx))

    def _lint(
        self, texts: Sequence[str], ctx: CheckContext, entered: threading.Event | None = None
    ) -> _Linted:
        """Lint the texts on Harper's thread, in batches (Harper's own work only: see
        :mod:`.harper_pieces`); its text cache goes after much new text. Pieces beyond the
        spelling budget (thousands of distinct unknown words) are linted with Harper's
        spelling rules off (:mod:`.spelling_budget`)."""
        linter = self._linter(ctx)
        pieces = pieces_of(texts)
        over: set[int] = set()
        if not self.raw:  # the raw run (benchmarks' "Harper alone") spells everything
            over = self.budget.over_budget([piece for _, _, piece in pieces], ctx.words)
        batches: list[Batch] = []
        for spelling in (True, False):
            chosen = [k for k in range(len(pieces)) if (k in over) != spelling]
            if chosen:
                batches += lint_batches(linter, pieces, chosen, spelling=spelling, entered=entered)
        self._linted += sum(len(piece) for _, _, piece in pieces)
        if self._linted >= self.forget_after_chars:
            try:
                self._submit(self._forget_texts)  # after this check's result has gone back
            except RuntimeError:  # closing: the linter goes with the thread anyway
                log.debug("Harper is closing; its text cache goes with it")
        self._thread_linted += sum(len(piece) for _, _, piece in pieces)
        return _Linted(pieces, batches, style_rules_off(ctx), ctx.words, bool(over))

    def _issues(self, texts: Sequence[str], linted: _Linted) -> list[list[Issue]]:
        """The lint's findings as issues, offsets relative to each text."""
        found: list[list[Issue]] = [[] for _ in linted.pieces]
        fixes: dict[str, tuple[str, ...]] = {}  # the cheap fixes of this check's own flags
        for batch in linted.batches:
            read = self._read_batch(
                batch.texts, batch.organized, linted.off, not linted.over, batch.separator
            )
            for k, piece, issues in zip(batch.pieces, batch.texts, read, strict=True):
                if not batch.spelling:  # unknown words flagged here, with cheap fixes
                    issues += self.budget.issues(piece, linted.words, fixes, self._misfire, ENGINE)
                found[k] = issues
        out: list[list[Issue]] = [[] for _ in texts]
        for (index, offset, _), issues in zip(linted.pieces, found, strict=True):
            # a piece of a long paragraph: move its issues into the paragraph (the pipeline
            # takes every issue's text and context from the paragraph it lies in)
            out[index].extend(i.shifted(offset) if offset else i for i in issues)
        return out

    def _misfire(self, rule: str, flagged: str, fixes: list[str], text: str, start: int) -> bool:
        """Whether the flag is wrong in its context (see :mod:`.harper_misfires`)."""
        return _misfire_impl(self, rule, flagged, fixes, text, start)

    def _read_batch(
        self,
        texts: Sequence[str],
        organized: dict[str, list[Lint]],
        off: frozenset[str] = frozenset(),
        far: bool = True,
        separator: str = SEPARATOR,
    ) -> list[list[Issue]]:
        """Issues from the lint of ``texts`` joined into one document; offsets
        relative to each text. ``far``: look for fixes two edits away (not in a check
        over the spelling budget)."""
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + len(separator)
        out: list[list[Issue]] = [[] for _ in texts]
        for rule, lints in organized.items():
            if rule in off:
                continue  # the house style chose otherwise (serial comma, ellipsis, ...)
            for lint in lints:
                start, end = lint.span.start, lint.span.end
                idx = bisect.bisect_right(starts, start) - 1
                base = starts[idx]
                own = texts[idx]
                if end - base > len(own):
                    continue  # spans the separator: not a paragraph-local finding
                rel_start, rel_end = start - base, end - base
                flagged = own[rel_start:rel_end]
                replacements = [_replacement(flagged, s) for s in lint.suggestions]
                if not self.raw and flagged[:1].isupper():
                    replacements = [recased(flagged, r) for r in replacements]
                if not self.raw and self._misfire(rule, flagged, replacements, own, rel_start):
                    continue
                kind = lint.lint_kind
                if not self.raw and kind in _SPEAKERS_KINDS and in_quotation(own, rel_start):
                    continue  # "a vicious cycle" in a quotation: the speaker's own usage
                message = lint.message  # worded for the desk at the end (core.wording)
                if rule in WORD_SPELLING_RULES and _one_word(flagged) and not self.raw:
                    if self.speller.real_word(flagged) and rule != "SpellCheck":
                        pass  # a real word Harper would split or re-spell: its advice stands
                    else:
                        replacements = self.speller.best_fixes(flagged, replacements, far=far)
                        if rule == "SplitWords" and _compound_of_its_own(replacements, self):
                            continue
                        kind = "Spelling"
                        if rule != "SpellCheck":
                            message = f"“{flagged}” looks misspelt."
                group = ""
                if rule == "NoFrenchSpaces" and not self.raw:  # a habit: one finding
                    group, message = TWO_SPACES_AFTER_SENTENCES, _TWO_SPACES_MESSAGE
                category = category_for(kind, rule, own[rel_start:rel_end], replacements)
                if kind == "Spelling" and category == Category.SPACING and replacements:
                    category = Category.SPELLING
                out[idx].append(
                    make_issue(
                        own,
                        rel_start,
                        rel_end,
                        category=category,
                        rule=rule,
                        engine=ENGINE,
                        message=message,
                        replacements=replacements,
                        severity=_SEVERITY.get(category, Severity.WARNING),
                        group=group,
                    )
                )
        return out


@dataclass(frozen=True)
class _Linted:
    """What Harper's thread hands back: the pieces linted, the batches, the rules the
    house style turns off, the dictionaries' words (for our own spelling flags) and
    whether the check was over the spelling budget."""

    pieces: list[tuple[int, int, str]]  # (text index, offset in text, piece)
    batches: list[Batch]
    off: frozenset[str]
    words: frozenset[str] = frozenset()
    over: bool = False  # over the spelling budget: no fixes two edits away either


# Harper's kinds of advice on how a thing is said, not on a slip: inside a quotation the
# words are the speaker's and the desk does not change them (AP: never alter a quotation
# to correct grammar or usage; paraphrase instead). Agreement, spelling and word choice
# ("affect" for "effect") may be the transcriber's slip and stay.
_SPEAKERS_KINDS = frozenset({"Usage", "Redundancy"})


def _misfire_impl(
    checker: HarperChecker, rule: str, flagged: str, fixes: list[str], text: str, start: int
) -> bool:
    end = start + len(flagged)
    if false_alarm(rule, flagged) or not_a_misspelling(rule, flagged, text, start, end):
        return True
    return misfires(rule, flagged, fixes, text, start, end, checker.speller.lexicon)


def style_rules_off(ctx: CheckContext) -> frozenset[str]:
    """Harper's rules whose advice the house style sheet contradicts (none without one)."""
    try:
        sheet = coerce_style_sheet(ctx.style)
    except StyleSheetError:
        return frozenset()
    return rules_off(sheet.conventions) if sheet is not None else frozenset()


def _compound_of_its_own(fixes: Sequence[str], checker: HarperChecker) -> bool:
    """Whether a closed compound Harper would split ("zebrafish", "lifepath") is the
    writer's own word: no single word is near it, and print never writes the split
    pair ("in fact", "thank you" are printed: "infact" and "thankyou" stay flagged)."""
    lex = checker.speller.lexicon
    pairs = [f.lower().split() for f in fixes]
    return bool(pairs) and all(len(p) == 2 and lex.pair(p[0], p[1]) == 0 for p in pairs)


def _one_word(flagged: str) -> bool:
    return flagged.replace("’", "'").replace("'", "").isalpha()


def false_alarm(rule: str, flagged: str) -> bool:
    """Whether a Harper finding is wrong whatever its context, so it is not shown.

    ``OneOfTheSingular`` takes the number in "one of the three no votes" for the noun
    and suggests "threes".
    """
    if rule == "OneOfTheSingular":
        word = flagged.lower()
        return word.isdigit() or word in _NUMBER_WORDS
    return False
