"""The PDF export: drawn by Qt, its text layer rewritten so the Arabic reads back
whole and in logical order (poppler's pdftotext and pypdf), with nothing drawn
changed. Needs poppler-utils, which `make test` installs as root."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest

import kashshaf.core.export.pdf as pdf_export
from kashshaf.cli import main as cli
from kashshaf.core.excerpts import Excerpt
from kashshaf.core.export import export_excerpts
from kashshaf.core.export.pdf_text import glyph_texts, split_ligature_parts
from kashshaf.core.workspace import Workspace
from kashshaf.paths import resource_path
from kashshaf.ui.export_pdf import draw_pdf

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
SENTENCE = "قالت الوزارة إن النسخة الافتراضية لا تعمل، وإن لأجل ذلك الإعلان لآلاف المستخدمين على x.sa اليوم"


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.fail(
            f"{tool} is missing: `make test` installs poppler-utils when run as root (packaging/system-deps.sh)"
        )
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def arabic_words(text: str) -> str:
    """The Arabic words in order, letters only (poppler moves punctuation beside a
    word and a vowel mark within it, in any PDF; that is left out here), with
    presentation forms (a seed writes اﻹدارة) as the letters they stand for."""
    letters = re.sub("[\u064b-\u0652\u0640]", "", unicodedata.normalize("NFKC", text))
    return " " + " ".join(re.findall("[\u0621-\u064a]+", letters)) + " "


def write_pdf(excerpts: list[Excerpt], corpus: str, path: Path) -> None:
    """Through the format registry, drawn by Qt, as the window and the CLI write one."""
    export_excerpts(excerpts, "pdf", path, "مقتطفات", corpus=corpus, renderer=draw_pdf)


def loose(text: str, excerpt_id: str = "s") -> Excerpt:
    return Excerpt(excerpt_id, "d1", 0, len(text), text, "عنوان الخبر", "الرياض", "2015-07-21", "https://x.sa/1")


def seed_excerpts(ws: Workspace) -> list[Excerpt]:
    """Two whole paragraphs from each seed document, kept as excerpts."""
    for doc_id in ws.browse():
        text = ws.document(doc_id).clean_text  # type: ignore[union-attr]
        at = 0
        kept = 0
        for paragraph in text.split("\n"):
            if len(paragraph.strip()) > 80 and kept < 2:
                start = at + len(paragraph) - len(paragraph.lstrip())
                ws.excerpts.add(doc_id, start, start + len(paragraph.strip()), note="ملاحظة: لا بأس")
                kept += 1
            at += len(paragraph) + 1
    return ws.excerpts.all()


def test_the_arabic_comes_back_whole(corpus: Workspace, tmp_path: Path) -> None:
    excerpts = [*seed_excerpts(corpus), loose(SENTENCE)]
    assert len(excerpts) >= 9
    path = tmp_path / "x.pdf"
    write_pdf(excerpts, corpus.corpus_dir.name, path)

    text = poppler("pdftotext", "-enc", "UTF-8", str(path), "-")
    for excerpt in excerpts:
        assert arabic_words(excerpt.text) in arabic_words(text), excerpt.text
    assert "النسخة الافتراضية لا تعمل" in text
    assert "لأجل ذلك الإعلان لآلاف" in text
    assert "x.sa" in text  # the full stop is a localised form with no cmap entry
    assert arabic_words(text).count(" ملاحظة لا بأس ") == len(excerpts) - 1  # each note, after its excerpt
    assert not PRESENTATION_FORMS.search(text)  # letters, not their presentation forms

    import pypdf

    drawn = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    assert not PRESENTATION_FORMS.search(drawn)
    # pypdf gives Arabic in drawing order (left to right): each word turned around reads right
    assert {"الافتراضية", "لأجل", "الإعلان", "لآلاف"} <= {w[::-1] for w in drawn.split()}


def test_the_rewrite_changes_nothing_drawn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    excerpts = [loose(SENTENCE), loose("سقوط قتيلاً وجريحاً، فعلاً وأخيراً لا إله إلا الله", "t")]
    fixed = tmp_path / "fixed.pdf"
    write_pdf(excerpts, "العينة", fixed)
    monkeypatch.setattr(pdf_export, "fix_text_layer", lambda pdf, _font: pdf)
    raw = tmp_path / "raw.pdf"
    write_pdf(excerpts, "العينة", raw)
    poppler("pdftoppm", "-r", "72", "-png", str(raw), str(tmp_path / "raw"))
    poppler("pdftoppm", "-r", "72", "-png", str(fixed), str(tmp_path / "fixed"))
    assert (tmp_path / "raw-1.png").read_bytes() == (tmp_path / "fixed-1.png").read_bytes()
    assert "لا تعمل" not in poppler("pdftotext", "-enc", "UTF-8", str(raw), "-")  # Qt's own layer loses لا
    assert "لا تعمل" in poppler("pdftotext", "-enc", "UTF-8", str(fixed), "-")


def test_the_cli_writes_a_pdf(corpus: Workspace, tmp_path: Path) -> None:
    seed_excerpts(corpus)
    target = tmp_path / "out.pdf"
    assert cli(["--corpus", str(corpus.corpus_dir), "export", "--format", "pdf", "--out", str(target)]) == 0
    assert arabic_words(corpus.excerpts.all()[0].text) in arabic_words(
        poppler("pdftotext", "-enc", "UTF-8", str(target), "-")
    )


def test_the_bundled_fonts_split_lam_alef_into_two_glyphs() -> None:
    from fontTools.ttLib import TTFont

    for name in ("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"):
        font = TTFont(str(resource_path("fonts", f"{name}.ttf")), lazy=True)
        texts = glyph_texts(font)
        roles = split_ligature_parts(font, texts)
        assert {texts[g] for g, role in roles.items() if role == "trail"} >= {"ا", "أ", "إ", "آ"}
        assert {texts[g] for g, role in roles.items() if role == "lead"} == {"ل"}
        # letters, never their presentation forms (the block's symbols, as ﮲, stay themselves)
        forms = [t for t in texts.values() if PRESENTATION_FORMS.search(t)]
        assert forms
        assert all(unicodedata.normalize("NFKC", t) == t for t in forms)


def test_real_articles_come_back_whole(shared_data: Path, tmp_path: Path) -> None:
    """A paragraph from each of 150 random SaudiNewsNet articles: Qt's own text layer
    gives back none whole; the rewritten one gives back nearly all."""
    paragraphs = []
    for archive in sorted((shared_data / "saudinewsnet").glob("*.zip"))[:6]:
        with zipfile.ZipFile(archive) as z:
            for member in z.namelist():
                for rec in json.loads(z.read(member)):
                    found = [p.strip() for p in (rec.get("content") or "").split("\n") if len(p.strip()) > 80]
                    if found:
                        paragraphs.append(found[0][:600].rsplit(" ", 1)[0])
    random.Random(3).shuffle(paragraphs)
    excerpts = [loose(p, str(i)) for i, p in enumerate(paragraphs[:150])]
    path = tmp_path / "real.pdf"
    write_pdf(excerpts, "SaudiNewsNet", path)
    text = arabic_words(poppler("pdftotext", "-enc", "UTF-8", str(path), "-"))
    whole = sum(arabic_words(e.text) in text for e in excerpts)
    assert whole >= 0.9 * len(excerpts), f"{whole} of {len(excerpts)} passages came back whole"
