"""Whether a second surname one vowel off is a relative's slip or another family.

An article that names "Hana Kimura" three times and then "her mother, Kyoko Kimora"
once has misspelt the mother: a relative introduced as one shares the surname, so a
surname one letter away from the article's usual one, in a relative's introduction, is
the same surname. Two different people with near surnames are each introduced without a
family word, and a name whose ending changes with sex ("Novotný"/"Novotná",
"Tsikhanouski"/"Tsikhanouskaya") differs at its end, which is never taken for a slip.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewdesk.core.engines.names.model import Token

# a family word in the few words before the first name, or in an apposition after it
_BEFORE = re.compile(
    r"\b(?:mother|father|mom|mum|dad|son|daughter|wife|husband|brother|sister|sibling|"
    r"aunt|uncle|cousin|niece|nephew|grandmother|grandfather|grandson|granddaughter|"
    r"stepmother|stepfather|widow|widower|twin|parents?|relative)s?\b"
    r"(?:,?\s+(?:is|was|,|the|professional|former|retired|late|fellow|[a-z]+er))*[,\s]*"
    r"(?:[A-Z][\w'’-]*\s+){0,2}$",
)
_AFTER = re.compile(
    r"^,\s+(?:his|her|their|the\s+\w+'s)\s+(?:mother|father|son|daughter|wife|husband|"
    r"brother|sister|aunt|uncle|cousin|niece|nephew|widow|twin)\b"
)


def introduced_as_relative(tokens: Sequence[Token]) -> bool:
    """Whether one of the surname's places stands in a relative's introduction ("her
    mother is professional wrestler Kyoko Kimora", "Kyoko Kimora, her mother")."""
    for token in tokens:
        text = token.line.text
        before = text[max(0, token.rel_start - 70) : token.rel_start]
        cut = max(before.rfind(". "), before.rfind("; "))
        if cut >= 0:
            before = before[cut + 2 :]
        if _BEFORE.search(before) or _AFTER.match(text[token.rel_end : token.rel_end + 40]):
            return True
    return False


def differs_inside(a: str, b: str) -> bool:
    """Same length, same first letter and same last two: one letter changed inside the
    name ("Kimura"/"Kimora"), not at the end a name's sex or case changes."""
    return len(a) == len(b) and a[:1] == b[:1] and a[-2:] == b[-2:]
