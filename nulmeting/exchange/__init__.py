"""Gegevens in en uit: Excel-export, import, demogegevens."""
