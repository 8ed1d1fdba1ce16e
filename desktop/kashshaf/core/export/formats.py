"""The one list of the formats excerpts are exported in, for the CLI and the window alike.

A format is written by its ``write``; the caller says nothing about which format
needs what. A PDF is drawn by the ``PdfRenderer`` in the options (Qt's, from
``kashshaf.ui.export_pdf``): without one it cannot be written here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from kashshaf.core.excerpts import Excerpt
from kashshaf.core.export.files import ExportError, write_atomic
from kashshaf.core.export.pdf import PdfRenderer, to_pdf
from kashshaf.core.export.text import to_csv, to_docx, to_json, to_markdown


@dataclass(frozen=True)
class ExportOptions:
    """What a format's writer is told besides the excerpts and the file."""

    heading: str
    lang: str = "ar"
    corpus: str = ""
    """the corpus' name, under the heading of a PDF"""
    renderer: PdfRenderer | None = None
    """draws a PDF (Qt's, on the thread Qt draws on); without one no PDF is written"""


Writer = Callable[[Sequence[Excerpt], Path, ExportOptions], None]


@dataclass(frozen=True)
class Format:
    name: str
    """what the CLI's ``--format`` takes, and the file's suffix (without the dot)"""
    label: str
    """what a save dialog offers it as"""
    write: Writer
    """writes the excerpts to the path (replacing a file there)"""
    drawn: bool = False
    """drawn by the options' ``PdfRenderer``: Qt's draws on the GUI thread, so the window writes it there"""


def _markdown(excerpts: Sequence[Excerpt], path: Path, options: ExportOptions) -> None:
    write_atomic(path, to_markdown(excerpts, options.heading, options.lang), overwrite=True)


def _csv(excerpts: Sequence[Excerpt], path: Path, options: ExportOptions) -> None:
    write_atomic(path, to_csv(excerpts, options.lang), overwrite=True)


def _json(excerpts: Sequence[Excerpt], path: Path, options: ExportOptions) -> None:
    write_atomic(path, to_json(excerpts, options.lang), overwrite=True)


def _docx(excerpts: Sequence[Excerpt], path: Path, options: ExportOptions) -> None:
    to_docx(excerpts, options.heading, path, lang=options.lang)


def _pdf(excerpts: Sequence[Excerpt], path: Path, options: ExportOptions) -> None:
    if options.renderer is None:
        raise ExportError("export-format", path=path, format="pdf")
    to_pdf(excerpts, options.heading, options.corpus, path, options.renderer, overwrite=True, lang=options.lang)


FORMATS: Mapping[str, Format] = MappingProxyType(
    {
        f.name: f
        for f in (
            Format("docx", "Word", _docx),
            Format("pdf", "PDF", _pdf, drawn=True),
            Format("md", "Markdown", _markdown),
            Format("csv", "CSV", _csv),
            Format("json", "JSON", _json),
        )
    }
)
"""every export format by name, in the order a save dialog offers them (the first is its default)"""


def export_excerpts(
    excerpts: Sequence[Excerpt],
    fmt: str,
    path: Path,
    heading: str,
    overwrite: bool = False,
    lang: str = "ar",
    *,
    corpus: str = "",
    renderer: PdfRenderer | None = None,
) -> None:
    """Write excerpts in format ``fmt`` (a name in ``FORMATS``); a PDF is drawn by ``renderer``."""
    if path.exists() and not overwrite:
        raise ExportError("export-exists", path=path)
    format_ = FORMATS.get(fmt)
    if format_ is None:
        raise ExportError("export-format", path=path, format=fmt)
    format_.write(excerpts, path, ExportOptions(heading, lang, corpus, renderer))
