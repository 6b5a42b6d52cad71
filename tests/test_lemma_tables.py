"""The grammar engine's word tables: our compact copy of LemmInflect's lemma and
inflection tables answers exactly as LemmInflect does (every rule's finding depends on
it), holds a few MB instead of LemmInflect's ~75, and never imports the package for a
word it lists (the package's import alone loads numpy)."""

from __future__ import annotations

import sys
from collections.abc import Iterable

import lemminflect
import pytest
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer

from reviewdesk.core.engines.grammar import lemma_tables, unlisted_forms
from reviewdesk.core.engines.grammar.lexicon import Lexicon

TAGS = ("VB", "VBD", "VBN", "VBG", "VBZ", "VBP", "MD", "NN", "NNS", "JJ", "JJR", "JJS")
MORE_TAGS = ("RB", "RBR", "RBS", "RP", "IN")
UPOS = (None, "NOUN", "VERB", "ADJ", "ADV", "AUX")
# irregular, modal, overridden (lemma and inflection files), capitalised, unlisted
TRICKY = (
    "went", "gone", "be", "is", "am", "was", "'d", "can", "could", "will", "must", "dare",
    "ought", "books", "people", "children", "he", "him", "anyone", "bankrol", "china",
    "bless", "better", "best", "worse", "fewer", "Went", "WENT", "People", "Be",
    "flurbish", "zzyzxq", "organise", "colour", "naïve", "café",
)  # fmt: skip


def _lemma_words() -> list[str]:
    words = set(Lemmatizer()._getLemmaDict()) | set(Lemmatizer()._getOverridesDict())
    return sorted(w for w in words if w == w.lower())


def _inflection_words() -> list[str]:
    words = set(Inflections()._getInflDict()) | set(Inflections()._getOverridesDict())
    return sorted(w for w in words if w == w.lower())


def _sample(words: list[str], every: int) -> list[str]:
    return [*words[::every], *TRICKY]


def _lemmas_differ(words: Iterable[str]) -> list[str]:
    return [
        w
        for w in words
        if list(lemma_tables.all_lemmas(w).items()) != list(lemminflect.getAllLemmas(w).items())
    ]


def _inflections_differ(words: Iterable[str]) -> list[tuple[str, str | None]]:
    return [
        (w, upos)
        for w in words
        for upos in UPOS
        if list(lemma_tables.all_inflections(w, upos).items())
        != list(lemminflect.getAllInflections(w, upos=upos).items())
    ]


def _inflection_differs(words: Iterable[str], tags: Iterable[str]) -> list[tuple[str, str]]:
    return [
        (w, tag)
        for w in words
        for tag in tags
        if lemma_tables.inflection(w, tag) != tuple(lemminflect.getInflection(w, tag=tag))
    ]


def test_lemmas_are_lemminflects_own() -> None:
    words = _sample(_lemma_words(), 41)
    assert len(words) > 1_500
    assert _lemmas_differ(words) == []
    assert lemma_tables.all_lemmas("went") == {"VERB": ("go",)}
    assert lemma_tables.all_lemmas("Went") == {"VERB": ("Go",)}


def test_inflections_are_lemminflects_own() -> None:
    words = _sample(_inflection_words(), 61)
    assert _inflections_differ(words) == []
    assert _inflection_differs(words[::3], TAGS) == []
    assert lemma_tables.inflection("go", "VBN") == ("gone",)
    assert lemma_tables.all_inflections("be", "VERB")["VBD"] == ("was", "were")


def test_unlisted_words_are_inflected_by_lemminflects_rules() -> None:
    words = ("flurbish", "snorgle", "blick", "quantumize")
    assert _inflection_differs(words, TAGS + MORE_TAGS) == []
    assert lemma_tables.inflection("flurbish", "VBZ") == ("flurbishes",)


# unlisted words the model sends to each of its rules (regular, doubled, Greco-Latin),
# with capitals, and listed words asked as if unlisted
UNLISTED = ("flurbish", "snorgle", "zap", "frab", "snig", "wug", "stimulus", "Zoggle", "ZIP",
            "fantabulus", "naïve", "x")  # fmt: skip


