"""Four paragraphs of a made-up news story, the article around which the page-debris
tests put their furniture (shared: the tests differ in the furniture, not the copy)."""

PARAGRAPHS = [
    "The ferry company said on Monday that the northern route would close for three "
    "weeks while engineers replace the landing ramp at Westhaven.",
    "Passengers will be carried by coach between the two harbours, a journey the "
    "company expects to take about forty minutes longer than the crossing.",
    "The company said tickets already bought would be honoured on the coaches, and "
    "that the route would reopen before the summer timetable begins.",
    "Harbour traders said they feared a quiet three weeks, though several planned to "
    "open later in the evening to catch the coach passengers.",
]
