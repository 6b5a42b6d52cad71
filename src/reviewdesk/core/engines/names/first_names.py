"""One surname, two first names ("Dmitry Oreshkin" ... "Andrei Oreshkin"), kept per line.

What decides a surname's conflicts is read in the lines that hold it: whether the text
treats it as a person's (a speech verb, a title, an apposition), which first names stand
before it and whether among relatives. Each line's part of that evidence is kept per
surname, and each surname keeps the sums (how often each first name, how many lines with
evidence, where each first name stands). An edit takes out the parts of the lines that
went and adds those of the lines that came, then decides again only the surnames whose
sums or counts changed: the work follows the changed lines, never all of a surname's
occurrences.

A line's part also reads a few article-wide facts of the words in the name (whether a
word goes before surnames, whether it is written in lowercase as often, whether it
stands mid-sentence): each word's answer is kept, and when an edit changes it, the lines
where the word stands in a name beside a surname are read again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reviewdesk.core.engines.grammar.lexicon import (
    ADVERBS_BETWEEN,
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    SUBORDINATORS,
    is_dictionary_word,
)
from reviewdesk.core.engines.names.model import (
    STOPWORDS,
    TITLES,
    Finding,
    LineNames,
    NameModel,
    Token,
    fold,
    word_set,
)
from reviewdesk.core.engines.names.variants import (
    Decisions,
    bucket_of,
    damerau,
    first_name_of,
    plausible_first_name,
    relation,
)
from reviewdesk.core.engines.names.words import SPEECH_VERBS
from reviewdesk.core.frozen import frozen

CLOSED_CLASSES = SUBORDINATORS | CONJUNCTIONS | PREPOSITIONS | DETERMINERS | ADVERBS_BETWEEN
_SPEECH = SPEECH_VERBS  # "Oreshkin said", "said Smith": a person's name
# Words that name a relative: "his son Hunter Biden" is another person than "Joe Biden".
_KIN = word_set(
    "son sons daughter daughters wife wives husband husbands brother brothers sister sisters "
    "father mother mom mum dad parents parent cousin cousins uncle aunt nephew niece "
    "grandson granddaughter grandfather grandmother grandson widow widower family siblings "
    "sibling twin stepson stepdaughter stepfather stepmother fiancé fiancée partner"
)
_OWNERS = word_set("his her their our my your its")
# Common given names that are English words too: at a sentence's start before a surname
# they are still first names ("Mark Smith said"), where "Although Hitler" is not.
_GIVEN_WORDS = word_set(
    "mark matt will bill jack frank bob pat ray rob don guy drew chase hunter miles mason "
    "grace rose hope faith joy dawn carol holly ivy jean lily penny robin ruby sandy amber "
    "art gene herb jay sue dean earl mike nick sam tom max ben bud glen heath lance norman "
    "pierce reed rod victor wade doug josh rich"
)
_APPOSITION = re.compile(r"^(?:[’']s?)?,\s+(?:who|a|an|the|aged|\d)\b")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# How far around a name the evidence is read: a few words each side (a whole line was
# read before, which made a pasted page of one long line take seconds per name).
_AROUND = 200
_NEAR = 60  # most words a name's evidence reads stand this near


# -- what one line says ---------------------------------------------------------------------


def _facts(model: NameModel, base: str) -> tuple[bool, bool, bool]:
    """The article-wide facts of a word that a line's part reads: written in lowercase
    as often, going before capitalised words, standing mid-sentence."""
    total = model.cap_count.get(base, 0) or 1
    return (
        model.common_word(base),
        model.followed_by_cap.get(base, 0) * 2 >= total,
        bool(model.mid_count.get(base, 0)),
    )


def _before(token: Token, first: Token, n: int) -> list[str]:
    """The last ``n`` lowercased words of the line before ``first`` (at most ``_AROUND``
    characters back; the first word there may be cut in two, so it is left out)."""
    text = token.line.text
    end = first.rel_start
    near = _WORD.findall(text, max(0, end - _NEAR), end)
    if len(near) > n:  # the words after the first one found stand whole
        return [w.lower() for w in near[-n:]]
    start = max(0, end - _AROUND)
    words = _WORD.findall(text, start, end)
    if start > 0:
        words = words[1:]
    return [w.lower() for w in words[-n:]]


def _institution(token: Token, first: Token) -> bool:
    """Whether the name stands right after "the": "the Bharatiya Janata Party", "The Aam
    Aadmi Party" name organisations, and their first words are no first names (a person's
    name takes no article: "the late John Smith" puts a word between)."""
    before = _before(token, first, 1)
    return (
        bool(before)
        and before[-1] == "the"
        and not token.line.text[max(0, first.rel_start - 1) : first.rel_start].strip()
    )


def _after(token: Token) -> str:
    """The lowercased word after ``token`` in the line ("" if none within ``_AROUND``
    characters, or only one cut by that limit)."""
    text = token.line.text
    start = token.rel_end
    near = _WORD.findall(text, start, start + _NEAR)
    if len(near) >= 2:
        return str(near[0]).lower()
    words = _WORD.findall(text, start, start + _AROUND)
    if start + _AROUND < len(text):
        words = words[:-1]
    return str(words[0]).lower() if words else ""


def _english_word(word: str) -> bool:
    """An English word (open-class or function word), not a given name."""
    return word in STOPWORDS or word in CLOSED_CLASSES or is_dictionary_word(word)


def person_evidence(model: NameModel, token: Token) -> bool:
    """Whether the text treats the name ending in ``token`` as a person's: a speech verb
    after it ("Oreshkin said") or before it ("said Oreshkin", "according to Oreshkin"),
    a title ("Dr. Petrova", "President Putin"), or an apposition ("Jane Doe, a lawyer").
    Institutions, products and places get none of these."""
    first = token
    while first.prev is not None:
        first = first.prev
    if first is not token and first.base.lower() in TITLES:
        return True
    if _after(token) in _SPEECH:
        return True
    if _before(token, first, 1) in (["said"], ["says"], ["asked"]):
        return True
    rest = token.line.text[token.rel_end : token.rel_end + 12]
    return bool(_APPOSITION.match(rest))


def _family(token: Token, first: Token) -> bool:
    """Whether the name stands among relatives: "his son Hunter Biden", "Joe and Hunter
    Biden" (another person of one family, not the same person named twice)."""
    before = _before(token, first, 5)
    near = before[-4:]
    for k, word in enumerate(near):
        owner = near[k - 1] if k else (before[-5] if len(before) >= 5 else "")
        if word in _KIN and (owner in _OWNERS or owner.endswith(("'s", "’s"))):
            return True  # "his son", "Biden's wife": a relative of someone named
    text = token.line.text[max(0, first.rel_start - _AROUND) : first.rel_start].rstrip()
    if text.endswith(" and") and bool(re.search(r"[A-Z][\w’'-]+ and$", text)):
        return True
    return _relative_introduced(text) or _relative_after(token)


