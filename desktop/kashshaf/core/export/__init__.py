"""Exports: excerpts in every format of one registry (``FORMATS``), search results as CSV or JSON.

``files``: atomic writing and ``ExportError``; ``text``: Markdown, CSV, JSON, DOCX, and a list's
results (batch search) as CSV;
``pdf``: the page a ``PdfRenderer`` draws, its text layer repaired by ``pdf_text``;
``formats``: the registry the CLI and the window both write through.
"""

from __future__ import annotations

from kashshaf.core.export.files import ExportError, write_atomic
from kashshaf.core.export.formats import FORMATS, ExportOptions, Format, export_excerpts
from kashshaf.core.export.pdf import PdfRenderer, excerpts_html, to_pdf
from kashshaf.core.export.text import (
    BATCH_CSV_COLUMNS,
    CSV_COLUMNS,
    batch_to_csv,
    excerpt_citation,
    hits_to_csv,
    hits_to_json,
    safe_cell,
    to_csv,
    to_docx,
    to_json,
    to_markdown,
)

__all__ = [
    "BATCH_CSV_COLUMNS",
    "CSV_COLUMNS",
    "FORMATS",
    "ExportError",
    "ExportOptions",
    "Format",
    "PdfRenderer",
    "batch_to_csv",
    "excerpt_citation",
    "excerpts_html",
    "export_excerpts",
    "hits_to_csv",
    "hits_to_json",
    "safe_cell",
    "to_csv",
    "to_docx",
    "to_json",
    "to_markdown",
    "to_pdf",
    "write_atomic",
]
