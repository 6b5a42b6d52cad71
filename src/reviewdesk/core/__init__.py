"""Plain-Python core: models, text and offsets, checkers and their merging. No Qt here."""
