"""Builders for the import tests: real files generated in ``tmp_path``, never stored here."""
