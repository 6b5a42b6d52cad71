"""What an imported file said about itself, as the window and the report show it."""

from __future__ import annotations

from reviewdesk.core.source_details import source_details, source_line

PAGE = {
    "title": "Harbour reopens",
    "author": "Maria  Lindqvist",
    "date": "2024-03-14T09:30:00Z",
    "sitename": "The Coastal Herald",
    "url": "https://herald.example/world/harbour-reopens",
}


def test_details_in_reading_order_with_the_date_only() -> None:
    assert source_details(PAGE) == [
        ("By", "Maria Lindqvist"),
        ("Published", "2024-03-14"),
        ("Site", "The Coastal Herald"),
        ("Web address", "https://herald.example/world/harbour-reopens"),
    ]
    assert source_line(PAGE) == "By Maria Lindqvist · The Coastal Herald · 2024-03-14"


def test_missing_details_leave_no_gaps() -> None:
    assert source_line({"sitename": "The Coastal Herald"}) == "The Coastal Herald"
    assert source_line({"date": "14 March 2024", "url": "https://x.example"}) == "14 March 2024"
    assert source_line({}) == "" and source_details({"import_warnings": "x"}) == []
