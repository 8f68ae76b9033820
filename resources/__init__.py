"""Data shipped with the app: reference lists, icons, styles and translations.

This is a package only so that :mod:`importlib.resources` finds the files the same way from a
source checkout, an installed wheel and a PyInstaller bundle. Read files through
:func:`nulmeting.resources.resource_path` / :func:`nulmeting.resources.read_json`.
"""
