"""Saved web pages of the kinds real news sites make (benchmarks/score_web_pages.py found
them on CNN, cleveland.com and others): each page here is a small one written for the
test, built the way those sites build theirs, and opened as File ▸ Open opens it."""

from __future__ import annotations

from pathlib import Path

from reviewdesk.core.engines.debris.checker import find_debris
from reviewdesk.core.structure import SpanKind
from reviewdesk.formats import import_file
from reviewdesk.formats.imported import ImportedDocument

BODY = [
    "The council met on Tuesday to discuss the new budget for the coming year, which "
    "includes money for roads, schools and the library in the town centre.",
    "Members argued for three hours before voting seven to two in favour of the plan "
    "put forward by the mayor, who called it the fairest budget in a decade.",
    "The next meeting is in March, when the council will look again at parking charges "
    "along the high street and at the bus station.",
]
PARAS = "".join(f"<p>{p}</p>" for p in BODY)


def _open(tmp_path: Path, html: str, name: str = "page.html") -> ImportedDocument:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return import_file(path)


def _parts(doc: ImportedDocument, kind: SpanKind) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.structure.of_kind(kind)]


def test_a_headline_above_the_main_element_is_the_first_paragraph(tmp_path: Path) -> None:
    """CNN puts its <h1> above <main>, and a sign-in box has an <h1> of its own."""
    headline = "Budget passes after a long night at the town hall"
    doc = _open(
        tmp_path,
        f'<html lang="en"><head><meta property="og:title" content="{headline} | Herald">'
        f'</head><body><div class="headline"><h1>{headline}</h1></div>'
        f"<main><article>{PARAS}</article></main>"
        '<div class="account"><h1>Sign in to your account</h1></div></body></html>',
    )
    assert doc.text.split("\n")[0] == headline
    assert _parts(doc, SpanKind.HEADLINE) == [headline]
    assert "Sign in" not in doc.text


def test_a_credit_alone_in_the_figcaption_comes_with_its_caption(tmp_path: Path) -> None:
    """CNN: the caption sits in a div beside a figcaption that holds only the credit."""
    caption = "The mayor speaks to members before the vote on Tuesday."
    doc = _open(
        tmp_path,
        f'<html lang="en"><body><article><h1>Budget passes</h1><p>{BODY[0]}</p>'
        '<div class="image"><img src="a.jpg"><div class="image__metadata">'
        f'<div itemprop="caption" class="image__caption">{caption}</div>'
        '<figcaption class="image__credit">Jane Roe/Herald</figcaption></div></div>'
        f"<p>{BODY[1]}</p><p>{BODY[2]}</p></article></body></html>",
    )
    assert _parts(doc, SpanKind.PHOTO_CAPTION) == [f"{caption} Jane Roe/Herald"]
    lines = doc.text.split("\n")
    assert "Jane Roe/Herald" not in lines  # no credit standing alone as a paragraph
    assert lines.index(f"{caption} Jane Roe/Herald") == lines.index(BODY[0]) + 1


def test_list_items_have_no_dash_the_page_never_showed(tmp_path: Path) -> None:
    """The extractor writes "- " before each item; the reader saw a bullet, not a dash.
    An emoji before an item's text must not shift the spans (code-point offsets)."""
    items = ["🚲 New crossings on the high street near the school", "Repairs to the library roof"]
    doc = _open(
        tmp_path,
        f'<html lang="en"><body><article><h1>Budget passes</h1><p>{BODY[0]}</p>'
        f"<p>What the money buys:</p><ul><li>{items[0]}</li><li>{items[1]}</li></ul>"
        f"<p>{BODY[1]}</p><ol><li>First the roads</li><li>Then the schools</li></ol>"
        f"<p>{BODY[2]}</p></article></body></html>",
    )
    lines = doc.text.split("\n")
    assert items[0] in lines and items[1] in lines
    assert not [line for line in lines if line.startswith("- ")]
    spans = doc.structure.of_kind(SpanKind.LIST_ITEM)
    assert [doc.text[s.start : s.end] for s in spans] == [
        *items,
        "First the roads",
        "Then the schools",
    ]
    assert [s.attr("label") for s in spans] == ["•", "•", "1.", "2."]


def test_subheads_are_marked_as_headings(tmp_path: Path) -> None:
    """CNN's stories run under <h2> subheads: the window shows them as headings."""
    doc = _open(
        tmp_path,
        f'<html lang="en"><body><article><h1>Budget passes</h1><p>{BODY[0]}</p>'
        f"<h2>Overcoming nerves</h2><p>{BODY[1]}</p><h3>In fair Verona</h3><p>{BODY[2]}</p>"
        "</article></body></html>",
    )
    headings = doc.structure.of_kind(SpanKind.HEADING)
    assert [(doc.text[s.start : s.end], s.attr("level")) for s in headings] == [
        ("Overcoming nerves", "2"),
        ("In fair Verona", "3"),
    ]


