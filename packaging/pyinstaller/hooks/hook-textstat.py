"""PyInstaller hook: textstat's word lists (pyphen's dictionaries have their own hook)."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("textstat")
