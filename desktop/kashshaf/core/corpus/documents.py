"""From a raw article to a :class:`Document`: cleaning, metadata and a stable id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import PurePath

from kashshaf.core.corpus import metadata
from kashshaf.core.corpus.cleaning import clean_lines, split_lines
from kashshaf.core.corpus.decoding import drop_controls
from kashshaf.core.corpus.importers import RawArticle
from kashshaf.core.models import Document


def document_id(raw_text: str) -> str:
    """Stable id: a hash of the raw article text (line endings and outer space folded)."""
    key = "\n".join(line.rstrip() for line in raw_text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def iso_from_field(value: str) -> str | None:
    """A date field's value as ISO (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``), or None."""
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = metadata.find_date_ar(value)
        return found[0].iso if found else None
    if parsed.hour or parsed.minute:
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.date().isoformat()


PUBLICATION_SLACK = timedelta(days=1)
"""A publication date may follow the retrieval time by this much (time zones); later, it is
some other date the text mentions."""


@dataclass(frozen=True, slots=True)
class SettledDates:
    date: str | None
    """the publication date (ISO), or None when none is known"""
    origin: str | None
    """where it was read: ``text``, ``byline``, ``url``, ``html meta``, ``front matter`` or a JSON field name"""
    text: str | None
    """the text it was read from"""
    retrieved: str | None
    retrieved_origin: str | None
    author: str | None
    """the byline, without a date it carried"""


def settle_dates(
    *,
    field: tuple[str, str] | None,
    text_date: metadata.FoundDate | None,
    header: list[str],
    retrieved: tuple[str, str] | None,
    url: str | None,
    author: str | None,
    structured: bool,
) -> SettledDates:
    """The publication date of an article and where it came from.

    Candidates, best first: a publication field of a structured file (``field``:
    value and field name; when ``structured``, it outranks the text), a date line
    at the top of the text, a date in the byline, a date in the url. A candidate
    after the retrieval time (plus :data:`PUBLICATION_SLACK`) is some other date and
    is passed over. The retrieval time (a crawl field) is kept apart; a file's
    modification time is never a date of the article.
    """
    got_retrieved = iso_from_field(retrieved[0]) if retrieved else None
    latest = datetime.fromisoformat(got_retrieved) + PUBLICATION_SLACK if got_retrieved else None
    byline = metadata.date_from_byline(author)
    if text_date is None:
        text_date = next((d for d in map(metadata.date_line, header) if d is not None), None)

    candidates: list[tuple[str | None, str, str | None]] = []
    from_field = (iso_from_field(field[0]), field[1], field[0]) if field else None
    from_text = (text_date.iso, "text", text_date.text) if text_date else None
    ordered = [from_field, from_text] if structured else [from_text, from_field]
    candidates.extend(c for c in ordered if c is not None)
    if byline is not None:
        candidates.append((byline[0].iso, "byline", byline[0].text))
    found_in_url = metadata.date_from_url(url)
    if found_in_url is not None:
        candidates.append((found_in_url.iso, "url", found_in_url.text))
    for iso, origin, written in candidates:
        if iso is None:
            continue
        if latest is not None and datetime.fromisoformat(iso) > latest:
            continue
        if origin == "byline" and byline is not None:
            author = byline[1] or None
        return SettledDates(iso, origin, written, got_retrieved, retrieved[1] if retrieved else None, author)
    return SettledDates(None, None, None, got_retrieved, retrieved[1] if retrieved else None, author)


def _title_from_path(path: str) -> str:
    name = PurePath(path.split("#", 1)[0]).stem
    return name.replace("_", " ").strip() or path


def prepare_document(article: RawArticle) -> Document:
    """Clean ``article`` and settle its title, outlet, date and id."""
    text, controls = drop_controls(article.text)
    lines = split_lines(text)
    # a record's text is the article body: a dateline in it stays text (its date is read below)
    cleaned = clean_lines(lines, title_hint=article.title, find_dates=not article.prestructured)

    title = cleaned.title
    title_origin = "field" if article.title else "text"
    if not title:
        title, title_origin = _title_from_path(article.path), "file"

    source, source_origin = article.source, "field" if article.source else None
    if source is None and cleaned.source:
        source, source_origin = cleaned.source, "text"

    dates = settle_dates(
        field=(article.date, article.date_field or "field") if article.date else None,
        text_date=cleaned.date,
        header=[x for x in lines[: metadata.HEADER_LINES] if x and len(x) <= metadata.DATE_LINE_MAX_CHARS]
        if article.prestructured
        else [],
        retrieved=(article.retrieved, article.retrieved_field or "retrieved") if article.retrieved else None,
        url=article.url,
        author=article.author,
        structured=article.kind in ("json", "html", "md"),
    )

    clean_text = cleaned.text
    if not clean_text.strip():
        # Nothing survived cleaning (a page of boilerplate): keep what there was.
        clean_text = "\n\n".join(x for x in lines if x)
    raw_text = article.raw if article.raw is not None else article.text
    return Document(
        id=document_id(article.text),
        path=article.path,
        title=title,
        source=source,
        date=dates.date,
        url=article.url,
        author=dates.author,
        clean_text=clean_text,
        raw_text=raw_text,
        encoding=article.encoding,
        title_origin=title_origin,
        source_origin=source_origin,
        date_origin=dates.origin,
        date_text=dates.text,
        retrieved=dates.retrieved,
        retrieved_origin=dates.retrieved_origin,
        controls_removed=controls,
    )
