"""Choices a house style makes that checkers must not overrule: the serial comma, the
ellipsis, the dash in number ranges; and its quotation marks (curly or straight), which
smart quotes as you type follow.

A desk on AP style writes "red, white and blue", "wait ..." and "10-12"; a desk on
Chicago style writes "red, white, and blue", "wait…" and "10–12". Neither is an error,
so a checker's advice for one is noise for the other. :func:`rules_off` names the
engine rules that contradict the sheet, and the engines leave them out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SERIAL_COMMA = "serial_comma"
ELLIPSIS = "ellipsis"
RANGE_DASH = "range_dash"
QUOTES = "quotes"

ELLIPSIS_FORMS = ("dots", "character")
RANGE_DASHES = ("hyphen", "en dash")
CURLY = "curly"
STRAIGHT = "straight"
QUOTE_FORMS = (CURLY, STRAIGHT)

# What each choice means to Harper: the rules that give contrary advice.
_HARPER_RULES_AGAINST: dict[tuple[str, object], tuple[str, ...]] = {
    (SERIAL_COMMA, False): ("OxfordComma",),
    (SERIAL_COMMA, True): ("NoOxfordComma",),
    (ELLIPSIS, "dots"): ("UseEllipsisCharacter", "EllipsisLength"),
    (RANGE_DASH, "hyphen"): ("NumericRangeEnDash",),
}


class ConventionsError(ValueError):
    """A conventions table that cannot be used (the message says why)."""


@dataclass(frozen=True)
class Conventions:
    """The house's choices; the defaults are AP style's."""

    serial_comma: bool = False
    ellipsis: str = "dots"
    range_dash: str = "hyphen"
    quotes: str = CURLY  # “ ” ‘ ’ (the default) or straight " '

    def __post_init__(self) -> None:
        if not isinstance(self.serial_comma, bool):
            raise ConventionsError("'serial_comma' must be true or false.")
        if self.ellipsis not in ELLIPSIS_FORMS:
            raise ConventionsError(
                f"'ellipsis' must be one of {', '.join(map(repr, ELLIPSIS_FORMS))}."
            )
        if self.range_dash not in RANGE_DASHES:
            raise ConventionsError(
                f"'range_dash' must be one of {', '.join(map(repr, RANGE_DASHES))}."
            )
        if self.quotes not in QUOTE_FORMS:
            raise ConventionsError(f"'quotes' must be one of {', '.join(map(repr, QUOTE_FORMS))}.")

    def to_dict(self) -> dict[str, Any]:
        """The TOML/JSON form."""
        return {
            SERIAL_COMMA: self.serial_comma,
            ELLIPSIS: self.ellipsis,
            RANGE_DASH: self.range_dash,
            QUOTES: self.quotes,
        }

    @classmethod
    def from_dict(cls, data: object) -> Conventions:
        """Read a ``[conventions]`` table; missing keys take AP's choice."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ConventionsError("'conventions' must be a table of choices.")
        unknown = set(data) - {SERIAL_COMMA, ELLIPSIS, RANGE_DASH, QUOTES}
        if unknown:
            raise ConventionsError(
                f"Unknown convention {sorted(unknown)[0]!r} (known: serial_comma, "
                "ellipsis, range_dash, quotes)."
            )
        defaults = cls()
        return cls(
            serial_comma=data.get(SERIAL_COMMA, defaults.serial_comma),
            ellipsis=data.get(ELLIPSIS, defaults.ellipsis),
            range_dash=data.get(RANGE_DASH, defaults.range_dash),
            quotes=data.get(QUOTES, defaults.quotes),
        )


def rules_off(conventions: Conventions, engine: str = "harper") -> frozenset[str]:
    """The ``engine``'s rules whose advice the house style contradicts."""
    if engine != "harper":
        return frozenset()
    off: set[str] = set()
    for choice in (
        (SERIAL_COMMA, conventions.serial_comma),
        (ELLIPSIS, conventions.ellipsis),
        (RANGE_DASH, conventions.range_dash),
    ):
        off.update(_HARPER_RULES_AGAINST.get(choice, ()))
    return frozenset(off)
