"""Web debris: leftovers of a scraped page (breadcrumbs, share lines, duplicates)."""