# an apposition that names a relative: "Maya Rockeymoore Cummings, his wife and ..."
_KIN_AFTER = re.compile(r",\s+(?:his|her|their|[\w-]+['’]s)\s+(?:late\s+|former\s+)?([a-zé]+)\b")


def _relative_after(token: Token) -> bool:
    """Whether an apposition right after the name says whose relative it is ("Maya
    Rockeymoore Cummings, his wife and chairwoman of ..."): another person of the family,
    introduced after her name instead of before it."""
    m = _KIN_AFTER.match(token.line.text, token.rel_end, token.rel_end + 40)
    return m is not None and m.group(1) in _KIN


# a sentence's end: a relative named before it belongs to another sentence
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[A-Z\"“])")


def _relative_introduced(before: str) -> bool:
    """Whether the sentence, before the name, introduces a relative of someone: "His
    daughter, and a member of the party, Sharmistha Mukherjee wrote": the kinship stands
    before an aside, farther than the words next to the name."""
    ends = list(_SENTENCE_END.finditer(before))
    words = [w.lower() for w in _WORD.findall(before, ends[-1].end() if ends else 0)]
    words = words[-_KIN_REACH:]
    return any(
        word in _KIN and k and (words[k - 1] in _OWNERS or words[k - 1].endswith(("'s", "’s")))
        for k, word in enumerate(words)
    )


_KIN_REACH = 10  # words before the name a kinship may stand in, in its sentence


@dataclass(frozen=True, slots=True)
class LinePart:
    """One line's evidence about one surname."""

    evidence: bool  # the line treats the surname as a person's
    firsts: tuple[tuple[Token, bool], ...]  # first names before it, and whether among kin
    reads: frozenset[str]  # the words whose article-wide facts this part read


