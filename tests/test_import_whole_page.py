"""A saved page whose article cannot be told from the rest opens with all of its text,
one line per block, and says so once; a page with no text at all is still refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewdesk.formats import FormatError, import_file
from reviewdesk.formats.html_import import TEXT_ONLY_WARNING, WHOLE_PAGE_WARNING
from reviewdesk.formats.page_text import shown_text

# A filing saved from a regulator's site (goose's "sec1" page has this shape): the page
# sits in an envelope of made-up tags and its text is in <DIV>s; the article extraction
# finds nothing in it, so it was refused ("no article text was found").
FILING = """<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>d752412dex991.htm
<TEXT>
<HTML><HEAD><TITLE>Harbour Company news</TITLE><STYLE>.x {{color: red}}</STYLE></HEAD>
<BODY>
<DIV><A href="/">Home</A> | <A href="/investors">Investors</A></DIV>
<DIV>HARBOUR COMPANY ANNOUNCES REOPENING</DIV>
<DIV>The harbour reopened on Tuesday after <B>three weeks</B> of repairs, the port
authority said in a statement issued to investors.</DIV>
<DIV>{second}</DIV>
<DIV style="display:none">Subscribe to our newsletter</DIV>
<SCRIPT>document.write("<DIV>tracking</DIV>")</SCRIPT>
<DIV>Contacts<BR>Jane Roe<BR>Vice President, Investor Relations</DIV>
</BODY></HTML>
</TEXT>
</DOCUMENT>
"""
SECOND = "Fishing boats returned at dawn and the first ferry left at noon, the company said."
LINES = [
    "EX-99.1 2 d752412dex991.htm",
    "Home | Investors",
    "HARBOUR COMPANY ANNOUNCES REOPENING",
    "The harbour reopened on Tuesday after three weeks of repairs, the port authority "
    "said in a statement issued to investors.",
    SECOND,
    "Contacts",
    "Jane Roe",
    "Vice President, Investor Relations",
]


def filing(second: str = SECOND) -> str:
    return FILING.format(second=second)


def test_a_page_with_its_text_in_divs_opens_a_block_a_line(tmp_path: Path) -> None:
    path = tmp_path / "filing.html"
    path.write_text(filing(), encoding="utf-8")
    doc = import_file(path)
    assert doc.text.split("\n") == LINES  # no script, style or hidden box; inline joined
    assert doc.warnings == [WHOLE_PAGE_WARNING]  # said once, in plain words
    assert "trafilatura" not in WHOLE_PAGE_WARNING.lower()
    assert doc.title == "Harbour Company news"
    assert doc.format == "html"


def test_text_saved_as_a_web_page_opens_a_paragraph_a_line(tmp_path: Path) -> None:
    # goose's "guardian1" page is text with no markup at all, paragraphs between blank
    # lines; a wrapped paragraph is joined as a browser would join it
    path = tmp_path / "interview.html"
    path.write_text(
        "Kristen Wiig has had the kind of summer one might imagine.\n\n"
        'Wiig smiles when I tell her this. "Proud," she says,\nof the day they filmed.\n\n\n'
        "We are in the tearoom of a hotel in Tribeca.\n",
        encoding="utf-8",
    )
    doc = import_file(path)
    assert doc.text.split("\n") == [
        "Kristen Wiig has had the kind of summer one might imagine.",
        'Wiig smiles when I tell her this. "Proud," she says, of the day they filmed.',
        "We are in the tearoom of a hotel in Tribeca.",
    ]
    assert doc.warnings == [TEXT_ONLY_WARNING]


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>App</title></head><body><div id='root'></div>"
        "<script>window.start('<p>Loading the article</p>')</script></body></html>",
        "<html><head><title>Empty</title><style>p {}</style></head><body>\n  \n</body></html>",
        "<html><body><!-- nothing here --><noscript>  </noscript></body></html>",
    ],
)
def test_a_page_with_no_text_is_still_refused(tmp_path: Path, page: str) -> None:
    path = tmp_path / "app.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(FormatError, match=r"^app\.html: no text was found in this web page$"):
        import_file(path)


def test_emoji_before_an_issue_on_a_whole_page_keeps_offsets(tmp_path: Path) -> None:
    second = "Fishing boats 🎉 returned at dawn 𝄞 and the the first ferry left at noon."
    path = tmp_path / "filing.html"
    path.write_text(filing(second), encoding="utf-8")
    doc = import_file(path)
    assert second in doc.text.split("\n")
    start = doc.text.index("the the")
    assert doc.text[start : start + len("the the")] == "the the"
    assert doc.text.index(second) + second.index("the the") == start


def test_the_walk_keeps_a_browsers_lines() -> None:
    html = (
        "<html><body><div>One <a href='#'>link</a>ed word<br>next line</div>"
        "<ul><li>first</li><li>second</li></ul>"
        "<pre>kept\n  as it is</pre><table><tr><td>cell a</td><td>cell b</td></tr></table>"
        "<p hidden>not shown</p><textarea>typed</textarea></body></html>"
    )
    assert shown_text(html).split("\n") == [
        "One linked word",
        "next line",
        "first",
        "second",
        "kept",
        "as it is",
        "cell a",
        "cell b",
    ]


def test_a_deeply_nested_whole_page_opens_or_is_refused_plainly(tmp_path: Path) -> None:
    depth = 5000
    body = "<div>" * depth + "Deep text that a browser still shows." + "</div>" * depth
    path = tmp_path / "deep.html"
    path.write_text(filing().replace("<DIV>Contacts", body + "<DIV>Contacts"), encoding="utf-8")
    try:
        doc = import_file(path)
    except FormatError as exc:  # a limit on nesting, said in one line
        assert "\n" not in str(exc)
    else:
        assert SECOND in doc.text
