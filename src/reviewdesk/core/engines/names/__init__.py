"""Names and consistency: one person, one spelling; one term, one form."""
