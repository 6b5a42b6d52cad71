"""One person, two spellings: near-variant names (conflicting first names are in
:mod:`.first_names`).

Two capitalised words are taken for variants of one name when they differ by an accent
("Martinez"/"Martínez"), by a dropped ending ("Tsikhanouska"/"Tsikhanouskaya"), or by one
or two letters in a long enough word ("Lukashenko"/"Lukashenka"). Words related by
English or name morphology are not variants: "Belarus"/"Belarusian"/"Belarusians",
"Russia"/"Russian", "Petrov"/"Petrova", "Ukraine"/"Ukrainian". Different people are told
apart by their first names ("Siarhei Tsikhanouski" vs "Sviatlana Tsikhanouskaya").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from reviewdesk.core.engines.grammar.lexicon import is_dictionary_word
from reviewdesk.core.engines.names.family import differs_inside, introduced_as_relative
from reviewdesk.core.engines.names.model import (
    STOPWORDS,
    TITLES,
    Finding,
    NameModel,
    Token,
    fold,
    word_set,
)
from reviewdesk.core.engines.names.words import SPEECH_VERBS

# Endings that relate a name to its adjective, plural or feminine form.
_SUFFIX_KEEP = word_set(
    "s es n ns an ans ian ians ean eans ese i is ish ism ist ists ite ites ic ics er ers "
    "a y ia ov ev ova eva ina ar"
)
# Endings that replace a final letter ("Ukraine" -> "Ukrainian", "China" -> "Chinese").
_SUFFIX_SWAP_VOWEL = word_set("ian ians ean eans ese an ans ic ics ish i is ar ite ites")
# Endings that replace any final letter ("Texas" -> "Texan", "Sweden" -> "Swedes").
_SUFFIX_SWAP_ANY = word_set("s n ns an ans ian ians")


def damerau(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment distance between ``a`` and ``b``, capped at ``limit + 1``
    (RapidFuzz's, in C++: the pairs of a page of names are many)."""
    return int(OSA.distance(a, b, score_cutoff=limit))


# Each letter's neighbours on a QWERTY keyboard: the letter a finger hits instead.
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, frozenset[str]] = {
    ch: frozenset(
        _KEYS[r][k]
        for r in (row - 1, row, row + 1)
        if 0 <= r < len(_KEYS)
        for k in (col - 1, col, col + 1)
        if 0 <= k < len(_KEYS[r]) and (r, k) != (row, col)
    )
    for row, keys in enumerate(_KEYS)
    for col, ch in enumerate(keys)
}
_VOWELS = frozenset("aeiouy")


