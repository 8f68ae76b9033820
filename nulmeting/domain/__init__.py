"""De vaste kennis: velden, instellingen, controles, indicatoren, referentiegegevens."""
