"""Word in, Word out over a corpus of real .docx files, plus timings (issue 10).

Run: ``python benchmarks/bench_word.py [--no-libreoffice] [FOLDER]`` (default folder:
``../shared/corpus/docx``). For every file: import it, make a few word edits (in the body
and, when there is one, in a footnote, header or text box), add a note, then

- write the tracked export and the clean export into the file itself, and compare the
  original with the clean export (``reviewdesk compare A.docx B.docx``);
- count the formatting features of the original (paragraph styles, bold/italic/underline,
  tables, list numbering, hyperlinks, images, foot/endnotes, headers/footers) in the XML
  and check the tracked export and the compare keep every one;
- have LibreOffice (headless, through UNO, one soffice for all files) Accept All and
  Reject All: Accept All must read exactly as the clean export (the draft, in
  LibreOffice's own reading) and Reject All exactly as the original.

Prints "formatting kept N/M, accept exact N/M, reject exact N/M", then the export and
compare times for a 50-page formatted report (target <= 1 s each) and the revision count
for two small insertions into a 50k-word article of repeated paragraphs.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import docx  # noqa: E402
from lxml import etree  # noqa: E402

from reviewdesk.core.anchors import Anchor, follow  # noqa: E402
from reviewdesk.core.models import Note  # noqa: E402
from reviewdesk.core.structure import changes_between  # noqa: E402
from reviewdesk.formats import import_file  # noqa: E402
from reviewdesk.formats.docx_rewrite import clean_from_source, tracked_from_source  # noqa: E402
from reviewdesk.formats.export import compare_files  # noqa: E402
from word_checks import (  # noqa: E402
    formatting_kept,
    libreoffice_available,
    libreoffice_views,
    normalise,
    stories_of,
    without_end_spaces,
)

CORPUS = REPO.parent / "shared" / "corpus" / "docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass
class Case:
    """One corpus file's round trip."""

    name: str
    files: dict[str, Path] = field(default_factory=dict)
    kept: bool = True
    lost: list[str] = field(default_factory=list)
    error: str = ""
    edits: int = 0
    revisions: int = 0


def edit(text: str, story_starts: list[int], seed: str) -> tuple[str, int]:
    """A few word edits: replace, insert after, delete; one inside a later story if any."""
    rng = random.Random(seed)
    words = [m for m in WORD.finditer(text)]
    if not words:
        return text, 0
    body_end = story_starts[0] if story_starts else len(text)
    body = [m for m in words if m.end() <= body_end] or words
    picks = sorted({rng.randrange(len(body)) for _ in range(3)})
    chosen = [body[i] for i in picks]
    later = [m for m in words if m.start() > body_end]
    if later:
        chosen.append(rng.choice(later))
    chosen = sorted({m.start(): m for m in chosen}.values(), key=lambda m: m.start())
    for n, m in enumerate(reversed(chosen)):
        kind = n % 3
        if kind == 0:
            text = text[: m.start()] + m.group().upper()[:1] + "edited" + text[m.end() :]
        elif kind == 1:
            text = text[: m.end()] + " inserted" + text[m.end() :]
        else:
            gone = m.end() + 1 if text[m.end() : m.end() + 1] == " " else m.end()
            text = text[: m.start()] + text[gone:]
    return text, len(chosen)


def round_trip(path: Path, out: Path) -> Case:
    case = Case(path.name)
    doc = import_file(path)
    assert doc.source is not None
    starts = [s.start for s in doc.structure.stories()]
    draft, case.edits = edit(doc.text, starts, path.name)
    changes = changes_between(doc.text, draft)
    notes = []
    for i, note in enumerate(doc.review_notes()):
        moved = follow(Anchor(note.start, note.end), changes)
        notes.append(Note(i, 0, moved.start, moved.end, "", note.body, author=note.author,
                          resolved=note.resolved, created=note.created,
                          parent_id=note.parent_id, origin=note.origin))  # fmt: skip
    if draft:
        notes.append(Note(len(notes), 0, 0, min(len(draft), 12), "", "Check this", author="Desk"))
    tracked = tracked_from_source(doc.source, doc.text, draft, notes, doc.structure,
                                  author="Desk", name=path.name)  # fmt: skip
    clean = clean_from_source(doc.source, doc.text, draft, doc.structure, author="Desk")
    case.revisions = tracked.revisions
    stem = out / path.stem
    files = {
        "original": path,
        **{kind: Path(f"{stem}.{kind}.docx") for kind in ("tracked", "clean", "compare")},
    }
    files["tracked"].write_bytes(tracked.data)
    files["clean"].write_bytes(clean.data)
    compare_files(path, files["clean"], files["compare"], author="Desk", overwrite=True)
    case.files = files
    original = path.read_bytes()
    for label in ("tracked", "compare"):
        lost = formatting_kept(original, files[label].read_bytes())
        case.lost += [f"{label}: {f}" for f in lost]
    case.kept = not case.lost
    return case


