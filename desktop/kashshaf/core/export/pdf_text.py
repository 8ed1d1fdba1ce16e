"""Make the text layer of a PDF written by Qt read back as the Arabic that was written.

Qt's PDF writer embeds a subset of each font and a ``ToUnicode`` map from the
subset's glyphs to characters. It builds that map backwards from the font's
``cmap`` alone, which goes wrong for Arabic in three ways:

* a glyph reached from several code points is mapped to the last of them, so
  letters come back as presentation forms (U+FExx) instead of the letters typed;
* a glyph made by the shaper (a positional or localised form, a ligature) is in
  no ``cmap`` entry and gets no mapping at all, so «الافتراضية» comes back as
  «ا فتراضية» and the full stop of «x.sa» is lost;
* Noto draws lam-alef as two glyphs, the lam with the advance and the alef over
  it with none; a letter of no width makes text extractors break the word.

``fix_text_layer`` rewrites each map. Every glyph of the subset that has none is
matched by its shape to a glyph of the bundled font it came from, whose text is
known from the font's ``cmap`` (letters preferred to presentation forms) and
GSUB lookups (a ligature reads as its components, a form as its letter). Each
drawn lam-alef pair gets a glyph code of its own that draws the lam and reads
as the pair, and the alef reads as nothing: one glyph, one width, the whole
pair. The changes are appended as an incremental update; nothing Qt wrote is
moved or rewritten, and what is drawn does not change.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

logging.getLogger("fontTools").setLevel(logging.ERROR)  # Qt's subsets carry odd timestamps; say nothing

_LAM = "\u0644"
_ALEFS = {"\u0627", "\u0623", "\u0625", "\u0622", "\u0671", "\u0672", "\u0673", "\u0675"}
_OBJ = re.compile(rb"(?m)^(\d+) 0 obj\b")
_REF = r"(\d+) 0 R"
_TOLERANCE = 4  # font units, summed over the four edges of a box: Qt rounds each point it re-draws


def _presentation_form(cp: int) -> bool:
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


def _text_of(cp: int) -> str:
    text = chr(cp)
    return unicodedata.normalize("NFKC", text) if _presentation_form(cp) else text


def _lookups(gsub: Any) -> Iterable[tuple[int, Any]]:
    """(lookup type, subtable) for every GSUB subtable, extension subtables unwrapped."""
    if gsub is None or gsub.table.LookupList is None:
        return
    for lookup in gsub.table.LookupList.Lookup:
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:
                kind, sub = sub.ExtensionLookupType, sub.ExtSubTable
            yield kind, sub


def glyph_texts(font: Any) -> dict[str, str]:
    """The text each glyph of ``font`` stands for: from the cmap, then through GSUB to a fixed point."""
    best: dict[str, int] = {}
    for cp, name in (font.getBestCmap() or {}).items():
        # prefer the letter to its presentation forms, then the lowest code point
        if name not in best or (_presentation_form(best[name]), best[name]) > (_presentation_form(cp), cp):
            best[name] = cp
    texts: dict[str, str] = {name: _text_of(cp) for name, cp in best.items()}
    gsub = font["GSUB"] if "GSUB" in font else None
    rules: list[tuple[tuple[str, ...], str]] = []
    for kind, sub in _lookups(gsub):
        if kind == 1:
            rules.extend(((src,), dst) for src, dst in sub.mapping.items())
        elif kind == 3:
            rules.extend(((src,), dst) for src, alts in sub.alternates.items() for dst in alts)
        elif kind == 4:
            for first, ligatures in sub.ligatures.items():
                rules.extend(((first, *lig.Component), lig.LigGlyph) for lig in ligatures)
    fixed = set(texts)
    changed = True
    while changed:  # a glyph reached several ways reads as the plainest letters
        changed = False
        for sources, target in rules:
            if target in fixed or not all(s in texts for s in sources):
                continue
            text = "".join(texts[s] for s in sources)
            if target not in texts or _rank(text) < _rank(texts[target]):
                texts[target] = text
                changed = True
    return texts


def _rank(text: str) -> tuple[int, int]:
    """Fewer letters outside basic Arabic and ASCII first (ه before ہ), then shorter."""
    return sum(1 for c in text if not (c < "\u0080" or "\u0621" <= c <= "\u065f")), len(text)


def _feature_lookups(gsub: Any, tag: str) -> set[int]:
    """The lookups a GSUB feature uses, with those its contextual lookups call."""
    lookups = gsub.table.LookupList.Lookup
    todo = [
        i for rec in gsub.table.FeatureList.FeatureRecord if rec.FeatureTag == tag for i in rec.Feature.LookupListIndex
    ]
    found: set[int] = set()
    while todo:
        index = todo.pop()
        if index in found or index >= len(lookups):
            continue
        found.add(index)
        for sub in lookups[index].SubTable:
            sub = getattr(sub, "ExtSubTable", sub)
            todo.extend(rec.LookupListIndex for rec in getattr(sub, "SubstLookupRecord", None) or [])
            for rules in (getattr(sub, "ChainSubRuleSet", None) or []) + (getattr(sub, "SubRuleSet", None) or []):
                for rule in getattr(rules, "ChainSubRule", None) or getattr(rules, "SubRule", None) or []:
                    todo.extend(rec.LookupListIndex for rec in rule.SubstLookupRecord)
            for rules in (getattr(sub, "ChainSubClassSet", None) or []) + (getattr(sub, "SubClassSet", None) or []):
                for rule in getattr(rules, "ChainSubClassRule", None) or getattr(rules, "SubClassRule", None) or []:
                    todo.extend(rec.LookupListIndex for rec in rule.SubstLookupRecord)
    return found


def split_ligature_parts(font: Any, texts: Mapping[str, str]) -> dict[str, str]:
    """The glyphs of a lam-alef drawn in two parts: ``lead`` (the lam, with the
    advance) and ``trail`` (the alef, drawn over it with no advance), found in
    the lookups of the font's required-ligature feature."""
    gsub = font["GSUB"] if "GSUB" in font else None
    if gsub is None or gsub.table.FeatureList is None:
        return {}
    lookups = gsub.table.LookupList.Lookup
    hmtx = font["hmtx"]
    roles: dict[str, str] = {}
    for index in _feature_lookups(gsub, "rlig"):
        for sub in lookups[index].SubTable:
            sub = getattr(sub, "ExtSubTable", sub)
            for source, target in (getattr(sub, "mapping", None) or {}).items():
                letter = texts.get(source, "")
                if hmtx[target][0] == 0 and letter in _ALEFS:
                    roles[target] = "trail"
                elif hmtx[target][0] > 0 and letter == _LAM:
                    roles[target] = "lead"
    return roles


