"""PyInstaller hook: tld's list of public suffixes (courlan uses it for links)."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("tld", excludes=["tests"])
