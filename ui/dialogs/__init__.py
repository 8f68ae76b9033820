"""Dialogen van het venster."""
