"""From a raw article to a :class:`Document`: cleaning, metadata and a stable id."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import PurePath

from kashshaf.core.corpus import metadata
from kashshaf.core.corpus.cleaning import clean_lines, split_lines
from kashshaf.core.corpus.importers import RawArticle
from kashshaf.core.models import Document


def document_id(raw_text: str) -> str:
    """Stable id: a hash of the raw article text (line endings and outer space folded)."""
    key = "\n".join(line.rstrip() for line in raw_text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _iso_from_field(value: str) -> str | None:
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = metadata.find_date_ar(value)
        return found[0].iso if found else None
    if parsed.hour or parsed.minute:
        return parsed.strftime("%Y-%m-%dT%H:%M")
    return parsed.date().isoformat()


def _title_from_path(path: str) -> str:
    name = PurePath(path.split("#", 1)[0]).stem
    return name.replace("_", " ").strip() or path


def prepare_document(article: RawArticle) -> Document:
    """Clean ``article`` and settle its title, outlet, date and id."""
    lines = split_lines(article.text)
    cleaned = clean_lines(lines, title_hint=article.title, find_dates=not (article.prestructured and article.date))

    title = cleaned.title
    title_origin = "field" if article.title else "text"
    if not title:
        title, title_origin = _title_from_path(article.path), "file"

    source, source_origin = article.source, "field" if article.source else None
    if source is None and cleaned.source:
        source, source_origin = cleaned.source, "text"

    date_iso: str | None = None
    date_text: str | None = None
    date_origin: str | None = None
    if cleaned.date is not None:
        date_iso, date_text, date_origin = cleaned.date.iso, cleaned.date.text, "text"
    if article.date and (date_iso is None or article.kind in ("json", "html", "md")):
        parsed = _iso_from_field(article.date)
        if parsed:
            date_iso, date_text, date_origin = parsed, article.date, article.date_field or "field"
    if date_iso is None and article.mtime is not None and article.kind != "json":
        stamp = datetime.fromtimestamp(article.mtime, tz=UTC)
        date_iso, date_text, date_origin = stamp.strftime("%Y-%m-%dT%H:%M"), None, "file"

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
        date=date_iso,
        url=article.url,
        author=article.author,
        clean_text=clean_text,
        raw_text=raw_text,
        encoding=article.encoding,
        title_origin=title_origin,
        source_origin=source_origin,
        date_origin=date_origin,
        date_text=date_text,
    )
