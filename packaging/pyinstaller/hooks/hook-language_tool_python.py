"""PyInstaller hook: language_tool_python reads its TOML files at import."""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = collect_data_files("language_tool_python") + copy_metadata("language_tool_python")
