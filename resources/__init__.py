"""Data shipped with the app: reference lists, icons, styles and translations.

This is a package only so that the app finds these files through the package's location, the
same way in a source checkout, an installed wheel and a PyInstaller bundle. Read files through
:func:`nulmeting.domain.resources.resource_path` / :func:`nulmeting.domain.resources.read_json`.
"""
