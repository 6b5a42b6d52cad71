"""PyInstaller hook: trafilatura reads settings.cfg and its version at import."""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = collect_data_files("trafilatura") + copy_metadata("trafilatura")
