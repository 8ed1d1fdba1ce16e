"""Copying a passage with its citation: plain text and HTML on the clipboard."""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from kashshaf.core.citation import quoted


def copy_quote(passage: str, cite: str, note: str = "", lang: str = "ar", rtl: bool = True) -> str:
    """Put the passage, its citation and the note on the clipboard; return the plain text."""
    plain = quoted(passage, cite, note, lang)
    direction = "rtl" if rtl else "ltr"
    body = "<br/>".join(html.escape(line) for line in passage.strip().split("\n"))
    rich = f'<blockquote dir="{direction}">{body}</blockquote><p dir="{direction}">— {html.escape(cite)}</p>'
    if note:
        rich += f'<p dir="{direction}"><i>{html.escape(note)}</i></p>'
    mime = QMimeData()
    mime.setText(plain)
    mime.setHtml(rich)
    QGuiApplication.clipboard().setMimeData(mime)
    return plain
