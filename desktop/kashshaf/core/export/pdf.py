"""Excerpts to PDF: the page as HTML (shaped, right-aligned Arabic in the bundled
Naskh font, a header with the corpus name and the date, a citation under each
excerpt), drawn by a ``PdfRenderer`` the caller gives, then its text layer
repaired (``pdf_text``) so the Arabic reads back as written.

Drawing needs Qt, which the core never imports: the window and the CLI pass
``kashshaf.ui.export_pdf.draw_pdf``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from kashshaf.core.citation import format_date
from kashshaf.core.excerpts import Excerpt
from kashshaf.core.export.files import ExportError, write_atomic
from kashshaf.core.export.pdf_text import fix_text_layer
from kashshaf.core.export.text import excerpt_citation
from kashshaf.paths import resource_path


class PdfRenderer(Protocol):
    """Draws a page of HTML into the bytes of a PDF whose title is ``title``."""

    def __call__(self, html: str, title: str) -> bytes: ...


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
    excerpts: Sequence[Excerpt],
    heading: str,
    corpus: str,
    path: Path,
    renderer: PdfRenderer,
    overwrite: bool = False,
    lang: str = "ar",
) -> None:
    if path.exists() and not overwrite:
        raise ExportError("export-exists", path=path)
    write_drawn_pdf(renderer(excerpts_html(excerpts, heading, corpus, lang), heading), path)


def write_drawn_pdf(pdf: bytes, path: Path) -> None:
    """Write a PDF the renderer drew, its text layer repaired (pure Python: the window runs it off its thread)."""
    if not pdf:
        raise ExportError("export-unwritable", path=path, reason="the PDF writer produced nothing")
    write_atomic(path, fix_text_layer(pdf, bundled_font), overwrite=True)


def bundled_font(name: str) -> Path | None:
    """The bundled font file a PDF font name (``NotoNaskhArabic-Regular``) stands for."""
    path = resource_path("fonts", f"{name}.ttf")
    return path if path.is_file() else None
