"""Editing restrictions of a Word file (``w:documentProtection`` in the settings part).

A document protected as read-only, for comments only or for filling in forms lets nobody
accept or reject a tracked change while the protection is enforced: Word greys the
commands out and LibreOffice's Accept All / Reject All leave every change in place. A
tracked export of such a file would hand the reporter changes they cannot decide, so it
stops the protection the way Word's "Stop Protection" does (``w:enforcement="0"``; the
kind of protection and any password hash stay, so it can be turned on again), and says so.
"""

from __future__ import annotations

import logging

from reviewdesk.formats.docx_package import Package
from reviewdesk.formats.docx_styles import wattr, wchild

log = logging.getLogger(__name__)

# Restrictions under which tracked changes cannot be decided. "trackedChanges" is left
# alone: it is the protection a desk asks for so that every edit is tracked.
_BLOCKING = frozenset({"readOnly", "comments", "forms"})
_OFF = frozenset({"0", "false", "off"})

WARNING = (
    "The Word file was protected against editing; the export turns that protection off "
    "(as Word's Stop Protection does) so that the changes can be accepted or rejected"
)


def settings_part(package: Package) -> str | None:
    """The settings part of the main document, if it has one."""
    main = package.main_part()
    if main is None:
        return None
    found = package.related(main, "settings")
    return found[0] if found else None


def stop_blocking_protection(package: Package) -> bool:
    """Turn off an enforced protection that forbids deciding tracked changes; whether it did."""
    part = settings_part(package)
    if part is None:
        return False
    root = package.xml(part)
    protection = wchild(root, "documentProtection")
    if protection is None:
        return False
    edit = wattr(protection, "edit") or "none"
    enforced = (wattr(protection, "enforcement") or "0").lower() not in _OFF
    if not enforced or edit not in _BLOCKING:
        return False
    for name in list(protection.attrib):
        if name.rpartition("}")[2] == "enforcement":
            protection.set(name, "0")
    package.touch(part)
    log.info("stopped the %s protection of %s so changes can be decided", edit, part)
    return True
