"""Building a :class:`~.model.NameModel` and keeping it up to date after an edit.

Every count of the model is a sum over lines, so an edit takes the replaced lines' part
out and puts the new lines' part in. Only the multi-word names ("Northbay Water Board")
need more: a run of capitalised words loses its first word when that word opens a
sentence and the article also writes it in lowercase ("Yesterday the ..."), and gets it
back when the whole name stands mid-sentence elsewhere. So a line's names depend on two
facts about the rest of the article, each indexed to the lines that read it:

- whether a word is written in lowercase somewhere (``trim_words`` of a line);
- whether a name stands untrimmed somewhere (``readd`` of a line).

When either fact flips, only the lines that read it are trimmed again. The update
records every word whose facts changed, for the finders and the names filter.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

from reviewdesk.core.engines.names.model import (
    LineNames,
    NameModel,
    Token,
    WordLines,
    before_noun,
    name_by_counts,
    stems,
)
from reviewdesk.core.engines.names.reading import ParagraphNames, read_paragraph
from reviewdesk.core.engines.names.words import STOPWORDS, TITLES
from reviewdesk.core.frozen import frozen
from reviewdesk.core.lines import Lines, Splice
from reviewdesk.core.text.prompts import without_prompts

Cache = dict[str, ParagraphNames]
K = TypeVar("K", str, tuple[str, ...])


def _facts(model: NameModel, base: str) -> tuple[int, ...]:
    """What the finders and the filter read about a capitalised word."""
    return (
        model.cap_count.get(base, 0),
        model.mid_count.get(base, 0),
        model.solo_mid_count.get(base, 0),
        model.followed_by_cap.get(base, 0),
        model.labels_count.get(base, 0),
        model.credits_count.get(base, 0),
        model.runs_count.get(base, 0),
        model.before_noun.get(base, 0),
        len(model.occurrences.get(base, ())),
    )


class Changes:
    """What one update changed (the finders' and the filter's inputs): the words whose
    facts changed (net: a line retyped with the same names changes none), and the lines
    that came, went or had their names decided again."""

    def __init__(self, splice: Splice) -> None:
        self.splice = splice  # the lines replaced
        self.new: list[LineNames] = []  # the lines that came
        self.bases: set[str] = set()  # capitalised words whose counts or sets changed
        self.lower: set[str] = set()  # lowercase words whose count changed
        self.crossed: set[str] = set()  # ... whose count went from zero or to zero
        self.compounds: set[str] = set()
        self.tuples: set[tuple[str, ...]] = set()  # all-capitalised names whose count changed
        self.mids: set[tuple[str, ...]] = set()  # untrimmed names that came or went
        self.lines: set[LineNames] = set()  # new lines, and lines whose names changed
        self.gone: list[LineNames] = []  # lines that left the text
        self.before: dict[str, tuple[int, ...]] = {}  # facts of touched names, before
        self.tuples_before: dict[tuple[str, ...], int] = {}
        self.compounds_before: dict[str, int] = {}
        self.lower_before: dict[str, int] = {}  # lowercase counts of touched words, before

    def touch(self, model: NameModel, base: str) -> None:
        """Remember a name's facts before the update first changes them."""
        if base not in self.before:
            self.before[base] = _facts(model, base)

    def settle(self, model: NameModel, lower_before: dict[str, int]) -> None:
        """Keep only the net changes."""
        self.bases = {b for b, facts in self.before.items() if facts != _facts(model, b)}
        self.lower = {w for w, n in lower_before.items() if n != model.lower_count.get(w, 0)}
        self.lower_before = lower_before
        self.tuples = {t for t, n in self.tuples_before.items() if n != model.run_tuples.get(t, 0)}
        self.compounds = {
            c for c, n in self.compounds_before.items() if n != model.compound_count.get(c, 0)
        }


class _Fresh(Changes):
    """The changes of a model learned afresh: no name had facts before, so none are kept
    (a warm check of the sample spent about a fifth of the names engine on them)."""

    def touch(self, model: NameModel, base: str) -> None:
        """Nothing to remember: every name is new."""


def learn(text: str, cache: Cache | None = None) -> NameModel:
    """Learn the names of ``text``; ``cache`` keeps each paragraph's reading by its text."""
    return build(Lines.of(text), cache if cache is not None else {})


def build(lines: Lines, cache: Cache, prompts: frozenset[str] = frozenset()) -> NameModel:
    """A model of ``lines`` learned afresh (a Word form's ``prompts`` read as blanks)."""
    model = NameModel()
    _apply(model, Splice(0, 0, len(lines)), lines, cache, anew=True, prompts=prompts)
    model.derived_from = None
    model.last_changes = None
    return model