def _shape(font: Any, name: str, scale: float) -> tuple[int, int, tuple[int, ...]]:
    """Advance, contour count and bounding box of a glyph, in units of ``scale`` × the font's own."""
    glyf = font["glyf"]
    coords, ends, _flags = glyf[name].getCoordinates(glyf)
    box: tuple[int, ...] = ()
    if len(coords):
        xs, ys = [p[0] for p in coords], [p[1] for p in coords]
        box = tuple(round(v * scale) for v in (min(xs), min(ys), max(xs), max(ys)))
    return round(font["hmtx"][name][0] * scale), len(ends), box


Shape = tuple[int, int, tuple[int, ...]]
Reading = tuple[str, str | None]
"""A glyph's text and its part in a split ligature (``lead``, ``trail`` or None)."""


@lru_cache(maxsize=8)
def _made_glyphs(path: str) -> tuple[int, list[tuple[Shape, Reading]]]:
    """For one bundled font: its units per em, and the shape and reading of each
    glyph that only the shaper makes (no cmap entry, text known through GSUB)."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    texts = glyph_texts(font)
    roles = split_ligature_parts(font, texts)
    mapped = set((font.getBestCmap() or {}).values())
    made = [
        (_shape(font, name, 1.0), (texts[name], roles.get(name)))
        for name in font.getGlyphOrder()
        if name not in mapped and name in texts
    ]
    return int(font["head"].unitsPerEm), made


def subset_readings(font: Any, original: Path, glyphs: Iterable[int]) -> dict[int, Reading]:
    """The reading of each of ``glyphs`` (ids in the embedded subset ``font``) that the
    shaper made from ``original``, found by shape: Qt re-draws the outlines it
    embeds, and rescales them, so glyphs are matched by advance, contours and
    bounding box. A glyph that two made glyphs would fit equally is left alone."""
    units, made = _made_glyphs(str(original))
    scale = int(font["head"].unitsPerEm) / units
    candidates = [
        ((round(a * scale), n, tuple(round(v * scale) for v in box)), reading) for (a, n, box), reading in made
    ]
    order = font.getGlyphOrder()
    found: dict[int, Reading] = {}
    for gid in glyphs:
        if not 0 < gid < len(order):
            continue
        advance, contours, box = _shape(font, order[gid], 1.0)
        scored = sorted(
            (sum(abs(a - b) for a, b in zip(cbox, box, strict=True)), reading)
            for (cadvance, ccontours, cbox), reading in candidates
            if abs(cadvance - advance) <= 1 and ccontours == contours and len(cbox) == len(box)
        )
        close = {reading for d, reading in scored if d <= _TOLERANCE and d <= scored[0][0] + 1}
        if len(close) == 1:
            found[gid] = close.pop()
    return found


def _cmap_entries(cmap: str) -> dict[int, str]:
    """The glyph → text pairs of a ToUnicode CMap as Qt writes it (bfchar and bfrange, array or offset form)."""

    def text(hexes: str) -> str:
        raw = bytes.fromhex(hexes)
        return raw.decode("utf-16-be", errors="replace")

    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, rest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)", block):
            first, last = int(lo, 16), int(hi, 16)
            if rest.startswith("["):
                for i, dst in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", rest)):
                    out[first + i] = text(dst)
            else:
                base = bytes.fromhex(rest[1:-1])
                for i in range(last - first + 1):
                    value = int.from_bytes(base, "big") + i
                    out[first + i] = value.to_bytes(len(base), "big").decode("utf-16-be", errors="replace")
    return out


def _cmap(entries: Mapping[int, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    items = sorted((gid, text) for gid, text in entries.items() if gid)  # "" reads as nothing
    for start in range(0, len(items), 100):  # at most 100 entries a block
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(f"<{gid:04X}> <{text.encode('utf-16-be').hex().upper()}>" for gid, text in chunk)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


class _Objects:
    """The objects of a PDF written by Qt, by number (the last definition wins)."""

    def __init__(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.at: dict[int, int] = {}
        if not self._read_xref(int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])):
            for m in _OBJ.finditer(pdf):  # not a classic table: find the objects by their headers
                self.at[int(m.group(1))] = m.end()

    def _read_xref(self, start: int) -> bool:
        """Read the cross-reference table at ``start`` and the ones before it (``/Prev``); newer entries win."""
        seen: set[int] = set()
        while start not in seen:
            seen.add(start)
            table = re.match(rb"xref\s+", self.pdf[start:])
            if table is None:
                return False
            at = start + table.end()
            while (section := re.match(rb"(\d+) (\d+)[ \t]*\r?\n", self.pdf[at : at + 40])) is not None:
                first, count = int(section.group(1)), int(section.group(2))
                at += section.end()
                for i in range(count):
                    offset, _gen, kind = self.pdf[at + 20 * i : at + 20 * i + 18].split()
                    head = _OBJ.match(self.pdf, int(offset)) if kind == b"n" else None
                    if head is not None:
                        self.at.setdefault(first + i, head.end())
                at += 20 * count
            prev = re.search(rb"/Prev\s+(\d+)", self.pdf[at : self.pdf.find(b"startxref", at)])
            if prev is None:
                return True
            start = int(prev.group(1))
        return True

    def dictionary(self, num: int) -> str:
        start = self.at[num]
        end = self.pdf.find(b"stream", start)
        stop = self.pdf.find(b"endobj", start)
        if end == -1 or end > stop:
            end = stop
        return self.pdf[start:end].decode("latin-1")

    def stream(self, num: int) -> bytes:
        head = self.dictionary(num)
        length = re.search(r"/Length\s+(?:" + _REF + r"|(\d+))", head)
        if length is None:
            raise ValueError(f"object {num}: a stream without a length")
        size = int(self.dictionary(int(length.group(1))).strip()) if length.group(1) else int(length.group(2))
        start = self.pdf.index(b"stream", self.at[num]) + len(b"stream")
        start += 2 if self.pdf[start : start + 2] == b"\r\n" else 1
        data = self.pdf[start : start + size]
        return zlib.decompress(data) if "/FlateDecode" in head else data


class _Font:
    """One Type0 font of the PDF and what the fix changes in it."""

    def __init__(self, num: int, cid_font: int, cmap: int, entries: dict[int, str], glyphs: int) -> None:
        self.num, self.cid_font, self.cmap, self.entries, self.glyphs = num, cid_font, cmap, entries, glyphs
        self.lead: set[int] = set()
        self.trail: dict[int, str] = {}
        self.pairs: dict[tuple[int, int], int] = {}
        """(lam glyph, alef glyph) → the glyph code drawn in place of that lam"""

    def pair_code(self, lead: int, trail: int) -> int:
        return self.pairs.setdefault((lead, trail), self.glyphs + len(self.pairs))


def fix_text_layer(pdf: bytes, font_file: Callable[[str], Path | None]) -> bytes:
    """``pdf`` with a text layer that gives back the characters typed.

    ``font_file`` names the font file a PDF font (``/BaseFont``, subset prefix
    removed) was made from, or None when unknown; a font without one keeps its
    map, with presentation forms turned back into letters.
    """
    objects = _Objects(pdf)
    fonts = {num: font for num in sorted(objects.at) if (font := _read_font(objects, num, font_file)) is not None}
    if not fonts:
        return pdf
    updates: dict[int, bytes] = {}
    for page in sorted(objects.at):
        head = objects.dictionary(page)
        if not re.search(r"/Type\s*/Page\b", head):
            continue
        resources = re.search(r"/Resources\s+" + _REF, head)
        font_dict = re.search(
            r"/Font\s*<<(.*?)>>", objects.dictionary(int(resources.group(1))) if resources else head, re.S
        )
        by_name = {
            name.encode(): fonts[int(num)]
            for name, num in re.findall(r"/([^\s/<>\[\]]+)\s+" + _REF, font_dict.group(1) if font_dict else "")
            if int(num) in fonts
        }
        for content in re.findall(_REF, (re.search(r"/Contents\s+(\[[^\]]*\]|\d+ 0 R)", head) or ["", ""])[1]):
            data = objects.stream(int(content))
            marked = _rewrite_content(data, by_name)
            if marked != data:
                updates[int(content)] = _stream(marked)
    size = int(re.findall(rb"/Size\s+(\d+)", pdf)[-1])
    for font in fonts.values():
        entries = dict(font.entries)
        entries = {gid: _as_drawn(text) for gid, text in entries.items()}
        for gid in font.trail:
            entries[gid] = ""
        for (_lead, trail), code in font.pairs.items():
            entries[code] = _as_drawn(_LAM + font.trail[trail])
        updates[font.cmap] = _stream(_cmap(entries), compress=False)
        if font.pairs:
            gid_map = size
            size += 1
            codes = bytearray()
            for code in range(font.glyphs + len(font.pairs)):
                codes += code.to_bytes(2, "big")
            for (lead, _trail), code in font.pairs.items():
                codes[2 * code : 2 * code + 2] = lead.to_bytes(2, "big")
            updates[gid_map] = _stream(bytes(codes))
            updates[font.cid_font] = _with_pair_codes(objects.dictionary(font.cid_font), font, gid_map)
    return _append_update(pdf, updates, size)


def _as_drawn(text: str) -> str:
    """The characters of one glyph as a text layer should hold them. Text extractors
    (poppler's, and pypdf's users) turn a right-to-left run around character by
    character, the characters of one glyph included, so a glyph standing for several
    Arabic letters (لا, الله) holds them as drawn, from left to right."""
    if len(text) > 1 and all(unicodedata.bidirectional(c) in ("AL", "R", "NSM") for c in text):
        return text[::-1]
    return text


def _read_font(objects: _Objects, num: int, font_file: Callable[[str], Path | None]) -> _Font | None:
    head = objects.dictionary(num)
    if "/Subtype /Type0" not in head:
        return None
    to_unicode = re.search(r"/ToUnicode\s+" + _REF, head)
    descendant = re.search(r"/DescendantFonts\s*\[\s*" + _REF, head)
    base = re.search(r"/BaseFont\s*/([^\s/<>\[\]]+)", head)
    if to_unicode is None or descendant is None or base is None:
        return None
    cmap = int(to_unicode.group(1))
    entries = {
        gid: unicodedata.normalize("NFKC", t) if any(_presentation_form(ord(c)) for c in t) else t
        for gid, t in _cmap_entries(objects.stream(cmap).decode("latin-1")).items()
    }
    cid_font = int(descendant.group(1))
    font = _Font(num, cid_font, cmap, entries, max(entries, default=0) + 1)
    path = font_file(base.group(1).split("+")[-1])
    descriptor = re.search(r"/FontDescriptor\s+" + _REF, objects.dictionary(cid_font))
    embedded = re.search(r"/FontFile2\s+" + _REF, objects.dictionary(int(descriptor.group(1)))) if descriptor else None
    if path is None or embedded is None:
        return font
    from fontTools.ttLib import TTFont

    subset = TTFont(io.BytesIO(objects.stream(int(embedded.group(1)))), lazy=True)
    font.glyphs = len(subset.getGlyphOrder())
    missing = [g for g in range(1, font.glyphs) if not entries.get(g)]
    for gid, (text, role) in subset_readings(subset, path, missing).items():
        font.entries[gid] = text
        if role == "lead":
            font.lead.add(gid)
        elif role == "trail":
            font.trail[gid] = text
    return font


_TOKEN = re.compile(rb"/([^\s/<>\[\]]+)\s+[-\d.]+\s+Tf|([-\d.]+) ([-\d.]+) Td <([0-9A-Fa-f]{4})> Tj\s*")


def _rewrite_content(content: bytes, fonts: Mapping[bytes, _Font]) -> bytes:
    """``content`` with each lam drawn under an alef shown through its pair's code.

    Qt shows one glyph per ``Td … Tj``, each placed by itself; the alef of a pair
    comes right after its lam, at the same place (``0 0 Td``). (Wrapping a letter
    and its vowel marks in an ``/ActualText`` span was tried: poppler then cuts
    more words than it joins.)"""
    out = bytearray()
    done = 0
    font: _Font | None = None
    run: list[re.Match[bytes]] = []

    def flush() -> None:
        nonlocal done
        if run:
            out.extend(content[done : run[0].start()])
            out.extend(_rewrite_run(run, font) if font is not None else content[run[0].start() : run[-1].end()])
            done = run[-1].end()
            run.clear()

    for m in _TOKEN.finditer(content):
        if run and m.start() != run[-1].end():
            flush()
        if m.group(1) is not None:
            flush()
            font = fonts.get(m.group(1))
        else:
            run.append(m)
    flush()
    out.extend(content[done:])
    return bytes(out)


def _rewrite_run(run: Sequence[re.Match[bytes]], font: _Font) -> bytes:
    out = bytearray()
    for show, after in zip(run, [*run[1:], None], strict=True):
        code = int(show.group(4), 16)
        if (
            code in font.lead
            and after is not None
            and int(after.group(4), 16) in font.trail
            and float(after.group(2)) == float(after.group(3)) == 0
        ):
            code = font.pair_code(code, int(after.group(4), 16))
        out += b"%s %s Td <%04X> Tj\n" % (show.group(2), show.group(3), code)
    return bytes(out)


def _with_pair_codes(cid_font: str, font: _Font, gid_map: int) -> bytes:
    """The CIDFont dictionary with the pair codes drawn through ``gid_map`` and as wide as their lam."""
    widths = re.search(r"/W\s*\[\s*0\s*\[([^\]]*)\]", cid_font)
    values = widths.group(1).split() if widths else []
    extra = [
        values[lead] if lead < len(values) else "0"
        for (lead, _trail), _code in sorted(font.pairs.items(), key=lambda kv: kv[1])
    ]
    body = re.sub(r"/CIDToGIDMap\s*(/Identity|\d+ 0 R)", f"/CIDToGIDMap {gid_map} 0 R", cid_font)
    body = re.sub(r"/W\s*\[", f"/W [{font.glyphs} [{' '.join(extra)}] ", body, count=1)
    return body.strip().encode("latin-1")


def _stream(data: bytes, compress: bool = True) -> bytes:
    if compress:
        packed = zlib.compress(data)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _append_update(pdf: bytes, objects: Mapping[int, bytes], size: int) -> bytes:
    """``pdf`` with ``objects`` (number → body) defined anew in an incremental update."""
    trailer = pdf[pdf.rindex(b"trailer") :].decode("latin-1")
    prev = int(re.findall(r"startxref\s+(\d+)", trailer)[-1])
    keep = " ".join(re.findall(r"/(?:Root|Info)\s+\d+ 0 R|/ID\s*\[[^\]]*\]", trailer))
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets: dict[int, int] = {}
    for num, body in sorted(objects.items()):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for num, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (num, offset)
    out += f"trailer\n<< /Size {size} {keep} /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n".encode("latin-1")
    return bytes(out)
