"""Every real Word file of ../shared/corpus/docx (101 files from three projects' test
suites) imports without a crash, and with a few word edits made (in the body and in a
later story: a footnote, header or text box) its tracked export and ``compare`` keep every
formatting feature the original has (counted from the XML: paragraph styles,
bold/italic/underline, tables, list numbering, hyperlinks, images, notes, headers and
footers), and read back as the draft (every change accepted; an edit Word cannot track is
left out with a warning) and the original (every change rejected).

Skips only when the corpus is absent. LibreOffice's own Accept All / Reject All over the
whole corpus is benchmarks/bench_word.py (too slow for the suite), over a sample
test_word_libreoffice.py.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from reviewdesk.formats import import_file
from reviewdesk.formats.docx_map import map_document
from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_rewrite import clean_from_source, tracked_from_source
from reviewdesk.formats.export import compare_files
from word_checks import formatting_kept

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docx"
FILES = sorted(CORPUS.glob("*.docx")) if CORPUS.is_dir() else []
WORD = re.compile(r"[^\W\d_]{3,}")


def edited(text: str, later: int, seed: str) -> str:
    """Replace one word, insert after another, delete a third; one edit after ``later``."""
    rng = random.Random(seed)
    words = list(WORD.finditer(text))
    if not words:
        return text
    chosen = {m.start(): m for m in rng.sample(words, min(3, len(words)))}
    tail = [m for m in words if m.start() > later]
    if tail:
        pick = rng.choice(tail)
        chosen[pick.start()] = pick
    for n, m in enumerate(sorted(chosen.values(), key=lambda m: -m.start())):
        if n % 3 == 0:
            text = text[: m.start()] + "Edited" + text[m.end() :]
        elif n % 3 == 1:
            text = text[: m.end()] + " inserted" + text[m.end() :]
        else:
            text = text[: m.start()] + text[m.end() :]
    return text


@pytest.mark.skipif(not FILES, reason="../shared/corpus/docx is not there")
def test_the_corpus_is_all_there() -> None:
    assert len(FILES) >= 100


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_real_word_file_keeps_its_formatting_through_export_and_compare(
    path: Path, tmp_path: Path
) -> None:
    doc = import_file(path)
    assert doc.source is not None
    stories = doc.structure.stories()
    later = stories[0].start if stories else len(doc.text)
    draft = edited(doc.text, later, path.name)
    tracked = tracked_from_source(doc.source, doc.text, draft, structure=doc.structure,
                                  author="Desk", name=path.name)  # fmt: skip
    package = Package.open(tracked.data, path.name)
    accepted = map_document(package).text
    if accepted != draft:  # an edit Word cannot track (inside an equation...): said so
        assert any("left out" in w for w in tracked.warnings), tracked.warnings
    original = path.read_bytes()
    assert (
        map_document(package, "reject").text
        == map_document(Package.open(original, path.name), "reject").text
    )
    assert formatting_kept(original, tracked.data) == []
    clean = clean_from_source(doc.source, doc.text, draft, doc.structure, author="Desk")
    assert map_document(Package.open(clean.data, path.name)).text == accepted
    (tmp_path / "edited.docx").write_bytes(clean.data)
    compare_files(path, tmp_path / "edited.docx", tmp_path / "compared.docx", author="Desk")
    assert formatting_kept(original, (tmp_path / "compared.docx").read_bytes()) == []
