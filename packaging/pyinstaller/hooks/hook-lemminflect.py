"""PyInstaller hook: LemmInflect's lexicon tables (read from its package folder at run
time, so the import scan alone leaves them out and the grammar engine fails to load)."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("lemminflect")
