"""Headers and footers a later section inherits, referenced explicitly where they are revised.

In Word a section without a header (or footer) reference of some type uses the previous
section's. LibreOffice reads such an inherited header as a copy of the earlier one's text
without its tracked changes: after Accept All or Reject All the later section's pages show
the deleted and the inserted words together. When a header or footer part holds tracked
changes, every section that inherits it is therefore given an explicit reference to the
same part (the relationship it already has). Word shows the same header either way, the
part stays one part (its revisions and comments keep unique ids, and reviewdesk still
reads it as one story), and untouched files are left as they are.
"""

from __future__ import annotations

import logging

from lxml import etree

from reviewdesk.formats.docx_package import W_NAMESPACES, Package
from reviewdesk.formats.docx_pieces import rel_id, revision_elements
from reviewdesk.formats.docx_styles import local, wattr

log = logging.getLogger(__name__)

_REFERENCES = ("headerReference", "footerReference")


def _own_references(sect: etree._Element) -> dict[tuple[str, str], etree._Element]:
    own = {}
    for ref in sect:
        name = local(ref)
        if name in _REFERENCES:
            own[(name, wattr(ref, "type") or "default")] = ref
    return own


def pin_inherited_margins(package: Package) -> int:
    """Give each section that inherits a revised header or footer its own reference to it.

    Returns how many references were added (0: the main part is left untouched).
    """
    main = package.main_part()
    if main is None:
        return 0
    targets = {
        rel.id: rel.target
        for rel in package.relationships(main)
        if rel.kind in ("header", "footer") and not rel.external
    }
    revised = {
        rid for rid, part in targets.items()
        if package.has(part) and revision_elements(package.xml(part))
    }  # fmt: skip
    if not revised:
        return 0
    root = package.xml(main)
    sections = [
        el
        for el in root.iter(*(f"{{{ns}}}sectPr" for ns in W_NAMESPACES))
        if local(el.getparent()) != "sectPrChange"  # an earlier version, not a section
    ]
    current: dict[tuple[str, str], etree._Element] = {}
    added = 0
    for sect in sections:
        own = _own_references(sect)
        for key, ref in current.items():
            if key in own or rel_id(ref) not in revised:
                continue
            pinned = etree.Element(ref.tag)
            for name, value in ref.attrib.items():
                pinned.set(name, value)
            sect.insert(_reference_slot(sect), pinned)
            own[key] = pinned
            added += 1
        current.update(own)
    if added:
        package.touch(main)
        log.info("pinned %d inherited header/footer reference(s) holding revisions", added)
    return added


def _reference_slot(sect: etree._Element) -> int:
    """Where a new reference goes: after the section's own references, which come first."""
    slot = 0
    for i, child in enumerate(sect):
        if local(child) in _REFERENCES:
            slot = i + 1
    return slot
