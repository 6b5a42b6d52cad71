"""The desktop window (PySide6): panes, highlighting, panels and check workers.

Only :mod:`reviewdesk.app` and :mod:`reviewdesk.cli` import this package.
"""