def update(
    model: NameModel, lines: Lines, cache: Cache, prompts: frozenset[str] = frozenset()
) -> Changes:
    """Turn ``model`` (of another text) into the model of ``lines``, in place."""
    return _apply(model, lines.splice_from(model.source), lines, cache, prompts=prompts)


def read(cache: Cache, line: str, prompts: frozenset[str] = frozenset()) -> ParagraphNames:
    """``line``'s reading, cached by the text read: a Word form's prompt in it is read as
    blanks (its words are the form's author's, not the writer's: they count for nothing)."""
    if prompts:
        line = without_prompts(line, prompts)
    info = cache.get(line)
    if info is None:
        if len(cache) > 50_000:
            cache.clear()
        # interned: one copy of the line shared by the engines' caches
        info = cache[sys.intern(line)] = read_paragraph(line)
    return info


def _apply(
    model: NameModel,
    splice: Splice,
    lines: Lines,
    cache: Cache,
    *,
    anew: bool = False,
    prompts: frozenset[str] = frozenset(),
) -> Changes:
    """Replace the lines of ``splice``; ``anew`` (a model learned afresh, whose changes
    nobody reads: :func:`build` drops them) skips working out which verdicts changed."""
    ch = _Fresh(splice) if anew else Changes(splice)
    lower_before: dict[str, int] = {}
    mid_before: dict[tuple[str, ...], int] = {}
    gone = model.lines[splice.start : splice.old_end]
    for line in gone:
        _untrim(model, line, ch, mid_before)
        _count(model, line, -1, ch, lower_before)
        _reindex(model.trim_index, line, line.trim_words, ())
        _reindex(model.readd_index, line, line.readd, ())
    new = [
        LineNames(model, k, lines.lines[k], read(cache, lines.lines[k], prompts))
        for k in range(splice.start, splice.new_end)
    ]
    model.lines[splice.start : splice.old_end] = new
    if splice.shift:
        for k in range(splice.new_end, len(model.lines)):
            model.lines[k].index = k
    model.derived_from = model.text
    model.text, model.starts, model.source = lines.text, lines.starts, lines
    for line in new:
        _count(model, line, 1, ch, lower_before)
    ch.gone = gone
    ch.new = new
    ch.lines.update(new)
    ch.crossed = {w for w, n in lower_before.items() if (n > 0) != (model.lower_count[w] > 0)}
    # drop leading words of runs where a lowercase use came or went, and in new lines
    fresh = set(new)  # a set: a list here made a text of 20,000 headings take a minute
    retrim = fresh | _readers(model.trim_index, ch.crossed)
    for line in retrim:
        if line not in fresh:
            _untrim(model, line, ch, mid_before)
        _stage_one(model, line, mid_before)
    ch.mids = {t for t, n in mid_before.items() if (n > 0) != (model.mid_sentence[t] > 0)}
    for line in retrim | _readers(model.readd_index, ch.mids):
        if line not in retrim:
            _untrim_runs(model, line, ch)
        _stage_two(model, line, ch)
    if anew:
        model.changed = set()  # every line is new: the finders and the filter do them all
    else:
        ch.settle(model, lower_before)
        model.changed = _changed_verdicts(model, ch)
    model.last_changes = ch
    if ch.lower or ch.compounds:
        model._halves = None
    return ch


def _readers(index: dict[K, Counter[LineNames]], keys: Iterable[K]) -> set[LineNames]:
    out: set[LineNames] = set()
    for key in keys:
        out.update(index.get(key, ()))
    return out


def _bump(counter: Counter[str], key: str, n: int, changed: set[str]) -> None:
    value = counter.get(key, 0) + n
    if value:
        counter[key] = value
    else:
        del counter[key]
    changed.add(key)