def typing_slip(word: str, fix: str) -> bool:
    """Whether ``word`` is ``fix`` with one slip of the fingers inside it: two neighbouring
    letters swapped, a letter dropped, a letter typed twice or with its key's neighbour,
    or one vowel for another ("Airpoort", "Fernch", "Goverment", "Parliment").

    A word's first and last letters are left out (but for the last two swapped): the same
    word in another language differs there ("Institut", "Agence", "Republica" beside
    "Institute", "Agency", "Republic"). Letters a keyboard does
    not put side by side ("Nacional" for "National") are a spelling, not a slip."""
    a, b = fold(word).lower(), fold(fix).lower()
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if k == 0:
        return False
    if len(a) == len(b):
        if a[k + 1 :] == b[k + 1 :]:  # one letter for another
            x, y = a[k], b[k]
            near = y in _NEIGHBOURS.get(x, ()) or (x in _VOWELS and y in _VOWELS)
            return near and k < len(a) - 1
        # two letters swapped, the last two too ("Houes"): no language's ending differs so
        return a[k : k + 2] == b[k + 1 : k - 1 : -1] and a[k + 2 :] == b[k + 2 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    # one letter more in ``longer`` at k (or anywhere in a run of that letter)
    return longer[k + 1 :] == shorter[k:] and k < len(longer) - 1


def morphologically_related(a: str, b: str) -> bool:
    """Related by morphology: belarus/belarusians, ukraine/ukrainian, texas/texan (folded)."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] in _SUFFIX_KEEP:
        return True
    stem = short[:-1]
    if len(stem) >= 3 and long.startswith(stem):
        tail = long[len(stem) :]
        if short[-1] in "aeiouy" and tail in _SUFFIX_SWAP_VOWEL:
            return True
        if tail in _SUFFIX_SWAP_ANY and len(long) >= len(short):
            return True
    return False


def relation(a: str, b: str) -> str | None:
    """How two different name spellings relate: "accent", "truncation", "edit" or None."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return "accent"
    short, long = sorted((fa, fb), key=len)
    if len(short) >= 4 and long in (short + "s", short + "es"):
        return "plural"
    if fa[0] != fb[0] or morphologically_related(fa, fb):
        return None
    short, long = sorted((fa, fb), key=len)
    if long.startswith(short) and 2 <= len(long) - len(short) <= 3 and len(short) >= 5:
        return "truncation"
    d = damerau(fa, fb)
    if (d == 1 and len(short) >= 5) or (d == 2 and len(short) >= 8):
        return "edit"
    if d == 1 and len(fa) == len(fb) == 4 and sorted(fa) == sorted(fb):
        return "swap"  # "Basu"/"Baus": one only with the same first name (see _same_entity)
    return None


# the lengths of the names a "short" pair holds (four letters, and one letter more)
SHORT_LENGTHS = frozenset({4, 5})


def pair_kind(a: str, b: str) -> str | None:
    """:func:`relation`, or "short" for two four-letter names one letter apart
    ("Gray"/"Grey", "Duda"/"Doda"): too many short names lie one letter apart for the
    spelling alone to relate them, so such a pair needs the text's word that one is the
    other (see :func:`_referred_back`). First names are compared by :func:`relation`."""
    kind = relation(a, b)
    if kind is not None:
        return kind
    fa, fb = fold(a), fold(b)
    if (
        min(len(fa), len(fb)) == 4
        and fa[0] == fb[0]
        and damerau(fa, fb, 1) == 1
        and not morphologically_related(fa, fb)
    ):
        return "short"
    return None


# titles after which a surname refers back to a person already named in full
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "miss"})

# an initial after a word, without its period or with it: "Stefan W", "Harry S. Truman"
_INITIAL_AFTER = re.compile(r"\s[A-Z]\.?(?![\w’'-])")


def _before_initial(token: Token) -> bool:
    """Whether ``token`` stands before a bare initial, as a first name does ("Stefan W")."""
    return _INITIAL_AFTER.match(token.line.text, token.rel_end) is not None


def _two_words(a: str, b: str) -> bool:
    """Whether both forms are English words ("Constitution"/"Constitutional",
    "Centre"/"Center" in two bodies' names): words in names, not one name misspelt."""
    return is_dictionary_word(a.lower()) and is_dictionary_word(b.lower())


_FINAL_VOWELS = frozenset("aeio")


def _word_in_another_language(a: str, b: str) -> bool:
    """Whether one form is an English word and the other the same word with a final vowel
    more or less, as French, Italian or Spanish write it in a body's name ("Agence
    France-Presse" beside "the Press", "Institut Pasteur" beside "the Institute",
    "Republica"): the same word in two languages, not one name misspelt. A typing slip at
    a word's end changes or doubles a letter ("Browm", "Brownn"), and stays a variant."""
    fa, fb = fold(a).lower(), fold(b).lower()
    short, long = sorted((fa, fb), key=len)
    if len(long) != len(short) + 1 or not long.startswith(short) or long[-1] not in _FINAL_VOWELS:
        return False
    if long[-1] == short[-1]:
        return False  # a letter typed twice
    return is_dictionary_word(short) != is_dictionary_word(long)


def _words_only(a: _Form, b: _Form) -> bool:
    """Whether a plural pair is two English words with only English words before them
    ("National Science Foundation" beside "Academy of Sciences"): words in two bodies'
    names, no person's surname; "Bernie Sanders" beside "Sander" has a first name no
    dictionary lists, and "Iseley"/"Iseleys" are no words."""
    if not _two_words(a.base, b.base):
        return False
    return all(is_dictionary_word(p.lower()) for p in a.partners | b.partners)


