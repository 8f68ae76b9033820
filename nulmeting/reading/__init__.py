"""Leesmodellen over de opslag: lijst, formulier, overzicht, dubbele plekken."""
