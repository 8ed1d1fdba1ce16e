"""Excerpts, search results and a list's results as text: Markdown, CSV, JSON and DOCX.

One citation style everywhere (``kashshaf.core.citation``): outlet, title,
date, url or document id; then the note.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kashshaf.core.bidi import strip_isolates
from kashshaf.core.citation import citation, format_date, outlet_name
from kashshaf.core.excerpts import Excerpt
from kashshaf.core.export.files import write_atomic
from kashshaf.core.models import DocumentRow, SearchHit

if TYPE_CHECKING:  # the search package loads whoosh; an export of excerpts needs none
    from kashshaf.core.search.batch import BatchResult

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "text",
    "note",
    "tags",
    "outlet",
    "title",
    "date",
    "date_kind",
    "url",
    "doc_id",
    "start",
    "end",
    "citation",
    "created",
)


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula (= + - @ at the start get a ' before them)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def excerpt_citation(e: Excerpt, lang: str = "ar") -> str:
    row = DocumentRow(e.doc_id, "", e.title, e.source, e.date, e.url, 0, e.date_kind, e.outlet)
    return citation(row, lang)


def to_markdown(excerpts: Sequence[Excerpt], heading: str, lang: str = "ar") -> str:
    lines = [f"# {heading}", ""]
    for e in excerpts:
        lines.extend(f"> {line}" if line else ">" for line in e.text.strip().split("\n"))
        lines.append("")
        lines.append(f"— {excerpt_citation(e, lang)}")
        if e.note:
            lines.append("")
            lines.append(e.note)
        if e.tags:
            lines.append("")
            lines.append(" ".join(f"#{t.replace(' ', '_')}" for t in e.tags))
        lines.extend(["", "---", ""])
    return "\n".join(lines).rstrip("-\n ") + "\n"


def to_csv(excerpts: Sequence[Excerpt], lang: str = "ar") -> bytes:
    """UTF-8 with a BOM, so spreadsheet programs show the Arabic."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for e in excerpts:
        writer.writerow(
            safe_cell(v)
            for v in (
                e.text,
                e.note,
                "، ".join(e.tags),
                outlet_name(e, lang),
                e.title,
                e.date,
                e.date_kind if e.date else None,
                e.url,
                e.doc_id,
                e.start,
                e.end,
                excerpt_citation(e, lang),
                datetime.fromtimestamp(e.created).isoformat(timespec="seconds"),
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_json(excerpts: Sequence[Excerpt], lang: str = "ar") -> str:
    rows = [e.as_dict() | {"citation": excerpt_citation(e, lang)} for e in excerpts]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def hits_to_csv(hits: Iterable[SearchHit], lang: str = "ar") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(("id", "title", "outlet", "date", "date_kind", "date_source", "score", "snippet"))
    for h in hits:
        snippet = h.snippet.marked("«", "»") if h.snippet else ""
        row = (h.id, h.title, outlet_name(h, lang), h.date, h.date_kind, h.date_source, f"{h.score:.4f}", snippet)
        writer.writerow(safe_cell(v) for v in row)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


BATCH_CSV_COLUMNS = (
    "line",
    "text",
    "query",
    "hits",
    "documents",
    "first_date",
    "first_date_kind",
    "last_date",
    "last_date_kind",
    "undated",
    "error",
)


def batch_to_csv(results: Sequence[BatchResult], errors: Sequence[str | None] | None = None) -> bytes:
    """A list's results (:meth:`Workspace.batch_search`), one row a query in the order given, UTF-8 with
    a BOM; dates ISO, with their kind. ``errors``: each row's reason worded for the reader (the window's
    language), else the core's English."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(BATCH_CSV_COLUMNS)
    for n, r in enumerate(results):
        error = (errors[n] if errors is not None and n < len(errors) else None) or r.error
        row = (
            r.item.line or None,
            r.text,
            r.query,
            r.hits,
            r.documents,
            r.first_date,
            r.first_kind,
            r.last_date,
            r.last_kind,
            r.undated if r.ok else None,
            strip_isolates(error) if error else None,
        )
        writer.writerow(safe_cell(v) for v in row)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def hits_to_json(hits: Iterable[SearchHit], query: str, total: int, lang: str = "ar", exact: bool = False) -> str:
    """A search's hits as JSON, with its query, total and whether its words were matched as written."""
    rows = [
        {
            "id": h.id,
            "title": h.title,
            "outlet": outlet_name(h, lang),
            "outlet_id": h.outlet.id if h.outlet else None,
            "date": h.date,
            "date_kind": h.date_kind,
            "date_source": h.date_source,
            "score": round(h.score, 4),
            "snippet": h.snippet.text if h.snippet else None,
        }
        for h in hits
    ]
    found = {"query": query, "exact": exact, "total": total, "hits": rows}
    return json.dumps(found, ensure_ascii=False, indent=1) + "\n"


def to_docx(
    excerpts: Sequence[Excerpt], heading: str, path: Path, font: str = "Noto Naskh Arabic", lang: str = "ar"
) -> None:
    """A Word document: right-to-left paragraphs in an Arabic font, a citation under each excerpt."""
    from docx import Document as Docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Docx()

    def rtl(
        paragraph: Any, size: float = 13, bold: bool = False, italic: bool = False, grey: bool = False, text: str = ""
    ) -> None:
        # no explicit alignment: a bidi paragraph starts at the right by itself ("right" in a
        # bidi paragraph is read as its end, the left, by LibreOffice)
        ppr = paragraph._p.get_or_add_pPr()
        bidi = OxmlElement("w:bidi")
        bidi.set(qn("w:val"), "1")
        ppr.append(bidi)
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic
        run.font.size = Pt(size)
        run.font.name = font
        rpr = run._r.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), font)
        rtl_mark = OxmlElement("w:rtl")
        rtl_mark.set(qn("w:val"), "1")
        rpr.append(rtl_mark)
        size_cs = OxmlElement("w:szCs")
        size_cs.set(qn("w:val"), str(int(size * 2)))
        rpr.append(size_cs)
        if grey:
            run.font.color.rgb = RGBColor(0x5F, 0x6B, 0x7A)

    rtl(doc.add_paragraph(), 18, bold=True, text=heading)
    rtl(doc.add_paragraph(), 10, grey=True, text=format_date(datetime.now().date().isoformat(), lang))
    for e in excerpts:
        for line in e.text.strip().split("\n"):
            if line.strip():
                rtl(doc.add_paragraph(), 13, text=line.strip())
        rtl(doc.add_paragraph(), 10, grey=True, text=f"— {excerpt_citation(e, lang)}")
        if e.note:
            rtl(doc.add_paragraph(), 11, italic=True, text=e.note)
        if e.tags:
            rtl(doc.add_paragraph(), 10, grey=True, text=" ".join(f"#{t.replace(' ', '_')}" for t in e.tags))
        rtl(doc.add_paragraph(), 6, text="")
    buffer = io.BytesIO()
    doc.save(buffer)
    write_atomic(path, buffer.getvalue(), overwrite=True)
