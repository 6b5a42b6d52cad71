"""White space and letters that lay a page out rather than belong to its sentences.

One definition for every engine: Harper's spacing rules and the mechanics engine's
double space ask the same question of a run of white space, so a Word file's tab stops
or a form's blanks are never a slip to one engine and layout to the other; Harper's
spelling and pronoun rules ask the same of a single letter that labels an item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# a run of spaces and tabs between two characters that are not white space
_SPACE_RUN = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")


def layout_space(text: str, start: int, end: int) -> bool:
    """Whether the white space ``text[start:end]`` lays the page out rather than slips
    between words: it holds a tab (a Word file's tab stops), starts or ends its line
    (an indent, the invisible end of a line), or is three spaces or more (a form's blank,
    columns lined up by hand). A doubled space between words or after a sentence is the
    slip, and the only one."""
    run = text[start:end]
    if "\t" in run or len(run) >= 3:
        return True
    return start == 0 or text[start - 1] == "\n" or end >= len(text) or text[end] == "\n"


def doubled_spaces(text: str) -> Iterator[tuple[int, int]]:
    """The spans of white space between words that are a typing slip (two spaces where
    one belongs), leaving out every run :func:`layout_space` calls layout."""
    if "  " not in text and "\t" not in text:
        return
    for m in _SPACE_RUN.finditer(text):
        if not layout_space(text, m.start(), m.end()):
            yield m.span()


def label_letter(text: str, start: int, end: int) -> bool:
    """Whether the single letter ``text[start:end]`` labels an item rather than being a
    word: in brackets of its own ("(i)", "5.201(b)(1)(i)"), or the whole of its line (a
    list's or a table column's item)."""
    if end - start != 1:
        return False
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return not (text[line_start:start] + rest).strip()
