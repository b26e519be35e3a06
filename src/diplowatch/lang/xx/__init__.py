"""Language-independent data (script tables, codes) shared by every language."""
