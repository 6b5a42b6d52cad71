"""LemmInflect's two word tables, read from its wheel into a compact form of our own.

LemmInflect's loaders build a dict of dicts of tuples of strings: about 45 MB for the
lemma table (80,000 lines) and 30 MB for the inflections (40,000 lines), in every process
that asks one question, and importing it also imports numpy for a model we need only
for words it does not list. We read the same two CSV files (and their override files)
into one bytes blob per table, each word's entry on one line, found through a sorted
array of the words' hashes: about 5 MB for both, read in a fraction of a second, and the
package itself is never imported for a listed word.

The answers are LemmInflect's own, word for word: :func:`all_lemmas` is
``getAllLemmas(word)``, :func:`all_inflections` is ``getAllInflections(lemma, upos)``
and :func:`inflection` is ``getInflection(lemma, tag)`` (a test compares every entry).
An inflection of a lemma the table lacks follows LemmInflect's rules and its small model,
redone in :mod:`unlisted_forms` without the package or numpy; only a proper noun's
forms (never asked by our rules) still import LemmInflect.
"""

from __future__ import annotations

import bisect
import gzip
import importlib.util
import itertools
import logging
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from reviewdesk.core.engines.grammar import table_cache
from reviewdesk.core.engines.grammar.table_cache import stable_hash
from reviewdesk.core.engines.grammar.unlisted_forms import unlisted_forms

log = logging.getLogger(__name__)

Forms = dict[str, tuple[str, ...]]  # a upos or a Penn tag -> spellings

LEMMA_FILE = "lemma_lu.csv.gz"
LEMMA_OVERRIDES = "lemma_overrides.csv"
INFLECTION_FILE = "infl_lu.csv.gz"
INFLECTION_OVERRIDES = "infl_overrides.csv"


class WordTable:
    """Entries ``word -> text`` in one bytes blob ("word\\ttext\\n" lines), found through
    the words' hashes in a sorted array (:func:`.table_cache.stable_hash` of "word\\t", the
    same in every process: a table read once is kept on disk for the next start; words
    sharing a hash are told apart in the blob). 12 bytes a word besides the text, against
    ~500 for a dict of dicts of tuples."""

    __slots__ = ("_blob", "_hashes", "_offsets")

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        # built without an object per word kept: the peak would stay in the heap
        blob = bytearray()
        hashes: array[int] = array("I")
        offsets: array[int] = array("Q")
        for word, text in entries:
            if "\t" in word or "\n" in word or "\n" in text:
                raise ValueError(f"cannot store {word!r} in a word table")
            key = f"{word}\t".encode()
            hashes.append(stable_hash(key))
            offsets.append(len(blob))
            blob += key + f"{text}\n".encode()
        order = sorted(range(len(hashes)), key=hashes.__getitem__)
        self._blob = bytes(blob)
        self._hashes = array("I", (hashes[i] for i in order))
        self._offsets = array("Q", (offsets[i] for i in order))

    @classmethod
    def from_parts(cls, parts: table_cache.Parts) -> WordTable:
        """A table from the parts :meth:`parts` gave (read back from the disk cache)."""
        table = cls(())
        blob, hashes, offsets = parts["blob"], parts["hashes"], parts["offsets"]
        if not isinstance(blob, bytes) or isinstance(hashes, bytes) or isinstance(offsets, bytes):
            raise ValueError("not a word table's parts")
        if len(hashes) != len(offsets):
            raise ValueError("a word table's hashes and offsets differ in number")
        table._blob, table._hashes, table._offsets = blob, hashes, offsets
        return table

    def parts(self) -> table_cache.Parts:
        """What :meth:`from_parts` needs, to keep on disk."""
        return {"blob": self._blob, "hashes": self._hashes, "offsets": self._offsets}

    def get(self, word: str) -> str | None:
        """The text stored for ``word``, or None."""
        if "\t" in word or "\n" in word:
            return None
        try:
            key = f"{word}\t".encode()
        except UnicodeEncodeError:  # a lone surrogate: no word of the table
            return None
        h = stable_hash(key)
        hashes, blob = self._hashes, self._blob
        i = bisect.bisect_left(hashes, h)
        while i < len(hashes) and hashes[i] == h:
            start = self._offsets[i]
            if blob.startswith(key, start):
                end = blob.index(b"\n", start)
                return blob[start + len(key) : end].decode()
            i += 1
        return None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __len__(self) -> int:
        return len(self._hashes)

    @property
    def nbytes(self) -> int:
        """What the table holds in memory, about (for the benchmarks)."""
        per_word = self._hashes.itemsize + self._offsets.itemsize
        return len(self._blob) + per_word * len(self._hashes)


