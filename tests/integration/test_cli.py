"""The CLI end to end on the seeds, as a user runs it (a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SEEDS

from kashshaf.core.bidi import strip_isolates


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


def test_exact_search_and_did_you_mean(corpus: tuple[Path, Path]) -> None:
    folder, data = corpus
    stemmed, exact = search_json(corpus, "بالإدارة"), search_json(corpus, "بالإدارة", "--exact")
    assert (stemmed["exact"], exact["exact"]) == (False, True)
    assert stemmed["total"] == 5
    assert exact["total"] == 1  # as written: only the seed that writes بالإدارة
    assert stemmed["suggestion"] is None  # found: nothing to suggest
    missed = search_json(corpus, "المفاوضاتت")
    assert (missed["total"], missed["suggestion"]) == (0, "المفاوضات")
    text = run("--corpus", str(folder), "search", "المفاوضاتت", data_dir=data).stdout
    assert strip_isolates(text).splitlines() == ["0 documents match «المفاوضاتت»", "did you mean: المفاوضات?"]
    assert "\u2068المفاوضات\u2069" in text  # the suggestion an isolate in the English line
    words = run("--corpus", str(folder), "search", "بالإدارة", "--exact", "--limit", "1", data_dir=data).stdout
    assert strip_isolates(words.splitlines()[0]) == "1 documents match «بالإدارة» (words as written)"
    env = dict(os.environ, KASHSHAF_DATA_DIR=str(data))
    listed = [
        json.loads(
            subprocess.run(
                [sys.executable, "-m", "kashshaf", "--corpus", str(folder), "batch", "-", "--json", *extra],
                input="بالإدارة\n", capture_output=True, text=True, env=env, check=True,
            ).stdout
        )[0]["documents"]
        for extra in ((), ("--exact",))
    ]  # fmt: skip
    assert listed == [5, 1]


def test_variants_lists_the_corpus_spellings_of_a_word(corpus: tuple[Path, Path]) -> None:
    folder, data = corpus
    rows = json.loads(run("--corpus", str(folder), "variants", "ماكنزي", "--json", data_dir=data).stdout)
    assert [r["spelling"] for r in rows][:1] == ["ماكنزي"]  # the word itself first, as the corpus has it
    assert {"ماكنزي", "ماكينزي"} <= {r["spelling"] for r in rows}
    for row in rows:
        assert set(row) == {"spelling", "occurrences", "distance", "documents"}
        assert row["documents"] == search_json(corpus, row["spelling"])["total"]
        assert row["occurrences"] > 0
    assert rows[0]["distance"] == 0
    text = run("--corpus", str(folder), "variants", "ماكنزي", data_dir=data).stdout
    lines = [strip_isolates(line) for line in text.splitlines()]
    assert lines[0].split() == ["occurrences", "distance", "documents", "spelling"]
    assert lines[1].split()[-1] == "ماكنزي"
    assert lines[-1].startswith(f"{len(rows)} spellings; ماكنزي~ searches (ماكنزي OR ")
    none = run("--corpus", str(folder), "variants", "زززززز", "--json", data_dir=data).stdout
    assert json.loads(none) == []
    assert "no spelling" in run("--corpus", str(folder), "variants", "زززززز", data_dir=data).stdout


def test_batch_prints_an_aligned_table_with_each_query_last(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, data = corpus
    names = tmp_path / "names.txt"
    names.write_text("# a list\nداعش\n\nالإدارة الذاتية\ndate:2015-13\nروسيا OR تركيا\nكلمةلاتوجد\n", encoding="utf-8")
    out = run("--corpus", str(folder), "batch", str(names), data_dir=data)
    lines = [strip_isolates(line) for line in out.stdout.splitlines()]
    assert lines[0].split() == ["hits", "documents", "undated", "first", "date", "last", "date", "query"]
    rows = {line.split("  ")[-1].strip(): line for line in lines[1:6] if "✗" not in line}
    assert set(rows) == {"داعش", '"الإدارة الذاتية"', "روسيا OR تركيا", "كلمةلاتوجد"}
    assert rows["داعش"].split()[:5] == ["11", "2", "1", "2022-11-12", "2022-11-12"]  # 11 times in 2 documents
    assert rows["كلمةلاتوجد"].split()[:2] == ["0", "0"]
    # every query starts in the same column, whatever the numbers and dates before it
    starts = {line.index(query) for query, line in rows.items()}
    assert len(starts) == 1
    assert lines[0].index("query") in starts
    (bad,) = [line for line in lines if "✗" in line]
    assert "date:2015-13  ✗ line 5: «2015-13» is not a date" in bad
    assert lines[-1] == "5 queries: 3 found, 1 found nothing, 1 cannot be read"
    assert "\u2068داعش\u2069" in out.stdout  # each query a bidi isolate: an Arabic one turns no line around


def test_batch_json_counts_as_search_does(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, data = corpus
    names = tmp_path / "names.csv"
    names.write_bytes('\ufeffid,الاستعلام\n1,قسد\n2,الإدارة الذاتية\n3,source:سوشال\n4,"""قسد"\n'.encode())
    rows = json.loads(run("--corpus", str(folder), "batch", str(names), "--json", data_dir=data).stdout)
    assert [r["text"] for r in rows] == ["قسد", "الإدارة الذاتية", "source:سوشال", '"قسد']
    assert [r["line"] for r in rows] == [2, 3, 4, 5]
    for row in rows[:3]:
        assert row["documents"] == search_json(corpus, row["query"])["total"]
        assert row["error"] is None
    assert [r["hits"] for r in rows[:3]] == [28, 15, 0]  # occurrences; a filter alone has no words to count
    assert rows[0]["first_date"] == "2021-02-13T08:34"
    assert rows[0]["last_date"] == "2022-11-12"
    assert rows[0]["first_date_kind"] == "published"
    assert rows[0]["undated"] == 3
    assert rows[3]["hits"] is None
    assert rows[3]["error_kind"] == "quote"
    written = run("--corpus", str(folder), "batch", str(names), "--json", "--as-written", data_dir=data).stdout
    assert json.loads(written)[1]["query"] == "الإدارة الذاتية"


