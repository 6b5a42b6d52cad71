"""The formatted story of :mod:`fixtures_import.word_story` with a second reviser: the
night editor's own tracked changes in the list, besides the reporter's in the last line.

Tracked changes (all pending), in text order:
1. Night Editor deleted "back " ("Boats are back in the water" reads "Boats are in ...")
2. Night Editor inserted " early" ("Cafés have reopened early")
3. Reporter inserted "will", 4. Reporter deleted "may" ("The ferry will resume")
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from fixtures_import.word_story import TEXT as STORY_TEXT
from fixtures_import.word_story import write_story

NIGHT = 'w:author="Night Editor" w:date="2024-03-15T22:30:00Z"'

#: What reviewdesk reads (every change accepted).
TEXT = STORY_TEXT.replace("Boats are back in", "Boats are in").replace(
    "Cafés have reopened", "Cafés have reopened early"
)
#: With every change rejected.
REJECTED = STORY_TEXT.replace("ferry will resume", "ferry may resume")

_BOATS = "<w:r><w:t>Boats are back in the water</w:t></w:r>"
_BOATS_TRACKED = (
    '<w:r><w:t xml:space="preserve">Boats are </w:t></w:r>'
    f'<w:del w:id="301" {NIGHT}><w:r>'
    '<w:delText xml:space="preserve">back </w:delText></w:r></w:del>'
    "<w:r><w:t>in the water</w:t></w:r>"
)
_CAFES = "<w:r><w:t>Cafés have reopened</w:t></w:r>"
_CAFES_TRACKED = (
    "<w:r><w:t>Cafés have reopened</w:t></w:r>"
    f'<w:ins w:id="302" {NIGHT}><w:r><w:t xml:space="preserve"> early</w:t></w:r></w:ins>'
)


def write_desk_story(path: Path) -> Path:
    """Write the story with both revisers' tracked changes and the comment thread."""
    write_story(path)
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                xml = data.decode("utf-8")
                assert _BOATS in xml and _CAFES in xml
                xml = xml.replace(_BOATS, _BOATS_TRACKED).replace(_CAFES, _CAFES_TRACKED)
                data = xml.encode("utf-8")
            target.writestr(info, data)
    path.write_bytes(out.getvalue())
    return path
