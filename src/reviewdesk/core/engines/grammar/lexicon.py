"""What the grammar rules know about English words, with no tagger to follow a mistake.

Open-class words come from LemmInflect's lexicon (MIT; its tables ship inside the wheel,
nothing is downloaded), read into a compact form of ours (:mod:`.lemma_tables`, ~5 MB
instead of LemmInflect's own ~75 MB): which parts of speech a word can be, and which
inflection it is ("went" is only ever a past tense, "books" a plural noun or a
3rd-person verb). Closed
classes (pronouns, determiners, modals, prepositions) are listed here. Word and word-pair
counts come from the frequency tables shipped inside symspellpy (MIT; counts derived from
Google Books Ngrams): they tell "than ever" from "then ever".

Rules ask only what a word *can* be, never what a tagger guessed it is, so the error in
the sentence cannot mislead them: "The books is" stays a plural noun and a singular verb.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import threading
from array import array
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from reviewdesk.core.engines.grammar import lemma_tables, table_cache
from reviewdesk.core.engines.grammar.table_cache import stable_hash
from reviewdesk.core.frozen import frozen

log = logging.getLogger(__name__)


def word_set(text: str) -> frozenset[str]:
    """The words of ``text``: lists of words read best as text."""
    return frozenset(text.split())


DETERMINERS = word_set(
    "the a an this that these those my your his her its our their some any no every each "
    "either neither another such what which whose"
)
POSSESSIVES = word_set("my your his her its our their")
SUBJECT_PRONOUNS = word_set("i you he she it we they")
OBJECT_PRONOUNS = word_set("me him us them")
MODALS = word_set("can could will would shall should may might must")
PREPOSITIONS = word_set(
    "of in on at by for with from to into onto about above across after against along "
    "among around before behind below beneath beside between beyond during except inside "
    "near off out outside over past since through throughout toward towards under until "
    "up upon within without via per amid despite like than"
)
CONJUNCTIONS = word_set("and or but nor so yet for")
SUBORDINATORS = word_set(
    "that because when whenever if unless while whereas although though since after "
    "before until once where wherever whether as"
)
# Words that open a clause: a noun phrase right after them is a subject.
CLAUSE_OPENERS = SUBORDINATORS | word_set("and but or so which who")
# Verbs of saying and thinking take a clause with no "that" ("We think he go"); those
# of perceiving take an object and a base verb ("heard the dog bark"), so only the
# first kind opens a clause before a noun ("says the costs is").
REPORTING_VERBS = word_set(
    "say says said think thinks thought believe believes believed hope hopes hoped guess "
    "suppose supposes supposed claim claims claimed reckon reckons"
)
CLAUSE_VERBS = REPORTING_VERBS | word_set("know knows knew feel feels felt hear heard")
CLAUSE_DETERMINERS = word_set("the a an his her their our my your its these those every each")
ADVERBS_BETWEEN = word_set(
    "not never also still just really always often usually only even already probably "
    "certainly definitely actually then now soon again ever simply clearly recently"
)
SINGULAR_VERBS = word_set("is was has does isn't wasn't hasn't doesn't")
PLURAL_VERBS = word_set("are were have do aren't weren't haven't don't")
# Nouns that take a singular or a plural verb by meaning ("the team are" is British usage)
# or that name a part of what follows "of" ("a number of people are").
NUMBER_BY_MEANING = word_set(
    "team government family staff police committee council crowd audience board public "
    "group couple majority minority number lot rest half percent per cent proportion "
    "part total variety range series species kind sort type bunch pair set none all "
    "some most plenty remainder fraction third quarter dozen score host couple jury "
    "class company management band party army navy parliament congress cabinet "
    "administration faculty youth clergy press media data politics economics physics "
    "mathematics athletics news means headquarters ethics statistics gymnastics "
    "electronics logistics aerobics measles diabetes personnel crew"
)
# Words of closed classes: LemmInflect also lists some as nouns ("this", "him"), which
# would make every rule that asks "is the next word a noun?" misread them.
CLOSED_CLASS = (
    DETERMINERS
    | SUBJECT_PRONOUNS
    | OBJECT_PRONOUNS
    | MODALS
    | PREPOSITIONS
    | CONJUNCTIONS
    | SUBORDINATORS
    | word_set(
        "it him her us them mine yours hers ours theirs myself yourself himself herself "
        "itself ourselves themselves not no yes there here who whom how why "
        "be am is are was were been being have has had do does did"
    )
)
_NOT_NOUNS = word_set("other others same such own much many more most less least few")
_IRREGULAR_PLURALS = word_set("people men women children feet teeth mice geese")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Lexicon:
    """Word classes, inflections and counts, loaded once (about a second) and shared."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._unigrams: CountTable | None = None
        self._bigrams: CountTable | None = None

    def load(self) -> None:
        """Load every table now (warm-up) rather than on the first question."""
        read_lemmas()
        _tags("went")  # reads the inflection table
        self.count("the")
        self.pair("of", "the")

    # -- counts ---------------------------------------------------------------------
    def count(self, word: str) -> int:
        """How often ``word`` (lowercase) occurs in the reference counts (0: unknown)."""
        if self._unigrams is None:
            with self._lock:
                if self._unigrams is None:
                    self._unigrams = count_table(UNIGRAMS, 1)
        return self._unigrams.get(word, 0)

    def pair(self, first: str, second: str) -> int:
        """How often the two words occur side by side (0: rare or unknown)."""
        if self._bigrams is None:
            with self._lock:
                if self._bigrams is None:
                    self._bigrams = count_table(BIGRAMS, 2)
        return self._bigrams.get(f"{first} {second}", 0)

    # -- word classes ---------------------------------------------------------------
    @staticmethod
    def classes(word: str) -> frozenset[str]:
        """The parts of speech ``word`` can be (NOUN, VERB, ADJ, ADV, AUX), lowercase in."""
        return frozen(_lemmas(word))

    @staticmethod
    def tags(word: str) -> frozenset[str]:
        """The Penn tags ``word`` can carry (VBD, VBN, VBZ, VBG, VB, NNS, NN, JJR...)."""
        return _tags(word)

    @staticmethod
    def lemmas(word: str, upos: str = "VERB") -> tuple[str, ...]:
        """The lemmas of ``word`` as ``upos`` ("went" -> ("go",))."""
        return _lemmas(word).get(upos, ())

    @staticmethod
    def inflect(lemma: str, tag: str) -> str | None:
        """``lemma`` in the form ``tag`` ("go", "VBN" -> "gone"), or None."""
        forms = lemma_tables.inflection(lemma, tag)
        return forms[0] if forms else None

    @staticmethod
    def is_noun(word: str) -> bool:
        """Whether ``word`` (lowercase) can be a noun of the open class ("this" cannot).

        A plural LemmInflect knows only as a verb ("bars") is a noun when its singular is.
        """
        if not word.isalpha() or word in CLOSED_CLASS or word in _NOT_NOUNS:
            return False
        if "NOUN" in _lemmas(word):
            return True
        return word.endswith("s") and len(word) > 3 and "NOUN" in _lemmas(word[:-1])

    def is_word(self, word: str) -> bool:
        """Whether ``word`` (lowercase) is a known English word."""
        return bool(_lemmas(word)) or self.count(word) > 0

    def only(self, word: str, *tags: str) -> bool:
        """Whether every reading of ``word`` is one of ``tags`` (and it has one)."""
        have = _tags(word)
        return bool(have) and have <= set(tags)

    def noun_number(self, word: str) -> str:
        """Whether the noun ``word`` is "singular" or "plural"; "" when unsure or not a noun.

        A noun that is its own lemma is singular ("room", "marketing"); one whose lemma
        differs is plural ("rooms", "women"). LemmInflect also lists "room" as a plural
        (for its mass use), so its tags alone would leave every noun unsure.
        """
        lemmas = _lemmas(word).get("NOUN", ())
        if not lemmas:
            return ""
        if word in _IRREGULAR_PLURALS:
            return "plural"
        if all(lemma == word for lemma in lemmas):
            ends_like_plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
            return "" if ends_like_plural else "singular"
        if all(lemma != word for lemma in lemmas):
            return "plural"
        return ""


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is in LemmInflect's English lexicon (the lemma table
    alone, ~3 MB: the window's dialect guess asks this, and loads nothing else)."""
    if not _lemmas_read.is_set():
        read_lemmas()
    return lemma_tables.has_lemmas(word)


