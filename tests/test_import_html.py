"""Importing a saved news page: only the article's paragraphs and its metadata, offline."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from reviewdesk.formats import FormatError, import_file

PARAGRAPHS = [
    "The harbour at Port Ellis reopened on Thursday, six weeks after a winter storm tore "
    "through its breakwater and sank two fishing boats at their moorings.",
    "Engineers worked through February to rebuild the 300-metre wall, using granite blocks "
    "shipped from a quarry inland. The council said the repairs cost £4.2 million, most of "
    "it covered by a national resilience fund.",
    "“We were not sure we would have a season at all,” said Ana Ruiz, who runs a café on "
    "the quay. “Now the boats are back and so are the people.”",
    "Harbour master Tom Reyes said the new wall was built half a metre higher than the old "
    "one, to cope with the bigger swells the coast has seen in recent winters.",
]
HEADLINE = "Harbour reopens after storm repairs"

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="{charset}">
<title>Harbour reopens after storm repairs | The Coastal Herald</title>
<meta name="author" content="Maria Lindqvist">
<meta property="article:published_time" content="2024-03-14T09:30:00Z">
<meta property="og:title" content="Harbour reopens after storm repairs">
<meta property="og:site_name" content="The Coastal Herald">
<meta property="og:url" content="https://herald.example/world/harbour-reopens">
<link rel="canonical" href="https://herald.example/world/harbour-reopens">
<link rel="stylesheet" href="https://cdn.herald.example/site.css">
<script src="https://ads.herald.example/tracker.js"></script>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button> <a href="/privacy">Privacy policy</a></div>
<header>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main>
<nav class="breadcrumbs" aria-label="breadcrumb">
<a href="/">Home</a> › <a href="/world">World</a> ›</nav>
<article>
<h1>Harbour reopens after storm repairs</h1>
<p class="byline">By Maria Lindqvist · 14 March 2024</p>
<div class="share"><a href="https://facebook.example/share">Share on Facebook</a>
<a href="https://x.example/share">Share on X</a> <a href="mailto:?subject=x">Email</a></div>
<img src="https://img.herald.example/harbour.jpg" alt="The rebuilt breakwater">
{paragraphs}
</article>
<section id="comments" class="comments"><h3>Leave a comment</h3>
<form action="https://herald.example/comment" method="post">
<textarea name="comment">Your comment</textarea><input type="text" name="name" placeholder="Name">
<button>Post comment</button></form></section>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Storm damage estimated at millions</a></li>
<li><a href="/b">Fishing fleet counts its losses</a></li></ul></aside>
</main>
<footer><p>© 2024 The Coastal Herald. All rights reserved.</p>
<a href="/contact">Contact us</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""


def news_page(charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return NEWS_PAGE.format(charset=charset, paragraphs=paragraphs)


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
    assert doc.text == "\n".join([HEADLINE, *PARAGRAPHS])
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
    assert doc.text == "\n".join([HEADLINE, *PARAGRAPHS])
    assert doc.encoding == "cp1252"
    assert doc.warnings == []


def test_page_without_charset_is_detected(tmp_path: Path, no_network: list[Any]) -> None:
    html = news_page().replace('<meta charset="utf-8">', "").replace("›", "&gt;")
    path = tmp_path / "harbour.html"
    path.write_bytes(html.encode("cp1252"))
    doc = import_file(path)
    assert doc.text == "\n".join([HEADLINE, *PARAGRAPHS])
    assert doc.encoding == "cp1252"
    assert doc.encoding_guessed
    assert doc.warnings[0].startswith("Assumed Windows-1252")


def test_xhtml_with_xml_declaration(tmp_path: Path, no_network: list[Any]) -> None:
    html = '<?xml version="1.0" encoding="utf-8"?>\n' + news_page()
    path = tmp_path / "harbour.xhtml"
    path.write_text(html, encoding="utf-8")
    assert import_file(path).text == "\n".join([HEADLINE, *PARAGRAPHS])


def test_page_with_no_article_is_a_plain_error(tmp_path: Path, no_network: list[Any]) -> None:
    path = tmp_path / "app.html"
    path.write_text(
        "<html><head><title>App</title></head><body><div id='root'></div>"
        "<script>window.start()</script></body></html>"
    )
    with pytest.raises(FormatError, match="no article text was found"):
        import_file(path)


def test_html_source_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "harbour.html"
    path.write_text(news_page(), encoding="utf-8")
    path.chmod(0o444)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    import_file(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
