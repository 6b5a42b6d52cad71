"""The name model: what the article itself says about its names."""

from __future__ import annotations

from reviewdesk.core.engines.names.building import learn
from reviewdesk.core.engines.names.model import fold, strip_possessive


def _token(model, word: str, nth: int = 0):  # type: ignore[no-untyped-def]
    found = [t for t in model.tokens if t.text == word]
    return found[nth]


def test_mid_sentence_capitals_and_curly_possessives_count_as_one_name() -> None:
    text = (
        "Officials met Varnholt on Monday. Later, Varnholt’s aides spoke to reporters, "
        "and Varnholt's office said nothing."
    )
    model = learn(text)
    assert model.mid_count["Varnholt"] == 3
    assert model.is_name_word("Varnholt")
    assert _token(model, "Varnholt’s").base == "Varnholt"
    assert strip_possessive("Varnholt’s") == ("Varnholt", "’s")


def test_sentence_initial_capitals_are_not_evidence() -> None:
    model = learn("Tomorrow is a holiday. Tomorrow we rest. Then we work.")
    assert model.mid_count["Tomorrow"] == 0
    assert _token(model, "Tomorrow").initial
    assert not model.is_name_word("Then")


def test_title_abbreviation_does_not_start_a_sentence() -> None:
    model = learn("We spoke to Dr. Quillfeather and J. Ostrander about it.")
    assert not _token(model, "Quillfeather").initial
    assert not _token(model, "Ostrander").initial
    run = _token(model, "Quillfeather").run
    assert run is not None and [t.text for t in run] == ["Dr", "Quillfeather"]


def test_speaker_labels_bold_and_plain() -> None:
    text = (
        "**Radio Meridian:** Welcome.\n\n**Dr. Ilse Vantongeren:** Thank you.\n\n"
        "Pell Harrowgate: And me.\n\nThe end."
    )
    model = learn(text)
    assert [name for _s, _e, name in model.labels] == [
        "Radio Meridian",
        "Dr. Ilse Vantongeren",
        "Pell Harrowgate",
    ]
    assert {"Vantongeren", "Harrowgate", "Meridian"} <= model.label_words
    for start, end, name in model.labels:
        assert text[start:end] == name


def test_photo_credit_all_caps_names() -> None:
    model = learn("A caption line.\n\nPhoto: AFP, OKSANA BRAVCHUK\n\nText follows here.")
    assert {"AFP", "OKSANA", "BRAVCHUK"} <= model.credit_words
    assert model.token_is_name(_token(model, "BRAVCHUK"))


def test_title_case_headlines_are_no_evidence() -> None:
    text = "Mayor Promises Faster Repairs After Storm\n\nThe mayor promised repairs."
    model = learn(text)
    assert model.line_kinds[0] == "headline"
    assert model.mid_count["Promises"] == 0
    assert not model.token_is_name(_token(model, "Repairs"))


def test_runs_drop_leading_function_words_but_keep_names() -> None:
    model = learn("Yesterday the Northbay Water Board met. The Northbay Water Board agreed.")
    names = {" ".join(t.text for t in run) for run in model.runs}
    assert names == {"Northbay Water Board"}


def test_emoji_before_a_name_keeps_code_point_offsets() -> None:
    text = "😀𝄞 Crowds cheered for Szczepanik, and Szczepanik waved."
    model = learn(text)
    token = _token(model, "Szczepanik")
    assert text[token.start : token.end] == "Szczepanik"
    assert model.mid_count["Szczepanik"] == 2


def test_fold_strips_accents_including_letters_that_do_not_decompose() -> None:
    assert fold("Łukasiewicz") == "lukasiewicz"
    assert fold("Zoë") == "zoe"
    assert fold("Nystrøm") == "nystrom"
    assert fold("Martínez") == "martinez"
