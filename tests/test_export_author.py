"""Who an export names: the author set, or none; never the system's login name. A
tracked change must name someone: then it says "reviewdesk"."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from fixtures_import.word_story import write_story
from reviewdesk.desk.exporting import default_author
from reviewdesk.desk.settings import AUTHOR
from reviewdesk.formats import import_file
from reviewdesk.formats.docx_export import build_clean_docx
from reviewdesk.formats.docx_rewrite import clean_from_source
from reviewdesk.formats.export import compare_files
from reviewdesk.store import Library


def test_the_default_author_is_the_name_set_or_none(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite") as library:
        assert default_author(library) == ""  # not the login name
        AUTHOR.write(library, "Jane Editor")
        assert default_author(library) == "Jane Editor"
    assert default_author(None) == ""


def test_a_word_file_exported_without_a_name_names_no_author(tmp_path: Path) -> None:
    out = tmp_path / "draft.docx"
    out.write_bytes(build_clean_docx("Harbour reopens\nIn May.", title="Harbour", author=""))
    with zipfile.ZipFile(out) as docx:
        core = docx.read("docProps/core.xml").decode()
    assert "python-docx" not in core
    assert "author" not in import_file(out).meta  # reopened: no "By …"


def test_a_compare_without_a_name_tracks_its_changes_as_reviewdesk(tmp_path: Path) -> None:
    first = write_story(tmp_path / "a.docx", revisions=False, comments=False)
    doc = import_file(first)
    assert doc.source is not None and "primary objective" in doc.text
    draft = doc.text.replace("primary objective", "main aim", 1)
    second = tmp_path / "b.docx"
    second.write_bytes(clean_from_source(doc.source, doc.text, draft, author="Reporter").data)
    out = tmp_path / "out.docx"
    compare_files(first, second, out, author="")
    with zipfile.ZipFile(out) as docx:
        body = docx.read("word/document.xml").decode()
    authors = set(re.findall(r'<w:(?:ins|del) [^>]*w:author="([^"]*)"', body))
    assert authors == {"reviewdesk"}


def test_a_comment_that_came_without_a_name_goes_out_without_one(tmp_path: Path) -> None:
    """A reporter's comment with no author in the Word file was exported under the
    editor's name, as if the editor had written it; the editor's own note keeps it."""
    from fixtures_import.docx_parts import comment, comments_xml, para, run, write_docx
    from reviewdesk.cli import main
    from reviewdesk.core.models import Note

    body = para(
        run("The mayor "),
        '<w:commentRangeStart w:id="4"/>',
        run("Ana Ruiz"),
        '<w:commentRangeEnd w:id="4"/>',
        '<w:r><w:commentReference w:id="4"/></w:r>',
        run(" spoke on Monday."),
    )
    source = write_docx(
        tmp_path / "mayor.docx", body, comments=comments_xml(comment(4, "Is this right?", ""))
    )
    library_path = tmp_path / "library.sqlite"
    main(["import", str(source), "--library", str(library_path)])
    with Library(library_path) as library:
        article = library.find_article_by_source(str(source.resolve()))
        assert article is not None and article.id is not None
        (theirs,) = library.notes(article.id)
        assert theirs.origin and not theirs.author
        start = article.draft.index("Monday")
        library.add_note(
            Note(None, article.id, start, start + 6, "Monday", "Which Monday?", created="")
        )
    out = tmp_path / "out.docx"
    main(
        [
            "export", str(source), "--to", "docx-tracked", "-o", str(out),
            "--author", "Jane Editor", "--library", str(library_path),
        ]
    )  # fmt: skip
    with zipfile.ZipFile(out) as docx:
        comments = docx.read("word/comments.xml").decode()
    said = dict(
        (body, author)
        for author, body in re.findall(
            r'<w:comment [^>]*w:author="([^"]*)"[^>]*>.*?<w:t[^>]*>([^<]*)</w:t>', comments
        )
    )
    assert said == {"Is this right?": "", "Which Monday?": "Jane Editor"}, comments