def first_difference(a: dict[str, object], b: dict[str, object]) -> str:
    """Where two LibreOffice readings first differ: the story and some text either side."""
    for key in a:
        x, y = a[key], b.get(key)
        if x == y:
            continue
        if isinstance(x, list) and isinstance(y, list):
            if len(x) != len(y):
                return f"{key}: {len(x)} vs {len(y)} ({[v for v in x if v not in y][:2]!r})"
            i = next(i for i, (u, v) in enumerate(zip(x, y, strict=True)) if u != v)
            key, x, y = f"{key}[{i}]", x[i], y[i]
        x, y = str(x), str(y)
        pairs = enumerate(zip(x, y, strict=False))
        i = next((i for i, (u, v) in pairs if u != v), min(len(x), len(y)))
        return f"{key} at {i}: {x[max(0, i - 30) : i + 30]!r} vs {y[max(0, i - 30) : i + 30]!r}"
    return ""


def untouched_difference(path: Path, view: dict) -> str:
    """How LibreOffice's reading of an untouched original differs from ours ("" if not)."""
    data = path.read_bytes()
    for kind in ("reject", "accept"):
        theirs = normalise(view[kind])
        ours = normalise(stories_of(data, kind).as_dict())
        found = first_difference(theirs, ours)
        if found:
            return f"{kind} view, {found}"
    return ""


