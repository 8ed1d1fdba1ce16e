"""The bundled fonts (``resources/fonts``), registered with Qt: for the window and for the PDF export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from kashshaf.paths import resource_path


def load_fonts() -> list[str]:
    """Register the bundled fonts (``resources/fonts``); return the families loaded."""
    families: list[str] = []
    for path in sorted(Path(resource_path("fonts")).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
