"""Desktop integration files agree with the code: one app id, the right command, icons."""

from __future__ import annotations

import configparser
import json
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

import reviewdesk

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
APP_ID = reviewdesk.APP_ID
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
DEMO_DIR = REPO / "src/reviewdesk/resources/demo"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_app_id_is_reverse_dns() -> None:
    parts = APP_ID.split(".")
    assert len(parts) >= 3
    assert all(p and (p[0].isalpha() or p[0] == "_") for p in parts)


def test_packaging_files_are_named_after_the_app_id() -> None:
    assert DESKTOP.is_file()
    assert METAINFO.is_file()
    stray = [
        p.name
        for p in PACKAGING.glob("*")
        if p.suffix in {".desktop", ".xml"} and not p.name.startswith(APP_ID + ".")
    ]
    assert stray == []


def test_desktop_file_launches_the_console_script_with_a_file() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "reviewdesk %f"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert entry["Exec"].split()[0] in scripts


def test_desktop_file_opens_every_format_the_desk_receives() -> None:
    mime_types = [m for m in _desktop_entry()["MimeType"].split(";") if m]
    for wanted in ("text/plain", "text/markdown", DOCX_MIME, "text/html"):
        assert wanted in mime_types


def test_metainfo_names_the_same_app_and_desktop_file() -> None:
    root = ET.parse(METAINFO).getroot()  # raises on malformed XML
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchables = root.findall("launchable")
    assert [(el.get("type"), el.text) for el in launchables] == [
        ("desktop-id", f"{APP_ID}.desktop")
    ]
    assert root.findtext("provides/binary") == "reviewdesk"
    assert root.findtext("metadata_license")
    assert root.findtext("summary")


def test_icons_exist_under_the_app_id() -> None:
    svg = PACKAGING / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    png = PACKAGING / "icons/hicolor/256x256/apps" / f"{APP_ID}.png"
    assert ET.parse(svg).getroot().tag.endswith("svg")
    assert _png_size(png) == (256, 256)


def test_icon_ships_inside_the_package() -> None:
    icons = resources.files("reviewdesk") / "resources" / "icons"
    svg = icons / "reviewdesk.svg"
    assert svg.is_file()
    assert b"<svg" in svg.read_bytes()
    assert (REPO / "resources/icons/reviewdesk.svg").read_bytes() == svg.read_bytes()


def test_demo_and_style_sheet_ship_inside_the_package() -> None:
    """The wheel and the frozen build carry them as package data (pipx users have no repo)."""
    base = resources.files("reviewdesk") / "resources"
    assert (base / "demo" / "newsroom-demo.txt").is_file()
    assert (base / "style" / "default-news.toml").is_file()


def test_demo_article_is_there_for_make_run() -> None:
    demo = REPO / "src/reviewdesk/resources/demo/newsroom-demo.txt"
    text = demo.read_text(encoding="utf-8")
    assert 600 <= len(text.split()) <= 1100
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "src/reviewdesk/resources/demo/newsroom-demo.txt" in makefile


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_file_validates() -> None:
    proc = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in proc.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_metainfo_validates() -> None:
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_demo_answer_key_matches_the_demo_text() -> None:
    """The demo's annotated faults (``newsroom-demo.gold.json``) point at real text."""
    demo = DEMO_DIR / "newsroom-demo.txt"
    gold = json.loads((DEMO_DIR / "newsroom-demo.gold.json").read_text("utf-8"))
    text = demo.read_text(encoding="utf-8")
    assert gold["file"] == demo.name
    categories = {e["category"] for e in gold["errors"]}
    wanted = {"spelling", "grammar", "spacing", "capitalization", "consistency", "debris"}
    assert wanted <= categories
    for error in gold["errors"]:
        assert text[error["start"] : error["end"]] == error["text"]
    for name in gold["correct_names"]:
        assert name in text
