"""A two-section Word story whose second section inherits the first one's page header and
footer (no references of its own), as Word stores a section "linked to previous"."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_SECTION

HEADER = "Port Ellis Gazette, city edition"
FOOTER = "Page footer of the city desk"
FIRST = "The council met on Monday to discuss the harbour."
SECOND = "A later section with its own page set-up, landscape."
#: The story's text as reviewdesk reads it: body (the section break is an empty
#: paragraph of its own, as python-docx writes it), then header, then footer.
TEXT = f"{FIRST}\n\n{SECOND}\n{HEADER}\n{FOOTER}"


def write_sections(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph(FIRST)
    first = d.sections[0]
    first.header.paragraphs[0].text = HEADER
    first.footer.paragraphs[0].text = FOOTER
    later = d.add_section(WD_SECTION.NEW_PAGE)
    later.orientation = 1  # landscape: a section of its own for a reason
    later.page_width, later.page_height = first.page_height, first.page_width
    d.add_paragraph(SECOND)
    assert later.header.is_linked_to_previous and later.footer.is_linked_to_previous
    d.save(str(path))
    return path
