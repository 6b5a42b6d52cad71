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
SPELL_OUT_BELOW = "spell_out_below"
QUOTES = "quotes"
PHRASES_OFF = "phrases_off"
# The families of phrase errors (core.engines.phrase_errors) a desk can turn off
PHRASE_FAMILIES = ("misused", "nonstandard", "redundant")

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
    # numbers below this are written in words ("nine", AP), those from it in figures;
    # 0 writes every number in figures
    spell_out_below: int = 10
    quotes: str = CURLY  # “ ” ‘ ’ (the default) or straight " '
    # phrase errors not to flag, by family: "redundant" ("free gift") is a desk's taste
    # more than "misused" ("baited breath") or "nonstandard" ("irregardless")
    phrases_off: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if (
            not isinstance(self.spell_out_below, int)
            or isinstance(self.spell_out_below, bool)
            or not 0 <= self.spell_out_below <= 101
        ):
            raise ConventionsError("'spell_out_below' must be a whole number from 0 to 101.")
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
        if not isinstance(self.phrases_off, tuple) or any(
            f not in PHRASE_FAMILIES for f in self.phrases_off
        ):
            raise ConventionsError(
                f"'phrases_off' must list some of {', '.join(map(repr, PHRASE_FAMILIES))}."
            )

    def to_dict(self) -> dict[str, Any]:
        """The TOML/JSON form."""
        return {
            SERIAL_COMMA: self.serial_comma,
            ELLIPSIS: self.ellipsis,
            RANGE_DASH: self.range_dash,
            SPELL_OUT_BELOW: self.spell_out_below,
            QUOTES: self.quotes,
            PHRASES_OFF: list(self.phrases_off),
        }

    @classmethod
    def from_dict(cls, data: object) -> Conventions:
        """Read a ``[conventions]`` table; missing keys take AP's choice."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ConventionsError("'conventions' must be a table of choices.")
        known = {SERIAL_COMMA, ELLIPSIS, RANGE_DASH, QUOTES, SPELL_OUT_BELOW, PHRASES_OFF}
        unknown = set(data) - known
        if unknown:
            raise ConventionsError(
                f"Unknown convention {sorted(unknown)[0]!r} (known: serial_comma, "
                "ellipsis, range_dash, quotes, spell_out_below, phrases_off)."
            )
        defaults = cls()
        off = data.get(PHRASES_OFF, defaults.phrases_off)
        if isinstance(off, str) or not isinstance(off, list | tuple):
            raise ConventionsError("'phrases_off' must be a list of families.")
        return cls(
            serial_comma=data.get(SERIAL_COMMA, defaults.serial_comma),
            ellipsis=data.get(ELLIPSIS, defaults.ellipsis),
            range_dash=data.get(RANGE_DASH, defaults.range_dash),
            spell_out_below=data.get(SPELL_OUT_BELOW, defaults.spell_out_below),
            quotes=data.get(QUOTES, defaults.quotes),
            phrases_off=tuple(off),
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
