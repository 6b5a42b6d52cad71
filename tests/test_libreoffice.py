"""LibreOffice reads our tracked-changes .docx as we meant it.

Each file is converted with ``soffice --headless --convert-to fodt`` (a private profile, a
120 s limit) and the flat ODF is read back: LibreOffice's own view of accept-all and
reject-all must be the draft and the original, it must list as many changes
(``text:changed-region``) as we wrote, and every note must be an ``office:annotation`` with
its text, anchored on its passage.

LibreOffice keeps a comment's anchor outside the surrounding change, so an insertion with a
comment ending inside it shows as two changes; ``TrackedDocument.comment_splits`` counts
those places.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reviewdesk.core.models import Note
from reviewdesk.formats.docx_export import word_paragraphs
from reviewdesk.formats.docx_tracked import TrackedDocument, build_tracked_docx
from reviewdesk.formats.export import compare_files

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

SOFFICE = shutil.which("soffice")
TIMEOUT = 120
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def note(draft: str, passage: str, body: str, occurrence: int = 0) -> Note:
    start = -1
    for _ in range(occurrence + 1):
        start = draft.index(passage, start + 1)
    return Note(None, 1, start, start + len(passage), passage, body)


MIXED_A = "Intro line here.\nThe quick brown fox jumps.\nDelete me entirely.\nKeep this one.\nTail"
MIXED_B = (
    "Intro line there.\nThe quick red fox jumps over.\nKeep this one.\nBrand new paragraph.\n"
    "Tail end"
)
EMOJI_A = "Café 😀 naïve\ttabbed 𝄞 text, Zürich."
EMOJI_B = "Café 😀 naive\ttabbed 𝄞 texts, in Zürich 😀."
PARAS_A = "First sentence. Second sentence.\nJoin me\nto this.\nlast para"
PARAS_B = "Opening.\nFirst sentence.\nSecond sentence.\nJoin me to this."
SAME = "Nothing changes here.\nReally nothing."

CASES: dict[str, tuple[str, str, list[Note]]] = {
    "mixed": (
        MIXED_A,
        MIXED_B,
        [
            note(MIXED_B, "red", "colour?"),
            note(MIXED_B, "Intro", "intro note"),
            note(MIXED_B, "new para", "inside an insertion"),
            note(MIXED_B, "over.\nKeep", "across paragraphs"),
        ],
    ),
    "emoji": (EMOJI_A, EMOJI_B, [note(EMOJI_B, "texts", "after emoji"), note(EMOJI_B, "😀", "e")]),
    "paragraphs": (PARAS_A, PARAS_B, [note(PARAS_B, "Opening.", "new first paragraph")]),
    "unchanged": (SAME, SAME, [note(SAME, "nothing", "a note, no changes")]),
    "empty draft": ("All of this\ngoes away", "", []),
    "trailing newline": ("text\nmore", "text\nmore\n", []),
}


@dataclass
class OdfView:
    """LibreOffice's view of a document, read from its flat ODF export."""

    accepted: str
    rejected: str
    regions: int
    annotations: list[tuple[str, str]] = field(default_factory=list)  # (text, anchor)


def convert(files: list[Path], outdir: Path, profile: Path, fmt: str = "fodt") -> None:
    """Run soffice once for all ``files``; kill the whole process group after 120 s."""
    assert SOFFICE is not None
    command = [
        SOFFICE,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        fmt,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"soffice did not finish within {TIMEOUT} s")
    assert proc.returncode == 0, err.decode(errors="replace")
    for file in files:
        assert (outdir / f"{file.stem}.{fmt}").exists(), out.decode(errors="replace")


def _inline(element: ET.Element, tokens: list[tuple[str, str]]) -> None:
    if element.text:
        tokens.append(("char", element.text))
    for child in element:
        tag = child.tag
        if tag == TEXT + "s":
            tokens.append(("char", " " * int(child.get(TEXT + "c", "1"))))
        elif tag == TEXT + "tab":
            tokens.append(("char", "\t"))
        elif tag == TEXT + "line-break":
            tokens.append(("char", "\n"))
        elif tag == TEXT + "change-start":
            tokens.append(("open", child.get(TEXT + "change-id", "")))
        elif tag == TEXT + "change-end":
            tokens.append(("close", child.get(TEXT + "change-id", "")))
        elif tag == TEXT + "change":
            tokens.append(("point", child.get(TEXT + "change-id", "")))
        elif tag == OFFICE + "annotation":
            body = "\n".join("".join(p.itertext()) for p in child.iter(TEXT + "p"))
            tokens.append(("note", f"{child.get(OFFICE + 'name', '')}\x00{body}"))
        elif tag == OFFICE + "annotation-end":
            tokens.append(("note-end", child.get(OFFICE + "name", "")))
        else:
            _inline(child, tokens)
        if child.tail:
            tokens.append(("char", child.tail))


