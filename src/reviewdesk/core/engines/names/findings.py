"""The names engine's findings, kept per key and per line, redone where an edit matters.

Each finder works on keys that do not interact: name variants on a bucket of names
sharing their first letter, first-name conflicts on a surname, capitalisation
variants on a name's first word, hyphenation on a term, lowercase names on a word,
British/American spellings on one pair. A key's findings depend on facts about a few
words (their counts, their runs, where they stand), so after an edit only the keys those
words belong to are found again (see :func:`_dirty`); the model's update says which words'
facts changed (:mod:`.building`). Findings are placed on lines with offsets relative to the
line, so they follow the text wherever it moves, and each line's merged result is kept
as one tuple, the same object while nothing on the line changed.

Within a line, findings are merged as the engine always did: the first finder's finding
on a span wins (name variants first), and a finding whose fix is already in place goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.names.building import Changes
from reviewdesk.core.engines.names.model import Finding, LineNames, NameModel, Token, halved
from reviewdesk.core.engines.names.spelling_variants import (
    both_words,
    group_of,
    sides_used,
    spelling_flags,
    spelling_groups,
    spelling_of,
)
from reviewdesk.core.engines.names.state import (
    CASE,
    FINDERS,
    FIRST_NAMES,
    HYPHENATION,
    LOWERCASE,
    NAME_VARIANTS,
    SPELLING,
    NamesFindings,
)
from reviewdesk.core.engines.names.terms import (
    case_variants_of,
    hyphenation_keys,
    hyphenation_of,
    lowercase_name_of,
    name_hyphenation_of,
    spaced_modifier_of,
    stray_keys,
)
from reviewdesk.core.engines.names.variants import (
    SHORT_LENGTHS,
    bucket_of,
    name_variants_among,
)
from reviewdesk.core.engines.names.words import STOPWORDS, TITLES
from reviewdesk.core.lines import NO_ISSUES

# -- finders by key -----------------------------------------------------------------------

# A finder: (model, context, findings so far, key, the changed lines or None) -> findings.
# With lines, only the findings on those lines are wanted (the key's facts stand).
_Find = Callable[
    [NameModel, CheckContext, "NamesFindings", Hashable, "list[LineNames] | None"], list[Finding]
]


def _name_variants(
    model: NameModel,
    ctx: CheckContext,
    st: NamesFindings,
    key: Hashable,
    lines: list[LineNames] | None,
) -> list[Finding]:
    bucket = str(key)
    if lines is not None:  # the bucket's decisions stand: place its flagged forms
        decisions = st.decisions.get(bucket, {})
        return [
            Finding(t.start, t.base_end, "name-variant", decisions[t.base][1], decisions[t.base][0])
            for line in lines
            for t in line.tokens
            if t.cap and t.base in decisions
        ]
    found, decisions = name_variants_among(model, sorted(st.buckets.get(bucket, ())), ctx.words)
    if decisions:
        st.decisions[bucket] = decisions
    else:
        st.decisions.pop(bucket, None)
    return found


def _spelling(
    model: NameModel,
    ctx: CheckContext,
    st: NamesFindings,
    key: Hashable,
    lines: list[LineNames] | None,
) -> list[Finding]:
    group = key if isinstance(key, tuple) else ("", "")
    members = st.groups.get(group, set())
    st.flags[key] = spelling_flags(model, ctx.language, ctx.words, group, members, st.sides)
    return spelling_of(model, ctx.language, ctx.words, group, members, lines, st.sides)


def _unchanged(model: NameModel, ctx: CheckContext, st: NamesFindings, key: Hashable) -> bool:
    """Whether a spelling pair still flags what it flagged (its counts may tie, and then
    the text's first form decides, which an edit can change without changing a count)."""
    group = key if isinstance(key, tuple) else ("", "")
    members = st.groups.get(group, set())
    flags = spelling_flags(model, ctx.language, ctx.words, group, members, st.sides)
    return st.flags.get(key, {}) == flags


# First names are not here: they keep their own evidence line by line (:mod:`.first_names`).
_FIND: dict[str, _Find] = {
    NAME_VARIANTS: _name_variants,
    CASE: lambda model, _ctx, st, key, lines: case_variants_of(
        model, str(key), st.firsts.get(str(key), ()), lines
    ),
    HYPHENATION: lambda model, _ctx, _st, key, _lines: (
        hyphenation_of(model, str(key)) + name_hyphenation_of(model, str(key))
        or spaced_modifier_of(model, str(key))
    ),
    LOWERCASE: lambda model, _ctx, _st, key, lines: lowercase_name_of(model, str(key), lines),
    SPELLING: _spelling,
}
_FINDERS = tuple(f for f in FINDERS if f in _FIND)
# finders whose findings on a line depend on the line and on facts that can be checked
# unchanged: after an edit that changed no fact of a key, only the changed lines are redone
_PARTIAL = frozenset({NAME_VARIANTS, CASE, LOWERCASE, SPELLING})


# -- finding everything, or what an edit touched -----------------------------------------


def find_all(model: NameModel, ctx: CheckContext) -> NamesFindings:
    """Every finding of ``model``, found afresh."""
    st = NamesFindings((ctx.language, ctx.words))
    for base in model.occurrences:
        st.buckets.setdefault(bucket_of(base), set()).add(base)
    for name in model.run_tuples:
        st.firsts.setdefault(name[0], set()).add(name)
    st.groups = {g: set(words) for g, words in spelling_groups(model).items()}
    st.sides = sides_used(model, st.groups.values(), st.sided)
    for word in model.lower_count:
        _add_halves(st, word)
    for line in model.lines:
        _add_parts(st, line)
    for surname in st.names.build(model):
        st.place(model, FIRST_NAMES, surname, st.names.decide(model, surname))
    keys: dict[str, Iterable[Hashable]] = {
        NAME_VARIANTS: list(st.buckets),
        CASE: list(st.firsts),
        HYPHENATION: sorted(hyphenation_keys(model)),
        LOWERCASE: [*model.lower_count, *(stray_keys(model) - model.lower_count.keys())],
        SPELLING: list(st.groups),
    }
    for finder in _FINDERS:
        for key in keys[finder]:
            st.place(model, finder, key, _FIND[finder](model, ctx, st, key, None))
    st.out = [st.line_issues(line) for line in model.lines]
    return st


def update(st: NamesFindings, model: NameModel, ctx: CheckContext, ch: Changes) -> NamesFindings:
    """The findings of ``model`` after the update ``ch``, from the base text's ``st``."""
    if st.key != (ctx.language, ctx.words):
        return find_all(model, ctx)
    _follow(st, model, ch)
    full, partial = _dirty(st, model, ch)
    if any(both_words(w) for w in ch.lower if len(w) >= 5):  # a count moved
        sides = sides_used(model, st.groups.values(), st.sided)
        if sides != st.sides:  # a mix, or the offer's count of one dialect, came or went
            st.sides = sides
            full[SPELLING].update(st.groups)
    touched: set[LineNames] = set(ch.new)
    moved = [line for line in ch.lines if _current(model, line)]  # new, or names redecided
    only = set(moved) | set(ch.gone)
    counted = set(ch.bases) | {b for w in ch.lower for b in model.bases_by_lower.get(w, ())}
    for surname in st.names.follow(model, ch.new, ch.gone, counted):
        touched |= st.place(model, FIRST_NAMES, surname, st.names.decide(model, surname))
    for finder in _FINDERS:
        for key in full[finder]:
            touched |= st.place(model, finder, key, _FIND[finder](model, ctx, st, key, None))
        for key in partial[finder] - full[finder]:
            if finder == SPELLING and not _unchanged(model, ctx, st, key):
                found = _FIND[finder](model, ctx, st, key, None)
                touched |= st.place(model, finder, key, found)
                continue
            found = _FIND[finder](model, ctx, st, key, moved)
            touched |= st.place(model, finder, key, found, only)
    splice = ch.splice
    st.out = splice.apply(st.out, [NO_ISSUES] * (splice.new_end - splice.start))
    for line in touched:
        if (
            line.model is model
            and line.index < len(model.lines)
            and model.lines[line.index] is line
        ):
            st.out[line.index] = st.line_issues(line)
    for line in ch.gone:
        st.on_line.pop(line, None)
    return st


def _current(model: NameModel, line: LineNames) -> bool:
    """Whether ``line`` is one of the model's lines now."""
    return line.index < len(model.lines) and model.lines[line.index] is line


def _add_halves(st: NamesFindings, word: str) -> None:
    if halved(word):
        for i in range(4, len(word) - 3):
            st.halves.setdefault(word[:i], set()).add(word)
            st.halves.setdefault(word[i:], set()).add(word)


def _add_parts(st: NamesFindings, line: LineNames) -> None:
    """Index a line's hyphenated words by their parts ("jean" -> "jeanpierre"): a name's
    spaced form ("Jean Pierre") changes with its parts' lines."""
    for _s, _e, word in line.info.compounds:
        key = word.replace("-", "").lower()
        for part in word.lower().split("-"):
            st.parts.setdefault(part, set()).add(key)


def _drop_halves(st: NamesFindings, word: str) -> None:
    if halved(word):
        for i in range(4, len(word) - 3):
            for half in (word[:i], word[i:]):
                longs = st.halves.get(half)
                if longs is not None:
                    longs.discard(word)
                    if not longs:
                        del st.halves[half]


def _follow(st: NamesFindings, model: NameModel, ch: Changes) -> None:
    """Bring the word-to-key indexes up to date."""
    for base in ch.bases:
        bucket = st.buckets.setdefault(bucket_of(base), set())
        if base in model.occurrences:
            bucket.add(base)
        else:
            bucket.discard(base)
    for name in ch.tuples:
        names = st.firsts.setdefault(name[0], set())
        if name in model.run_tuples:
            names.add(name)
        else:
            names.discard(name)
    for line in ch.new:
        _add_parts(st, line)  # kept after the word goes: at worst a key found again
    for word in ch.crossed:
        if model.lower_count.get(word):
            _add_halves(st, word)
        else:
            _drop_halves(st, word)
    for word in _words(model, ch):
        group = group_of(word) if len(word) >= 5 else None
        if group is None:
            continue
        members = st.groups.setdefault(group, set())
        members.add(word)  # spelling_of counts each word's uses: a word gone counts 0


def _words(model: NameModel, ch: Changes) -> set[str]:
    """Lowercased words an edit touched: whose counts changed, or in changed lines."""
    words = set(ch.lower) | set(ch.compounds) | {b.lower() for b in ch.bases}
    for line in (*ch.new, *ch.gone):
        info = line.info
        words.update(info.lowers)
        words.update(w[:-2] for w in info.lowers if len(w) > 3 and w[-2:] in ("’s", "'s"))
        words.update(c.replace("-", "").lower() for _s, _e, c in info.compounds)
    return words


def _neighbours(model: NameModel, bases: Iterable[str], gone: Iterable[LineNames]) -> set[str]:
    """Names written next to ``bases`` in one name (first names, surnames), now or in the
    lines an edit replaced."""
    out: set[str] = set()
    for base in bases:
        low = base.lower()
        if low in STOPWORDS or low in TITLES:
            continue
        for token in model.occurrences.get(base, ()):
            out.update(_chain(token))
    wanted = set(bases)
    for line in gone:
        for token in line.tokens:
            if token.base in wanted:
                out.update(_chain(token))
    return out


def _chain(token: Token) -> list[str]:
    bases: list[str] = []
    t = token.prev
    while t is not None:
        bases.append(t.base)
        t = t.prev
    t = token.next
    while t is not None:
        bases.append(t.base)
        t = t.next
    return bases


Dirty = dict[str, set[Hashable]]


def _dirty(st: NamesFindings, model: NameModel, ch: Changes) -> tuple[Dirty, Dirty]:
    """The keys of each finder to find again: in full (a fact they read changed), and on
    the changed lines only (only where they stand changed)."""
    full: Dirty = {f: set() for f in _FINDERS}
    partial: Dirty = {f: set() for f in _FINDERS}
    for line in ch.gone:  # findings on lines that left
        for finder, key in st.on_line.get(line, ()):
            if finder == FIRST_NAMES:
                continue  # kept by st.names
            (partial if finder in _PARTIAL else full)[finder].add(key)
    changed_lines = (*ch.new, *ch.gone, *ch.lines)
    in_lines = {t.base for line in changed_lines for t in line.tokens}
    texts = {t.text for line in changed_lines for t in line.tokens}
    lowers = set(ch.lower)
    facts = set(ch.bases) | {b for w in lowers for b in model.bases_by_lower.get(w, ())}
    facts |= _neighbours(model, facts, ch.gone)
    full[NAME_VARIANTS].update(bucket_of(b) for b in facts)
    partial[NAME_VARIANTS].update(bucket_of(b) for b in in_lines)
    # a short name's pair is decided by the words around its uses (variants.pair_kind's
    # "short"): a changed line holding one decides its bucket again
    full[NAME_VARIANTS].update(bucket_of(b) for b in in_lines if len(b) in SHORT_LENGTHS)
    full[CASE].update(n[0] for n in ch.tuples)
    partial[CASE].update(texts)
    partial[CASE].update(_lowered_firsts(changed_lines))
    words = _words(model, ch)  # every lowercased word an edit touched
    longs = {w for h in words if (found := st.halves.get(h)) for w in found}
    full[HYPHENATION].update(words | longs)
    in_words = words | {b.lower() for b in in_lines}
    full[HYPHENATION].update(k for w in in_words for k in st.parts.get(w, ()))
    counted = lowers | {b.lower() for b in ch.bases}
    full[LOWERCASE].update(counted)
    partial[LOWERCASE].update(words)
    # a capital in a changed line that may need none (stray_capitals: its place decides)
    partial[LOWERCASE].update(b.lower() for b in in_lines)
    spelled = counted | {b.lower() for b in in_lines}
    full[SPELLING].update(_groups(st, spelled))
    partial[SPELLING].update(_groups(st, words))
    return full, partial


def _lowered_firsts(lines: Iterable[LineNames]) -> set[str]:
    """The lowercase word right before each name that starts in ``lines``, capitalised:
    the key of a name whose first word may be lowered there ("prime Minister")."""
    out: set[str] = set()
    for line in lines:
        text = line.text
        for token in line.tokens:
            if token.prev is None and token.rel_start > 1:
                m = _WORD_BEFORE.search(text, 0, token.rel_start)
                if m is not None:
                    out.add(m.group(1).capitalize())
    return out


_WORD_BEFORE = re.compile(r"([a-z]+) $")


def _groups(st: NamesFindings, words: Iterable[str]) -> set[Hashable]:
    found: set[Hashable] = set()
    for w in words:
        group = group_of(w) if len(w) >= 5 else None
        if group is not None:
            found.add(group)
        if ("ae", w) in st.groups:
            found.add(("ae", w))
    return found
