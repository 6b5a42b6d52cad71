"""How a consistency finding names each form ("curly “”", "in words"), and which form a
finding keeps, for "Use … everywhere".

The checker's messages list the forms with these labels and their counts; the window's
"Use … everywhere" names the kept form with the same label, so menu and message agree.
"""

from __future__ import annotations

from reviewdesk.core.engines.consistency import reading as rd
from reviewdesk.core.engines.consistency.spellings import SURFACE_FAMILIES

FORM_LABELS: dict[tuple[str, str], str] = {
    ("quotes", "straight"): 'straight "',
    ("quotes", "curly"): "curly “”",
    ("apostrophes", "straight"): "straight '",
    ("apostrophes", "curly"): "curly ’",
    ("dashes", "spaced"): "spaced “ — ”",
    ("dashes", "unspaced"): "unspaced “—”",
    ("dates", "month day"): "“January 5”",
    ("dates", "day month"): "“5 January”",
    ("month-names", "full"): "months in full “December 5”",
    ("month-names", "abbreviated"): "months abbreviated “Dec. 5”",
    ("numbers", "words"): "in words",
    ("numbers", "figures"): "in figures",
    ("headings", "title"): "Title Case",
    ("headings", "sentence"): "Sentence case",
    ("headings", "mixed"): "mixed",
    ("big-numbers", "words"): "in words",
    ("big-numbers", "figures"): "in figures",
    ("ellipses", "dots"): "three dots “...”",
    ("ellipses", "character"): "the character “…”",
    ("times", "pm"): "“7pm”",
    ("times", "p.m."): "“7 p.m.”",
    ("times", "24-hour"): "“19:00”",
    ("units", "spaced"): "spaced “5 kg”",
    ("units", "unspaced"): "unspaced “5kg”",
    ("times", "pm spaced"): "“7 pm”",
    ("times", "four figures"): "“1900”",
    ("thousands", "comma"): "with a comma “37,542”",
    ("thousands", "plain"): "without one “37542”",
    ("date-ordinals", "ordinal"): "with an ordinal “August 4th”",
    ("date-ordinals", "plain"): "without one “August 4”",
    ("dash-marks", "—"): "em dashes “—”",
    ("dash-marks", "–"): "en dashes “–”",
    ("dash-marks", "-"): "hyphens “-”",
    ("term-figures", "capitals"): "in capitals",
    ("term-figures", "capitalised"): "capitalised",
}


def form_label(family: str, form: str) -> str:
    """The label of ``form`` in ``family``: its own words, or the form quoted (“per cent”)."""
    return FORM_LABELS.get((family, form), "“" + form + "”")


def kept_form(rule: str, text: str, start: int, replacement: str) -> str | None:
    """The label of the form a finding of ``rule`` at ``start`` in ``text`` keeps (its fix
    is ``replacement``), or None when it is not a consistency finding of one form.

    The occurrence is read again from its line, as the checker read it: the kept form is
    the one whose wording of that occurrence is the fix ("5 per cent": “per cent”).
    """
    family = rule.removeprefix("consistency-")
    if family == rule:
        return None
    if family == rd.HEADINGS:
        keep = "title" if replacement[:1].isupper() else "sentence"
        return form_label(family, keep)
    if family == "term-case":
        return "“" + replacement + "”"  # the term as the finding keeps it ("Lidl")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    for use in rd.read_line(line):
        if use.family == family and use.start == start - line_start:
            for form, wording in use.alts:
                if wording == replacement:
                    return form_label(family, form)
            if family in SURFACE_FAMILIES:
                return form_label(family, replacement)  # the form is its wording ("Zoë")
    return None