def _blocks(element: ET.Element, tokens: list[tuple[str, str]]) -> None:
    for child in element:
        if child.tag in (TEXT + "p", TEXT + "h"):
            if tokens:
                tokens.append(("para", "\n"))
            _inline(child, tokens)
        elif child.tag not in (TEXT + "tracked-changes", TEXT + "sequence-decls"):
            _blocks(child, tokens)


def read_fodt(path: Path) -> OdfView:
    root = ET.parse(path).getroot()
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    assert body is not None
    kinds: dict[str, str] = {}
    stored: dict[str, str] = {}
    regions = body.findall(f"{TEXT}tracked-changes/{TEXT}changed-region")
    for region in regions:
        ident = region.get(TEXT + "id", "")
        kind = region[0]
        kinds[ident] = kind.tag.removeprefix(TEXT)
        stored[ident] = "\n".join("".join(p.itertext()) for p in kind.iter(TEXT + "p"))
    tokens: list[tuple[str, str]] = []
    _blocks(body, tokens)

    accepted: list[str] = []
    rejected: list[str] = []
    open_changes: set[str] = set()
    notes: dict[str, tuple[str, int]] = {}
    anchors: dict[str, str] = {}
    for kind, value in tokens:
        if kind == "open":
            open_changes.add(value)
        elif kind == "close":
            open_changes.discard(value)
        elif kind == "point" and kinds.get(value) == "deletion":
            rejected.append(stored[value])
        elif kind == "note":
            name, text = value.split("\x00", 1)
            notes[name] = (text, len("".join(accepted)))
        elif kind == "note-end":
            start = notes[value][1]
            anchors[value] = "".join(accepted)[start:]
        elif kind in ("char", "para"):
            states = {kinds.get(c) for c in open_changes}
            if "deletion" not in states:
                accepted.append(value)
            if "insertion" not in states:
                rejected.append(value)
    annotations = [(text, anchors.get(name, "")) for name, (text, _) in notes.items()]
    return OdfView("".join(accepted), "".join(rejected), len(regions), annotations)


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private LibreOffice user profile for this test module."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return tmp_path_factory.mktemp("lo-profile")


@pytest.fixture(scope="module")
def converted(
    tmp_path_factory: pytest.TempPathFactory, profile: Path
) -> dict[str, tuple[TrackedDocument, Path]]:
    folder = tmp_path_factory.mktemp("lo-docs")
    built: dict[str, tuple[TrackedDocument, Path]] = {}
    for i, (name, (original, draft, notes)) in enumerate(CASES.items()):
        doc = build_tracked_docx(original, draft, notes, author="Desk Editor")
        path = folder / f"case{i}.docx"
        path.write_bytes(doc.data)
        built[name] = (doc, folder / f"case{i}.fodt")
    convert([folder / f"case{i}.docx" for i in range(len(CASES))], folder, profile)
    return built


@pytest.mark.parametrize("name", CASES.keys())
def test_libreoffice_sees_the_same_changes_and_notes(
    converted: dict[str, tuple[TrackedDocument, Path]], name: str
) -> None:
    original, draft, notes = CASES[name]
    doc, fodt = converted[name]
    view = read_fodt(fodt)
    assert view.accepted == draft
    assert view.rejected == original
    assert view.regions == doc.revisions + doc.comment_splits
    expected = sorted((n.body, draft[n.start : n.end]) for n in notes)
    assert sorted(view.annotations) == expected


def test_comment_splits_are_only_where_a_comment_ends_inside_an_insertion(
    converted: dict[str, tuple[TrackedDocument, Path]],
) -> None:
    splits = {name: doc.comment_splits for name, (doc, _) in converted.items()}
    assert splits == {
        "mixed": 1,  # "new para" ends inside the inserted "Brand new paragraph.\n"
        "emoji": 0,
        "paragraphs": 1,  # "Opening." ends before the inserted paragraph mark after it
        "unchanged": 0,
        "empty draft": 0,
        "trailing newline": 0,
    }


def test_libreoffice_reads_the_compare_of_the_users_sample(
    sample_path: Path, tmp_path: Path, profile: Path
) -> None:
    original = sample_path.read_text(encoding="utf-8")
    # a light edit of our own: every "following" capitalised, double spaces squeezed
    edited_text = original.replace("following", "Following").replace("  ", " ")
    edited = tmp_path / "edited.txt"
    edited.write_text(edited_text, encoding="utf-8")
    out = tmp_path / "compare.docx"
    result = compare_files(sample_path, edited, out, author="Desk")
    convert([out], tmp_path, profile)
    view = read_fodt(tmp_path / "compare.fodt")
    # one Word paragraph per paragraph: the sample's blank lines are not in the file
    assert view.accepted == word_paragraphs(edited_text).text
    assert view.rejected == word_paragraphs(original).text
    assert view.regions == result.revisions > 0