# -- the entries' text: "KEY=form/form,KEY=form" (CSV fields hold no "," and no "/") -------


def pack(forms: Forms) -> str:
    """One entry's forms as text."""
    return ",".join(f"{key}={'/'.join(spellings)}" for key, spellings in forms.items())


def unpack(text: str) -> Forms:
    """The forms :func:`pack` wrote, in their order."""
    out: Forms = {}
    for part in text.split(","):
        key, _, spellings = part.partition("=")
        out[key] = tuple(spellings.split("/"))
    return out


# -- LemmInflect's capitalisation rules (core/LexicalUtils.py) -------------------------------


def caps_style(word: str) -> str:
    """How ``word`` is capitalised, as LemmInflect tells it."""
    if word.isupper():
        return "all_upper"
    if word and word[0].isupper():
        return "first_upper"
    return "lower"


def with_style(forms: Forms, style: str) -> Forms:
    """``forms`` capitalised in ``style`` (LemmInflect lowercases them for a lowercase word)."""
    if style == "all_upper":
        return {k: tuple(w.upper() for w in v) for k, v in forms.items()}
    if style == "first_upper":
        return {k: tuple(w.capitalize() for w in v) for k, v in forms.items()}
    return {k: tuple(w.lower() for w in v) for k, v in forms.items()}


# -- reading the files ------------------------------------------------------------------------


def resource_dir() -> Path:
    """LemmInflect's ``resources`` folder, found without importing the package (whose
    import loads numpy for a model)."""
    spec = importlib.util.find_spec("lemminflect")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        folder = Path(location) / "resources"
        if (folder / LEMMA_FILE).is_file():
            return folder
    from lemminflect import config  # an unusual install: ask the package where they are

    folder = Path(config.lemma_lu_fn).parent
    if (folder / LEMMA_FILE).is_file():
        return folder
    raise FileNotFoundError("LemmInflect's word tables are not installed")


def _lines(path: Path) -> Iterator[str]:
    """The stripped, non-empty lines of a (gzipped) CSV file, as LemmInflect reads them
    (one at a time: a list of them all would leave its peak in the heap)."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as handle:
        for line in handle:
            if stripped := line.decode().strip():
                yield stripped


def _overrides(path: Path) -> dict[str, list[tuple[str, str]]]:
    """An overrides file: word -> [(upos or tag, spelling)], in the file's order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in _lines(path):
        if line.startswith("#"):
            continue
        word, key, spelling = line.split(",")
        out.setdefault(word, []).append((key, spelling))
    return out


class _UnsortedError(Exception):
    """A table file is not in the order of its words (LemmInflect's are)."""


def _by_word(lines: Iterable[str], *, strict: bool) -> Iterator[tuple[str, list[list[str]]]]:
    """Each word's lines (split into fields), in the file's order within a word.

    LemmInflect's files are sorted by word, so they are read as a stream (``strict``:
    :class:`_UnsortedError` if a word comes out of order); else they are sorted first.
    """
    rows: Iterable[list[str]] = (line.split(",") for line in lines)
    if not strict:
        rows = sorted(rows, key=lambda row: row[0])  # stable: a word's lines keep their order
    previous: str | None = None
    for word, group in itertools.groupby(rows, key=lambda row: row[0]):
        if previous is not None and word <= previous:
            raise _UnsortedError(word)
        previous = word
        yield word, list(group)


def _reachable(word: str) -> bool:
    """LemmInflect looks a word up lowercased: an entry with a capital is never found
    (it serves proper nouns, which our rules never ask for)."""
    return word == word.lower()


def _merged(
    grouped: Iterator[tuple[str, Forms]], overrides: dict[str, list[tuple[str, str]]]
) -> Iterator[tuple[str, str]]:
    """Each reachable word's entry with its overrides applied (``dict.update``, as
    LemmInflect applies them), then the words only the overrides name."""
    seen: set[str] = set()  # of the words the overrides name
    for word, forms in grouped:
        if not _reachable(word):
            continue
        if word in overrides:
            seen.add(word)
        for key, spelling in overrides.get(word, ()):
            forms[key] = (spelling,)
        yield word, pack(forms)
    for word, pairs in overrides.items():
        if word in seen or not _reachable(word):
            continue
        forms = {}
        for key, spelling in pairs:
            forms[key] = (spelling,)
        yield word, pack(forms)


