"""Reading files into articles: .txt, .html/.htm, .md, .json/.jsonl, .zip.

Each importer yields :class:`RawArticle` records or :class:`ImportProblem`
values (a file that cannot be read is reported, never raised, so the rest of
an import goes on). Nothing here touches the network: HTML is parsed as
text, scripts are never run, and remote images, frames and links are never
fetched.
"""

from __future__ import annotations

import html as html_module
import io
import json
import os
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from kashshaf.core.corpus.decoding import DecodeError, decode_bytes
from kashshaf.core.models import ImportProblem

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MD_SUFFIXES = frozenset({".md", ".markdown"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ZIP_SUFFIXES = frozenset({".zip"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MD_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | ZIP_SUFFIXES
MAX_FILE_BYTES = 200 * 1024 * 1024
"""the largest collection file (JSON, JSONL, zip) read"""
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
"""the largest single-article file (text, HTML, Markdown): a bigger one is not an article"""


@dataclass(slots=True)
class RawArticle:
    """An article as read, before cleaning."""

    path: str
    """file path; for a collection ``file#index``; inside a zip ``archive.zip/member``"""
    text: str
    """the article's raw text (for HTML: the page's text blocks, one per line)"""
    encoding: str | None
    kind: str
    """txt, html, md or json"""
    title: str | None = None
    source: str | None = None
    date: str | None = None
    """a publication date as the file gives it (a JSON/front-matter field, an HTML meta tag)"""
    date_field: str | None = None
    retrieved: str | None = None
    """when a crawler fetched the article (a field such as ``date_extracted``); never a publication date"""
    retrieved_field: str | None = None
    url: str | None = None
    author: str | None = None
    mtime: float | None = None
    raw: str | None = None
    """the raw file text when it differs from ``text`` (HTML source)"""
    prestructured: bool = False
    """True for collection records, whose text is already the article body"""


ImportItem = RawArticle | ImportProblem


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | ImportProblem]:
    """Files under ``paths`` (folders walked in name order, symlink loops avoided)."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield ImportProblem.of(str(path), "no-such-path")
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(root: Path) -> Iterator[Path | ImportProblem]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=None):
        try:
            st = os.stat(folder)
        except OSError as exc:
            yield ImportProblem.of(folder, "folder-unreadable", reason=exc.strerror)
            dirs[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield ImportProblem.of(folder, "symlink-loop")
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


def read_path(path: Path) -> Iterator[ImportItem]:
    """Articles in one file."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield (
            ImportProblem.of(str(path), "unsupported-type", suffix=suffix)
            if suffix
            else ImportProblem.of(str(path), "no-extension")
        )
        return
    try:
        if path.is_symlink() and not path.exists():
            yield ImportProblem.of(str(path), "broken-symlink", target=os.readlink(path))
            return
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a pipe would block the import, a device never end
            yield ImportProblem.of(str(path), "not-regular")
            return
        collection = suffix in JSON_SUFFIXES | JSONL_SUFFIXES | ZIP_SUFFIXES
        limit = MAX_FILE_BYTES if collection else MAX_ARTICLE_BYTES
        if st.st_size > limit:
            yield ImportProblem.of(
                str(path),
                "too-large" if collection else "too-large-article",
                size=f"{st.st_size / 2**20:.1f}",
                limit=limit // 2**20,
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ImportProblem.of(str(path), "unreadable", reason=exc.strerror or exc)
        return
    yield from read_bytes(str(path), suffix, data, st.st_mtime)


def read_bytes(name: str, suffix: str, data: bytes, mtime: float | None) -> Iterator[ImportItem]:
    if suffix in ZIP_SUFFIXES:
        yield from _read_zip(name, data, mtime)
        return
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        yield ImportProblem(name, str(exc), exc.code, exc.params)
        return
    if suffix in TEXT_SUFFIXES:
        yield RawArticle(name, text, encoding, "txt", mtime=mtime)
    elif suffix in HTML_SUFFIXES:
        yield read_html(name, text, encoding, mtime)
    elif suffix in MD_SUFFIXES:
        yield read_markdown(name, text, encoding, mtime)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(name, text, encoding, mtime)
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(name, text, encoding, mtime)


def _read_zip(name: str, data: bytes, mtime: float | None) -> Iterator[ImportItem]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        yield ImportProblem.of(name, "bad-zip", reason=exc)
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir() or Path(info.filename).name.startswith("."):
                continue
            member = f"{name}/{info.filename}"
            suffix = Path(info.filename).suffix.lower()
            if suffix not in SUPPORTED_SUFFIXES or suffix in ZIP_SUFFIXES:
                yield (
                    ImportProblem.of(member, "unsupported-in-archive", suffix=suffix)
                    if suffix
                    else ImportProblem.of(member, "no-extension-in-archive")
                )
                continue
            if info.file_size > MAX_FILE_BYTES:
                yield ImportProblem.of(member, "too-large-in-archive")
                continue
            try:
                content = archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                yield ImportProblem.of(member, "archive-extract", reason=exc)
                continue
            yield from read_bytes(member, suffix, content, mtime)


# --- HTML -------------------------------------------------------------------

_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "canvas",
        "video",
        "audio",
        "head",
    }
)
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "article",
        "section",
        "blockquote",
        "tr",
        "table",
        "figcaption",
        "figure",
        "pre",
        "hr",
        "header",
        "main",
        "dd",
        "dt",
        "time",
    }
)
_VOID_TAGS = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "source", "area", "base", "col", "wbr", "param", "track"}
)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0
        self._skip_stack: list[str] = []
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1: str | None = None
        self._in_title = False
        self._in_h1 = False
        self._h1_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
            return
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "title":
            self._in_title = True
            return
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self._skip_stack.append(tag)
            return
        if tag == "h1" and self.h1 is None and not self._skip_stack:
            self._in_h1 = True
            self._h1_parts = []
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if self._skip_stack and tag in _SKIP_TAGS:
            # pop up to the matching tag (tolerates broken nesting)
            while self._skip_stack:
                if self._skip_stack.pop() == tag:
                    break
            return
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1 = " ".join("".join(self._h1_parts).split()) or None
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
            return
        if self._skip_stack:
            return
        if self._in_h1:
            self._h1_parts.append(data)
        self._current.append(data)

    def _flush(self) -> None:
        if self._current:
            text = " ".join("".join(self._current).split())
            if text:
                self.blocks.append(text)
            self._current = []

    def close(self) -> None:
        super().close()
        self._flush()


