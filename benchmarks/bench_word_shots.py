"""Pictures to look at before calling Word in, Word out done (issue 10).

Run: ``python benchmarks/bench_word_shots.py [--out DIR]`` (needs Xvfb, LibreOffice,
poppler-utils and ImageMagick). Into ``DIR`` (default /tmp/reviewdesk-word-shots):

- ``window.png``: the real window (under Xvfb) on the formatted Word story of the tests
  (Heading 1 title, italic standfirst, bold name with a footnote, a link, a bulleted list,
  a table, a page header, the reporter's revisions and a comment thread);
- ``original.png``, ``tracked.png`` and ``side-by-side.png``: LibreOffice's PDF renders of
  the story and of its tracked export after a few copy-desk edits (in the standfirst, the
  table, the footnote, the header and the list), first pages side by side.

Prints where the files are; look at them as a copy editor would.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "docs" / "screenshots"))

import take  # noqa: E402

from fixtures_import.word_story import write_story  # noqa: E402
from reviewdesk.core.models import Note  # noqa: E402
from reviewdesk.formats import import_file  # noqa: E402
from reviewdesk.formats.docx_rewrite import tracked_from_source  # noqa: E402

EDITS = (
    ("primary objective", "main aim"),
    ("Weeks\nsix", "Weeks\nseven"),
    ("budget office", "finance office"),
    ("Gazette", "Herald"),
    ("Cafés have reopened", "Cafés have reopened\nFerries are running"),
)


def window_shot(story: Path, out: Path) -> None:
    """The window on the story, under its own Xvfb screen."""
    server, display = take.start_xvfb(1400 + 64, 860 + 64)
    try:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        with tempfile.TemporaryDirectory() as home:
            env["HOME"] = home
            env.pop("XDG_CONFIG_HOME", None)
            env.pop("XDG_DATA_HOME", None)
            spec = {"size": (1400, 860), "appearance": "light", "demo_path": str(story)}
            done = subprocess.run(
                [sys.executable, "-c", take.SHOT, json.dumps(spec), str(out)],
                env=env, capture_output=True, text=True, timeout=240, check=False,
            )  # fmt: skip
        if done.returncode != 0 or not out.exists():
            raise SystemExit(f"the window could not be captured:\n{done.stderr[-1500:]}")
    finally:
        server.terminate()
        server.wait(timeout=10)


def tracked(story: Path, out: Path) -> int:
    """The story's tracked export after the copy-desk edits; how many revisions."""
    doc = import_file(story)
    assert doc.source is not None
    draft = doc.text
    for old, new in EDITS:
        draft = draft.replace(old, new, 1)
    start = draft.index("Ana Ruiz")
    notes = [Note(1, 1, start, start + 8, "Ana Ruiz", "Check the spelling", author="Chief Sub")]
    done = tracked_from_source(doc.source, doc.text, draft, notes, doc.structure,
                               author="Copy Desk", name=story.name)  # fmt: skip
    out.write_bytes(done.data)
    return done.revisions


def render(files: list[Path], folder: Path) -> list[Path]:
    """First pages as PNG, through LibreOffice's PDF export and pdftoppm."""
    profile = folder / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pngs = []
    for path in files:
        pdf = folder / f"{path.stem}.pdf"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(folder / path.stem)], check=True)  # fmt: skip
        pngs.append(folder / f"{path.stem}.png")
    return pngs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/reviewdesk-word-shots"))
    args = parser.parse_args()
    for tool in ("Xvfb", "soffice", "pdftoppm", "montage"):
        if shutil.which(tool) is None:
            print(f"bench_word_shots: {tool} is not installed", file=sys.stderr)
            return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    story = write_story(out / "original.docx")
    revisions = tracked(story, out / "tracked.docx")
    window_shot(story, out / "window.png")
    original_png, tracked_png = render([story, out / "tracked.docx"], out)
    side = out / "side-by-side.png"
    montage = ["montage", str(original_png), str(tracked_png), "-tile", "2x1"]
    subprocess.run([*montage, "-geometry", "+12+12", "-background", "#888888", str(side)],
                   check=True)  # fmt: skip
    print(f"tracked export: {revisions} revisions")
    for path in (out / "window.png", original_png, tracked_png, side):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
