"""PyInstaller hook: every reviewdesk module and its resources.

The command line imports its subcommands by name and the checker runs as a child
module by name, so the import scan alone would miss them. The grammar engine reads
symspellpy's word counts as package data without importing it: listed here so that
its own hook (hook-symspellpy.py) runs.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = [*collect_submodules("reviewdesk"), "symspellpy", "lemminflect"]
datas = collect_data_files("reviewdesk")
