"""The Qt desktop app (PySide6). Depends on :mod:`nulmeting`; the core never imports this."""
