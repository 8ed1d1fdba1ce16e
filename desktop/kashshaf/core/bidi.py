"""Bidirectional text: keeping the runs of a composed string in their own direction.

A string the app composes from parts of both directions (an outlet slug, a
date and an Arabic title on one line; a path or a url in an Arabic message;
a citation) is laid out by the Unicode bidi algorithm as one paragraph: a
Latin run next to numbers takes them along (``10 · 3alyoum أغسطس 2015``), a
path's slashes move to the wrong end. Each part is wrapped in an isolate
(FSI … PDI: the part takes the direction of its first strong letter and is
laid out on its own), so the parts stay whole and in the order written.
"""

from __future__ import annotations

FSI = "\u2068"
"""First Strong Isolate: the part's direction is that of its first letter"""
LRI = "\u2066"
"""Left-to-Right Isolate: for runs that are always left to right (paths, urls, shortcuts)"""
RLI = "\u2067"
PDI = "\u2069"
"""Pop Directional Isolate: ends an isolate"""
ISOLATES = (FSI, LRI, RLI, PDI)


def isolate(text: str) -> str:
    """``text`` as an isolate in the direction of its first strong letter ('' stays '')."""
    return f"{FSI}{text}{PDI}" if text else text


def isolate_ltr(text: str) -> str:
    """``text`` as a left-to-right isolate: a path, a url, a keyboard shortcut, an id."""
    return f"{LRI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    """``text`` without isolate marks (for a value a program will read, or a comparison)."""
    return text.translate({ord(c): None for c in ISOLATES})


def join_isolated(parts: list[str], separator: str) -> str:
    """The non-empty ``parts``, each isolated, joined by ``separator``."""
    return separator.join(isolate(p) for p in parts if p)


def _has_rtl(text: str) -> bool:
    return any("\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufefc" for c in text)


def isolate_url(url: str) -> str:
    """A web address as a left-to-right isolate whose Arabic path segments are isolates of their own:
    ``…/426886/نوح-فيلدمان/«داعش»-يثير-توتر`` keeps its segments in order, each readable."""
    if not url:
        return url
    if not _has_rtl(url):
        return isolate_ltr(url)
    segments = url.split("/")
    return isolate_ltr("/".join(isolate(seg) if _has_rtl(seg) else seg for seg in segments))