_TITLE_SPLIT_RE = re.compile(r"\s+[|\-–—]\s+")


def read_html(name: str, html: str, encoding: str | None, mtime: float | None) -> RawArticle:
    parser = _PageParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser is lenient; be safe anyway
        parser._flush()
    meta = parser.meta
    page_title = " ".join("".join(parser.title_parts).split()) or None
    site = meta.get("og:site_name") or meta.get("application-name")
    title = meta.get("og:title") or parser.h1 or page_title
    if page_title and not site:
        parts = _TITLE_SPLIT_RE.split(page_title)
        if len(parts) >= 2 and title and parts[0].strip() == title.strip():
            site = parts[-1].strip()
    if title and site:
        title = _TITLE_SPLIT_RE.split(title)[0].strip() if title.endswith(site) else title
    date = (
        meta.get("article:published_time")
        or meta.get("datepublished")
        or meta.get("pubdate")
        or meta.get("publish-date")
        or meta.get("date")
        or meta.get("dc.date")
        or meta.get("time")
    )
    url = meta.get("og:url") or meta.get("canonical")
    author = meta.get("author") or meta.get("article:author")
    return RawArticle(
        name,
        "\n".join(parser.blocks),
        encoding,
        "html",
        title=title,
        source=site,
        date=date,
        date_field="html meta" if date else None,
        url=url,
        author=author,
        mtime=mtime,
        raw=html,
    )


# --- Markdown ---------------------------------------------------------------

_FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_PREFIX_RE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
_MD_HEADING_RE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")


def read_markdown(name: str, text: str, encoding: str | None, mtime: float | None) -> RawArticle:
    fields: dict[str, str] = {}
    m = _FRONT_MATTER_RE.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                fields[key.strip().lower()] = value.strip().strip("\"'")
        text = text[m.end() :]
    title = fields.get("title")
    lines = []
    for line in text.splitlines():
        if line.strip().startswith("```"):
            continue
        if title is None:
            h = _MD_HEADING_RE.match(line)
            if h:
                title = h.group(1)
        line = _MD_IMAGE_RE.sub("", line)
        line = _MD_LINK_RE.sub(r"\1", line)
        line = _MD_PREFIX_RE.sub("", line)
        line = _MD_EMPHASIS_RE.sub(r"\2", line)
        lines.append(line)
    date = fields.get("date") or fields.get("published")
    return RawArticle(
        name,
        "\n".join(lines),
        encoding,
        "md",
        title=title,
        source=fields.get("source") or fields.get("outlet") or fields.get("site"),
        date=date,
        date_field="front matter" if date else None,
        url=fields.get("url") or fields.get("link"),
        author=fields.get("author"),
        mtime=mtime,
        raw=text if m else None,
    )


