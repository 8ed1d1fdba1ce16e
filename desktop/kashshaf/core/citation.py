"""One citation style everywhere: outlet, title, date, url or document id.

    الشرق الأوسط، «عنوان المقال»، 12 نوفمبر 2022، https://…
    Asharq Al-Awsat, “Title”, 12 November 2022, https://…

The outlet is cited by its name in the corpus' outlet table (in English when
the table has an English name), never by a crawler's slug. Only a publication
date is cited as the date; an article whose publication date is unknown but
whose retrieval date is known is cited with "اطُّلع عليه في 21 يوليو 2015" /
"retrieved 21 July 2015"; a file's modification time is never cited.
Missing parts are left out; the document id stands in for a missing url.
Each part is a bidi isolate (:mod:`kashshaf.core.bidi`), so a Latin outlet
name, a url or an Arabic title in an English citation stay whole and in order.
"""

from __future__ import annotations

import datetime
from typing import Protocol

from kashshaf.core.bidi import isolate, isolate_url, join_isolated
from kashshaf.core.models import Document, Outlet

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
        day = datetime.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    months = MONTHS_AR if lang == "ar" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


class HasOutlet(Protocol):
    @property
    def source(self) -> str | None: ...
    @property
    def outlet(self) -> Outlet | None: ...


class Citable(HasOutlet, Protocol):
    """What a citation is made of (a document, a list row, an excerpt's row)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...


def outlet_name(item: HasOutlet, lang: str = "ar") -> str:
    """The outlet's name in ``lang`` (the table's), else what the article called it."""
    return item.outlet.display(lang) if item.outlet is not None else (item.source or "")


def dated(item: Citable) -> tuple[str | None, str | None]:
    """``(ISO date, kind)`` of what is shown and cited: the publication date, else the retrieval date."""
    if isinstance(item, Document):
        return item.shown_date
    kind = getattr(item, "date_kind", None)
    return item.date, (kind or "published") if item.date else None


def date_phrase(iso: str | None, kind: str | None, lang: str = "ar") -> str:
    """``12 نوفمبر 2022``, or for a retrieval date ``اطُّلع عليه في 21 يوليو 2015`` / ``retrieved 21 July 2015``."""
    if not iso:
        return ""
    day = format_date(iso, lang)
    if kind == "retrieved":
        return f"اطُّلع عليه في {day}" if lang == "ar" else f"retrieved {day}"
    return day


def citation(item: Citable, lang: str = "ar") -> str:
    """The citation of ``item`` in the interface language (``ar`` or ``en``)."""
    comma = "، " if lang == "ar" else ", "
    title = ""
    if item.title:
        opening, closing = ("«", "»") if lang == "ar" else ("\u201c", "\u201d")
        title = f"{opening}{isolate(item.title)}{closing}"
    when, kind = dated(item)
    where = isolate_url(item.url) if item.url else isolate(item.id)
    parts = [isolate(outlet_name(item, lang)), title, isolate(date_phrase(when, kind, lang)), where]
    return comma.join(p for p in parts if p)


def meta_line(item: Citable, lang: str = "ar", separator: str = "  ·  ") -> str:
    """Outlet and date for a reader's header or a list: ``عكاظ · 20 يوليو 2015``, each part isolated."""
    when, kind = dated(item)
    return join_isolated([outlet_name(item, lang), date_phrase(when, kind, lang)], separator)


def quoted(passage: str, cite: str, note: str = "", lang: str = "ar") -> str:
    """A passage in quotation marks, its citation, then the note: the plain text copied to the clipboard."""
    opening, closing = ("«", "»") if lang == "ar" else ("\u201c", "\u201d")
    return f"{opening}{passage.strip()}{closing}\n— {cite}" + (f"\n{note}" if note else "")
