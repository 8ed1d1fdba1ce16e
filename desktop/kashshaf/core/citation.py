"""One citation style everywhere: outlet, title, date, url or document id.

    الشرق الأوسط، «عنوان المقال»، 12 نوفمبر 2022، https://…
    Asharq Al-Awsat, “Title”, 12 November 2022, https://…

Missing parts are left out; the document id stands in for a missing url.
"""

from __future__ import annotations

from datetime import date as Date

from kashshaf.core.models import Document, DocumentRow

MONTHS_AR = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(iso: str | None, lang: str = "ar") -> str:
    """``2022-11-12`` (or a longer ISO timestamp) as ``12 نوفمبر 2022``; other text unchanged."""
    if not iso:
        return ""
    try:
        day = Date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    months = MONTHS_AR if lang == "ar" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


def citation(doc: Document | DocumentRow, lang: str = "ar") -> str:
    """The citation of ``doc`` in the interface language (``ar`` or ``en``)."""
    comma = "، " if lang == "ar" else ", "
    title = f"«{doc.title}»" if lang == "ar" else f"\u201c{doc.title}\u201d"
    parts = [doc.source or "", title if doc.title else "", format_date(doc.date, lang), doc.url or doc.id]
    return comma.join(p for p in parts if p)


def quoted(passage: str, cite: str, note: str = "", lang: str = "ar") -> str:
    """A passage in quotation marks, its citation, then the note: the plain text copied to the clipboard."""
    opening, closing = ("«", "»") if lang == "ar" else ("\u201c", "\u201d")
    return f"{opening}{passage.strip()}{closing}\n— {cite}" + (f"\n{note}" if note else "")
