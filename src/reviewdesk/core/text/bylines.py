"""Bylines: the line that names who wrote the story ("By Jane Doe", "Jane Doe, Courts
Reporter"); and two other shapes whose lowercase words belong to a name (a particle,
"von"; a species' name in brackets, "(Arion subfuscus)").

A byline is the article's own (the user's key never flags one), and the words in it are
a person's name, however rare: the engines read it as such rather than as a headline,
whose capitals say nothing about names.
"""

from __future__ import annotations

import re

# one word of a name ("Jane", "O'Neil", "Gallego-Lazo", "J."), with lowercase particles
_WORD = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)"
_PARTICLE = r"(?:de|da|di|del|der|van|von|la|le|bin|ibn|al)"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,3}}"
# a desk or a role after the name: a few words, no sentence, no figure
_ROLE = r"[A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,4}"
_BY = re.compile(
    rf"(?:By|Written by|Words by|Reporting by|Story by)\s+(?P<name>{_NAME}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME})*)(?:\s*[,|·•–—-]\s*[^.!?]{{0,80}})?"
)
_WITH_ROLE = re.compile(rf"(?P<name>{_NAME})\s*[,|·•–—]\s*(?:{_ROLE})")

_PARTICLES = frozenset(_PARTICLE[3:-1].split("|")) | {"du", "dos", "das", "ter", "ten", "bint"}
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z][a-zà-ÿ]")

# a species' scientific name in brackets: "(Arion subfuscus)", "(Rana sylvatica)"
# (the species word with a Latin ending: "(Smith agred)" is a slip in brackets)
_BINOMIAL = re.compile(
    r"\((?:[A-Z][a-z]+|[A-Z]\.) ([a-z]{1,}(?:us|um|a|is|i|ae|es|ix|ex|ens|ans))"
    r"(?: [a-z]{3,})?\)"
)

# a capitalised word and a lowercase one alone in brackets: "(Carcharodon carcharias)"; the
# species word may end as Latin ends in no list ("-ias", "-on", "-ax"), so the caller
# weighs the capitalised word (a genus is a word print hardly knows; "(Smith agred)" not)
_BRACKETED_PAIR = re.compile(r"\(([A-Z][a-z]{3,}) ([a-z]{4,})(?: [a-z]{3,})?\)")

__all__ = ["binomial_epithet", "bracketed_genus", "byline_name", "name_particle"]


def byline_name(line: str) -> tuple[int, int] | None:
    """Where the name(s) stand in ``line`` when the line is a byline, else None: "By"
    and a name (with a stamp or a role after it or not), or a name and its desk or role
    after a comma or a bar. A line of a sentence never has either shape."""
    text = line.strip()
    if not text or len(text) > 160 or text[-1] in '.!?:;"”':
        return None
    offset = line.index(text[0])
    m = _BY.fullmatch(text) or _WITH_ROLE.fullmatch(text)
    if m is None:
        return None
    return offset + m.start("name"), offset + m.end("name")


def name_particle(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a lowercase particle inside a name, between two of
    its capitalised words ("John von Neumann", "Vincent van Gogh"): part of the name,
    not a misspelt word."""
    return (
        text[start:end] in _PARTICLES
        and _NAME_BEFORE.search(text, max(0, start - 40), start) is not None
        and _NAME_AFTER.match(text, end) is not None
    )


def binomial_epithet(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the species word of a scientific name in brackets
    after its capitalised genus ("(Arion subfuscus)"): Latin, not a misspelt word."""
    open_at = text.rfind("(", max(0, start - 40), start)
    if open_at < 0:
        return False
    m = _BINOMIAL.match(text, open_at)
    return m is not None and m.start(1) <= start and end <= m.end() - 1


def bracketed_genus(text: str, start: int, end: int) -> str | None:
    """The capitalised word before ``text[start:end]`` when the two stand alone in
    brackets ("(Carcharodon carcharias)" gives "Carcharodon"), else None: a species'
    name whatever its ending, if the caller finds the first word no English word."""
    open_at = text.rfind("(", max(0, start - 40), start)
    if open_at < 0:
        return None
    m = _BRACKETED_PAIR.match(text, open_at)
    if m is None or not (m.start(2) <= start and end <= m.end() - 1):
        return None
    return m.group(1)