def _lemma_forms(
    rows_by_word: Iterator[tuple[str, list[list[str]]]],
) -> Iterator[tuple[str, Forms]]:
    """LemmaLUCodec.load: "word,category,lemma/lemma", category -> upos (modal: AUX)."""
    for word, rows in rows_by_word:
        forms: Forms = {}
        for _word, category, spellings in rows:
            upos = category.upper()
            forms["AUX" if upos == "MODAL" else upos] = tuple(spellings.split("/"))
        yield word, forms


# InflectionLUCodec: the order of the forms on a line, per category, and the base form's tags
_FORM_TAGS = {
    "noun": ("NNS",),
    "adj": ("JJR", "JJS"),
    "adv": ("RBR", "RBS"),
    "verb": ("VBD", "VBN", "VBG", "VBZ"),
}
_BASE_TAGS = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB", "VBP")}
# InflectionLUCodec.updateForAuxMod: modals and "be", which the table gets wrong
_AUX_AND_MODALS: dict[str, Forms] = {
    "can": {"VB": ("can",), "VBD": ("could",)},
    "may": {"VB": ("may",), "VBD": ("might",)},
    "will": {"VB": ("will",), "VBD": ("would",)},
    "shall": {"VB": ("shall",), "VBD": ("should",)},
    "must": {"VB": ("must",), "VBD": ("must",)},
    "ought": {"VB": ("ought",), "VBD": ("ought",)},
    "dare": {"VB": ("dare",)},
    "be": {
        "VB": ("be",),
        "VBD": ("was", "were"),
        "VBG": ("being",),
        "VBN": ("been",),
        "VBP": ("am", "are"),
        "VBZ": ("is",),
    },
}


def _inflection_forms(
    rows_by_word: Iterator[tuple[str, list[list[str]]]],
) -> Iterator[tuple[str, Forms]]:
    """InflectionLUCodec.load: "lemma,category,form,form..." per category's tags."""
    present: set[str] = set()
    for word, rows in rows_by_word:
        if word in _AUX_AND_MODALS:
            present.add(word)
            yield word, dict(_AUX_AND_MODALS[word])
            continue
        forms: Forms = {}
        for row in rows:
            category, fields = row[1], row[2:]
            for tag, field in zip(_FORM_TAGS[category], fields, strict=False):
                spellings = tuple(field.split("/"))
                if len(spellings) > 1 or spellings[0]:
                    forms[tag] = spellings
            for tag in _BASE_TAGS[category]:
                forms[tag] = (word,)
        yield word, forms
    for word, forms in _AUX_AND_MODALS.items():
        if word not in present:
            yield word, dict(forms)


def read_lemma_table(folder: Path | None = None) -> WordTable:
    """The lemma table: word -> "UPOS=lemma/lemma,..." (LemmInflect's getAllLemmas)."""
    folder = folder or resource_dir()
    sources = [folder / LEMMA_FILE, folder / LEMMA_OVERRIDES]

    def build(strict: bool) -> WordTable:
        overrides = _overrides(folder / LEMMA_OVERRIDES)
        grouped = _by_word(_lines(folder / LEMMA_FILE), strict=strict)
        return WordTable(_merged(_lemma_forms(grouped), overrides))

    return _kept("lemmas", sources, build)


def read_inflection_table(folder: Path | None = None) -> WordTable:
    """The inflection table: lemma -> "TAG=form/form,..." (getAllInflections)."""
    folder = folder or resource_dir()
    sources = [folder / INFLECTION_FILE, folder / INFLECTION_OVERRIDES]

    def build(strict: bool) -> WordTable:
        overrides = _overrides(folder / INFLECTION_OVERRIDES)
        grouped = _by_word(_lines(folder / INFLECTION_FILE), strict=strict)
        return WordTable(_merged(_inflection_forms(grouped), overrides))

    return _kept("inflections", sources, build)


_LAYOUT = {"blob": "bytes", "hashes": "I", "offsets": "Q"}


def _kept(name: str, sources: list[Path], build: Callable[[bool], WordTable]) -> WordTable:
    """The table as kept on disk from these sources (milliseconds), else read from them
    (~0.3 s of Python each) and kept for the next start (:mod:`.table_cache`)."""
    made_from = table_cache.stamp(sources)
    kept = table_cache.load(name, made_from, _LAYOUT)
    if kept is not None:
        try:
            return WordTable.from_parts(kept[0])
        except ValueError as exc:
            log.info("the cached %s table does not fit (%s): reading its source", name, exc)
    table = _streamed_or_sorted(build)
    table_cache.store(name, made_from, table.parts())
    return table


