"""Nulmeting: the Qt-free core (model, store, merge, indicators, import/export, CLI)."""

__version__ = "0.1.0"
