"""The window's dialogs: style sheet, checking settings, dictionary, encoding, export, ...

Each dialog is its own module; slow work runs on a :class:`~.jobs.Job` thread.
Nothing is imported here, so opening one dialog never loads the others.
"""
