"""What a saved web page shows that is not the article, and the caption it keeps.

Each page here is a small one written for the test, built the way the sites of
benchmarks/score_web_pages.py build theirs (TIME's "More Must-Reads" list after the
article element, Blogger's "Featured Post" teaser in the sidebar, a site's name in the
author box, a photo gallery's lines), and opened as File ▸ Open opens it. The photo
caption the import keeps is checked as the window and ``reviewdesk check`` check it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reviewdesk.core.checker import CheckContext
from reviewdesk.core.engines.debris.checker import DebrisChecker, find_debris
from reviewdesk.core.structure import SpanKind
from reviewdesk.desk.context import check_context
from reviewdesk.desk.opening import add_imported_article
from reviewdesk.formats import import_file
from reviewdesk.store import Library
from test_import_web_kinds import BODY, PARAS, _open, _parts

CAPTION = "Mayor Jane Doe (left) cuts the ribbon on Friday. AP Photo/John Smith"


MORE = [
    "Residents who spoke at the start of the meeting asked for more street lights on the "
    "footpaths near the river and the park.",
    "The library will open on Sundays from April, the first time in twenty years, and its "
    "reading room will be painted over the summer.",
    "Two members walked out before the vote, saying the plan cut too deeply into the money "
    "set aside for repairs to the swimming pool.",
]
STORIES = [
    "The Struggle to Save Lives Inside the Hospitals",
    "Is Using the Snooze Button Bad for You?",
    "The Best Inventions of the Year",
    "What the Ferry Strike Means for Your Summer",
    "Inside the Race to Build a Better Battery",
    "Why Your Cat Ignores You, Explained",
    "The Quiet Comeback of the Night Train",
    "How a Small Town Saved Its Cinema",
]


def test_a_list_of_other_stories_after_the_article_element_is_left_out(
    tmp_path: Path,
) -> None:
    """TIME: "More Must-Reads From TIME" and eight links follow the <article>, outside it
    but in the box trafilatura takes for the article's (its text came in, "- " and all)."""
    sentences = BODY + MORE
    paras = "".join(
        f"<p>{sentences[i]} {sentences[(i + 1) % 6]} {sentences[(i + 3) % 6]}</p>" for i in range(6)
    )
    links = "".join(
        f'<li><span>{s.split()[0]} </span><a href="/s{i}">{s.split(" ", 1)[1]}</a></li>'
        for i, s in enumerate(STORIES)
    )
    doc = _open(
        tmp_path,
        '<html lang="en"><body><main><div><div id="article-content-main"><article>'
        f"<h1>Budget passes after a long night</h1><div>{paras}</div></article>"
        f"<div><div><h2>More Must-Reads From TIME</h2><ul>{links}</ul></div></div>"
        "</div></div></main></body></html>",
    )
    assert all(s in doc.text for s in sentences)
    assert "Must-Reads" not in doc.text
    assert not any(s.split(" ", 1)[1] in doc.text for s in STORIES)


def test_a_teaser_in_the_sidebar_is_not_the_standfirst(tmp_path: Path) -> None:
    """Blogger's "Featured Post" widget: another story's summary, cut short with "..."."""
    teaser = (
        "Long haul flights leave you dehydrated and weary, whichever class you fly. "
        "Trust me, the air up..."
    )
    doc = _open(
        tmp_path,
        '<html lang="en"><body><div class="main"><h1>Budget passes</h1>'
        f"{PARAS}</div><div class='sidebar'><div class='widget FeaturedPost'>"
        "<h3><a href='/other'>How to prepare your skin for a long flight</a></h3>"
        f"<p class='post-summary'>{teaser}</p></div></div></body></html>",
    )
    assert _parts(doc, SpanKind.STANDFIRST) == []
    assert "the air up" not in doc.text
    assert all(p in doc.text for p in BODY)


def test_the_sites_own_name_in_the_author_box_is_no_byline(tmp_path: Path) -> None:
    """A Blogger news site signs every post with its own profile: "LinkNaija"."""
    doc = _open(
        tmp_path,
        '<html lang="en"><head><meta property="og:site_name" '
        'content="Town Herald | The town\'s own news"></head><body><article>'
        '<h1>Budget passes</h1><div class="post-meta"><span class="post-author">'
        '<a href="/profile">Town Herald</a></span></div>'
        f"{PARAS}</article></body></html>",
    )
    assert _parts(doc, SpanKind.BYLINE) == []
    assert "Town Herald" not in doc.text.split("\n")[:3]
    assert doc.meta.get("author", "") != "Town Herald"  # shown beside Original as "By …"


