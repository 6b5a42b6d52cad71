"""The review report: a self-contained, escaped, well-formed HTML page with the whole review."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import textstat

from reviewdesk.core.diff import changes
from reviewdesk.core.models import Article, ArticleStatus, Decision, DecisionAction, Note
from reviewdesk.core.text.words import word_count
from reviewdesk.formats.export import export_draft
from reviewdesk.formats.report import build_report, readability

WHEN = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
ORIGINAL = (
    "The minister said onyl that talks would continue.\n"
    "Critics  disagreed, saying the plan was weak.\n"
    "This paragraph goes away.\n"
    "Prices rose by 5% in Zürich 😀 last year."
)
DRAFT = (
    "The minister said only that talks would continue.\n"
    "Critics disagreed, saying the plan was <weak> & late.\n"
    "Prices rose by 5% in Zürich 😀 last year."
)


def article() -> Article:
    return Article(
        id=3,
        title="Talks <script>alert(1)</script> & prices",
        original=ORIGINAL,
        draft=DRAFT,
        status=ArticleStatus.DONE,
    )


def notes() -> list[Note]:
    start = DRAFT.index("only")
    late = DRAFT.index("late")
    return [
        Note(1, 3, start, start + 4, "only", "Typo <img src=https://evil.example/x.png>"),
        Note(2, 3, late, late + 4, "late", "Check with the desk", resolved=True, author="Ann"),
    ]


def decisions() -> list[Decision]:
    def d(action: DecisionAction, rule: str, category: str, text: str, rep: str = "") -> Decision:
        return Decision(None, 3, action, rule, "harper", category, 0, 1, text, rep)

    return [
        d(DecisionAction.APPLY, "SpellCheck", "spelling", "onyl", "only"),
        d(DecisionAction.APPLY, "SpellCheck", "spelling", "teh", "the"),
        d(DecisionAction.APPLY, "Spaces", "spacing", "  ", " "),
        d(DecisionAction.IGNORE, "PassiveVoice", "style", "was weak"),
        d(DecisionAction.ADD_WORD, "SpellCheck", "spelling", "Tsakos"),
    ]


def report_page() -> str:
    return build_report(article(), notes(), decisions(), reviewer="Ed", when=WHEN).decode("utf-8")


def parse(page: str) -> ET.Element:
    assert page.startswith("<!DOCTYPE html>\n")
    return ET.fromstring(page.removeprefix("<!DOCTYPE html>\n"))  # raises if not well-formed


def text_of(root: ET.Element) -> str:
    return " ".join("".join(root.itertext()).split())


def table_rows(section: ET.Element, heading: str) -> dict[str, str]:
    """Rows of the table after the ``h3`` called ``heading``: first cell -> count cell."""
    children = list(section)
    for i, child in enumerate(children):
        if child.tag == "h3" and child.text == heading:
            table = children[i + 1]
            rows = {}
            for tr in table.iter("tr"):
                cells = ["".join(c.itertext()) for c in tr]
                rows[" / ".join(cells[:-1])] = cells[-1]
            return rows
    raise AssertionError(f"no table {heading!r}")


def section(root: ET.Element, ident: str) -> ET.Element:
    found = root.find(f".//section[@id='{ident}']")
    assert found is not None
    return found


def test_report_is_well_formed_self_contained_and_escaped() -> None:
    page = report_page()
    root = parse(page)
    assert root.find("head/meta[@charset='utf-8']") is not None
    assert "@media print" in page
    assert not root.findall(".//script") and not root.findall(".//img")
    assert not root.findall(".//link")
    for element in root.iter():
        assert "src" not in element.attrib and "href" not in element.attrib
    assert "url(" not in page and "@import" not in page
    assert "<script>" not in page and "<img" not in page


def test_report_has_title_status_and_summary() -> None:
    root = parse(report_page())
    assert "".join(root.find(".//h1").itertext()) == article().title  # type: ignore[union-attr]
    dl = root.find(".//header/dl")
    assert dl is not None
    cells = ["".join(c.itertext()) for c in dl]
    meta = dict(zip(cells[::2], cells[1::2], strict=True))
    assert meta["Status"] == "Done"
    n = len(changes(ORIGINAL, DRAFT))
    assert meta["Summary"] == f"{n} changes, 2 notes (1 resolved), 5 decisions"
    assert meta["Reviewer"] == "Ed"
    assert meta["Report made"] == "2024-05-06 07:08:09 UTC"


def test_report_names_the_byline_date_and_site_of_an_imported_page() -> None:
    meta = {
        "author": "Maria Lindqvist",
        "date": "2024-03-14T09:30:00Z",
        "sitename": "The Coastal Herald",
        "url": "https://herald.example/world/harbour-reopens",
        "import_warnings": "not shown here",
    }
    page = build_report(replace(article(), meta=meta), when=WHEN).decode("utf-8")
    dl = parse(page).find(".//header/dl")
    assert dl is not None
    cells = ["".join(c.itertext()) for c in dl]
    assert cells[cells.index("Source") + 2 : cells.index("Report made")] == [
        "By", "Maria Lindqvist",
        "Published", "2024-03-14",
        "Site", "The Coastal Herald",
        "Web address", "https://herald.example/world/harbour-reopens",
    ]  # fmt: skip
    plain = ["".join(c.itertext()) for c in parse(report_page()).find(".//header/dl")]  # type: ignore[union-attr]
    assert "By" not in plain and "Published" not in plain  # a plain file gave none


def test_report_lists_every_change_before_and_after() -> None:
    root = parse(report_page())
    items = section(root, "changes").findall(".//ol/li")
    ops = changes(ORIGINAL, DRAFT)
    assert len(items) == len(ops)
    for item, op in zip(items, ops, strict=True):
        old = "".join("".join(d.itertext()) for d in item.iter("del"))
        new = "".join("".join(i.itertext()) for i in item.iter("ins"))
        expect_old = ORIGINAL[op.a_start : op.a_end]
        expect_new = DRAFT[op.b_start : op.b_end]
        for shown, expected in ((old, expect_old), (new, expect_new)):
            if expected.strip():
                assert shown.replace(" ¶ ", "\n") == expected
            else:  # whitespace is made visible
                assert len(shown) == len(expected)
        assert "Before" in text_of(item) and "After" in text_of(item)
    page_text = text_of(root)
    assert "onyl" in page_text and "only" in page_text
    assert "This paragraph goes away." in page_text
    assert "<weak> & late" in page_text


def test_report_lists_every_note() -> None:
    items = section(parse(report_page()), "notes").findall(".//ol/li")
    shown = [text_of(item) for item in items]
    assert len(shown) == 2
    assert "only" in shown[0] and "Typo <img src=https://evil.example/x.png>" in shown[0]
    assert "Open" in shown[0]
    assert "late" in shown[1] and "Check with the desk" in shown[1]
    assert "Resolved" in shown[1] and "Ann" in shown[1]


def test_report_counts_decisions_by_category_and_rule() -> None:
    decided = section(parse(report_page()), "decisions")
    assert table_rows(decided, "By category") == {
        "Category": "Count",
        "Spelling": "3",
        "Spacing": "1",
        "Style": "1",
    }
    assert table_rows(decided, "By rule") == {  # names as the window gives them, not ids
        "Rule / Engine / Category": "Count",
        "Spelling / Harper / Spelling": "3",
        "Extra spaces / Harper / Spacing": "1",
        "Passive voice / Harper / Style": "1",
    }
    assert table_rows(decided, "By action") == {
        "Action": "Count",
        "Applied": "3",
        "Ignored": "1",
        "Added to dictionary": "1",
    }
    assert "“onyl” → “only”" in text_of(decided)
    # a space the fix took is named, as the status bar names it, never a blank cell
    assert "(whitespace) → (a space)" in text_of(decided)


def test_report_shows_readability_of_original_and_draft() -> None:
    table = section(parse(report_page()), "readability").find(".//table")
    assert table is not None
    rows = {
        "".join(tr[0].itertext()): ["".join(td.itertext()) for td in tr[1:]]
        for tr in table.iter("tr")
    }
    for text, column in ((ORIGINAL, 0), (DRAFT, 1)):
        assert rows["Words"][column] == f"{word_count(text):,}"  # as the window counts
        assert rows["Flesch reading ease"][column] == f"{textstat.flesch_reading_ease(text):.1f}"
        assert rows["Flesch–Kincaid grade"][column] == f"{textstat.flesch_kincaid_grade(text):.1f}"
        expected = f"{textstat.avg_sentence_length(text):.1f}"
        assert rows["Average sentence length (words)"][column] == expected
    assert readability(DRAFT).words == textstat.lexicon_count(DRAFT) > 10


def test_report_of_an_untouched_empty_article() -> None:
    empty = Article(id=1, title="", original="", draft="")
    root = parse(build_report(empty, [], [], when=WHEN).decode("utf-8"))
    page_text = text_of(root)
    assert "Untitled article" in page_text
    assert "No changes" in page_text and "No notes" in page_text
    assert "No decisions recorded" in page_text
    assert "—" in text_of(section(root, "readability"))


def test_report_export_writes_the_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    export_draft(article(), notes(), out, "report", author="Ed", decisions=decisions())
    page = out.read_text(encoding="utf-8")
    parse(page)
    assert re.search(r"<title>Review report: Talks &lt;script&gt;", page)


def test_report_nests_a_reply_under_its_note() -> None:
    """A reply is part of its note's conversation: listed under it, not as a note of
    its own, and not counted as one."""
    start = DRAFT.index("only")
    thread = [
        Note(1, 3, start, start + 4, "only", "Is this right?", author="Chief Sub"),
        Note(2, 3, start, start + 4, "only", "Yes, checked", author="Reporter", parent_id=1),
    ]
    root = parse(build_report(article(), thread, reviewer="Ed", when=WHEN).decode("utf-8"))
    notes = section(root, "notes")
    (item,) = notes.findall("./ol/li")
    (reply,) = item.findall("./ol/li")
    assert [text_of(part) for part in reply] == ["Yes, checked", "Reporter"]
    assert "Is this right?" in text_of(item) and "Chief Sub" in text_of(item)
    assert "".join(notes.find("h2").itertext()) == "Notes (1)"  # type: ignore[union-attr]
    dl = root.find(".//header/dl")
    cells = ["".join(c.itertext()) for c in dl]  # type: ignore[union-attr]
    assert "1 note (0 resolved, 1 reply)" in cells[cells.index("Summary") + 1]


def test_report_without_a_reviewer_name_leaves_the_line_out() -> None:
    page = build_report(article(), notes(), when=WHEN).decode("utf-8")
    cells = ["".join(c.itertext()) for c in parse(page).find(".//header/dl")]  # type: ignore[union-attr]
    assert "Reviewer" not in cells


def test_report_names_the_dialect_not_only_its_code() -> None:
    gb = Article(id=3, title="Harbour", original="A.", draft="A.", language="en-GB")
    page = build_report(gb, [], [], reviewer="", when=WHEN).decode("utf-8")
    assert "British English (en-GB)" in text_of(parse(page))


def test_the_reports_word_count_is_the_windows() -> None:
    """The status bar said 1,572 words and the report 1,549 for one draft: textstat
    reads "three-decade" and "£4.2" as one word each. The report counts as the window
    and the library do."""
    text = "A three-decade rule cost £4.2 million, officials said.\n"
    article = Article(id=1, title="Rule", original=text, draft=text)
    root = parse(build_report(article, [], [], when=WHEN).decode("utf-8"))
    rows = {
        "".join(tr[0].itertext()): ["".join(td.itertext()) for td in tr[1:]]
        for tr in root.iter("tr")
        if len(tr) == 3
    }
    assert rows["Words"] == [str(word_count(text))] * 2 == ["10", "10"]