def line_parts(model: NameModel, line: LineNames) -> dict[str, LinePart]:
    """What ``line`` says about each capitalised word in it taken as a surname: evidence
    and first names, in line order."""
    tokens: dict[str, list[Token]] = {}
    for token in line.tokens:
        if token.cap and token.kind != "headline" and not _never_surname(token.base):
            tokens.setdefault(token.base, []).append(token)
    return {surname: _part(model, surname, found) for surname, found in tokens.items()}


def _never_surname(base: str) -> bool:
    low = base.lower()
    return low in STOPWORDS or low in TITLES


def _part(model: NameModel, surname: str, tokens: list[Token]) -> LinePart:
    evidence = False
    firsts: list[tuple[Token, bool]] = []
    reads: set[str] = set()
    for token in tokens:
        if token.next is not None:
            reads.add(surname)
            if plausible_first_name(model, token):
                continue  # this is itself a first name
        prev = token.prev
        while prev is not None:
            reads.add(prev.base)
            prev = prev.prev
        evidence = evidence or person_evidence(model, token)
        first = first_name_of(model, token)
        if first is None or first.base == token.base:
            continue
        if (
            first.initial
            and not model.mid_count.get(first.base, 0)
            and _english_word(first.base.lower())
            and first.base.lower() not in _GIVEN_WORDS
        ):
            continue  # "Although Hitler": an English word opening a sentence
        if _institution(token, first):
            continue  # "the Aam Aadmi Party": an organisation's name, not a person's
        firsts.append((first, _family(token, first)))
    return LinePart(evidence, tuple(firsts), frozen(reads))


# -- a surname's sums ---------------------------------------------------------------------


@dataclass
class Surname:
    """The sums of one surname's line parts."""

    parts: dict[LineNames, LinePart] = field(default_factory=dict)
    evidence: int = 0  # lines with evidence
    count: Counter[str] = field(default_factory=Counter)  # first name -> times written
    kin: Counter[str] = field(default_factory=Counter)  # ... of which among relatives
    where: dict[str, Counter[LineNames]] = field(default_factory=dict)  # ... and lines
    earliest: dict[str, LineNames] = field(default_factory=dict)  # first line, if known

    def add(self, line: LineNames, part: LinePart, n: int) -> None:
        """Add (n = 1) or take out (n = -1) one line's part."""
        if n > 0:
            self.parts[line] = part
        else:
            del self.parts[line]
        self.evidence += n * part.evidence
        for first, family in part.firsts:
            name = first.base
            _bump(self.count, name, n)
            if family:
                _bump(self.kin, name, n)
            lines = self.where.setdefault(name, Counter())
            _bump(lines, line, n)
            if not lines:
                del self.where[name]
            known = self.earliest.get(name)
            if n < 0 and known is line:
                del self.earliest[name]
            elif n > 0 and known is not None and line.index < known.index:
                self.earliest[name] = line

    def first_token(self, name: str) -> Token:
        """Where ``name`` is first written before this surname."""
        line = self.earliest.get(name)
        if line is None:
            line = self.earliest[name] = min(self.where[name], key=_index)
        return next(first for first, _f in self.parts[line].firsts if first.base == name)

    def decide(
        self, model: NameModel, surname: str, given: dict[str, Counter[str]] | None = None
    ) -> tuple[list[Finding], Decisions]:
        """The surname's first-name conflicts, and the first names it flags (each written
        once before it).

        Real evidence only: the surname must be a person's somewhere, a first name must
        not open a sentence unless the article uses it as a name mid-sentence too
        ("Although Hitler"), and a first name among relatives ("his son Hunter Biden")
        names another person. A first name the article gives another person ("Hage
        Geingob" … "Hage Iyambo" beside "Nickey Iyambo") is evidence of its own: the
        writer took the wrong person's first name, the slip a story about two people
        invites; it is flagged even where the surname has no other evidence, and it
        loses a tie (``given``: each first name's surnames in the article). Both
        surnames must be no English words: "Marine Traffic" and "Maritime Bulletin"
        are firms."""
        if len(self.count) < 2:
            return [], {}  # (stopwords and titles have no parts)
        if model.cap_count.get(surname, 0) < 2 or model.common_word(surname):
            return [], {}
        given = given or {}
        # people's names only: a surname that is an English word ("Marine Bulletin",
        # "Marine Traffic") names a publication or a firm as often
        person = not is_dictionary_word(surname.lower())

        def borrowed(name: str) -> bool:
            return person and any(
                other != surname and not is_dictionary_word(other.lower())
                for other in given.get(name, ())
            )

        # only first names written once are flagged; the rest are ranked only if one is
        firsts = {name: self.first_token(name) for name in self.count}
        once = [
            name
            for name, n in self.count.items()
            if n == 1
            and not self.kin.get(name)
            and (self.evidence or borrowed(name))
            and not introduced_with_role(firsts[name], surname)
        ]
        if not once:
            return [], {}
        ranked = sorted(
            self.count,
            key=lambda name: (-self.count[name], borrowed(name), firsts[name].order()),
        )
        keep = ranked[0]
        findings: list[Finding] = []
        decisions: Decisions = {}
        listing = ", ".join(f"{name} ({self.count[name]}×)" for name in ranked)
        for name in ranked[1:]:
            if name not in once:
                continue
            kind = relation(name, keep)
            if kind is not None and bucket_of(name) == bucket_of(keep):
                continue  # a spelling variant, reported as such by .variants
            near = _spelled_near(name, keep)
            if kind is None and not near and self._beside_another(name):
                continue  # two people of one family, named side by side
            if _names_also(firsts[name], keep, surname) or _names_also(firsts[keep], name, surname):
                continue  # "Senator from Vermont Bernie Sanders": "Bernie Sanders" again
            if kind is not None or near:  # .variants compares its related pairs
                message = (
                    f"“{surname}” has its first name spelled two ways: {listing}. Use one spelling."
                )
            else:
                message = (
                    f"“{surname}” has two first names in this article: {listing}. "
                    "Is this the same person?"
                )
            decisions[name] = (keep, message)
            first = firsts[name]
            findings.append(
                Finding(first.start, first.base_end, "first-name-conflict", message, keep)
            )
        return findings, decisions

    def _beside_another(self, name: str) -> bool:
        """Two people of one family, named side by side (in one line)."""
        (line,) = self.where[name]
        return any(line in lines for other, lines in self.where.items() if other != name)