def shared_margins(data: bytes) -> bool:
    """Whether a header/footer part holding tracked changes is inherited by a later section
    (a section without its own reference of that type)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        root = etree.fromstring(zf.read("word/document.xml"))
        rels = etree.fromstring(zf.read("word/_rels/document.xml.rels"))
        target = {r.get("Id"): "word/" + (r.get("Target") or "").lstrip("/") for r in rels}
        revised = {
            name for name in names
            if name.startswith(("word/header", "word/footer"))
            and re.search(rb"<w:(ins|del)\b", zf.read(name))
        }  # fmt: skip
    current: dict[tuple[str, str], str] = {}
    for sect in root.iter(f"{W}sectPr"):
        own = {}
        for ref in sect:
            kind = ref.tag.rpartition("}")[2]
            if kind in ("headerReference", "footerReference"):
                own[(kind, ref.get(f"{W}type") or "default")] = target.get(ref.get(f"{R}id"), "")
        if current and any(k not in own and p in revised for k, p in current.items()):
            return True
        current.update(own)
    return False


def corpus(folder: Path, use_lo: bool, keep: Path | None = None, reuse: bool = False) -> None:
    files = sorted(folder.glob("*.docx"))
    cases: list[Case] = []
    with tempfile.TemporaryDirectory(prefix="bench-word-") as tmp:
        out = Path(tmp)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            out = keep
        started = time.perf_counter()
        for path in files:
            try:
                cases.append(round_trip(path, out))
            except Exception as exc:  # a benchmark reports it and goes on
                case = Case(path.name, kept=False, error=f"{type(exc).__name__}: {exc}")
                traceback.print_exc()
                cases.append(case)
        print(f"{len(files)} files imported and exported in {time.perf_counter() - started:.1f} s")
        ok = [c for c in cases if not c.error]
        kept = sum(c.kept for c in cases)
        accept = reject = compared = quirky = 0
        end_spaces: set[str] = set()
        missed: dict[str, set[str]] = {"lo-original": set(), "shared-margin": set(),
                                       "unexplained": set()}  # fmt: skip
        if use_lo and libreoffice_available():
            wanted = [c.files[k] for c in ok for k in ("original", "tracked", "clean", "compare")]
            started = time.perf_counter()
            stored = keep / "views.json" if keep is not None else None
            if reuse and stored is not None and stored.exists():
                by_name = json.loads(stored.read_text())
                seen = {str(p): by_name[p.name] for p in wanted}
            else:
                seen = libreoffice_views(wanted, out / "profile", timeout=3600)
            if stored is not None:
                by_name = {Path(k).name: v for k, v in seen.items()}
                stored.write_text(json.dumps(by_name, ensure_ascii=False))
            print(f"LibreOffice read {len(wanted)} files in {time.perf_counter() - started:.0f} s")
            for c in ok:
                views = {k: seen[str(p)] for k, p in c.files.items()}
                if any("error" in v for v in views.values()):
                    errors = [v.get("error") for v in views.values()]
                    print(f"  {c.name}: LibreOffice failed: {errors}")
                    continue
                draft = normalise(views["clean"]["accept"])
                orig = normalise(views["original"]["reject"])
                tracked_accept = normalise(views["tracked"]["accept"])
                tracked_reject = normalise(views["tracked"]["reject"])
                pairs = {
                    "accept": [(tracked_accept, draft)],
                    "reject": [(tracked_reject, orig)],
                    "compare": [(normalise(views["compare"]["accept"]), draft),
                                (normalise(views["compare"]["reject"]), orig)],
                }  # fmt: skip
                strict = {k: all(a == b for a, b in p) for k, p in pairs.items()}
                loose = {k: all(without_end_spaces(a) == without_end_spaces(b) for a, b in p)
                         for k, p in pairs.items()}  # fmt: skip
                acc_ok, rej_ok, cmp_ok = loose["accept"], loose["reject"], loose["compare"]
                if any(loose[k] and not strict[k] for k in pairs):
                    end_spaces.add(c.name)
                    print(
                        f"  {c.name}: exact but for spaces at a paragraph's end "
                        f"({', '.join(k for k in pairs if loose[k] and not strict[k])})"
                    )
                accept += acc_ok
                reject += rej_ok
                compared += cmp_ok
                untouched = untouched_difference(c.files["original"], views["original"])
                quirky += bool(untouched)
                if acc_ok and rej_ok and cmp_ok:
                    continue
                # one cause per miss, the most specific first
                cause = "unexplained"
                if shared_margins(c.files["tracked"].read_bytes()):
                    cause = "shared-margin"
                    print(f"  {c.name}: a header/footer with tracked changes is shared by "
                          "a later section (LibreOffice copies it, not its changes)")  # fmt: skip
                elif untouched:
                    cause = "lo-original"
                    print(f"  {c.name}: LibreOffice reads the untouched original differently "
                          f"from reviewdesk: {untouched}")  # fmt: skip
                    inputs = views["original"].get("input_fields", 0)
                    if inputs:
                        print(f"    LibreOffice made {inputs} content control(s) of the "
                              "original into text input fields, which hold no tracked "
                              "change")  # fmt: skip
                print(f"  {c.name}: accept {acc_ok} reject {rej_ok} compare {cmp_ok}")
                if not acc_ok:
                    print(f"    accept: {first_difference(tracked_accept, draft)}")
                if not rej_ok:
                    print(f"    reject: {first_difference(tracked_reject, orig)}")
                missed[cause].add(c.name)
        elif use_lo:
            print("LibreOffice (soffice + python3-uno) not available: accept/reject not measured")
        else:
            print("LibreOffice not asked for (--no-libreoffice): accept/reject not measured")
        for c in cases:
            if c.error or c.lost:
                print(f"  {c.name}: {c.error or ', '.join(c.lost)}")
        n = len(cases)
        print(f"formatting kept {kept}/{n}, accept exact {accept}/{n}, reject exact {reject}/{n}")
        if use_lo and libreoffice_available():
            print(f"  {len(missed['lo-original'])} files where LibreOffice reads the untouched "
                  f"original differently, {len(missed['shared-margin'])} where LibreOffice drops "
                  "the tracked changes of a header/footer shared by a later section, "
                  f"{len(missed['unexplained'])} unexplained")  # fmt: skip
            print(f"  (LibreOffice reads {quirky}/{len(ok)} untouched originals differently "
                  "from reviewdesk, most without a miss)")  # fmt: skip
            print(f"  {len(end_spaces)} counted exact differ only by spaces at a paragraph's "
                  "end, which LibreOffice drops from table cells when it opens a file but not "
                  "after Accept All (Word keeps them)")  # fmt: skip
        print(f"compare: accept and reject exact {compared}/{n}")
        edits, revisions = sum(c.edits for c in ok), sum(c.revisions for c in ok)
        print(f"edits made {edits}, revisions written {revisions}")


def report(pages: int = 50) -> bytes:
    """A formatted report of about ``pages`` pages: headings, bold and italic, lists, tables."""
    rng = random.Random(7)
    words = [
        "harbour", "council", "budget", "ferry", "storm", "repair", "engineer", "tide",
        "permit", "bridge", "school", "market", "station", "library", "election", "mayor",
    ]  # fmt: skip
    d = docx.Document()
    d.add_heading("Annual harbour report", 0)
    for section in range(pages):
        d.add_heading(f"Section {section + 1}: the {rng.choice(words)} review", 1)
        for _ in range(3):
            p = d.add_paragraph()
            for _ in range(8):
                sentence = " ".join(rng.choice(words) for _ in range(12)).capitalize() + ". "
                run = p.add_run(sentence)
                run.bold = rng.random() < 0.1
                run.italic = rng.random() < 0.1
        for _ in range(3):
            d.add_paragraph(" ".join(rng.choice(words) for _ in range(8)), style="List Bullet")
        table = d.add_table(rows=4, cols=3)
        for row in table.rows:
            for cell in row.cells:
                cell.text = rng.choice(words)
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def timings() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-word-") as tmp:
        path = Path(tmp) / "report.docx"
        path.write_bytes(report())
        doc = import_file(path)
        assert doc.source is not None
        draft, edits = edit(doc.text, [], "report")
        words = len(doc.text.split())
        best = {"tracked": (1e9, 0.0), "clean": (1e9, 0.0), "compare": (1e9, 0.0)}

        def timed(label: str, work: Callable[[], object]) -> object:
            wall, cpu = time.perf_counter(), time.process_time()
            result = work()
            took = (time.perf_counter() - wall, time.process_time() - cpu)
            best[label] = min(best[label], took)
            return result

        edited = Path(tmp) / "edited.docx"
        for _ in range(3):
            tracked = timed("tracked", lambda: tracked_from_source(
                doc.source, doc.text, draft, author="Desk"))  # fmt: skip
            clean = timed("clean", lambda: clean_from_source(
                doc.source, doc.text, draft, author="Desk"))  # fmt: skip
            edited.write_bytes(clean.data)  # type: ignore[attr-defined]
            timed("compare", lambda: compare_files(path, edited, Path(tmp) / "out.docx",
                                                   author="Desk", overwrite=True))  # fmt: skip
        revisions = tracked.revisions  # type: ignore[attr-defined]
        print(f"50-page report ({words} words, {edits} edits, {revisions} revisions), best "
              "of 3, wall clock (CPU time of this process: load inflates it less):")  # fmt: skip
        times = [f"{label} {w:.2f} s ({c:.2f} s CPU)" for label, (w, c) in best.items()]
        print("  " + ", ".join(times) + " (target <= 1 s each)")


def repetitive() -> None:
    """Two small insertions into 50k words made of a few paragraphs repeated over and over."""
    base = (
        "The council met on {day} to discuss the harbour budget and the repairs that the "
        "storm made necessary, and agreed to meet again next week."
    )  # fmt: skip
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    for label, paragraphs in (
        ("seven paragraphs repeated", [base.format(day=days[i % 7]) for i in range(2000)]),
        ("one paragraph repeated", [base.format(day="Tuesday")] * 2000),
    ):
        original = "\n".join(paragraphs)
        edited = list(paragraphs)
        edited[400] = edited[400].replace(" to discuss", " evening to discuss")
        edited[1200] = edited[1200].replace("harbour budget", "harbour and ferry budget")
        draft = "\n".join(edited)
        d = docx.Document()
        for p in paragraphs:
            d.add_paragraph(p)
        buffer = io.BytesIO()
        d.save(buffer)
        started = time.perf_counter()
        done = tracked_from_source(buffer.getvalue(), original, draft, author="Desk")
        took = time.perf_counter() - started
        print(
            f"repetitive 50k words, {label} ({len(original.split())} words): 2 edits made, "
            f"{done.revisions} revisions written ({done.insertions} insertions, "
            f"{done.deletions} deletions) in {took:.2f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(CORPUS))
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument("--only", choices=("corpus", "timings"), default=None)
    parser.add_argument("--keep", type=Path, help="keep the exports and LibreOffice's views here")
    parser.add_argument("--reuse", action="store_true",
                        help="use LibreOffice's views stored by an earlier --keep run (to work "
                             "on this report; stale once the exporter changes)")  # fmt: skip
    args = parser.parse_args()
    folder = Path(args.folder)
    if args.only != "timings":
        if folder.is_dir():
            corpus(folder, not args.no_libreoffice, args.keep, args.reuse)
        else:
            print(f"{folder} is not there: the corpus round trip was skipped")
    if args.only != "corpus":
        timings()
        repetitive()


if __name__ == "__main__":
    main()