def _count(
    model: NameModel, line: LineNames, n: int, ch: Changes, lower_before: dict[str, int]
) -> None:
    """Add (n = 1) or take out (n = -1) a line's token-level part of the counts."""
    info = line.info
    keys: set[str] = set()  # every form of every word of the line, lowercased
    for token in line.tokens:
        base = token.base
        ch.touch(model, base)
        occurrences = model.occurrences.get(base)
        if occurrences is None:
            occurrences = model.occurrences[base] = {}
            model.bases_by_lower.setdefault(base.lower(), set()).add(base)
        if n > 0:
            occurrences[token] = None
        else:
            occurrences.pop(token, None)
            if not occurrences:
                del model.occurrences[base]
                same = model.bases_by_lower[base.lower()]
                same.discard(base)
                if not same:
                    del model.bases_by_lower[base.lower()]
        ch.bases.add(base)
        if token.kind == "credit":
            _bump(model.credits_count, base, n, ch.bases)
        if token.in_label and token.cap:
            _bump(model.labels_count, base, n, ch.bases)
        if token.cap and token.kind != "headline":
            _bump(model.cap_count, base, n, ch.bases)
            if token.next is not None and token.next.cap:
                _bump(model.followed_by_cap, base, n, ch.bases)
            elif before_noun(token):
                _bump(model.before_noun, base, n, ch.bases)
            if not token.initial and not token.in_label:
                _bump(model.mid_count, base, n, ch.bases)
        keys.add(token.text.lower())
        keys.add(base.lower())
    for word, count in stems(info.lowers).items():
        lower_before.setdefault(word, model.lower_count.get(word, 0))
        _bump(model.lower_count, word, n * count, ch.lower)
        keys.add(word)
    keys.update(info.lowers)
    for _s, _e, compound in info.compounds:
        key = compound.replace("-", "").lower()
        ch.compounds_before.setdefault(key, model.compound_count.get(key, 0))
        _bump(model.compound_count, key, n, ch.compounds)
        keys.add(key)
        keys.add(compound.lower())
    index = model.words_lines
    for key in keys:
        _index(index, key, line, n)


def _index(index: dict[str, WordLines], key: str, line: LineNames, n: int) -> None:
    """Add (n > 0) or remove a line under a word: most words stand in one line, which is
    kept as it is; a set is made only for a word in two lines or more."""
    held = index.get(key)
    if n > 0:
        if held is None:
            index[key] = line
        elif isinstance(held, set):
            held.add(line)
        elif held is not line:
            index[key] = {held, line}
    elif isinstance(held, set):
        held.discard(line)
        if len(held) == 1:
            index[key] = next(iter(held))
    elif held is line:
        del index[key]


def _raw_runs(line: LineNames) -> list[list[Token]]:
    """Runs of capitalised words joined by single spaces ("Dr. Anya Petrova")."""
    model = line.model
    raw: list[list[Token]] = []
    run: list[Token] = []
    for token in line.tokens:
        if token.kind == "headline" or not (
            token.cap or (token.caps and token.kind == "credit") or model.is_initial(token)
        ):
            if run:
                raw.append(run)
            run = []
            continue
        if run and not (token.joined and run[-1] is token.prev):
            raw.append(run)
            run = []
        run.append(token)
    if run:
        raw.append(run)
    return raw


def _stage_one(model: NameModel, line: LineNames, mid_before: dict[tuple[str, ...], int]) -> None:
    """Drop leading words that are not part of a name ("The", "Yesterday")."""
    stage: list[tuple[tuple[Token, ...], tuple[Token, ...]]] = []
    reads: set[str] = set()
    for run in _raw_runs(line):
        dropped: list[Token] = []
        while run:
            first = run[0]
            lower = first.base.lower()
            if lower in STOPWORDS and lower not in TITLES:
                run = run[1:]
            elif first.initial and not first.in_label:
                reads.add(lower)
                if model.lower_count.get(lower, 0) > 0:
                    dropped.append(run[0])
                    run = run[1:]
                else:
                    break
            else:
                break
        stage.append((tuple(dropped), tuple(run)))
    line.stage = stage
    trim_words = frozen(reads)
    _reindex(model.trim_index, line, line.trim_words, trim_words)
    line.trim_words = trim_words
    mids = tuple(tuple(t.text for t in kept) for dropped, kept in stage if not dropped)
    for name in mids:
        mid_before.setdefault(name, model.mid_sentence.get(name, 0))
        model.mid_sentence[name] += 1
    line.mids = mids
    readd = frozen(
        tuple(t.text for t in dropped[-1:] + kept) for dropped, kept in stage if dropped
    )
    _reindex(model.readd_index, line, line.readd, readd)
    line.readd = readd


def _reindex(
    index: dict[K, Counter[LineNames]], line: LineNames, old: Iterable[K], new: Iterable[K]
) -> None:
    for key in old:
        lines = index.get(key)
        if lines is not None:
            lines.pop(line, None)
            if not lines:
                del index[key]
    for key in new:
        index.setdefault(key, Counter())[line] = 1


