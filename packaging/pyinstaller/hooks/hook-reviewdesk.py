"""PyInstaller hook: every reviewdesk module and its resources.

The command line imports its subcommands by name and the checker runs as a child
module by name, so the import scan alone would miss them.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("reviewdesk")
datas = collect_data_files("reviewdesk")
