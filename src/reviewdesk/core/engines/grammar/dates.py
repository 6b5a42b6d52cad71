"""A weekday that does not match its date: "Tuesday, Dec. 3, 2026" was a Thursday.

Only dates that carry a year are checked (without one the day cannot be known);
American ("Tuesday, Dec. 3, 2026") and British ("Tuesday 3 December 2026") orders.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from reviewdesk.core.engines.grammar.findings import Finding, match_case
from reviewdesk.core.models import Category

RULE = "weekday-date"
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?)"
)
_DAY = r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_DATE = re.compile(
    _DAY + r",?\s+(?:the\s+)?(?:" + _MONTH + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.replace("month", "month2") + r")"
    r",?\s+(?P<year>(?:1[6-9]|2[0-9])\d\d)\b"
)


def check_dates(text: str) -> Iterator[Finding]:
    """Weekdays that do not fall on the date beside them."""
    for m in _DATE.finditer(text):
        month_text = (m.group("month") or m.group("month2")).rstrip(".").lower()[:4]
        month = _MONTHS.get(month_text) or _MONTHS.get(month_text[:3])
        day = int(m.group("d1") or m.group("d2"))
        try:
            date = dt.date(int(m.group("year")), month or 0, day)
        except ValueError:
            continue
        actual = _DAYS[date.weekday()]
        written = m.group("weekday")
        if written.lower() == actual:
            continue
        fix = match_case(written, actual)
        yield Finding(
            m.start("weekday"),
            m.end("weekday"),
            RULE,
            f"{date.day} {date.strftime('%B %Y')} falls on a {fix}, not a {written}.",
            (fix,),
            Category.CONSISTENCY,
        )
