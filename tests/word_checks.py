"""Checks on Word files shared by the tests and the corpus benchmark: the formatting a
document has (counted from its XML), its text per story as LibreOffice lays it out, and
LibreOffice's own Accept All / Reject All through the UNO helper.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from reviewdesk.core.structure import SpanKind
from reviewdesk.formats.docx_comments import remove_comment_parts, strip_markers
from reviewdesk.formats.docx_map import map_document, story_parts
from reviewdesk.formats.docx_package import Package

HERE = Path(__file__).resolve().parent
UNO_HELPER = HERE / "lo_uno_helper.py"
SYSTEM_PYTHON = Path("/usr/bin/python3")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

FEATURES = (
    "paragraph styles",
    "bold/italic/underline",
    "tables",
    "list numbering",
    "hyperlinks",
    "images",
    "foot/endnotes",
    "headers/footers",
)


def _local(el: etree._Element) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def _on(props: etree._Element | None, name: str) -> bool:
    if props is None:
        return False
    for child in props:
        if _local(child) == name:
            value = next((v for k, v in child.attrib.items() if k.endswith("}val")), "true")
            return value.lower() not in ("0", "false", "off", "none")
    return False


def formatting(data: bytes, view: str = "reject") -> Counter[str]:
    """How much of each formatting feature a document has, counted from its XML.

    Counted in one view of the tracked changes (``reject``: as the original reads;
    ``accept``: as the draft reads), so that edits splitting runs do not change counts:
    styles and numbering per paragraph, b/i/u per character of text.
    """
    skip_tag = "ins" if view == "reject" else "del"
    counts: Counter[str] = Counter()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = zf.namelist()
        parts = [n for n in names if n.startswith("word/") and n.endswith(".xml")]
        for part in parts:
            name = part.rsplit("/", 1)[-1]
            if not name.startswith(("document", "footnotes", "endnotes", "header", "footer")):
                continue
            root = etree.fromstring(zf.read(part))
            sections: list[etree._Element] = []
            for el in root.iter():
                tag = _local(el)
                hidden = any(_local(a) == skip_tag for a in el.iterancestors())
                if hidden:
                    continue
                if tag == "p":
                    ppr = next((c for c in el if _local(c) == "pPr"), None)
                    if ppr is not None:
                        marks = next((c for c in ppr if _local(c) == "rPr"), None)
                        if marks is not None and any(_local(m) == skip_tag for m in marks):
                            continue  # a paragraph this view does not have
                        for c in ppr:
                            if _local(c) == "pStyle":
                                counts["paragraph styles"] += 1
                            elif _local(c) == "numPr":
                                counts["list numbering"] += 1
                elif tag in ("t", "delText"):
                    run = el.getparent()
                    props = None
                    if run is not None:
                        props = next((c for c in run if _local(c) == "rPr"), None)
                    for flag in ("b", "i", "u"):
                        if _on(props, flag):
                            counts["bold/italic/underline"] += sum(
                                not c.isspace() for c in el.text or ""
                            )
                elif tag == "tbl":
                    counts["tables"] += 1
                elif tag == "hyperlink" or (tag == "instrText" and "HYPERLINK" in (el.text or "")):
                    counts["hyperlinks"] += 1
                elif tag in ("blip", "imagedata"):
                    counts["images"] += 1
                elif tag in ("footnoteReference", "endnoteReference"):
                    counts["foot/endnotes"] += 1
                elif tag == "sectPr" and _local(el.getparent()) != "sectPrChange":
                    sections.append(el)
            counts["headers/footers"] += _margins_shown(sections)
    return counts


def _margins_shown(sections: list[etree._Element]) -> int:
    """Header/footer slots (section, kind, type) that show a part: a section without a
    reference of its own shows the previous section's, as in Word, so a reference made
    explicit changes nothing on the page."""
    current: set[tuple[str, str]] = set()
    shown = 0
    for sect in sections:
        for ref in sect:
            if _local(ref) in ("headerReference", "footerReference"):
                kind = next((v for k, v in ref.attrib.items() if k.endswith("}type")), "default")
                current.add((_local(ref), kind))
        shown += len(current)
    return shown


def formatting_kept(original: bytes, result: bytes) -> list[str]:
    """The features ``original`` has whose counts ``result`` does not keep (reject view)."""
    before, after = formatting(original), formatting(result)
    return [f for f in FEATURES if before[f] and before[f] != after[f]]


@dataclass
class Stories:
    """A text cut into stories the way LibreOffice shows them."""

    body: str
    footnotes: list[str]
    endnotes: list[str]
    frames: list[str]
    margins: list[str]

    def as_dict(self) -> dict[str, object]:
        return {
            "body": self.body,
            "footnotes": self.footnotes,
            "endnotes": self.endnotes,
            "frames": self.frames,
            "margins": self.margins,
        }


def stories_of(data: bytes, view: str = "accept") -> Stories:
    """Our reading of a .docx, cut into stories as the UNO helper reports them."""
    textmap = map_document(Package.open(data, "doc.docx"), view)  # type: ignore[arg-type]
    text = textmap.text
    found = Stories("", [], [], [], [])
    margins: set[str] = set()
    for story in textmap.stories:
        piece = text[story.start : story.end]
        if story.kind is None:
            found.body = piece
        elif story.kind is SpanKind.FOOTNOTE:
            found.footnotes.append(piece.strip())
        elif story.kind is SpanKind.ENDNOTE:
            found.endnotes.append(piece.strip())
        elif story.kind is SpanKind.TEXT_BOX:
            found.frames.append(piece)
        elif piece.strip() and story.attrs.get("type") != "unused":
            margins.add(piece.strip("\n"))
    found.frames.sort()
    found.margins = sorted(margins)
    return found


def libreoffice_available() -> bool:
    """Whether soffice and Debian's python3-uno are there."""
    if shutil.which("soffice") is None or not SYSTEM_PYTHON.exists():
        return False
    probe = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True, check=False, timeout=60
    )
    return probe.returncode == 0


