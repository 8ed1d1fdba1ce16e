"""How much of the Arabic comes back from the exported PDF, on real articles.

    .venv/bin/python bench/bench_pdf_text.py [--excerpts 300] [--seed 7]

Takes a passage (a paragraph, up to 600 characters) from each of N random
SaudiNewsNet articles, exports them as one PDF with Kashshaf's writer and reads
the text back with poppler's ``pdftotext`` and with ``pypdf``. A passage comes
back whole when its words, in order, are found in the extracted text
(bidi controls and line breaks aside). Prints the counts for Qt's own text
layer and for Kashshaf's fixed one, and the time the fix takes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
DATA = ROOT.parent / "shared" / "data"
BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def passages(count: int, seed: int) -> list[str]:
    found = []
    for archive in sorted((DATA / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(archive) as z:
            for member in z.namelist():
                for rec in json.loads(z.read(member)):
                    paragraphs = [p.strip() for p in (rec.get("content") or "").split("\n") if len(p.strip()) > 80]
                    if paragraphs:
                        found.append(paragraphs[0][:600].rsplit(" ", 1)[0])
    random.Random(seed).shuffle(found)
    return found[:count]


def words(text: str) -> str:
    return " ".join(BIDI.sub("", text).split())


def arabic_words(text: str) -> str:
    """The Arabic words of ``text`` in order, letters only: what poppler and pypdf
    move about (punctuation beside a word, a vowel mark's place, a number's
    digits in a mixed run) is left out, as it is in any PDF (LibreOffice's too)."""
    return (
        " "
        + " ".join(
            re.findall("[\u0621-\u064a]+", re.sub("[\u064b-\u0652\u0640]", "", unicodedata.normalize("NFKC", text)))
        )
        + " "
    )


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pypdf_text(path: Path) -> str:
    """pypdf gives each line in drawing order; Arabic lines are turned around word by word."""
    import pypdf

    lines = []
    for page in pypdf.PdfReader(str(path)).pages:
        for line in page.extract_text().split("\n"):
            lines.append(
                " ".join(w[::-1] for w in reversed(line.split())) if re.search("[\u0600-\u06ff]", line) else line
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--excerpts", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not (DATA / "saudinewsnet").exists():
        print(f"{DATA / 'saudinewsnet'} is absent; nothing to measure")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import kashshaf.core.export.pdf as export_pdf
    from kashshaf.core.excerpts import Excerpt
    from kashshaf.ui.export_pdf import draw_pdf

    texts = passages(args.excerpts, args.seed)
    excerpts = [
        Excerpt(id=str(i), doc_id=f"d{i}", start=0, end=len(t), text=t, title="", source="", date=None, url=None)
        for i, t in enumerate(texts)
    ]
    fix = export_pdf.fix_text_layer
    timings: list[float] = []

    def timed(pdf: bytes, font_file):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        out = fix(pdf, font_file)
        timings.append(time.perf_counter() - start)
        return out

    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for label, fixer in (("Qt's text layer", lambda pdf, _f: pdf), ("Kashshaf's fix", timed)):
            export_pdf.fix_text_layer = fixer
            path = Path(tmp) / f"{len(results)}.pdf"
            export_pdf.to_pdf(excerpts, "مقتطفات", "SaudiNewsNet", path, draw_pdf)
            for reader, extract in (("pdftotext", pdftotext), ("pypdf", pypdf_text)):
                raw = extract(path)
                whole = sum(words(t) in words(raw) for t in texts)
                arabic = sum(arabic_words(t) in arabic_words(raw) for t in texts)
                results[(label, reader)] = arabic
                print(
                    f"{label:16} {reader:10} Arabic words whole and in order: {arabic:4}/{len(texts)}; "
                    f"character for character: {whole:4}/{len(texts)}"
                )
            size = path.stat().st_size
    print(f"fix: {timings[0]:.2f} s for {len(texts)} passages ({size / 1e6:.1f} MB PDF)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
