"""Importing a saved news page: only the article's paragraphs and its metadata, offline."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from fixtures_import.news_page import HEADLINE, PARAGRAPHS, news_page
from reviewdesk.formats import FormatError, import_file

BYLINE = "By Maria Lindqvist · 14 March 2024"  # the page's byline, kept as a paragraph


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Any attempt to open a connection or resolve a name fails the test loudly."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_news_page_gives_only_the_article(tmp_path: Path, no_network: list[Any]) -> None:
    path = tmp_path / "harbour.html"
    path.write_text(news_page(), encoding="utf-8")
    doc = import_file(path)
    assert doc.text == "\n".join([HEADLINE, BYLINE, *PARAGRAPHS])
    parts = [(str(s.kind), doc.text[s.start : s.end]) for s in doc.structure.spans]
    assert parts == [("headline", HEADLINE), ("byline", BYLINE)]
    assert doc.format == "html"
    assert doc.title == HEADLINE
    assert doc.meta["title"] == HEADLINE
    assert doc.meta["author"] == "Maria Lindqvist"
    assert doc.meta["date"] == "2024-03-14"
    assert doc.meta["sitename"] == "The Coastal Herald"
    assert doc.meta["url"] == "https://herald.example/world/harbour-reopens"
    for chrome in (
        "Home",
        "›",
        "Share on",
        "cookies",
        "Leave a comment",
        "Post comment",
        "Related stories",
        "All rights reserved",
        "Subscribe",
    ):
        assert chrome not in doc.text
    assert no_network == []


def test_cp1252_page_with_declared_charset(tmp_path: Path, no_network: list[Any]) -> None:
    path = tmp_path / "harbour.htm"
    path.write_bytes(news_page("windows-1252").replace("›", "&rsaquo;").encode("cp1252"))
    doc = import_file(path)
    assert doc.text == "\n".join([HEADLINE, BYLINE, *PARAGRAPHS])
    assert doc.encoding == "cp1252"
    assert doc.warnings == []


def test_page_without_charset_is_detected(tmp_path: Path, no_network: list[Any]) -> None:
    html = news_page().replace('<meta charset="utf-8">', "").replace("›", "&gt;")
    path = tmp_path / "harbour.html"
    path.write_bytes(html.encode("cp1252"))
    doc = import_file(path)
    assert doc.text == "\n".join([HEADLINE, BYLINE, *PARAGRAPHS])
    assert doc.encoding == "cp1252"
    assert doc.encoding_guessed
    assert doc.warnings[0].startswith("Assumed Windows-1252")


def test_xhtml_with_xml_declaration(tmp_path: Path, no_network: list[Any]) -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + news_page()
    path = tmp_path / "harbour.xhtml"
    path.write_text(html, encoding="utf-8")
    assert import_file(path).text == "\n".join([HEADLINE, BYLINE, *PARAGRAPHS])


def test_page_with_no_article_is_a_plain_error(tmp_path: Path, no_network: list[Any]) -> None:
    path = tmp_path / "app.html"
    path.write_text(
        "<html><head><title>App</title></head><body><div id='root'></div>"
        "<script>window.start()</script></body></html>"
    )
    with pytest.raises(FormatError, match="no text was found in this web page"):
        import_file(path)


def test_html_source_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "harbour.html"
    path.write_text(news_page(), encoding="utf-8")
    path.chmod(0o444)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    import_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