# --- JSON collections -------------------------------------------------------

_TEXT_KEYS = ("content", "text", "body", "article", "full_text", "fulltext", "description")
_TITLE_KEYS = ("title", "headline")
_SOURCE_KEYS = ("source", "outlet", "site", "publisher", "newspaper", "site_name")
_DATE_KEYS = (
    "date",
    "published",
    "published_at",
    "publishedAt",
    "pubDate",
    "datePublished",
    "publish_date",
    "date_published",
    "created_at",
)
RETRIEVAL_KEYS = (
    "date_extracted",
    "extracted_at",
    "retrieved",
    "retrieved_at",
    "date_retrieved",
    "crawled",
    "crawled_at",
    "crawl_date",
    "date_crawled",
    "scraped",
    "scraped_at",
    "date_scraped",
    "fetched",
    "fetched_at",
    "downloaded_at",
    "accessed",
    "accessed_at",
    "date_accessed",
)
"""JSON fields that say when an article was collected, not when it was published"""
_URL_KEYS = ("url", "link", "permalink")
_LIST_KEYS = ("articles", "data", "items", "documents", "records", "results", "posts", "news")


def read_json(name: str, text: str, encoding: str | None, mtime: float | None) -> Iterator[ImportItem]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ImportProblem.of(name, "invalid-json", line=exc.lineno, column=exc.colno, reason=exc.msg)
        return
    records = _records_of(data)
    if records is None:
        yield ImportProblem.of(name, "json-shape", kind=type(data).__name__)
        return
    yield from _articles_from_records(name, records, encoding, mtime)


def read_jsonl(name: str, text: str, encoding: str | None, mtime: float | None) -> Iterator[ImportItem]:
    records: list[Any] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            yield ImportProblem.of(f"{name}#{lineno}", "invalid-jsonl-line", line=lineno, reason=exc.msg)
            records.append(None)
    yield from _articles_from_records(name, records, encoding, mtime)


def _records_of(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list):
                return list(data[key])
        if _first(data, _TEXT_KEYS):
            return [data]
    return None


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def field_text(value: str | None) -> str | None:
    """A short field (title, byline, outlet) as text: HTML entities a crawler left in it
    (``&quot;``, ``&nbsp;``, ``&#8220;``) decoded, spaces folded."""
    if value is None:
        return None
    if "&" in value:
        value = html_module.unescape(value)
    value = " ".join(value.replace("\u200f", " ").replace("\u200e", " ").split())
    return value or None


def _articles_from_records(
    name: str, records: list[Any], encoding: str | None, mtime: float | None
) -> Iterator[ImportItem]:
    for index, record in enumerate(records):
        where = f"{name}#{index}"
        if record is None:
            continue
        if not isinstance(record, dict):
            yield ImportProblem.of(where, "record-not-object", kind=_json_kind(record))
            continue
        body = _first(record, _TEXT_KEYS)
        if body is None:
            yield ImportProblem.of(where, "record-no-text")
            continue
        date_key = next((k for k in _DATE_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
        retrieved_key = next((k for k in RETRIEVAL_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
        yield RawArticle(
            where,
            body,
            encoding,
            "json",
            title=field_text(_first(record, _TITLE_KEYS)),
            source=field_text(_first(record, _SOURCE_KEYS)),
            date=record[date_key] if date_key else None,
            date_field=date_key,
            retrieved=record[retrieved_key] if retrieved_key else None,
            retrieved_field=retrieved_key,
            url=_first(record, _URL_KEYS),
            author=field_text(_first(record, ("author", "authors", "byline"))),
            mtime=mtime,
            prestructured=True,
        )


def _json_kind(value: Any) -> str:
    """``a number``, ``a string``… as a person would name a JSON value."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "null" if value is None else f"a {type(value).__name__}"
