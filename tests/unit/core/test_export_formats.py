"""The one registry of export formats: what it holds, and a PDF through an injected renderer
(the core draws nothing itself; here a stand-in renderer, so no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kashshaf.cli import main as cli
from kashshaf.core.excerpts import Excerpt
from kashshaf.core.export import FORMATS, ExportError, export_excerpts
from kashshaf.core.workspace import Workspace

EXCERPT = Excerpt("e1", "d1", 0, 8, "نص <قصير>", "عنوان", "الرياض", "2015-07-21", "https://x.sa/1", note="ملاحظة")


def test_the_registry_holds_every_format_once() -> None:
    assert list(FORMATS) == ["docx", "pdf", "md", "csv", "json"]  # a save dialog's order; docx its default
    assert {f.name: f.label for f in FORMATS.values()}["md"] == "Markdown"
    assert [f.name for f in FORMATS.values() if f.drawn] == ["pdf"]


def test_a_pdf_is_drawn_by_the_renderer_it_is_given(tmp_path: Path) -> None:
    drawn: list[tuple[str, str]] = []

    def renderer(html: str, title: str) -> bytes:
        drawn.append((html, title))
        return b""

    target = tmp_path / "x.pdf"
    with pytest.raises(ExportError, match="produced nothing"):
        export_excerpts([EXCERPT], "pdf", target, "مقتطفات", corpus="العينة", renderer=renderer)
    [(html, title)] = drawn
    assert title == "مقتطفات"
    assert "العينة" in html
    assert "نص &lt;قصير&gt;" in html
    assert "ملاحظة" in html
    assert not target.exists()


def test_without_a_renderer_there_is_no_pdf(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="the format pdf cannot be written here"):
        export_excerpts([EXCERPT], "pdf", tmp_path / "x.pdf", "مقتطفات")
    with pytest.raises(ExportError, match="the format odt cannot be written here"):
        export_excerpts([EXCERPT], "odt", tmp_path / "x.odt", "مقتطفات")


def test_an_existing_file_is_kept_before_anything_is_drawn(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"mine")

    def renderer(html: str, title: str) -> bytes:
        raise AssertionError("drawn")

    with pytest.raises(ExportError, match="exists already"):
        export_excerpts([EXCERPT], "pdf", target, "مقتطفات", renderer=renderer)
    assert target.read_bytes() == b"mine"


def test_the_cli_says_a_pdf_exists_already(
    corpus: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(it used to raise a KeyError: the message was given as its code)"""
    target = tmp_path / "out.pdf"
    target.write_bytes(b"mine")
    assert cli(["--corpus", str(corpus.corpus_dir), "export", "--format", "pdf", "--out", str(target)]) == 2
    assert "exists already" in capsys.readouterr().err
    assert target.read_bytes() == b"mine"


def test_file_stem_names_what_and_which_query_and_keeps_only_what_file_systems_take() -> None:
    from kashshaf.core.bidi import isolate_ltr
    from kashshaf.core.export.files import file_stem

    assert file_stem("سياقات", '"وزير الخارجية"', today="2026-11-29") == "سياقات-وزير_الخارجية-2026-11-29"
    # slashes, colons, wildcards and direction marks would make a path or an invalid Windows name
    stem = file_stem("network", f"title:{isolate_ltr('a/b')} OR ترامب*", today="2026-11-29")
    assert stem == "network-title_a_b_OR_ترامب-2026-11-29"
    assert not set(stem) & set('\\/:*?"<>|\u2066\u2067\u2068\u2069\u200e\u200f')
    assert file_stem("timeline", "", today="2026-11-29") == "timeline-2026-11-29"  # an empty query is left out
    assert len(file_stem("x", "ب" * 500)) == len("x-") + 60
