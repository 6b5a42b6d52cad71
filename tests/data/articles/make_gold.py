"""Build the test articles and their gold files from marked-up sources.

A source in ``marked/NAME.marked`` starts with header lines::

    #file: NAME.txt
    #language: en-GB
    #names: José Martínez; Martínez; Zoë

followed by one blank line and the article, where each known fault is written as
``{{wrong text|category|correction|note}}`` (the note may be left out; an empty
correction means "delete"). Offsets are computed here, never by hand.

Run ``python tests/data/articles/make_gold.py`` after editing a source; it rewrites
``NAME.txt`` and ``NAME.gold.json`` next to this file. Give folders as arguments to build
other sets the same way (each with its own ``marked/``), e.g. the blind benchmark sets:
``python tests/data/articles/make_gold.py benchmarks/data/articles/dev
benchmarks/data/articles/heldout``. The tests check that the committed files match their
sources.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MARKED = HERE / "marked"
CATEGORIES = {
    "spelling",
    "grammar",
    "confusion",
    "punctuation",
    "spacing",
    "capitalization",
    "consistency",
    "style",
    "debris",
    "typography",
}
_FAULT = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)


def build(source: str) -> tuple[str, str, dict[str, Any]]:
    """(file name, article text, gold dict) from a marked-up source."""
    header, _, body = source.partition("\n\n")
    meta: dict[str, str] = {}
    for line in header.splitlines():
        key, _, value = line.lstrip("#").partition(":")
        meta[key.strip()] = value.strip()
    out: list[str] = []
    errors: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in _FAULT.finditer(body):
        before = body[pos : m.start()]
        out.append(before)
        length += len(before)
        fields = m.group(1).split("|")
        if len(fields) < 3:
            raise ValueError(f"fault needs text|category|correction: {m.group(0)!r}")
        wrong, category, correction = fields[0], fields[1].strip(), fields[2]
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r} in {m.group(0)!r}")
        errors.append(
            {
                "start": length,
                "end": length + len(wrong),
                "text": wrong,
                "category": category,
                "correction": correction,
                "note": fields[3].strip() if len(fields) > 3 else "",
            }
        )
        out.append(wrong)
        length += len(wrong)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    if "{{" in text or "}}" in text:
        raise ValueError(f"{meta.get('file')}: unbalanced fault markers")
    for err in errors:
        assert text[err["start"] : err["end"]] == err["text"]
    names = [n.strip() for n in meta.get("names", "").split(";") if n.strip()]
    for name in names:
        if name not in text:
            raise ValueError(f"{meta.get('file')}: correct name {name!r} is not in the text")
    gold = {
        "file": meta["file"],
        "language": meta.get("language", "en-US"),
        "errors": errors,
        "correct_names": names,
    }
    return meta["file"], text, gold


def gold_json(gold: dict[str, Any]) -> str:
    """The gold file's text, formatted like the sample's."""
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    """Rebuild every article from its source, here or in the folders given."""
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    from reviewdesk.core.fileio import atomic_write_text

    for folder in [Path(a).resolve() for a in argv] or [HERE]:
        for path in sorted((folder / "marked").glob("*.marked")):
            name, text, gold = build(path.read_text(encoding="utf-8"))
            atomic_write_text(folder / name, text)
            atomic_write_text(folder / name.replace(".txt", ".gold.json"), gold_json(gold))
            print(f"{name}: {len(gold['errors'])} faults, {len(gold['correct_names'])} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
