"""An offline grammar engine beside Harper: agreement, a/an, confused words, verb forms,
compounds and weekday-date slips, from a word lexicon and word-pair counts (no tagger)."""
