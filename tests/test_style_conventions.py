"""The house style sheet decides style-dependent rules: an AP desk gets no advice for the
serial comma, the ellipsis character or en dashes in ranges; a Chicago desk does."""

from __future__ import annotations

import dataclasses

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.harper_engine import HarperChecker
from reviewdesk.core.style import StyleSheet, StyleSheetError, load_default_style_sheet
from reviewdesk.core.style_conventions import Conventions, rules_off

TEXT = "😀 We bought red, white and blue flags... The score was 10-12 at the break."
STYLE_RULES = {"OxfordComma", "UseEllipsisCharacter", "NumericRangeEnDash"}


@pytest.fixture(scope="module")
def harper() -> HarperChecker:
    checker = HarperChecker()
    yield checker  # type: ignore[misc]
    checker.close()


def _rules(harper: HarperChecker, sheet: StyleSheet | None, language: str) -> set[str]:
    return {i.rule for i in harper.check([TEXT], CheckContext(language=language, style=sheet))[0]}


def test_the_default_news_sheet_is_ap_style() -> None:
    sheet = load_default_style_sheet()
    assert sheet.conventions == Conventions(
        serial_comma=False, ellipsis="dots", range_dash="hyphen"
    )
    assert rules_off(sheet.conventions) >= STYLE_RULES | {"EllipsisLength"}


@pytest.mark.parametrize("language", ["en-US", "en-GB"])
def test_an_ap_desk_gets_none_of_harpers_contrary_advice(
    harper: HarperChecker, language: str
) -> None:
    assert _rules(harper, None, language) >= STYLE_RULES  # Harper alone gives it
    assert not _rules(harper, load_default_style_sheet(), language) & STYLE_RULES


def test_a_chicago_desk_still_gets_it(harper: HarperChecker) -> None:
    chicago = dataclasses.replace(
        load_default_style_sheet(),
        conventions=Conventions(serial_comma=True, ellipsis="character", range_dash="en dash"),
    )
    assert _rules(harper, chicago, "en-US") >= STYLE_RULES


def test_conventions_survive_toml_and_bad_values_are_explained() -> None:
    sheet = dataclasses.replace(
        load_default_style_sheet(), conventions=Conventions(serial_comma=True)
    )
    again = StyleSheet.from_toml(sheet.to_toml())
    assert again.conventions.serial_comma is True
    assert again.fingerprint() != load_default_style_sheet().fingerprint()  # caches notice
    with pytest.raises(StyleSheetError, match="ellipsis"):
        StyleSheet.from_dict({"conventions": {"ellipsis": "four dots"}})
    with pytest.raises(StyleSheetError, match="Unknown convention"):
        StyleSheet.from_dict({"conventions": {"oxford": True}})
    assert StyleSheet.from_dict({}).conventions == Conventions()  # old sheets: AP
