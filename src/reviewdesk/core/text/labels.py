"""Speaker labels in interviews and transcripts: "**Jane Doe:**", "Jane Doe:", "Q:".

One definition for every engine: the names engine takes a label's words for a name, and
the mechanics engine checks that the answer after it starts with a capital.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL_RE = re.compile(
    r"^[ \t]*(?:(?P<b1>\*\*|__)(?P<n1>[^*_\n:]{1,60}?)[ \t]*:(?P=b1)"  # **Jane Doe:**
    r"|(?P<b2>\*\*|__)(?P<n2>[^*_\n:]{1,60}?)(?P=b2)[ \t]*:"  # **Jane Doe**:
    r"|(?P<n3>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]*:(?=[ \t]|$))"  # Jane Doe:
)
MAX_NAME_WORDS = 5
# One-word labels that name a role rather than a person.
ROLE_LABELS = frozenset({"Q", "A", "Question", "Answer"})


@dataclass(frozen=True, slots=True)
class SpeakerLabel:
    """A label at the start of a line: the name in it, and where the label ends.

    ``end`` is just past the colon (and the closing bold marks, if any), where the
    speaker's words begin.
    """

    start: int
    end: int  # end of the name
    label_end: int
    name: str
    bold: bool  # written "**Jane Doe:**" or "**Jane Doe**:"

    @property
    def words(self) -> int:
        """How many words the name has."""
        return len(self.name.split())

    @property
    def is_certain(self) -> bool:
        """Bold, or two words or more, or Q/A: not a one-word heading such as "Update:"."""
        return self.bold or self.words >= 2 or self.name in ROLE_LABELS


def speaker_label(line: str) -> SpeakerLabel | None:
    """The speaker label that opens ``line``, or None.

    A plain one-word label ("Update:") may as well be a heading; callers that need to be
    sure take bold labels, names of two words or more, or :data:`ROLE_LABELS`
    (:meth:`SpeakerLabel.is_certain`).

    The name must start with a capital and have one to five words; a bold phrase such as
    "**note:**" is not a speaker.
    """
    m = _LABEL_RE.match(line)
    if m is None:
        return None
    group = next(g for g in ("n1", "n2", "n3") if m.group(g) is not None)
    s, e = m.span(group)
    raw = line[s:e]
    name = raw.strip()
    if not (1 <= len(name.split()) <= MAX_NAME_WORDS and name[:1].isupper()):
        return None
    start = s + len(raw) - len(raw.lstrip())
    return SpeakerLabel(start, start + len(name), m.end(), name, group != "n3")