@dataclass
class _Form:
    base: str
    tokens: list[Token] = field(default_factory=list)
    partners: set[str] = field(default_factory=set)  # first names (or surnames for first names)
    first_role: int = 0  # occurrences used as a first name
    honoured: int = 0  # occurrences right after "Mr", "Ms", "Dr": a person named before
    before_noun: int = 0  # occurrences right before a lowercase noun ("Samoan way")

    @property
    def count(self) -> int:
        return len(self.tokens)


def plausible_first_name(model: NameModel, token: Token) -> bool:
    """A capitalised word that goes before surnames ("Dmitry"), not "Russian" or "Yesterday"."""
    base = token.base
    if not token.cap or token.text != base or len(base) < 2:
        return False
    low = base.lower()
    if low in STOPWORDS or low in TITLES or model.common_word(base):
        return False
    total = model.cap_count.get(base, 0) or 1
    return model.followed_by_cap.get(base, 0) * 2 >= total


def first_name_of(model: NameModel, token: Token) -> Token | None:
    """The first name written before the surname ``token``, if any."""
    first: Token | None = None
    prev = token.prev
    while prev is not None and plausible_first_name(model, prev):
        first = prev
        prev = prev.prev
    return first


def bucket_of(base: str) -> str:
    """Which forms are compared with each other: those sharing their first letter (folded),
    as every pair :func:`relation` relates does. The first two letters were the key once,
    and a slip in the second letter ("Weir"/"Wier", "Dhar"/"Dahr", "Mcvey"/"Mvcey") was
    never compared; :func:`name_variants_among` finds a bucket's near pairs in C++ first,
    so the larger buckets cost little."""
    return fold(base)[:1]


def _eligible(model: NameModel, base: str) -> bool:
    low = base.lower()
    return (
        len(base) >= 4
        and low not in STOPWORDS
        and low not in TITLES
        and not model.common_word(base)
    )


def _forms(model: NameModel, bases: Iterable[str]) -> dict[str, _Form]:
    """The forms of ``bases`` (capitalised occurrences), in order of first occurrence."""
    found: list[tuple[tuple[int, int], _Form]] = []
    runs = _Runs(model)
    for base in bases:
        if not _eligible(model, base):
            continue
        form = _Form(base, before_noun=model.before_noun.get(base, 0))
        for token in model.tokens_of(base):
            if not token.cap:
                continue
            form.tokens.append(token)
            if token.prev is not None and token.prev.base.lower() in _HONORIFICS:
                form.honoured += 1
            first = runs.first_name_of(token)
            if first is not None:
                form.partners.add(first.base)
            nxt = token.next
            if _before_initial(token):
                form.first_role += 1  # "Stefan W": a first name and a surname's initial
                continue
            if nxt is not None and nxt.cap and plausible_first_name(model, token):
                form.first_role += 1
                form.partners.add(runs.last_capital(nxt).base)
        if form.tokens:
            found.append((form.tokens[0].order(), form))
    found.sort(key=lambda item: item[0])
    return {form.base: form for _order, form in found}


class _Runs:
    """:func:`first_name_of` and the end of a run of capitalised words, remembered per
    token for one bucket: a paragraph of thousands of capitalised names is one run,
    and walking it from each of them took minutes."""

    def __init__(self, model: NameModel) -> None:
        self.model = model
        self._earliest: dict[int, Token | None] = {}  # id -> first of its plausible run
        self._last: dict[int, Token] = {}  # id -> last capitalised word of its run

    def first_name_of(self, token: Token) -> Token | None:
        """As :func:`first_name_of`."""
        return self._earliest_of(token.prev) if token.prev is not None else None

    def _earliest_of(self, token: Token) -> Token | None:
        """The first token of the run of plausible first names ending at ``token`` (None
        when ``token`` is none)."""
        path: list[Token] = []
        at: Token | None = token
        while at is not None and id(at) not in self._earliest:
            if not plausible_first_name(self.model, at):
                self._earliest[id(at)] = None
                break
            path.append(at)
            at = at.prev
        earliest = self._earliest.get(id(at)) if at is not None else None
        for step in reversed(path):
            earliest = earliest if earliest is not None else step
            self._earliest[id(step)] = earliest
        return self._earliest[id(token)]

    def last_capital(self, token: Token) -> Token:
        """The last of the capitalised words that follow one another from ``token``."""
        path: list[Token] = []
        at = token
        while id(at) not in self._last and (after := at.next) is not None and after.cap:
            path.append(at)
            at = after
        last = self._last.get(id(at), at)
        for step in (*path, at):
            self._last[id(step)] = last
        return last


