"""One occurrence of a convention in a line (shared by the line readers)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Use:
    """One occurrence: its family and key, its form, its span in the line, and how it
    reads in each form of the family (form -> text)."""

    family: str
    key: str
    form: str
    start: int
    end: int
    alts: tuple[tuple[str, str], ...] = ()

    def as_form(self, form: str) -> str | None:
        return next((text for f, text in self.alts if f == form), None)