def without_comments(data: bytes) -> bytes:
    """The same .docx without its comments (anchors and parts), revisions untouched.

    LibreOffice from Debian's "nogui" packages has no user-interface files, and opening a
    document with comments in a view (needed to Accept All / Reject All) aborts it while
    it builds the comment sidebar; comments are checked through a conversion instead.
    """
    package = Package.open(data, "doc.docx")
    strip_markers(package, story_parts(package))
    remove_comment_parts(package)
    return package.to_bytes()


def libreoffice_views(files: list[Path], profile: Path, timeout: float = 900) -> dict[str, dict]:
    """LibreOffice's Accept All and Reject All of each file (one soffice for all).

    Each file is read from a private copy without its comments (see
    :func:`without_comments`), so LibreOffice never leaves lock files next to it.
    """
    copies = profile / "copies"
    copies.mkdir(parents=True, exist_ok=True)
    named: dict[str, Path] = {}
    for i, path in enumerate(files):
        copy = copies / f"{i}.docx"
        copy.write_bytes(without_comments(path.read_bytes()))
        named[str(copy)] = path
    found = _views([*map(Path, named)], profile, timeout)
    out = {}
    for key, item in found.items():
        item["file"] = str(named[key])
        out[str(named[key])] = item
    return out


def _views(files: list[Path], profile: Path, timeout: float) -> dict[str, dict]:
    proc = subprocess.Popen(
        [str(SYSTEM_PYTHON), str(UNO_HELPER), str(profile), *map(str, files)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise RuntimeError("LibreOffice did not finish in time") from None
    found = {}
    for line in out.splitlines():
        if line.startswith("{"):
            item = json.loads(line)
            found[item["file"]] = item
    if len(found) != len(files):
        raise RuntimeError(f"LibreOffice answered for {len(found)} of {len(files)} files: {err}")
    return found


def normalise(stories: dict[str, object]) -> dict[str, object]:
    """Drop what both sides may lay out differently: empty notes and trailing blank lines."""
    out = dict(stories)
    out["body"] = str(out["body"]).rstrip("\n")
    for key in ("footnotes", "endnotes"):
        out[key] = [s for s in out[key] if s.strip()]  # type: ignore[union-attr]
    out["frames"] = sorted(s.rstrip("\n") for s in out["frames"] if s.strip())  # type: ignore[union-attr]
    out["margins"] = sorted(s for s in out["margins"] if s.strip())  # type: ignore[union-attr]
    return out


def without_end_spaces(stories: dict[str, object]) -> dict[str, object]:
    """The same stories without spaces at the end of a paragraph (normalised first).

    LibreOffice 7.4 drops them from table-cell paragraphs when it opens a .docx, but keeps
    them when they stand before a deletion that Accept All then removes, so its reading
    of the clean export and its Accept All of the tracked one can differ by spaces no
    reader sees (Word keeps them in both).
    """

    def trim(value: str) -> str:
        return "\n".join(line.rstrip(" ") for line in value.split("\n"))

    out: dict[str, object] = {}
    for key, value in stories.items():
        if isinstance(value, str):
            out[key] = trim(value)
        elif isinstance(value, list):
            trimmed = [trim(v) for v in value]
            out[key] = sorted(trimmed) if key in ("frames", "margins") else trimmed
        else:
            out[key] = value
    return out