def _name_like(model: NameModel, form: _Form) -> bool:
    if model.is_name_word(form.base):
        return True
    return any(model.token_is_name(t) or not t.initial for t in form.tokens)


def _same_entity(a: _Form, b: _Form, kind: str) -> bool:
    """Whether two related spellings plausibly name the same person or place."""
    if a.partners and b.partners and not (a.partners & b.partners):
        # "Siarhei Tsikhanouski" and "Sviatlana Tsikhanouskaya", unless the rarer is
        # introduced as the other's relative ("her mother, Kyoko Kimora" beside Kimura)
        return kind == "edit" and _relative_slip(a, b)
    a_first = a.first_role * 2 > a.count
    b_first = b.first_role * 2 > b.count
    if a_first != b_first:
        return False  # "Ivan" the first name, "Ivanov" the surname
    shared = bool(a.partners & b.partners)
    if kind == "swap":  # short names swap into other names: the same first name must say so
        return shared or _named_before(a, b) or _named_before(b, a)
    if kind == "short":  # "Thomas Gray" … "Grey added": the bare one refers back
        return shared or _referred_back(a, b) or _referred_back(b, a)
    if kind == "plural":  # "Reynolds"/"Reynold": only one person's name written both ways
        if min((a, b), key=lambda f: len(f.base)).before_noun:
            # "the Samoan way" beside "American Samoans", "Philippine officials" beside
            # "the Philippines": an adjective and its plural noun, not a name
            return False
        if _family_plural(max((a, b), key=lambda f: len(f.base))):
            return False  # "Tong Yung-soo ... and his wife" beside "The Tongs": the family
        if _words_only(a, b):
            return False  # "National Science Foundation" beside "Academy of Sciences"
        return shared or _named_person(a, b) or _named_person(b, a)
    return not (kind == "edit" and a.count >= 2 and b.count >= 2 and not shared)


def _family_plural(form: _Form) -> bool:
    """Whether every use of a plural surname is "the Tongs", "the Obamas": after "the",
    alone (no capitalised word after it, as in "the Reynolds Building"), the way news
    names a family or a couple, never one person's name with an s too many. A slip that
    adds an s ("Reynolds said" beside "Ryan Reynold") stands without "the"."""
    return all(
        token.next is None
        and token.line.text[max(0, token.rel_start - 4) : token.rel_start].lower() == "the "
        for token in form.tokens
    )


def _relative_slip(a: _Form, b: _Form) -> bool:
    """One form once, in a relative's introduction, the other at least twice, one letter
    apart inside the name (see :mod:`.family`)."""
    rare, usual = (a, b) if a.count < b.count else (b, a)
    return (
        rare.count == 1
        and usual.count >= 2
        and differs_inside(a.base, b.base)
        and introduced_as_relative(rare.tokens)
    )


def _named_before(a: _Form, b: _Form) -> bool:
    """``a`` stands with a first name, and ``b`` comes later and only ever after "Mr",
    "Ms" or "Dr": news copy names a person in full before "Mr Wier", so a "Mr Wier" never
    named in full is the "Peter Weir" named before (two real people would each have been
    named in full)."""
    return (
        bool(a.partners)
        and not b.partners
        and not b.first_role
        and b.honoured == b.count
        and a.tokens[0].order() < b.tokens[0].order()
    )