def _streamed_or_sorted(build: Callable[[bool], WordTable]) -> WordTable:
    try:
        return build(True)
    except _UnsortedError as exc:  # another LemmInflect release: read it the slower way
        log.info("LemmInflect's table is not sorted (at %r): sorting it", str(exc))
        return build(False)


# -- the tables, read once per process ----------------------------------------------------------


class Tables:
    """The two tables, each read on its first question (under a lock: two threads
    asking at once read it once)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lemmas: WordTable | None = None
        self._inflections: WordTable | None = None

    def lemmas(self) -> WordTable:
        """The lemma table (read now if need be)."""
        if self._lemmas is None:
            with self._lock:
                if self._lemmas is None:
                    self._lemmas = read_lemma_table()
        return self._lemmas

    def inflections(self) -> WordTable:
        """The inflection table (read now if need be)."""
        if self._inflections is None:
            with self._lock:
                if self._inflections is None:
                    self._inflections = read_inflection_table()
        return self._inflections


TABLES = Tables()


def all_lemmas(word: str) -> Forms:
    """``lemminflect.getAllLemmas(word)``: upos -> the lemmas ``word`` can have."""
    text = TABLES.lemmas().get(word.lower())
    return with_style(unpack(text), caps_style(word)) if text else {}


def has_lemmas(word: str) -> bool:
    """Whether :func:`all_lemmas` has anything for ``word``."""
    return bool(TABLES.lemmas().get(word.lower()))


_TAGS_OF_UPOS = {
    "VERB": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"),
    "AUX": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"),
    "ADJ": ("JJ", "JJR", "JJS"),
    "ADV": ("RB", "RBR", "RBS"),
    "NOUN": ("NN", "NNS", "NNP", "NNPS"),
}
_DICT_UPOS = ("NOUN", "VERB", "ADJ", "ADV", "AUX")  # PROPN is LemmInflect's alone


def all_inflections(lemma: str, upos: str | None = None) -> Forms:
    """``lemminflect.getAllInflections(lemma, upos)``: tag -> spellings."""
    if upos is not None and upos not in _DICT_UPOS:
        from lemminflect import getAllInflections  # PROPN, or a warning: LemmInflect's own

        return dict(getAllInflections(lemma, upos=upos))
    text = TABLES.inflections().get(lemma.lower())
    forms = unpack(text) if text else {}
    if upos is not None:
        wanted = _TAGS_OF_UPOS[upos]
        forms = {tag: spellings for tag, spellings in forms.items() if tag in wanted}
    return with_style(forms, caps_style(lemma))


def _tag_upos(tag: str) -> str | None:
    """LexicalUtils.tagToUPos."""
    tag = tag.upper()
    if tag[0] == "J":
        return "ADJ"
    if tag[0] == "R" and tag != "RP":
        return "ADV"
    if tag in ("NNP", "NNPS"):
        return "PROPN"
    if tag[0] == "N":
        return "NOUN"
    if tag[0] == "V" or tag == "MD":
        return "VERB"
    return None


def _alternative_tags(tag: str) -> tuple[str, ...]:
    """LexicalUtils.pennTagAlts: where to look when the tag itself has nothing."""
    if tag == "RP":
        return ("JJ", "RB")
    if tag == "VBD":
        return ("VBN",)
    if tag == "VBN":
        return ("VBD",)
    if tag.startswith("JJ"):
        return ("RB" + tag[2:],)
    if tag.startswith("RB"):
        return ("JJ" + tag[2:],)
    return ()


def _form_of(forms: Forms, tag: str) -> tuple[str, ...] | None:
    if tag == "NNP":
        return forms.get("NN")
    if tag == "NNPS":
        return forms.get("NNS")
    return forms.get(tag)


def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """``lemminflect.getInflection(lemma, tag)``: the spellings of ``lemma`` as ``tag``,
    from the table, else from LemmInflect's rules for unlisted words."""
    upos = _tag_upos(tag)
    if upos == "PROPN":
        from lemminflect import getInflection  # proper nouns: LemmInflect's own

        return tuple(getInflection(lemma, tag=tag))
    forms = all_inflections(lemma)
    form = _form_of(forms, tag)
    if form is None:
        for alternative in _alternative_tags(tag):
            form = forms.get(alternative)
            if form:
                break
    if form is None:
        form = _form_of(_rules(lemma, upos), tag)
    return form or ()


def _rules(lemma: str, upos: str | None) -> Forms:
    """LemmInflect's inflection rules for a lemma its table lacks (``getAllInflectionsOOV``),
    done by :mod:`unlisted_forms` without importing the package or numpy."""
    if upos is None:
        return {}
    return with_style(unlisted_forms(lemma, upos, resource_dir()), caps_style(lemma))