_COMMA_BEFORE_NAME = re.compile(r"[^\W\d_],\s+$")
_RELATIVE_AFTER = re.compile(r",\s+(?:who|whose)\b")


def introduced_with_role(first: Token, surname: str) -> bool:
    """Whether the name whose first name is ``first`` is set off as an apposition and
    told apart at once by a relative clause: "the Mayor of London, Sadiq Khan, who is no
    relation". A writer introduces another person so; a first name slipped into a later
    mention ("Andrei Oreshkin said" beside "Dmitry Oreshkin") stands without it."""
    text = first.line.text
    if _COMMA_BEFORE_NAME.search(text, max(0, first.rel_start - 8), first.rel_start) is None:
        return False
    end = _surname_end(first, surname)
    return end is not None and _RELATIVE_AFTER.match(text, end, end + 12) is not None


def _surname_end(first: Token, surname: str) -> int | None:
    """Where the surname after ``first`` ends in its line (None: not within four words)."""
    token: Token | None = first
    for _ in range(5):
        if token is None:
            return None
        if token.base == surname and token is not first:
            return token.rel_end
        token = token.next
    return None


def _names_also(first: Token, keep: str, surname: str) -> bool:
    """Whether the first name ``keep`` stands between ``first`` and the surname it was
    read before ("from Vermont Bernie Sanders" beside "Bernie Sanders"): the article names
    the same person with the same first name there, and the word taken for another first
    name is a place or a title before it."""
    token = first.next
    steps = 0
    while token is not None and token.base != surname and steps < 4:
        if token.base == keep:
            return True
        token = token.next
        steps += 1
    return False


def _spelled_near(a: str, b: str) -> bool:
    """Whether two first names are one name spelled two ways ("Steven"/"Stephen"): two
    edits apart at most, five letters or more, the same first letter, and neither the
    other with an ending ("Paul"/"Paula", "Louis"/"Louise" are two people). Relatives
    side by side are no such pair: parents do not name siblings one letter apart."""
    fa, fb = fold(a), fold(b)
    short, long = sorted((fa, fb), key=len)
    return (
        len(short) >= 5 and fa[0] == fb[0] and not long.startswith(short) and damerau(fa, fb) <= 2
    )


def _index(line: LineNames) -> int:
    return line.index