def all_lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The lemmas of ``word`` by part of speech (upos -> lemmas); shared, do not change."""
    return _lemmas(word)


def all_inflections(lemma: str, upos: str) -> dict[str, tuple[str, ...]]:
    """Every form of ``lemma`` as ``upos`` (tag -> spellings), as LemmInflect lists them."""
    return lemma_tables.all_inflections(lemma, upos)


# The lemma table takes a fraction of a second to read; a warm-up thread reads it while
# the quick engines answer, and the names engine (which asks it) waits for it meanwhile.
_lemmas_read = threading.Event()
_lemmas_wanted = threading.Event()  # a thread has started reading them (a warm-up)


def lemmas_ready() -> bool:
    """Whether asking about a word is quick now: the lemma table is read, or no warm-up
    has started reading it (then the first question reads it)."""
    return _lemmas_read.is_set() or not _lemmas_wanted.is_set()


def reading_lemmas() -> None:
    """Say that a warm-up is about to read the lemma table (before its thread starts,
    so no check in between takes the table for ready)."""
    _lemmas_wanted.set()


def read_lemmas() -> None:
    """Read the lemma table now (on a warm-up thread, or on the first question)."""
    _lemmas_wanted.set()
    lemma_tables.TABLES.lemmas()
    _lemmas_read.set()


@functools.lru_cache(maxsize=50_000)
def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    if not _lemmas_read.is_set():
        read_lemmas()
    return lemma_tables.all_lemmas(word)


@functools.lru_cache(maxsize=50_000)
def _tags(word: str) -> frozenset[str]:
    found: set[str] = set()
    for upos, lemmas in _lemmas(word).items():
        for lemma in lemmas:
            table = lemma_tables.all_inflections(lemma, upos)
            for tag, forms in table.items():
                if word in forms:
                    found.add(tag)
            if upos == "VERB" and "VBN" not in table and word in table.get("VBD", ()):
                found.add("VBN")  # regular verbs list one form for both ("worked")
    return frozen(found)


# Keys a count table remembers (see CountTable.get): ~2 MB at most per table (1.5 MB of
# keys and dict measured with 16,383 pair keys, beside the counts themselves).
MEMO_KEYS = 16_384
UNIGRAMS = "frequency_dictionary_en_82_765.txt"
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"


class CountTable:
    """Word (or word-pair) counts in two sorted arrays: a key's hash and its count.

    325,000 keys cost about 4 MB this way instead of about 45 MB as a dict of strings;
    a lookup is a binary search (a few microseconds). Hashes are
    :func:`~.table_cache.stable_hash`'s (32 bits), the same in every process, so a table
    read once is kept on disk for the next start. The few keys that share a hash with
    another (~7 of the 243,000 word pairs) are kept apart with their counts, ``clashes``.
    """

    __slots__ = ("_clashes", "_clashing", "_counts", "_hashes", "_memo")

    def __init__(
        self, hashes: array[int], counts: array[int], clashes: dict[str, int] | None = None
    ) -> None:
        """``hashes`` sorted, each with its count; ``clashes``: the keys whose hash is
        another key's too, with their counts (:func:`count_table_from` finds them)."""
        self._hashes, self._counts = hashes, counts
        self._clashes = dict(clashes or {})
        self._clashing = frozenset(stable_hash(k.encode()) for k in self._clashes)
        # keys asked lately and their counts (-1: not in the table); the grammar rules ask
        # ~4,000 times per check of a 1,500-word article, mostly the same words and pairs
        # at every check, and a binary search over the array costs a few microseconds
        self._memo: dict[str, int] = {}

    def get(self, key: str, default: int = 0) -> int:
        """The count of ``key``, or ``default``."""
        found = self._memo.get(key)
        if found is None:
            found = self._search(key)
            if len(self._memo) >= MEMO_KEYS:
                self._memo.clear()  # a fresh start beats tracking the oldest
            self._memo[key] = found
        return default if found < 0 else found

    def _search(self, key: str) -> int:
        try:
            h = stable_hash(key.encode())
        except UnicodeEncodeError:  # a lone surrogate: no key of the table
            return -1
        if h in self._clashing:
            return self._clashes.get(key, -1)
        i = bisect.bisect_left(self._hashes, h)
        if i < len(self._hashes) and self._hashes[i] == h:
            return self._counts[i]
        return -1

    def __len__(self) -> int:
        return len(self._hashes)

    def parts(self) -> table_cache.Parts:
        """The sorted arrays, to keep on disk."""
        return {"hashes": self._hashes, "counts": self._counts}

    @property
    def clashes(self) -> dict[str, int]:
        """The keys sharing a hash with another, and their counts (to keep on disk)."""
        return dict(self._clashes)