def test_a_teaser_box_is_not_taken_for_the_standfirst(tmp_path: Path) -> None:
    """cleveland.com: a weather widget whose class says "summary" is no standfirst."""
    doc = _open(
        tmp_path,
        '<html lang="en"><body><article><h1>Budget passes</h1>'
        '<div class="summary">Weather Quick Look</div>'
        f"{PARAS}</article></body></html>",
    )
    assert "Weather Quick Look" not in doc.text
    assert _parts(doc, SpanKind.STANDFIRST) == []


def test_a_byline_box_without_its_buttons_and_hidden_text(tmp_path: Path) -> None:
    """cleveland.com's byline box: a Print link, the avatar's name, a hidden paper name."""
    doc = _open(
        tmp_path,
        '<html lang="en"><body><article><h1>Budget passes</h1>'
        '<div class="byline"><a href="/print">Print</a> <span class="avatar">Jane Roe</span>'
        ' By <span class="author">Jane Roe</span>'
        ' <span style="display:none">The Daily Herald</span> on March 4, 2024</div>'
        f"{PARAS}</article></body></html>",
    )
    assert _parts(doc, SpanKind.BYLINE) == ["By Jane Roe on March 4, 2024"]
    assert "Print" not in doc.text and "Daily Herald" not in doc.text


def test_the_page_language_from_og_locale_or_content_language(tmp_path: Path) -> None:
    """Pages saved without <html lang> still say their dialect in their head."""
    og = _open(
        tmp_path,
        f'<html><head><meta property="og:locale" content="en_GB"></head>'
        f"<body><article><h1>Budget passes</h1>{PARAS}</article></body></html>",
        "og.html",
    )
    header = _open(
        tmp_path,
        '<html><head><meta http-equiv="Content-Language" content="en-AU"></head>'
        f"<body><article><h1>Budget passes</h1>{PARAS}</article></body></html>",
        "header.html",
    )
    assert og.meta["language"] == "en-GB"
    assert header.meta["language"] == "en-AU"


def test_a_news_page_with_megabytes_of_scripts_opens(tmp_path: Path) -> None:
    """A saved CNN page is 2.9 MB, 2.6 MB of it JSON and code in <script>: no article
    text, so it is no reason to refuse the page (2 MB of real text still is)."""
    blob = '{"k": "' + "x" * 1_000 + '"},'
    scripts = "".join(f"<script>var d = [{blob * 250}];</script>" for _ in range(10))
    doc = _open(
        tmp_path,
        f'<html lang="en"><head>{scripts}<style>p {{ color: red }}</style></head>'
        f"<body><article><h1>Budget passes</h1>{PARAS}</article></body></html>",
    )
    assert doc.text.split("\n")[1:] == BODY


def test_a_read_more_line_in_the_article_is_flagged_as_debris(tmp_path: Path) -> None:
    """What the extractor keeps of the page's furniture, the debris engine offers to
    remove: the editor sees it flagged, one click from gone."""
    doc = _open(
        tmp_path,
        f'<html lang="en"><body><article><h1>Budget passes</h1>{PARAS}'
        "<p>Read more: Council approves new parking rules</p>"
        "<p>Sign up to our daily newsletter for the latest local news</p>"
        "<p>Loading weather data ...</p>"
        "</article></body></html>",
    )
    flagged = [i.text.strip() for i in find_debris(doc.text)]
    for line in doc.text.split("\n"):
        if line.startswith(("Read more", "Sign up", "Loading")):
            assert line in flagged
    assert all(p not in " ".join(flagged) for p in BODY)


def test_source_lines_wrapped_inside_a_paragraph_make_one_paragraph(tmp_path: Path) -> None:
    """A Blogger page wraps its source inside a <span>: a browser shows one paragraph;
    each wrapped line used to become a paragraph of its own, broken mid-sentence."""
    wrapped = BODY[0].replace(" new budget ", " new \n budget ").replace(" roads,", "\nroads,")
    doc = _open(
        tmp_path,
        '<html lang="en"><body><div class="post-body"><h1>Budget passes</h1>'
        f"<div><span>{wrapped}  <br></span></div><div><span>{BODY[1]}</span></div>"
        f"<div><span>{BODY[2]}</span></div></div></body></html>",
    )
    assert doc.text.split("\n") == ["Budget passes", *BODY]