def test_batch_reads_standard_input_and_names_an_unreadable_list(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    folder, data = corpus
    env = dict(os.environ, KASHSHAF_DATA_DIR=str(data))
    piped = subprocess.run(
        [sys.executable, "-m", "kashshaf", "--corpus", str(folder), "batch", "-", "--json"],
        input="داعش\nقسد\n", capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert [(r["hits"], r["documents"]) for r in json.loads(piped.stdout)] == [(11, 2), (28, 5)]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "names.xlsx").write_bytes(b"PK\x03\x04")
    for name, reason in (
        ("empty.txt", "the file is empty"),
        ("names.xlsx", "save the list as CSV (UTF-8)"),
        ("missing.txt", "no such file"),
    ):
        bad = run("--corpus", str(folder), "batch", str(tmp_path / name), data_dir=data, check=False)
        assert bad.returncode == 2, name
        assert f"kashshaf: {tmp_path / name}: " in bad.stderr
        assert reason in bad.stderr
        assert bad.stdout == ""


def test_default_corpus_starts_as_the_seeds(tmp_path: Path) -> None:
    out = run("stats", "--json", data_dir=tmp_path)
    stats = json.loads(out.stdout)
    assert stats["documents"] == 5
    assert stats["store"].startswith(str(tmp_path))
    again = run("search", "قسد", "--json", data_dir=tmp_path)
    assert json.loads(again.stdout)["total"] == 5
    # the app never writes into its install folder (a store, an index's table of contents; PyInstaller's
    # own .toc files of `make bundle` under build/ are not the app's)
    assert not any(
        p.suffix in (".sqlite3", ".toc")
        for p in SEEDS.parent.rglob("*")
        if not {".venv", ".git", "build", "dist"} & set(p.relative_to(SEEDS.parent).parts)
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


def test_a_mistyped_corpus_is_an_error_not_an_empty_answer(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    """A command that only reads names a folder with no corpus: it says so (exit 2) and creates nothing,
    rather than "0 documents match" from an empty corpus it made there; a file is named as a file."""
    _folder, data = corpus
    typo = tmp_path / "corpsu"
    for args in (("search", "داعش"), ("stats",), ("entities", "--json")):
        out = run("--corpus", str(typo), *args, data_dir=data, check=False)
        assert out.returncode == 2, out.stdout
        assert f"no corpus at «{typo}» (no such folder)" in out.stderr
        assert "import" in out.stderr
        assert not typo.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    out = run("--corpus", str(empty), "search", "داعش", data_dir=data, check=False)
    assert out.returncode == 2
    assert "the folder holds no corpus" in out.stderr
    assert list(empty.iterdir()) == []
    a_file = tmp_path / "list.txt"
    a_file.write_text("x", encoding="utf-8")
    out = run("--corpus", str(a_file), "import", str(SEEDS), data_dir=data, check=False)
    assert out.returncode == 2
    assert f"«{a_file}» is a file, not a corpus folder" in out.stderr
    # importing into a new folder still makes the corpus there
    out = run("--corpus", str(typo), "import", str(SEEDS), data_dir=data)
    assert "imported 5 documents" in out.stdout
