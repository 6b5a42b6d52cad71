"""LibreOffice, driven headless through UNO, reads our Word exports as we meant them.

Accept All gives exactly the clean export (the draft), Reject All exactly the original,
for a formatted story of our own (edited in body, table, footnote and header, with the
reporter's revisions left undecided), for a story protected read-only, for a later
section inheriting an edited header and footer, for a form with check boxes and a
drop-down, for compare, and for a handful of real Word files from ../shared/corpus/docx
(that part skips when the corpus is absent). Every file goes through one soffice process.
The comments (with a reply) are checked through LibreOffice's flat ODF conversion, which
needs no window.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from fixtures_import.word_forms import write_form
from fixtures_import.word_sections import write_sections
from fixtures_import.word_story import REJECTED, TEXT, write_story
from reviewdesk.core.models import Note
from reviewdesk.formats import import_file
from reviewdesk.formats.docx_rewrite import clean_from_source, tracked_from_source
from reviewdesk.formats.export import compare_files
from test_libreoffice import convert, read_fodt
from test_word_protection import protected_story
from word_checks import libreoffice_available, libreoffice_views, normalise, stories_of

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docx"
# formatted reports with notes, headers and lists; a text box; comments; linked text
SAMPLES = (
    "d2p__example.docx",
    "mammoth__text-box.docx",
    "d2p__test_file_with_comments.docx",
    "pydocx__par-hlink-frags.docx",
)
DRAFT = (
    TEXT.replace("primary objective", "main aim")
    .replace("Weeks\nsix", "Weeks\nseven")
    .replace("budget office", "finance office")
    .replace("Gazette", "Herald")
    .replace("Cafés have reopened", "Cafés have reopened\nFerries are running")
)


def edited(text: str, seed: str) -> str:
    """A few word edits spread over the text (replace, insert, delete)."""
    rng = random.Random(seed)
    words = list(re.finditer(r"[^\W\d_]{4,}", text))
    for n, m in enumerate(sorted(rng.sample(words, min(3, len(words))), key=lambda m: -m.start())):
        if n == 0:
            text = text[: m.start()] + "Revised" + text[m.end() :]
        elif n == 1:
            text = text[: m.end()] + " newly" + text[m.end() :]
        else:
            text = text[: m.start()] + text[m.end() :]
    return text


def write_set(folder: Path, name: str, original: Path, draft: str, notes: list[Note]) -> dict:
    doc = import_file(original)
    assert doc.source is not None
    tracked = tracked_from_source(doc.source, doc.text, draft, notes, doc.structure,
                                  author="Desk", name=original.name)  # fmt: skip
    clean = clean_from_source(doc.source, doc.text, draft, doc.structure, author="Desk")
    files = {
        "original": original,
        **{kind: folder / f"{name}.{kind}.docx" for kind in ("tracked", "clean", "compare")},
    }
    files["tracked"].write_bytes(tracked.data)
    files["clean"].write_bytes(clean.data)
    compare_files(original, files["clean"], files["compare"], author="Desk", overwrite=True)
    return files


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """Every file of every case through one LibreOffice."""
    if not libreoffice_available():
        pytest.skip("LibreOffice with python3-uno is not installed")
    folder = tmp_path_factory.mktemp("word-lo")
    story = write_story(folder / "story.docx")
    start = DRAFT.index("Ana Ruiz")
    notes = [
        Note(1, 1, start, start + 8, "Ana Ruiz", "Check the spelling", author="Chief Sub"),
        Note(2, 1, start, start + 8, "Ana Ruiz", "Checked, it is right", author="Reporter",
             parent_id=1),
    ]  # fmt: skip
    cases = {"story": write_set(folder, "story", story, DRAFT, notes)}
    # read-only protected: LibreOffice (as Word) decides no change while it is enforced
    locked = protected_story(folder / "protected.docx")
    locked_text = import_file(locked).text
    cases["protected"] = write_set(
        folder, "protected", locked, locked_text.replace("primary objective", "main aim"), []
    )
    # a later section inherits the header and footer edited (LibreOffice lost their
    # revisions in its copy of them until the section got a reference of its own)
    sections = write_sections(folder / "sections.docx")
    sections_text = import_file(sections).text
    sections_draft = sections_text.replace("city edition", "late edition").replace(
        "city desk", "news desk"
    )
    cases["sections"] = write_set(folder, "sections", sections, sections_draft, [])
    # a form: edits beside check boxes and a drop-down, whose values are text to us only
    form = write_form(folder / "form.docx")
    form_text = import_file(form).text
    form_draft = form_text.replace("harbour master", "port authority").replace("Source:", "From:")
    cases["form"] = write_set(folder, "form", form, form_draft, [])
    for name in SAMPLES if CORPUS.is_dir() else ():
        doc = import_file(CORPUS / name)
        cases[name] = write_set(folder, Path(name).stem, CORPUS / name, edited(doc.text, name), [])
    files = [path for case in cases.values() for path in case.values()]
    views = libreoffice_views(files, folder / "profile")
    convert([cases["story"]["tracked"]], folder, folder / "profile-fodt")
    return {
        name: {kind: views[str(path)] for kind, path in case.items()} | {"files": case}
        for name, case in cases.items()
    }


def _exact(views: dict, kind: str) -> tuple[bool, bool]:
    assert "error" not in views[kind], views[kind]
    draft = normalise(views["clean"]["accept"])
    original = normalise(views["original"]["reject"])
    return normalise(views[kind]["accept"]) == draft, normalise(views[kind]["reject"]) == original


def test_libreoffice_accepts_our_story_into_the_draft_and_rejects_it_into_the_original(
    seen: dict,
) -> None:
    views = seen["story"]
    accepted, rejected = views["tracked"]["accept"], views["tracked"]["reject"]
    assert accepted == views["clean"]["accept"]  # LibreOffice's reading of the draft
    assert rejected == views["original"]["reject"]
    # LibreOffice writes a footnote's number into the text ("expected.1 Read"): drop it
    body = accepted["body"].replace(".1 Read", ". Read")
    ours = stories_of(views["files"]["clean"].read_bytes())
    assert (body, accepted["footnotes"], accepted["margins"]) == (
        ours.body,
        ours.footnotes,
        ours.margins,
    )
    assert "\n".join([body, *accepted["footnotes"], *accepted["margins"]]) == DRAFT
    body = rejected["body"].replace(".1 Read", ". Read")
    assert "\n".join([body, *rejected["footnotes"], *rejected["margins"]]) == REJECTED
    assert views["tracked"]["changes"] > 0


@pytest.mark.parametrize("kind", ["tracked", "compare"])
def test_libreoffice_accept_and_reject_are_exact(seen: dict, kind: str) -> None:
    for name, views in seen.items():
        assert _exact(views, kind) == (True, True), name


def test_libreoffice_shows_the_notes_as_comments_with_the_reply(seen: dict, tmp_path: Path) -> None:
    tracked = seen["story"]["files"]["tracked"]
    view = read_fodt(tracked.with_suffix(".fodt"))
    assert sorted(view.annotations) == [
        ("Check the spelling", "Ana Ruiz"),
        ("Checked, it is right", "Ana Ruiz"),
    ]
