"""Import and cleaning on real data: SaudiNewsNet (../shared/data; skipped only when absent)."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

from kashshaf.core.workspace import Workspace

LEFTOVERS = ("...المزيد", "اقرأ أيضا", "زر الذهاب إلى الأعلى", "اترك تعليق")


def test_one_day_of_saudinewsnet(shared_data: Path, tmp_path: Path) -> None:
    archive = shared_data / "saudinewsnet" / "2015-07-23.zip"
    with zipfile.ZipFile(archive) as z:
        (member,) = z.namelist()
        records = json.loads(z.read(member))
    with Workspace(tmp_path) as w:
        report = w.import_paths([archive])
        empty = sum(1 for r in records if not (r.get("content") or "").strip())
        # a text of one word ("Array", "تعليقات ()") is a crawler's leftover, refused by name
        leftovers = sum(1 for r in records if len(re.findall(r"\w+", r.get("content") or "")) == 1)
        assert len(report.problems) == empty + leftovers
        assert {p.code for p in report.problems} <= {"record-no-text", "no-article-text"}
        assert sum(p.code == "no-article-text" for p in report.problems) == leftovers
        assert len(report.imported) + len(report.duplicates) == len(records) - empty - leftovers
        stats = w.stats()
        assert stats.documents == len(report.imported) == stats.indexed
        # outlets are named, not slugs: every crawler slug resolves to a bundled outlet that has it as a key
        table = w.store.outlets.table()
        slugs = {r["source"] for r in records}
        named = {table.resolve(slug, None) for slug in slugs}
        assert None not in named
        assert set(dict(stats.sources)) == {o.name for o in named if o is not None}
        assert not any(name.isascii() for name in dict(stats.sources))
        # every article's text survives cleaning (no article emptied, paragraphs kept)
        lost = 0
        for doc_id in report.imported[:400]:
            doc = w.document(doc_id)
            assert doc is not None
            assert doc.path.startswith(str(archive) + "/" + member + "#")
            original = " ".join(doc.raw_text.split())
            kept = " ".join(doc.clean_text.split())
            if len(kept) < 0.8 * len(original) - 200:
                lost += 1
            for leftover in LEFTOVERS:
                assert leftover not in doc.clean_text
        assert lost <= 4, f"{lost} of 400 articles lost more than a fifth of their text in cleaning"
        hits = w.search("السعودية", limit=5)
        assert hits.total > 100
        assert len(hits.hits) == 5
