"""Samenwerken: teambestanden, samenvoegen, synchroniseren met de server."""