# what follows a surname that names a person: a speech verb ("Grey added", "Doda also
# told"), an age or an apposition ("Mack, 34, said", "Mack, who")
_PERSON_AFTER = re.compile(r"(?:[’']s)?(?:,\s+(?:who|aged|\d+)\b|\s+(?:also\s+)?([a-z]+)\b)")
_SAID_BEFORE = re.compile(r"\b(?:said|says|according\s+to)\s+$")


def _a_person_there(token: Token) -> bool:
    """Whether the text says that this bare surname is a person's where it stands: a
    speech verb after it or "said" before it, an age or an apposition after it, or a
    title ("Mr", "Dr", "President") before it."""
    if token.prev is not None:  # "Mr Grey", "President Doda": a title before it
        before = token.prev.base.lower()
        return before in _HONORIFICS or before in TITLES
    text = token.line.text
    m = _PERSON_AFTER.match(text, token.rel_end)
    if m is not None and (m.group(1) is None or m.group(1) in SPEECH_VERBS):
        return True
    return _SAID_BEFORE.search(text, max(0, token.rel_start - 20), token.rel_start) is not None


def _referred_back(a: _Form, b: _Form) -> bool:
    """``a`` stands with a first name, and ``b`` comes later, always alone, and the text
    says it is a person's at least once ("Thomas Gray, 24, said" … "Grey added"): news
    copy names a person in full before the surname alone, so a bare surname one letter
    from one named in full, never named in full itself, is that person's."""
    return (
        bool(a.partners)
        and not b.partners
        and not b.first_role
        and a.tokens[0].order() < b.tokens[0].order()
        and any(_a_person_there(token) for token in b.tokens)
    )


def _named_person(a: _Form, b: _Form) -> bool:
    """``a`` stands with a first name, ``b`` once, alone, never before a surname (facts
    of the forms only, so a bucket is decided again when one of them changes)."""
    return bool(a.partners) and not b.partners and b.count == 1 and not b.first_role


