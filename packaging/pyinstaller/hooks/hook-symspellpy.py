"""PyInstaller hook: symspellpy's word and word-pair counts.

The grammar engine reads the two frequency tables through ``importlib.resources`` and
never imports the package by name, so both the package and its data are listed here.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("symspellpy")
datas = collect_data_files("symspellpy")