def _bump(counter: Counter[Any], key: object, n: int) -> None:
    value = counter.get(key, 0) + n
    if value:
        counter[key] = value
    else:
        del counter[key]


# -- the index ------------------------------------------------------------------------------


class FirstNames:
    """Every surname's sums, kept up to date line by line."""

    def __init__(self) -> None:
        self.surnames: dict[str, Surname] = {}
        self.in_line: dict[LineNames, tuple[str, ...]] = {}  # surnames a line has parts of
        self.readers: dict[str, dict[LineNames, None]] = {}  # word -> lines whose parts read it
        self.facts: dict[str, tuple[bool, bool, bool]] = {}  # word -> its facts, as read
        self.decisions: dict[str, Decisions] = {}  # surname -> the first names it flags
        # first name -> the surnames it stands before (and how often): a first name the
        # article gives two surnames decides both again when that changes
        self.given: dict[str, Counter[str]] = {}
        self._moved: set[str] = set()  # first names whose surnames changed in this edit

    def build(self, model: NameModel) -> set[str]:
        """Read every line; return the surnames to decide."""
        return self.follow(model, model.lines, (), ())

    def follow(
        self,
        model: NameModel,
        new: Iterable[LineNames],
        gone: Iterable[LineNames],
        words: Iterable[str],
    ) -> set[str]:
        """Take out the parts of the lines ``gone``, read the lines ``new`` and the lines
        reading a word of ``words`` whose facts changed; return the surnames to decide
        again (their sums changed, or their own counts may have)."""
        touched: set[str] = set()
        self._moved = set()
        for line in gone:
            touched.update(self._drop(line))
        reread: dict[LineNames, None] = dict.fromkeys(new)
        for word in words:
            touched.add(word)
            if word not in model.occurrences:
                self.facts.pop(word, None)
                continue
            facts = _facts(model, word)
            if self.facts.get(word, facts) != facts:
                for line in self.readers.get(word, ()):
                    reread[line] = None
            self.facts[word] = facts
        for line in reread:
            touched.update(self._drop(line))
            touched.update(self._read(model, line))
        for name in self._moved:  # a first name's surnames changed: each decides again
            touched.update(self.given.get(name, ()))
        return touched

    def decide(self, model: NameModel, surname: str) -> list[Finding]:
        """Decide ``surname`` again from its sums; return its findings."""
        sums = self.surnames.get(surname)
        found, decisions = sums.decide(model, surname, self.given) if sums is not None else ([], {})
        if decisions:
            self.decisions[surname] = decisions
        else:
            self.decisions.pop(surname, None)
        return found

    def _read(self, model: NameModel, line: LineNames) -> tuple[str, ...]:
        parts = line_parts(model, line)
        names = tuple(parts)
        for surname, part in parts.items():
            self.surnames.setdefault(surname, Surname()).add(line, part, 1)
            self._given(surname, part, 1)
            for word in part.reads:
                self.readers.setdefault(word, {})[line] = None
                if word not in self.facts:
                    self.facts[word] = _facts(model, word)
        if names:
            self.in_line[line] = names
        return names

    def _given(self, surname: str, part: LinePart, n: int) -> None:
        """Count (n = 1) or take out (n = -1) the first names a line's part puts before
        ``surname``; a first name whose set of surnames changes is noted as moved."""
        for first, _family in part.firsts:
            surnames = self.given.setdefault(first.base, Counter())
            before = surnames.get(surname, 0)
            _bump(surnames, surname, n)
            if (before > 0) != (surnames.get(surname, 0) > 0):
                self._moved.add(first.base)
            if not surnames:
                del self.given[first.base]

    def _drop(self, line: LineNames) -> tuple[str, ...]:
        names = self.in_line.pop(line, ())
        for surname in names:
            sums = self.surnames[surname]
            part = sums.parts[line]
            sums.add(line, part, -1)
            self._given(surname, part, -1)
            if not sums.parts:
                del self.surnames[surname]
            for word in part.reads:
                lines = self.readers.get(word)
                if lines is not None:
                    lines.pop(line, None)
                    if not lines:
                        del self.readers[word]
        return names


def find_first_name_conflicts(model: NameModel) -> list[Finding]:
    """Every surname's first-name conflicts, found afresh."""
    index = FirstNames()
    return [f for surname in sorted(index.build(model)) for f in index.decide(model, surname)]
