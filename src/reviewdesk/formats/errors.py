"""Errors the importers and exporters raise; their messages are shown to users as they are."""


class FormatError(Exception):
    """A file could not be read or written. ``str(exc)`` is a one-line, plain message."""