# One thread reads a table; another asking for it meanwhile waits for that one rather
# than reading it too (the grammar warm-up and the spelling ranker both ask at start).
_COUNT_TABLE_LOCKS: dict[str, threading.Lock] = {}


def count_table(name: str, width: int) -> CountTable:
    """A symspellpy frequency table (read once per process and shared: it never changes)."""
    with _COUNT_TABLE_LOCKS.setdefault(name, threading.Lock()):
        return _read_count_table(name, width)


_COUNT_LAYOUT = {"hashes": "I", "counts": "q"}


@functools.lru_cache(maxsize=2)
def _read_count_table(name: str, width: int) -> CountTable:
    try:
        source = resources.files("symspellpy").joinpath(name)
    except ModuleNotFoundError as exc:
        log.warning("word counts unavailable (%s): some grammar checks are off", exc)
        return CountTable(array("I"), array("q"))
    try:  # a file on disk (not inside an archive) can be kept from
        made_from: str | None = table_cache.stamp([Path(str(source))])
    except OSError:
        made_from = None
    if made_from is not None:
        kept = table_cache.load(f"counts-{width}", made_from, _COUNT_LAYOUT)
        if kept is not None:
            (hashes, counts), clashes = kept[0].values(), kept[1]
            if (
                isinstance(hashes, array)
                and isinstance(counts, array)
                and len(hashes) == len(counts)
                and all(isinstance(n, int) for n in clashes.values())
            ):
                return CountTable(hashes, counts, clashes)
    table = count_table_from(source, width)
    if made_from is not None and len(table):
        table_cache.store(f"counts-{width}", made_from, table.parts(), table.clashes)
    return table