def test_unlisted_forms_are_lemminflects_rules_and_model() -> None:
    """Our numpy-free redo of ``getAllInflectionsOOV`` answers as LemmInflect does: every
    50th word of its tables (~1,400) as each part of speech, and the odd ones above."""
    words = [*_lemma_words()[::50], *UNLISTED]
    oov = Inflections().getAllInflectionsOOV
    differ = [
        (w, upos)
        for w in words
        for upos in ("NOUN", "VERB", "ADJ", "ADV", "AUX")
        if lemma_tables._rules(w, upos) != dict(oov(w, upos))
    ]
    assert differ == []
    assert lemma_tables.inflection("frab", "VBD") == ("frabbed",)
    assert lemma_tables.inflection("stimulus", "NNS") == ("stimuli",)
    assert lemma_tables.inflection("Zoggle", "VBG") == ("Zoggling",)


def test_an_unlisted_word_is_inflected_without_lemminflect_or_numpy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """LemmInflect's import loads numpy (~15 MB in the checker, and its BLAS library's
    threads): an unlisted word ("then" as an adjective, in the demo article) must not."""
    for name in [n for n in sys.modules if n.partition(".")[0] == "numpy"]:
        monkeypatch.setitem(sys.modules, name, None)  # an import of numpy now fails
    monkeypatch.setitem(sys.modules, "numpy", None)
    for name in [n for n in sys.modules if n.partition(".")[0] == "lemminflect"]:
        monkeypatch.delitem(sys.modules, name)  # imported again, it would need numpy
    monkeypatch.setattr(unlisted_forms, "_model", None)  # read again, under the block
    assert lemma_tables.inflection("flurbish", "VBZ") == ("flurbishes",)
    assert lemma_tables.inflection("snig", "VBG") == ("snigging",)
    assert Lexicon().inflect("then", "JJR") == "thenner"
    assert not [n for n in sys.modules if n.partition(".")[0] == "lemminflect"]


@pytest.mark.slow  # every entry of both tables (LemmInflect deep-copies each answer)
def test_every_entry_is_lemminflects_own() -> None:
    assert _lemmas_differ(_lemma_words()) == []
    inflected = _inflection_words()
    differ = [
        w
        for w in inflected
        if list(lemma_tables.all_inflections(w).items())
        != list(lemminflect.getAllInflections(w).items())
    ]
    assert differ == []  # each part of speech's tags are a filter of these
    assert _inflection_differs(inflected[::7], TAGS) == []


def test_the_tables_are_small() -> None:
    lemmas, inflections = lemma_tables.read_lemma_table(), lemma_tables.read_inflection_table()
    assert len(lemmas) > 60_000 and len(inflections) > 30_000
    # LemmInflect's own dicts of tuples hold ~75 MB for the same answers
    assert lemmas.nbytes + inflections.nbytes < 8_000_000


def test_a_listed_word_never_imports_lemminflect(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in sys.modules if n.partition(".")[0] == "lemminflect"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(lemma_tables, "TABLES", lemma_tables.Tables())
    lex = Lexicon()
    assert lex.lemmas("went") == ("go",)
    assert lex.inflect("go", "VBN") == "gone"
    assert lex.only("went", "VBD")
    assert lemma_tables.has_lemmas("colour") and not lemma_tables.has_lemmas("colourr")
    assert not [n for n in sys.modules if n.partition(".")[0] == "lemminflect"]


def test_a_table_finds_each_word_it_holds_and_no_other() -> None:
    table = lemma_tables.WordTable([("a", "x"), ("ab", ""), ("b\u00e9", "y=1/2")])
    assert table.get("a") == "x" and table.get("ab") == "" and table.get("bé") == "y=1/2"
    assert table.get("abc") is None and table.get("a\tx") is None and table.get("\ud800") is None
    assert "a" in table and "c" not in table and len(table) == 3
    with pytest.raises(ValueError):
        lemma_tables.WordTable([("a\tb", "x")])


def test_a_table_file_out_of_order_is_read_alike(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LemmInflect's files are sorted and read as a stream; another release's may not be."""
    import gzip

    lines = "went,verb,go\nbooks,noun,book\nbooks,verb,book\nbe,aux,be\n"
    (tmp_path / lemma_tables.LEMMA_FILE).write_bytes(gzip.compress(lines.encode()))
    (tmp_path / lemma_tables.LEMMA_OVERRIDES).write_text("# word,upos,lemma\nhe,NOUN,he\n")
    table = lemma_tables.read_lemma_table(tmp_path)
    assert table.get("books") == "NOUN=book,VERB=book"
    assert table.get("went") == "VERB=go" and table.get("he") == "NOUN=he"
    assert len(table) == 4
