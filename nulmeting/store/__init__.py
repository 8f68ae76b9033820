"""De opslag: het SQLite-bestand, wijzigingen, conflicten, modellen, migraties."""