def find_name_variants(model: NameModel, words: frozenset[str] = frozenset()) -> list[Finding]:
    """Near-variant spellings of one name; the less complete or rarer form is flagged."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for base in model.occurrences:
        buckets[bucket_of(base)].append(base)
    findings: list[Finding] = []
    for bases in buckets.values():
        findings.extend(name_variants_among(model, bases, words)[0])
    return findings


# A bucket of this many forms or more is searched in C++ for the pairs within three edits
# of each other, which every relation is; a smaller one pair by pair. 21,869 distinct names
# pair by pair took minutes of CPU; a bucket is all the names of one first letter (90 in a
# 50k-word text of our articles: 0.6 ms pair by pair, 0.2 ms in C++).
LARGE_BUCKET = 24


def _near_pairs(bases: list[str]) -> set[frozenset[str]]:
    """The pairs of ``bases`` that :func:`relation` relates, found from the strings alone
    so that only their forms' occurrences are read (reading every form of a bucket's
    occurrences cost a keystroke in a 50k-word text 1-2 ms more)."""
    folds = [fold(base) for base in bases]
    near: list[tuple[int, int, int]] = []
    if len(bases) < LARGE_BUCKET:
        for i, fa in enumerate(folds):
            for j in range(i + 1, len(folds)):
                fb = folds[j]
                if abs(len(fa) - len(fb)) <= 3 and (d := damerau(fa, fb, 3)) <= 3:
                    near.append((i, j, d))
    else:
        for i, fa in enumerate(folds):
            found = process.extract(
                fa, folds[i + 1 :], scorer=OSA.distance, score_cutoff=3, limit=None
            )
            near.extend((i, i + 1 + j, int(d)) for _, d, j in found)
    return {
        frozenset((bases[i], bases[j]))
        for i, j, d in near
        if _may_relate(folds[i], folds[j], d)
        and abs(len(bases[i]) - len(bases[j])) <= 3
        and pair_kind(bases[i], bases[j]) is not None
    }


def _may_relate(fa: str, fb: str, d: int) -> bool:
    """Whether folded forms ``d`` edits apart can pass :func:`relation`: two edits only in
    a long name or as an ending ("Petrov"/"Petrovich" is not), three only as an ending
    (most pairs of short names within three edits are neither, and relation costs)."""
    if d <= 1:
        return True
    short, long = sorted((fa, fb), key=len)
    return long.startswith(short) or (d == 2 and len(short) >= 8)


def _pairs(group: list[_Form], near: set[frozenset[str]]) -> Iterator[tuple[_Form, _Form]]:
    """The pairs of ``group`` in ``near``, in the order of comparing every form with each
    later one (the order ties are broken in)."""
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            if frozenset((a.base, b.base)) in near:
                yield a, b


# a flagged form: its base -> (the form to use instead, the message)
Decisions = dict[str, tuple[str, str]]


def name_variants_among(
    model: NameModel, bases: Iterable[str], words: frozenset[str] = frozenset()
) -> tuple[list[Finding], Decisions]:
    """:func:`find_name_variants` among the forms of ``bases`` (one bucket), and which
    forms it flags (every capitalised occurrence of a flagged form is a finding)."""
    eligible = [base for base in bases if _eligible(model, base)]
    near = _near_pairs(eligible)
    involved = sorted({base for pair in near for base in pair})
    group = list(_forms(model, involved).values())
    edges: list[tuple[_Form, _Form, str]] = []
    for a, b in _pairs(group, near):
        if abs(len(a.base) - len(b.base)) > 3:
            continue
        kind = pair_kind(a.base, b.base)
        if kind is None or (a.base in words and b.base in words):
            continue
        if kind in ("truncation", "edit") and _two_words(a.base, b.base):
            continue
        if kind == "edit" and _word_in_another_language(a.base, b.base):
            continue
        if not (_name_like(model, a) or _name_like(model, b)):
            continue
        if _same_entity(a, b, kind):
            edges.append((a, b, kind))
    findings: list[Finding] = []
    flagged: set[str] = set()
    decisions: Decisions = {}
    for a, b, kind in sorted(edges, key=lambda e: -(e[0].count + e[1].count)):
        keep, drop = _choose(a, b, kind, words)
        if drop.base in flagged or keep.base in flagged:
            continue
        flagged.add(drop.base)
        counts = f"“{keep.base}” ({keep.count}×) and “{drop.base}” ({drop.count}×)"
        why = {
            "accent": "the same name with and without its accents",
            "truncation": "the same name, once with its ending cut off",
            "plural": "the same name, once with an s too many or too few",
            "edit": "the same name spelled two ways",
            "swap": "the same name with two letters swapped",
            "short": "the same name spelled two ways",
        }[kind]
        message = f"This article has {counts}: {why}? Use one spelling."
        decisions[drop.base] = (keep.base, message)
        for token in drop.tokens:
            findings.append(
                Finding(token.start, token.base_end, "name-variant", message, keep.base)
            )
    return findings, decisions


def _choose(a: _Form, b: _Form, kind: str, words: frozenset[str]) -> tuple[_Form, _Form]:
    """(the form to keep, the form to flag)."""
    if (a.base in words) != (b.base in words):
        return (a, b) if a.base in words else (b, a)
    if kind == "truncation":
        return (a, b) if len(a.base) > len(b.base) else (b, a)
    if kind in ("plural", "swap", "short") and bool(a.partners) != bool(b.partners):
        return (a, b) if a.partners else (b, a)  # the form written with a first name
    if a.count != b.count:
        return (a, b) if a.count > b.count else (b, a)
    a_word, b_word = is_dictionary_word(a.base.lower()), is_dictionary_word(b.base.lower())
    if a_word != b_word:
        # as often one as the other: the dictionary's word is the one meant ("Coast Guatd"
        # then "Coast Guard"), whichever came first
        return (a, b) if a_word else (b, a)
    if kind == "accent":
        a_marks = sum(1 for ch in a.base if not ch.isascii())
        b_marks = sum(1 for ch in b.base if not ch.isascii())
        if a_marks != b_marks:
            return (a, b) if a_marks > b_marks else (b, a)
    return (a, b) if a.tokens[0].order() < b.tokens[0].order() else (b, a)
