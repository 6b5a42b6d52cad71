"""Importers and exporters. No Qt here."""

from reviewdesk.formats.errors import FormatError
from reviewdesk.formats.importing import ImportedDocument, ImportedNote, import_file

__all__ = ["FormatError", "ImportedDocument", "ImportedNote", "import_file"]