def count_table_from(source: Traversable, width: int) -> CountTable:
    """A symspellpy frequency file read line by line (~0.15 s of Python for the word
    counts, ~0.5 s for the pair counts); again for the keys sharing a hash, if any."""
    hashes: array[int] = array("I")
    counts: array[int] = array("q")
    for key, count in _counts_in(source, width):
        hashes.append(stable_hash(key.encode()))
        counts.append(count)
    order = sorted(range(len(hashes)), key=hashes.__getitem__)
    hashes = array("I", (hashes[i] for i in order))
    counts = array("q", (counts[i] for i in order))
    shared = {a for a, b in itertools.pairwise(hashes) if a == b}
    clashes: dict[str, int] = {}
    if shared:  # rare: read once more for those keys alone (the file holds no dict of all)
        for key, count in _counts_in(source, width):
            if stable_hash(key.encode()) in shared:
                clashes.setdefault(key, count)  # the first line, as a dict of them would
    return CountTable(hashes, counts, clashes)


def _counts_in(source: Traversable, width: int) -> Iterator[tuple[str, int]]:
    try:
        with source.open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) == width + 1:
                    yield " ".join(parts[:width]), int(parts[width])
    except OSError as exc:
        log.warning("word counts unavailable (%s): some grammar checks are off", exc)


# be, have and do: the form that agrees with a plural subject, and back
TO_PLURAL = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
TO_SINGULAR = {v: k for k, v in TO_PLURAL.items()}
