"""Importers: HTML, Markdown, JSON/JSONL collections, zip archives, folders."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.conftest import seed_text

from kashshaf.core.corpus.documents import prepare_document
from kashshaf.core.corpus.importers import RawArticle, iter_paths, read_path
from kashshaf.core.models import ImportProblem

HTML = """<!DOCTYPE html><html dir="rtl"><head>
<title>روسيا تدعم الحوار - موقع الاختبار</title>
<meta property="og:site_name" content="موقع الاختبار">
<meta property="article:published_time" content="2021-02-13T08:34:00+03:00">
<link rel="canonical" href="https://example.org/news/1">
<script>document.write('<p>لا تظهر هذه الجملة</p>'); fetch('https://evil.example/x')</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">الرئيسية</a> <a href="/news">الأخبار</a></nav>
<article><h1>روسيا تدعم الحوار</h1>
<p>قال المبعوث الروسي إن بلاده تدعم الحوار بين <b>دمشق</b> و&quot;قسد&quot;.</p>
<img src="https://example.org/photo.jpg" alt="صورة">
<iframe src="https://example.org/embed">إطار</iframe>
<p>وأضاف أن المفاوضات مستمرة.<p>فقرة بلا إغلاق
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def only_article(items: list[RawArticle | ImportProblem]) -> RawArticle:
    (article,) = items
    assert isinstance(article, RawArticle), article
    return article


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = prepare_document(only_article(list(read_path(path))))
    assert doc.title == "روسيا تدعم الحوار"
    assert doc.source == "موقع الاختبار"
    assert doc.date == "2021-02-13T08:34"
    assert doc.url == "https://example.org/news/1"
    assert doc.clean_text.split("\n\n") == [
        'قال المبعوث الروسي إن بلاده تدعم الحوار بين دمشق و"قسد".',
        "وأضاف أن المفاوضات مستمرة.",
        "فقرة بلا إغلاق",
    ]
    for gone in ("لا تظهر", "color", "الرئيسية", "إطار", "جميع الحقوق", "evil"):
        assert gone not in doc.clean_text
    assert doc.raw_text == HTML


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: اجتماع أستانة\nsource: عنب بلدي\ndate: 2021-02-17\n---\n"
        "# اجتماع أستانة\n\n![صورة](img.png)\n\nقال **لافرنتييف** إن [الحوار](http://x) مستمر.\n\n- بند أول\n",
        encoding="utf-8",
    )
    doc = prepare_document(only_article(list(read_path(path))))
    assert (doc.title, doc.source, doc.date) == ("اجتماع أستانة", "عنب بلدي", "2021-02-17")
    assert doc.clean_text == "قال لافرنتييف إن الحوار مستمر.\n\nبند أول"


def test_json_collection_like_saudinewsnet(tmp_path: Path) -> None:
    records = [
        {
            "source": "aawsat",
            "url": "http://a/1",
            "date_extracted": "2015-07-21 02:51:32",
            "title": "عنوان",
            "author": "",
            "content": "نص الخبر الأول.\n\n فقرة ثانية.",
        },
        {"source": "sabq", "title": "", "content": ""},
        {"source": "okaz", "title": "ثالث", "content": "نص ثالث."},
    ]
    path = tmp_path / "day.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    items = list(read_path(path))
    assert isinstance(items[1], ImportProblem)
    assert items[1].path.endswith("day.json#1")
    first = prepare_document(items[0])  # type: ignore[arg-type]
    assert first.path.endswith("day.json#0")
    assert (first.title, first.source, first.url) == ("عنوان", "aawsat", "http://a/1")
    # the crawl time is when the article was retrieved, not when it was published
    assert (first.date, first.retrieved, first.retrieved_origin) == (None, "2015-07-21T02:51", "date_extracted")
    assert first.date_origin is None
    assert first.clean_text == "نص الخبر الأول.\n\nفقرة ثانية."


def test_jsonl_and_wrong_shapes(tmp_path: Path) -> None:
    good = tmp_path / "a.jsonl"
    good.write_text('{"text": "سطر أول"}\n\n{broken\n{"text": "سطر ثالث"}\n', encoding="utf-8")
    items = list(read_path(good))
    assert [type(i).__name__ for i in items] == ["ImportProblem", "RawArticle", "RawArticle"]
    assert "line 3" in str(items[0])
    wrong = tmp_path / "b.json"
    wrong.write_text('{"name": "not an article"}', encoding="utf-8")
    (problem,) = read_path(wrong)
    assert isinstance(problem, ImportProblem)
    assert "unexpected shape" in problem.reason


def test_zip_archive_members(tmp_path: Path) -> None:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("one.txt", seed_text("002"))
        z.writestr("day.json", json.dumps([{"title": "ع", "content": "نص"}], ensure_ascii=False))
        z.writestr("photo.png", b"\x89PNG")
    items = list(read_path(archive))
    kinds = sorted((type(i).__name__, i.path.rsplit("/", 1)[-1]) for i in items)
    assert kinds == [("ImportProblem", "photo.png"), ("RawArticle", "day.json#0"), ("RawArticle", "one.txt")]


def test_folder_walk_reports_unsupported_and_missing(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    found = list(iter_paths([tmp_path, tmp_path / "missing.txt"]))
    names = sorted(f.name for f in found if isinstance(f, Path))
    assert names == ["a.txt", "b.pdf"]
    problems = [f for f in found if isinstance(f, ImportProblem)]
    assert any("no such file" in p.reason for p in problems)
    assert any("loop" in p.reason for p in problems)
    (unsupported,) = read_path(tmp_path / "b.pdf")
    assert isinstance(unsupported, ImportProblem)
    assert ".pdf" in unsupported.reason


def test_windows_1256_file_imports(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    body = "الإدارة الذاتية تفاوض النظام في دمشق.\n\nوقال المصدر إن المفاوضات مستمرة."
    path.write_bytes(("عنوان الخبر\n\n" + body).encode("cp1256"))
    doc = prepare_document(only_article(list(read_path(path))))
    assert doc.encoding == "cp1256"
    assert doc.title == "عنوان الخبر"
    assert doc.clean_text == body


def test_plain_text_without_metadata_has_no_date(tmp_path: Path) -> None:
    path = tmp_path / "خبر_بلا_تاريخ.txt"
    path.write_text(
        "هذه جملة طويلة بما يكفي لتكون فقرة من فقرات الخبر وليست عنوانا له على الإطلاق، وهي تنتهي بنقطة.",
        encoding="utf-8",
    )
    doc = prepare_document(only_article(list(read_path(path))))
    assert doc.title == "خبر بلا تاريخ"
    assert doc.title_origin == "file"
    # the file's modification time says nothing of when the article was published
    assert (doc.date, doc.date_origin, doc.retrieved) == (None, None, None)


def test_a_pipe_and_a_huge_article_are_refused_by_name(tmp_path: Path) -> None:
    import os

    from kashshaf.core.corpus.importers import MAX_ARTICLE_BYTES, read_path

    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block the import for ever
    (problem,) = list(read_path(tmp_path / "pipe.txt"))
    assert "not a regular file" in str(problem)
    assert "pipe.txt" in str(problem)
    huge = tmp_path / "huge.txt"
    huge.write_bytes("خبر ".encode() * (MAX_ARTICLE_BYTES // 7 + 1))
    (problem,) = list(read_path(huge))
    assert "huge.txt" in str(problem)
    assert "too large" in str(problem)
    assert "JSON" in str(problem)
