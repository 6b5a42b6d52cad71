"""Dialect detection (issue 11 item 6): a web page's lang decides, and so does a clear
majority of British or American spellings; a British page does not open as en-US."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewdesk.core.dialect import from_page_language, guess_dialect, spelling_counts
from reviewdesk.desk.opening import add_imported_article
from reviewdesk.formats import import_file
from reviewdesk.store import Library

BRITISH = (
    "😀 The council will organise a review of the harbour's colour scheme. Its favourite "
    "option, a grey livery, was criticised by residents who recognise the old centre."
)
AMERICAN = (
    "😀 The council will organize a review of the harbor's color scheme. Its favorite "
    "option, a gray livery, was criticized by residents who recognize the old center."
)


def test_a_clear_majority_of_spellings_names_the_dialect() -> None:
    guess = guess_dialect(BRITISH)
    assert guess is not None and guess.language == "en-GB" and guess.british >= 5
    guess = guess_dialect(AMERICAN)
    assert guess is not None and guess.language == "en-US" and guess.american >= 5


def test_no_guess_without_a_clear_majority() -> None:
    assert guess_dialect("The council met on Monday and voted.") is None
    assert guess_dialect(BRITISH + " " + AMERICAN) is None


def test_misspellings_are_no_dialect_evidence() -> None:
    assert spelling_counts("It was publised and publised again, publised thrice.") == (0, 0)


@pytest.mark.parametrize(
    ("lang", "want"), [("en-GB", "en-GB"), ("en_gb", "en-GB"), ("en-US", "en-US"), ("fr", None)]
)
def test_page_language(lang: str, want: str | None) -> None:
    assert from_page_language(lang) == want


def test_a_british_web_page_opens_as_british(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "".join(f"<p>{BRITISH} Paragraph {n} goes on about the harbour.</p>" for n in range(6))
    page.write_text(
        f'<!doctype html><html lang="en-GB"><head><title>Harbour</title></head>'
        f"<body><article><h1>Harbour colours</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    doc = import_file(page)
    assert doc.meta["language"] == "en-GB"
    with Library(tmp_path / "lib.sqlite") as library:
        article = add_imported_article(library, doc, str(page))
        assert article.language == "en-GB"
