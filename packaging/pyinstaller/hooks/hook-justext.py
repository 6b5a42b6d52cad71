"""PyInstaller hook: justext's stop-word lists (read when a web page is imported)."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("justext")
