"""The two panes a check is for, as one typed name shared by the window and the service."""

from __future__ import annotations

from enum import StrEnum


class Pane(StrEnum):
    """A pane of the review desk.

    A ``StrEnum`` so it pickles across the process boundary as a plain string and still
    compares equal to the strings stored in older settings and tests.
    """

    ORIGINAL = "original"
    DRAFT = "draft"


ORIGINAL = Pane.ORIGINAL
DRAFT = Pane.DRAFT
PANES: tuple[Pane, Pane] = (Pane.ORIGINAL, Pane.DRAFT)
