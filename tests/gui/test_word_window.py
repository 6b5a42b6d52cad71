"""A Word story in the window (issue 10): its structure on screen in both panes, drawn
around the writer's own text; issue marks over it; the structure following edits;
Markdown and web pages the same way; the warning bar; loading off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QTextCursor
from word_window import (
    block_of,
    formats_over,
    gap_point,
    margin_label,
    point_in,
    wait_structure,
)

from fixtures_import.docx_parts import para, run, write_docx
from fixtures_import.news_page import PARAGRAPHS, news_page
from fixtures_import.word_desk import TEXT, write_desk_story
from reviewdesk.core.models import Category
from reviewdesk.gui.palette import category_colour
from reviewdesk.gui.structure_style import tint
from reviewdesk.service.panes import DRAFT, ORIGINAL, PANES

pytestmark = pytest.mark.gui

LINES = TEXT.split("\n")
MAYOR = LINES[2]


@pytest.fixture
def story(tmp_path: Path) -> Path:
    return write_desk_story(tmp_path / "story.docx")


def test_a_word_story_shows_its_structure_in_both_panes(qtbot, make_window, story) -> None:
    window = make_window()
    assert window.open_file(story)
    wait_structure(qtbot, window)
    for pane in PANES:
        editor = window.session.editor(pane)
        assert editor.toPlainText() == TEXT  # nothing typed in: no bullets, no labels
        base = editor.font().pointSizeF()
        for heading in formats_over(block_of(window, pane, LINES[0]), "Harbour reopens"):
            assert heading.fontWeight() == QFont.Weight.Bold
            assert heading.fontPointSize() > base * 1.2
        standfirst = block_of(window, pane, LINES[1])
        assert all(f.fontItalic() for f in formats_over(standfirst, "primary"))
        mayor = block_of(window, pane, MAYOR)
        assert all(f.fontWeight() == QFont.Weight.Bold for f in formats_over(mayor, "Ana Ruiz"))
        link = formats_over(mayor, "the full report")
        link_colour = editor.palette().color(QPalette.ColorRole.Link)
        assert all(f.foreground().color() == link_colour and f.fontUnderline() for f in link)
        assert "https://example.org/report" in window.structure.views[pane].tooltip_at(
            point_in(window, pane, MAYOR, "full report")
        )
        # the margin says what the parts are, as Word shows them
        assert margin_label(window, pane, "Boats are in the water") == "•"
        assert margin_label(window, pane, "Cafés have reopened early") == "•"
        assert [margin_label(window, pane, line) for line in ("Cost", "£4.2m", "Weeks", "six")] == [
            "Row 1",
            "",
            "Row 2",
            "",
        ]
        assert margin_label(window, pane, LINES[-2]) == "Footnote 1"
        assert margin_label(window, pane, LINES[-1]) == "Header"
        assert margin_label(window, pane, MAYOR) == ""
        # the footnote's mark is drawn after "expected.", its note in the tooltip
        ((_at, (mark,)),) = window.structure.views[pane].gaps_in(mayor)
        assert mark.text == "1" and mark.raised
        tip = window.structure.views[pane].tooltip_at(gap_point(window, pane, MAYOR))
        assert "Footnote 1" in tip and "council's budget office" in tip


def test_footnotes_and_headers_are_tinted_blocks_on_screen(qtbot, make_window, story) -> None:
    window = make_window()
    assert window.open_file(story)
    wait_structure(qtbot, window)
    editor = window.draft
    qtbot.waitUntil(lambda: editor.isVisible())
    image = editor.viewport().grab().toImage()
    palette = editor.palette()

    def colour_right_of(line: str) -> str:
        block = block_of(window, DRAFT, line)
        rect = editor.blockBoundingGeometry(block).translated(editor.contentOffset())
        return image.pixelColor(editor.viewport().width() - 6, round(rect.center().y())).name()

    assert colour_right_of(LINES[-2]) == tint(palette, "footnote").name()
    assert colour_right_of(LINES[-1]) == tint(palette, "header").name()
    assert colour_right_of(MAYOR) == palette.color(QPalette.ColorRole.Base).name()
    assert window.structure.views[DRAFT].painter.margin.isVisible()


def test_issue_marks_paint_over_the_structure_with_emoji_before(
    qtbot, make_window, story, wait_checked
) -> None:
    window = make_window()
    assert window.open_file(story)
    wait_structure(qtbot, window)
    # an emoji at the start of the paragraph shifts Qt's positions by two units per
    # emoji; a misspelt word typed inside the bold name is bold, and marked as an issue
    cursor = QTextCursor(block_of(window, DRAFT, MAYOR))
    cursor.insertText("😀 ")
    name = block_of(window, DRAFT, "😀 " + MAYOR)
    cursor = QTextCursor(name)
    cursor.setPosition(name.position() + len("😀 Mayor Ana ".encode("utf-16-le")) // 2)
    window.draft.setTextCursor(cursor)
    qtbot.keyClicks(window.draft, "recieve ")
    wait_checked(window, (DRAFT,))
    line = "😀 Mayor Ana recieve Ruiz" + MAYOR[len("Mayor Ana Ruiz") :]
    block = block_of(window, DRAFT, line)
    spelling = category_colour(Category.SPELLING)
    for fmt in formats_over(block, "recieve"):
        assert fmt.fontWeight() == QFont.Weight.Bold  # the structure: typed inside bold
        assert fmt.underlineStyle() == fmt.UnderlineStyle.WaveUnderline  # the issue
        assert fmt.underlineColor() == spelling
    assert all(f.fontWeight() == QFont.Weight.Bold for f in formats_over(block, "Ruiz"))
    plain = formats_over(block, "said", some=False)
    assert not any(f.fontWeight() == QFont.Weight.Bold for f in plain)


def test_the_structure_follows_typing(qtbot, make_window, story) -> None:
    window = make_window()
    assert window.open_file(story)
    wait_structure(qtbot, window)
    # Enter at the end of a list item starts another one, with its bullet drawn
    item = block_of(window, DRAFT, "Boats are in the water")
    cursor = QTextCursor(item)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.draft.setTextCursor(cursor)
    window.draft.setFocus()
    qtbot.keyClick(window.draft, Qt.Key.Key_Return)
    qtbot.keyClicks(window.draft, "Fishermen are relieved")
    assert margin_label(window, DRAFT, "Fishermen are relieved") == "•"
    # every line below moved down and keeps its part
    assert margin_label(window, DRAFT, "Cost") == "Row 1"
    assert margin_label(window, DRAFT, LINES[-2]) == "Footnote 1"
    # words typed inside the italic standfirst are italic
    standfirst = block_of(window, DRAFT, LINES[1])
    cursor = QTextCursor(standfirst)
    cursor.setPosition(standfirst.position() + LINES[1].index("objective"))
    window.draft.setTextCursor(cursor)
    qtbot.keyClicks(window.draft, "stated ")
    block = block_of(window, DRAFT, LINES[1].replace("objective", "stated objective"))
    assert all(f.fontItalic() for f in formats_over(block, "stated"))
    # the original pane is as it was
    assert margin_label(window, ORIGINAL, "Cafés have reopened early") == "•"


def test_typing_while_the_structure_is_laid_out_ends_with_it_on_the_new_text(
    qtbot, make_window, story
) -> None:
    window = make_window()
    assert window.open_file(story)
    # the layout is computed on a worker thread: the window is back before it is shown
    assert window.structure.busy
    cursor = QTextCursor(block_of(window, DRAFT, "Cafés have reopened early"))
    cursor.insertText("Harbour ")
    wait_structure(qtbot, window)
    assert window.draft.toPlainText() == TEXT.replace("Cafés", "Harbour Cafés")
    assert margin_label(window, DRAFT, "Harbour Cafés have reopened early") == "•"
    assert margin_label(window, DRAFT, LINES[-1]) == "Header"


def test_markdown_headings_and_emphasis_show_the_same_way(qtbot, make_window, tmp_path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "# Harbour reopens\n\nThe *primary* aim, said **Ana Ruiz**, was met.\n\n- Boats\n",
        encoding="utf-8",
    )
    window = make_window()
    assert window.open_file(path)
    wait_structure(qtbot, window)
    for pane in PANES:
        title = block_of(window, pane, "# Harbour reopens")
        for heading in formats_over(title, "Harbour reopens"):
            assert heading.fontWeight() == QFont.Weight.Bold
        line = block_of(window, pane, "The *primary* aim, said **Ana Ruiz**, was met.")
        assert all(f.fontItalic() for f in formats_over(line, "primary"))
        assert all(f.fontWeight() == QFont.Weight.Bold for f in formats_over(line, "Ana Ruiz"))
        # the writer typed the list marker: no second bullet is drawn beside it
        assert margin_label(window, pane, "- Boats") == ""


def test_a_web_page_shows_its_headline_standfirst_byline_and_captions(
    qtbot, make_window, tmp_path
) -> None:
    html = news_page().replace(
        "<h1>Harbour reopens after storm repairs</h1>",
        "<h1>Harbour reopens after storm repairs</h1>"
        '<p class="standfirst">Six weeks after the storm, the boats are back.</p>',
    )
    end = html.index("</p>", html.index(PARAGRAPHS[1][:30])) + len("</p>")
    caption = "<figure><img src='wall.jpg'><figcaption>The rebuilt wall at dawn.</figcaption>"
    html = html[:end] + caption + "</figure>" + html[end:]
    path = tmp_path / "harbour.html"
    path.write_text(html, encoding="utf-8")
    window = make_window()
    assert window.open_file(path)
    wait_structure(qtbot, window)
    labels = {
        line: margin_label(window, DRAFT, line)
        for line in (
            "Harbour reopens after storm repairs",
            "Six weeks after the storm, the boats are back.",
            "By Maria Lindqvist · 14 March 2024",
            "The rebuilt wall at dawn.",
        )
    }
    assert list(labels.values()) == ["Headline", "Standfirst", "Byline", "Photo caption"]
    headline = block_of(window, DRAFT, "Harbour reopens after storm repairs")
    assert all(f.fontWeight() == QFont.Weight.Bold for f in formats_over(headline, "Harbour"))


def test_the_warning_bar_says_what_the_import_kept_or_left_out(
    qtbot, make_window, story, tmp_path
) -> None:
    window = make_window()
    bar = window.warning_bar
    assert window.open_file(story)
    assert bar.isVisible()
    assert "4 tracked changes by Night Editor, Reporter are kept as revisions" in bar.text.text()
    bar.close_button.click()
    assert not bar.isVisible()
    wordart = (  # text drawn in a shape, not in a text box: not imported
        '<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
        '<a:p xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        "<a:r><a:t>SALE</a:t></a:r></a:p></v:shape></w:pict></w:r>"
    )
    path = write_docx(tmp_path / "shapes.docx", para(run("Body text."), wordart))
    assert window.open_file(path)
    assert bar.isVisible()  # shown again for another article
    assert bar.messages == [
        "Text in shapes other than text boxes (such as WordArt) was not imported"
    ]
    plain = tmp_path / "plain.txt"
    plain.write_text("Nothing to say about this one.\n", encoding="utf-8")
    assert window.open_file(plain)
    assert not bar.isVisible()
