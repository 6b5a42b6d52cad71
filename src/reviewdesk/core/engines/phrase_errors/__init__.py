"""Phrase-level errors a copy desk catches: misused phrases and malapropisms ("for all
intensive purposes"), nonstandard forms ("irregardless"), and redundancies ("ATM
machine"), each one phrase long and each with its fix, from maintained lists."""
