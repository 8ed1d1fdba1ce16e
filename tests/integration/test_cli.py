"""The CLI end to end on the seeds, as a user runs it (a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SEEDS


def run(*args: str, data_dir: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KASHSHAF_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "kashshaf", *args], capture_output=True, text=True, env=env, check=check
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("data")
    folder = tmp_path_factory.mktemp("cli-corpus")
    out = run("--corpus", str(folder), "import", str(SEEDS), data_dir=data)
    assert "imported 5 documents, 0 duplicates, 0 problems" in out.stdout
    return folder, data


def search_json(corpus: tuple[Path, Path], query: str, *extra: str) -> dict[str, object]:
    folder, data = corpus
    out = run("--corpus", str(folder), "search", query, "--json", *extra, data_dir=data)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def test_search_json_shape_and_obfuscated_matches(corpus: tuple[Path, Path]) -> None:
    result = search_json(corpus, "داعش")
    assert result["total"] == 2
    hits = result["hits"]
    assert isinstance(hits, list)
    assert {Path(h["path"]).name[:3] for h in hits} == {"002", "004"}
    for hit in hits:
        assert set(hit) >= {"id", "path", "title", "source", "date", "score", "snippet"}
        assert isinstance(hit["score"], float)


def test_phrase_finds_the_ligature_spelling(corpus: tuple[Path, Path]) -> None:
    result = search_json(corpus, '"الإدارة الذاتية"', "--limit", "0")
    names = {Path(h["path"]).name[:3] for h in result["hits"]}  # type: ignore[index]
    assert "000" in names  # written اﻹدارة there
    assert result["total"] == len(result["hits"])  # type: ignore[arg-type]


def test_highlight_offsets_count_in_the_show_output(corpus: tuple[Path, Path]) -> None:
    folder, data = corpus
    result = search_json(corpus, "قسد")
    for hit in result["hits"]:  # type: ignore[union-attr]
        text = run("--corpus", str(folder), "show", hit["id"], data_dir=data).stdout
        start = hit["snippet_start"]
        assert text[start : start + len(hit["snippet"])] == hit["snippet"]
        for s, e in hit["highlights"]:
            word = text[s:e].replace("ـ", "").replace(".", "").replace(" ", "")
            assert word.endswith("قسد"), word
            assert len(word) <= 5, word


def test_show_raw_and_meta(corpus: tuple[Path, Path]) -> None:
    folder, data = corpus
    hit = search_json(corpus, "source:سوشال")["hits"][0]  # type: ignore[index]
    raw = run("--corpus", str(folder), "show", hit["id"], "--raw", data_dir=data).stdout
    assert raw == (SEEDS / "004_d9df538d2038d958.txt").read_text(encoding="utf-8")
    meta = json.loads(run("--corpus", str(folder), "show", hit["id"][:8], "--meta", data_dir=data).stdout)
    assert meta["source"] == "سوشال"
    assert meta["title"] == "روسيا توجه رسالة إلى المعارضة السورية.. إليك مضمونها"


def test_stats_and_reindex(corpus: tuple[Path, Path]) -> None:
    folder, data = corpus
    stats = json.loads(run("--corpus", str(folder), "stats", "--json", data_dir=data).stdout)
    assert stats["documents"] == 5
    assert stats["indexed"] == 5
    assert stats["sources"]["تركيا بالعربي"] == 1
    out = run("--corpus", str(folder), "reindex", data_dir=data).stdout
    assert out.startswith("reindexed 5 documents")
    assert search_json(corpus, "قسد")["total"] == 5


def test_errors_are_clear(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, data = corpus
    bad = run("--corpus", str(folder), "search", '"غير مغلق', data_dir=data, check=False)
    assert bad.returncode == 2
    assert "invalid query" in bad.stderr
    missing = run("--corpus", str(folder), "show", "0000000000000000", data_dir=data, check=False)
    assert missing.returncode == 3
    assert "no document" in missing.stderr
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "ok.txt").write_text("خبر\n\nنص الخبر الجديد عن زنوبيا.", encoding="utf-8")
    imp = run("--corpus", str(tmp_path / "c"), "import", str(tmp_path), data_dir=data)
    assert "imported 1 documents" in imp.stdout
    assert "empty.txt: the file is empty" in imp.stderr
    assert "binary.txt: " in imp.stderr
    assert "binary" in imp.stderr


def test_default_corpus_starts_as_the_seeds(tmp_path: Path) -> None:
    out = run("stats", "--json", data_dir=tmp_path)
    stats = json.loads(out.stdout)
    assert stats["documents"] == 5
    assert stats["store"].startswith(str(tmp_path))
    again = run("search", "قسد", "--json", data_dir=tmp_path)
    assert json.loads(again.stdout)["total"] == 5
    # the app never writes into its install folder
    assert not any(
        p.suffix in (".sqlite3", ".toc")
        for p in SEEDS.parent.rglob("*")
        if ".venv" not in p.parts and ".git" not in p.parts
    )


def test_rescan_reports_new_deleted_and_unchanged_files(tmp_path: Path) -> None:
    import shutil

    source = tmp_path / "src"
    shutil.copytree(SEEDS, source)
    corpus = tmp_path / "corpus"
    empty = run("--corpus", str(corpus), "rescan", data_dir=tmp_path, check=False)
    assert empty.returncode == 2
    assert "no imported folders" in empty.stderr
    run("--corpus", str(corpus), "import", str(source), data_dir=tmp_path)
    (source / "000_938ac7fb44945aed.txt").unlink()
    (source / "new.txt").write_text("خبر جديد\n\nوصل وفد زنوبيا إلى المدينة.\n", encoding="utf-8")
    out = run("--corpus", str(corpus), "rescan", data_dir=tmp_path)
    assert "imported 1 documents, 0 duplicates, 0 problems" in out.stdout
    assert "1 removed (their files are gone), 4 unchanged files skipped" in out.stdout
    assert json.loads(run("--corpus", str(corpus), "stats", "--json", data_dir=tmp_path).stdout)["documents"] == 5
