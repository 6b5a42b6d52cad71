"""LanguageTool: a desk server or a local install, behind the checker protocol."""
