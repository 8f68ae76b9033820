"""Write the network picture as PNG or SVG with Qt, also without a screen (offscreen)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from nulmeting.domain.errors import UserError
from nulmeting.network.picture import Picture

PNG_SCALE = 1.5  # 1600 × 1130 picture → 2400 × 1695 pixels: sharp on a slide or in print
FORMATS = (".png", ".svg")


def ensure_app() -> None:
    """A QApplication for painting; offscreen when there is no screen (command line, CI)."""
    import sys

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not (
            os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")
            or sys.platform in ("win32", "darwin")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QApplication([sys.argv[0] if sys.argv else "nulmeting"])


def write_picture(pic: Picture, out: Path) -> Path:
    """Write ``pic`` to ``out`` (.png or .svg) atomically; returns ``out``."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"{out.name}: kies een bestandsnaam op .png of .svg.")
    ensure_app()
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QColor, QImage, QPainter

    from ui.network.scene import build_scene

    scene = build_scene(pic)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(suffix=suffix, prefix=".nulmeting-", dir=out.parent)
    except OSError as exc:
        raise UserError(
            f"In de map {out.parent} kan niet geschreven worden "
            f"({exc.strerror}). Kies een andere map."
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    target = QRectF(0, 0, pic.width, pic.height)
    try:
        if suffix == ".png":
            image = QImage(
                round(pic.width * PNG_SCALE),
                round(pic.height * PNG_SCALE),
                QImage.Format.Format_RGB32,
            )
            image.fill(QColor("#FFFFFF"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            scene.render(painter, QRectF(0, 0, image.width(), image.height()), target)
            painter.end()
            if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
                raise UserError(f"{out.name} kon niet geschreven worden.")
        else:
            from PySide6.QtSvg import QSvgGenerator

            gen = QSvgGenerator()
            gen.setFileName(str(tmp))
            gen.setSize(QSize(pic.width, pic.height))
            gen.setResolution(96)  # the declared size in mm is then pic.width CSS pixels
            gen.setViewBox(target)
            gen.setTitle(pic.title)
            gen.setDescription(pic.subtitle)
            painter = QPainter(gen)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            scene.render(painter, target, target)
            painter.end()
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out
