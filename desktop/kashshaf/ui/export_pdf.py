"""The PDF export's drawing, by Qt's own PDF writer: ``draw_pdf`` is the
``kashshaf.core.export.PdfRenderer`` the window and the CLI give the core's
``pdf`` format, which makes the page and repairs the text layer. Needs a Qt GUI
application; for the CLI it makes an offscreen one."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from kashshaf.ui.fonts import load_fonts


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one (for the CLI), with the bundled fonts."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["kashshaf-export"])
    load_fonts()
    assert isinstance(app, QGuiApplication)
    return app


def draw_pdf(html: str, title: str) -> bytes:
    """An A4 PDF of ``html`` as a QTextDocument lays it out, titled ``title``."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Kashshaf")
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the PDF
    return bytes(buffer.data().data())
