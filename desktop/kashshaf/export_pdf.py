"""Excerpts to PDF with Qt's own PDF writer: shaped, right-aligned Arabic in
the bundled Naskh font, a header with the corpus name and the date, a
citation under each excerpt. Needs a Qt GUI application (the CLI makes an
offscreen one); lives outside ``kashshaf.core``, which never imports Qt."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kashshaf.core.citation import format_date
from kashshaf.core.excerpts import Excerpt
from kashshaf.core.export import ExportError, excerpt_citation, write_atomic
from kashshaf.paths import resource_path
from kashshaf.pdf_text import fix_text_layer


def ensure_gui_application() -> object:
    """The running QGuiApplication, or a new offscreen one (for the CLI), with the bundled fonts."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["kashshaf-export"])
    from kashshaf.ui.fonts import load_fonts

    load_fonts()
    return app


def excerpts_html(excerpts: Sequence[Excerpt], heading: str, corpus: str, lang: str = "ar") -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    align = "right" if lang == "ar" else "left"
    parts = [
        f"<html><body dir=\"{direction}\" style=\"font-family: 'Noto Naskh Arabic', 'Noto Sans'; font-size: 13pt;\">",
        f'<h2 align="{align}" dir="{direction}">{html.escape(heading)}</h2>',
        f'<p align="{align}" dir="{direction}" style="color:#5f6b7a; font-size:10pt;">'
        f"{html.escape(corpus)} — {html.escape(format_date(date.today().isoformat(), lang))}</p><hr/>",
    ]
    for e in excerpts:
        body = "<br/>".join(html.escape(line) for line in e.text.strip().split("\n"))
        parts.append(f'<p align="{align}" dir="rtl" style="line-height:140%;">{body}</p>')
        parts.append(
            f'<p align="{align}" dir="{direction}" style="color:#5f6b7a; font-size:10pt;">'
            f"— {html.escape(excerpt_citation(e, lang))}</p>"
        )
        if e.note:
            parts.append(f'<p align="{align}" dir="{direction}"><i>{html.escape(e.note)}</i></p>')
        parts.append("<p></p>")
    parts.append("</body></html>")
    return "".join(parts)


def to_pdf(
    excerpts: Sequence[Excerpt], heading: str, corpus: str, path: Path, overwrite: bool = False, lang: str = "ar"
) -> None:
    if path.exists() and not overwrite:
        raise ExportError(f"{path} exists already (choose another name, or allow overwriting)")
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(heading)
    writer.setCreator("Kashshaf")
    document = QTextDocument()
    document.setHtml(excerpts_html(excerpts, heading, corpus, lang))
    document.print_(writer)
    del writer  # finishes the PDF
    pdf = bytes(buffer.data().data())
    if not pdf:
        raise ExportError(f"{path}: the PDF writer produced nothing")
    write_atomic(path, fix_text_layer(pdf, bundled_font), overwrite=True)


def bundled_font(name: str) -> Path | None:
    """The bundled font file a PDF font name (``NotoNaskhArabic-Regular``) stands for."""
    path = resource_path("fonts", f"{name}.ttf")
    return path if path.is_file() else None