def _stage_two(model: NameModel, line: LineNames, ch: Changes) -> None:
    """Keep a sentence-initial word when the whole name also stands mid-sentence; a name
    of two words or more is a run."""
    mid = model.mid_sentence
    runs: list[tuple[Token, ...]] = []
    for dropped, kept in line.stage:
        if dropped and mid.get(tuple(t.text for t in dropped[-1:] + kept), 0) > 0:
            kept = dropped[-1:] + kept
        if len(kept) >= 2:
            runs.append(kept)
    line.runs = runs
    for token in line.tokens:
        ch.touch(model, token.base)
    for run in runs:
        for token in run:
            token.run = run
            _bump(model.runs_count, token.base, 1, ch.bases)
        if all(t.cap for t in run):
            name = tuple(t.text for t in run)
            ch.tuples_before.setdefault(name, model.run_tuples.get(name, 0))
            model.run_tuples[name] += 1
            ch.tuples.add(name)
    for token in line.tokens:
        if _solo_mid(token):
            _bump(model.solo_mid_count, token.base, 1, ch.bases)
    ch.lines.add(line)


def _solo_mid(token: Token) -> bool:
    return (
        token.cap
        and token.kind != "headline"
        and not token.initial
        and not token.in_label
        and token.run is None
    )


def _untrim_runs(model: NameModel, line: LineNames, ch: Changes) -> None:
    """Take a line's runs out of the counts (before they are decided again)."""
    for token in line.tokens:
        ch.touch(model, token.base)
        if _solo_mid(token):
            _bump(model.solo_mid_count, token.base, -1, ch.bases)
    for run in line.runs:
        for token in run:
            token.run = None
            _bump(model.runs_count, token.base, -1, ch.bases)
        if all(t.cap for t in run):
            name = tuple(t.text for t in run)
            ch.tuples_before.setdefault(name, model.run_tuples.get(name, 0))
            model.run_tuples[name] -= 1
            if not model.run_tuples[name]:
                del model.run_tuples[name]
            ch.tuples.add(name)
    line.runs = []


def _untrim(
    model: NameModel, line: LineNames, ch: Changes, mid_before: dict[tuple[str, ...], int]
) -> None:
    """Take a line's runs and untrimmed names out (it leaves, or is trimmed again)."""
    _untrim_runs(model, line, ch)
    for name in line.mids:
        mid_before.setdefault(name, model.mid_sentence.get(name, 0))
        model.mid_sentence[name] -= 1
        if not model.mid_sentence[name]:
            del model.mid_sentence[name]
    line.mids = ()


def _changed_verdicts(model: NameModel, ch: Changes) -> set[str]:
    """Lowercased words whose facts *as the names filter reads them* changed (the filter
    also redoes the lines in ``ch.lines``: their names were decided again).

    The filter asks of a word only whether each of its capitalised forms is a name
    (:meth:`NameModel.is_name_word`) and whether the article uses it at all
    (:meth:`NameModel.uses_word`). A count that moves without changing either answer
    ("Lukashenko" written 300 times, then 299) changes no verdict, so the lines naming
    the word need not be filtered again: a keystroke then redoes a handful of lines, not
    every line that names the article's main people.
    """
    touched: dict[str, set[str]] = {}  # lowercased -> the bases the update touched
    for base in ch.before:
        touched.setdefault(base.lower(), set()).add(base)
    out = set()
    for word in {b.lower() for b in ch.bases} | ch.lower:
        bases = sorted(set(model.bases_by_lower.get(word, ())) | touched.get(word, set()))
        if _verdicts(model, ch, word, bases, True) != _verdicts(model, ch, word, bases, False):
            out.add(word)
    return out | ch.compounds


def _verdicts(
    model: NameModel, ch: Changes, word: str, bases: list[str], before: bool
) -> tuple[object, ...]:
    """What the filter can learn about ``word`` (lowercased) and its capitalised
    ``bases``, before or after the update."""
    now_lower = model.lower_count.get(word, 0)
    lower = ch.lower_before.get(word, now_lower) if before else now_lower
    seen = []
    for base in bases:
        facts = ch.before.get(base) if before else None
        cap, mid, _solo, _followed, labels, credits, runs, _before, _occ = facts or _facts(
            model, base
        )
        name = name_by_counts(
            cap=cap, mid=mid, labels=labels, credits=credits, runs=runs, lower=lower
        )
        seen.append((base, name, cap > 0))
    # none, one, or more: the filter also asks whether a lowercase word is used again
    return (min(lower, 2), tuple(seen))
