"""The house style sheet: model, TOML import/export, validation and the shipped default."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.style import (
    CanonicalName,
    FlaggedWord,
    StyleSheet,
    StyleSheetError,
    Substitution,
    coerce_style_sheet,
    effective_style_sheet,
    load_default_style_sheet,
    read_style_sheet,
    write_style_sheet,
)

FULL = StyleSheet(
    name="Harbour Gazette",
    dialect="en-GB",
    description="Our desk’s rules — with “quotes” and accents: café.",
    substitutions=(
        Substitution("e-mail", "email", message="One word."),
        Substitution(r"\b(\d+)pc\b", r"\1 per cent", regex=True, dialects=("en-GB", "en-AU")),
        Substitution("Govt", "government", case_sensitive=True, category="spelling"),
    ),
    names=(CanonicalName("Jane Q. Example", ("Jane Example",), note="Uses her initial."),),
    capitalize=("Harbour Board",),
    lowercase=("internet",),
    banned=(FlaggedWord("very unique", "Unique is absolute.", "unique"),),
    cautioned=(FlaggedWord("slammed", "Headlinese."),),
)


def test_default_sheet_loads_with_generic_rules() -> None:
    sheet = load_default_style_sheet()
    assert sheet.dialect == "en-US"
    assert any("e-mail" in s.find and s.regex for s in sheet.substitutions)
    assert any(s.find == "towards" and s.dialects == ("en-US",) for s in sheet.substitutions)
    assert "Monday" in sheet.capitalize
    assert any(w.word == "very unique" for w in sheet.banned)
    assert sheet.names == ()  # a desk adds its own


def test_default_sheet_is_package_data() -> None:
    from importlib import resources

    resource = resources.files("reviewdesk").joinpath("resources/style/default-news.toml")
    assert resource.is_file()
    assert StyleSheet.from_toml(resource.read_text(encoding="utf-8")) == load_default_style_sheet()


@pytest.mark.parametrize("sheet", [FULL, StyleSheet(), "default"])
def test_toml_round_trip(sheet: StyleSheet | str) -> None:
    original = load_default_style_sheet() if sheet == "default" else sheet
    assert isinstance(original, StyleSheet)
    text = original.to_toml()
    assert text.startswith("# reviewdesk house style sheet")
    again = StyleSheet.from_toml(text)
    assert again == original
    assert again.fingerprint() == original.fingerprint()


def test_dict_round_trip_is_json_safe() -> None:
    data = json.loads(json.dumps(FULL.to_dict()))  # the library stores JSON
    assert StyleSheet.from_dict(data) == FULL


def test_file_export_and_import(tmp_path: Path) -> None:
    path = tmp_path / "desk.toml"
    write_style_sheet(path, FULL)
    assert "Jane Q. Example" in path.read_text(encoding="utf-8")
    assert read_style_sheet(path) == FULL


def test_hand_written_shorthands() -> None:
    sheet = StyleSheet.from_toml(
        'names = ["Jane Q. Example"]\nbanned = ["very unique"]\ncautioned = ["slammed"]\n'
    )
    assert sheet.names == (CanonicalName("Jane Q. Example"),)
    assert sheet.banned == (FlaggedWord("very unique"),)
    assert sheet.dialect == "en-US"


def test_fingerprint_is_stable_and_tracks_content() -> None:
    assert load_default_style_sheet().fingerprint() == load_default_style_sheet().fingerprint()
    changed = replace(FULL, capitalize=("Harbour Board", "Pier Trust"))
    assert changed.fingerprint() != FULL.fingerprint()
    ctx_a = CheckContext(style=FULL)
    ctx_b = CheckContext(style=changed)
    assert ctx_a.fingerprint() != ctx_b.fingerprint()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("name = 'x\n", "not a valid TOML"),
        (
            "[[substitutions]]\nfind = '(unclosed'\nreplace = 'x'\nregex = true\n",
            "regular expression",
        ),
        ("[[substitutions]]\nfind = '(a)'\nreplace = '\\2'\nregex = true\n", "bad replacement"),
        ("[[substitutions]]\nfind = 'x*'\nreplace = 'y'\nregex = true\n", "matches empty"),
        ("[[substitutions]]\nfind = 'x'\n", "needs both"),
        ("[[substitutions]]\nfind = 'x'\nreplace = 'y'\ncategory = 'tone'\n", "unknown category"),
        ("[[substitutions]]\nfind = 'x'\nreplace = 3\n", "must be text"),
        ("[[substitutions]]\nfind = 'x'\nreplace = 'y'\nregex = 'yes'\n", "true or false"),
        ("capitalize = 'Harbour'\n", "list of words"),
        ("capitalize = ['']\n", "must not be empty"),
        ("dialect = 'en-NZ'\n", "Unknown dialect"),
        ("substitution = []\n", "unknown key 'substitution'"),
        ("version = 99\n", "format version"),
        ("names = [{variants = ['J. Example']}]\n", "needs a 'name'"),
        ("[[banned]]\nreason = 'no word'\n", "needs a 'word'"),
    ],
)
def test_invalid_sheets_raise_plain_errors(toml: str, message: str) -> None:
    with pytest.raises(StyleSheetError, match=re.escape(message)):
        StyleSheet.from_toml(toml)


def test_direct_construction_is_validated_too() -> None:
    with pytest.raises(StyleSheetError, match="regular expression"):
        Substitution("[", "x", regex=True)
    with pytest.raises(StyleSheetError, match="dialect"):
        Substitution("x", "y", dialects=("en-XX",))


def test_read_style_sheet_reports_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(StyleSheetError, match="Cannot read"):
        read_style_sheet(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_bytes(b"\xff\xfe\x00name")
    with pytest.raises(StyleSheetError, match="UTF-8"):
        read_style_sheet(bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("[[substitutions]]\nfind = '('\nreplace = ''\nregex = true\n")
    with pytest.raises(StyleSheetError, match=r"broken\.toml: .*regular expression"):
        read_style_sheet(broken)


def test_effective_style_sheet() -> None:
    assert effective_style_sheet(None) == load_default_style_sheet()
    assert effective_style_sheet({}) == load_default_style_sheet()
    assert effective_style_sheet(FULL.to_dict()) == FULL
    with pytest.raises(StyleSheetError):
        effective_style_sheet({"dialect": "klingon"})


def test_coerce_style_sheet() -> None:
    assert coerce_style_sheet(None) is None
    assert coerce_style_sheet(FULL) is FULL
    assert coerce_style_sheet(FULL.to_dict()) == FULL
    with pytest.raises(StyleSheetError):
        coerce_style_sheet(42)


def test_default_sheet_contains_nothing_from_the_sample(
    sample_path: Path, sample_gold: Path
) -> None:
    """No name or proper noun of the user's sample is in the shipped sheet.

    The sample's proper nouns: the words it always capitalises, the gold's correct names,
    and the corrections of lowercase proper nouns ("kremlin" -> "Kremlin", but not a
    sentence start); less the calendar words any newsroom sheet lists.
    """
    sample = sample_path.read_text(encoding="utf-8")
    gold = json.loads(sample_gold.read_text(encoding="utf-8"))
    word = re.compile(r"[^\W\d_]+")
    occurrences = word.findall(sample)
    lower_seen = {w for w in occurrences if w.islower()}
    # words the sample always capitalises: its proper nouns
    forbidden = {w.lower() for w in occurrences if w[0].isupper() and w.lower() not in lower_seen}
    for name in gold["correct_names"]:
        forbidden.update(w.lower() for w in word.findall(name))
    for fault in gold["errors"]:  # "kremlin" -> "Kremlin", but not "only" -> "Only"
        before = sample[: fault["start"]].rstrip(' *“"')
        if fault["category"] == "capitalization" and before and before[-1] not in ".!?:\n":
            forbidden.update(w.lower() for w in word.findall(fault["correction"]))
    calendar = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "april", "june", "july", "september", "october",
        "november", "december",
    }  # fmt: skip
    forbidden -= calendar
    forbidden -= {"i", "a"}
    text = load_default_style_sheet().to_toml()
    text = re.sub(r"en-(?:US|GB|AU|CA)", " ", text)
    used = {w.lower() for w in word.findall(text)}
    assert forbidden & used == set()
    assert len(forbidden) > 20  # the check really saw the sample's names