def test_a_real_byline_stays_beside_the_sites_name(tmp_path: Path) -> None:
    """The same author box with a person in it: the byline, as before."""
    doc = _open(
        tmp_path,
        '<html lang="en"><head><meta property="og:site_name" content="Town Herald">'
        '</head><body><article><h1>Budget passes</h1><div class="post-meta">'
        '<span class="post-author"><a href="/profile">Mary Major</a></span></div>'
        f"{PARAS}</article></body></html>",
    )
    assert _parts(doc, SpanKind.BYLINE) == ["Mary Major"]


def test_gallery_and_recommendation_lines_are_offered_as_debris(tmp_path: Path) -> None:
    """ "See more photos:" over a gallery; "Editors’ Recommendations:" over other stories."""
    doc = _open(
        tmp_path,
        '<html lang="en"><body><article><h1>Budget passes</h1>'
        f"<p>{BODY[0]}</p><p>Editors’ picks</p><p>{BODY[1]}</p><p>See more photos:</p>"
        f"<p>{BODY[2]}</p>"
        "<p>Editors’ Recommendations:</p>"
        "<p>Crates are leaving the game and its traders are scrambling</p>"
        "</article></body></html>",
    )
    flagged = {doc.text[i.start : i.end].strip() for i in find_debris(doc.text)}
    assert "See more photos:" in flagged
    assert "Editors’ picks" in flagged  # a curly apostrophe after the s
    assert "Editors’ Recommendations:" in flagged
    assert "Crates are leaving the game and its traders are scrambling" in flagged
    assert not any(p in flagged for p in BODY)


def _caption_page(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.html"
    path.write_text(
        '<html lang="en"><body><article><h1>Mayor opens the new bridge</h1>'
        f"<p>{BODY[0]}</p><figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption>"
        f"</figure><p>{BODY[1]}</p><p>{BODY[2]}</p></article></body></html>",
        encoding="utf-8",
    )
    return path


def _debris(text: str, ctx: CheckContext) -> list[str]:
    [found] = DebrisChecker().check([text], ctx)
    return [text[i.start : i.end].strip() for i in found]


def test_the_photo_caption_the_import_keeps_is_not_offered_as_debris(tmp_path: Path) -> None:
    """ux8: the window marks the caption "Photo caption" in the margin and offered to
    remove it. The sample's answer key counts no caption as debris: the engine leaves the
    caption the import kept, in the original and in a draft where it was edited."""
    doc = import_file(_caption_page(tmp_path))
    assert _parts(doc, SpanKind.PHOTO_CAPTION) == [CAPTION]
    assert CAPTION in _debris(doc.text, CheckContext())  # a caption, as scraped text has it
    with Library(tmp_path / "lib.sqlite") as lib:
        article = add_imported_article(lib, doc, str(tmp_path / "bridge.html"))
        assert article.id is not None
        ctx = check_context(lib, article, lambda _m: None)
        assert _debris(article.original, ctx) == []
        edited = article.draft.replace("cuts the ribbon", "cuts the red ribbon")
        lib.save_draft(article.id, edited)
        article = lib.get_article(article.id)
        assert _debris(article.draft, check_context(lib, article, lambda _m: None)) == []


def test_only_the_kept_caption_is_left_alone(tmp_path: Path) -> None:
    """A credit line elsewhere in the same article is still offered."""
    doc = import_file(_caption_page(tmp_path))
    with Library(tmp_path / "lib.sqlite") as lib:
        article = add_imported_article(lib, doc, str(tmp_path / "bridge.html"))
        ctx = check_context(lib, article, lambda _m: None)
    text = article.original + "\nPhoto: AFP, John Smith"
    found = _debris(text, ctx)
    assert "Photo: AFP, John Smith" in found
    assert CAPTION not in found


@pytest.mark.slow  # starts a real process
def test_reviewdesk_check_leaves_the_pages_caption_too(tmp_path: Path) -> None:
    """``reviewdesk check page.html`` checks the page as opened, caption and all."""
    page, library = _caption_page(tmp_path), tmp_path / "lib.sqlite"
    proc = subprocess.run(
        [sys.executable, "-m", "reviewdesk", "check", str(page), "--library", str(library)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode in (0, 1), proc.stderr
    issues = json.loads(proc.stdout)["issues"]
    assert not [i for i in issues if i["category"] == "debris"]
