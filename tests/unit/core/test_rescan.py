"""Files the store remembers: an import skips unchanged files (so a cancelled import
resumes), and a rescan of the corpus folders picks up new, changed and deleted files
without reading the rest again or rebuilding the index."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from tests.conftest import SEEDS, seed_text

from kashshaf.core.models import ImportProgress
from kashshaf.core.workspace import Workspace


def story(i: int, place: str = "الرياض") -> str:
    return f"خبر رقم {i}\n\nقال المتحدث إن الاجتماع رقم {i} سيعقد في {place} الأسبوع المقبل بحضور الوفود.\n"


def test_a_cancelled_import_resumes_where_it_stopped(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for i in range(20):
        (source / f"{i:02d}.txt").write_text(story(i), encoding="utf-8")
    seen: list[ImportProgress] = []
    with Workspace(tmp_path / "corpus") as w:
        first = w.import_paths([source], progress=seen.append, cancelled=lambda: len(seen) >= 7)
        assert first.cancelled
        assert len(first.imported) == 7
    with Workspace(tmp_path / "corpus") as w:  # reopened: the seven are indexed, the rest come now
        assert w.stats().documents == w.stats().indexed == 7
        second = w.import_paths([source])
        assert len(second.imported) == 13
        assert second.duplicates == []
        assert sorted(Path(p).name for p in second.unchanged) == [f"{i:02d}.txt" for i in range(7)]
        assert w.search("الاجتماع").total == 20


def test_rescan_picks_up_new_changed_and_deleted_files(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(SEEDS, source)
    records = [{"title": f"تقرير {i}", "text": story(i, "جدة"), "source": "وكالة"} for i in range(3)]
    collection = source / "reports.json"
    collection.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    with Workspace(tmp_path / "corpus") as w:
        w.import_paths([source])
        assert w.folders() == [str(source)]
        assert w.stats().documents == 8
        doomed = w.store.id_for_path(str(source / "000_938ac7fb44945aed.txt"))
        assert doomed is not None
        doc = w.document(doomed)
        assert doc is not None
        lost = w.excerpts.add(doomed, 0, 20, note="ملاحظة")
        changed_path = source / "001_4b099b93014839c4.txt"
        old_changed = w.store.id_for_path(str(changed_path))
        dropped_record = w.store.id_for_path(f"{collection}#2")
        segments = w.index.segment_count()

        (source / "000_938ac7fb44945aed.txt").unlink()
        changed_path.write_text(seed_text("001") + "\n\nتحديث: وصل وفد زنوبيا إلى المدينة.\n", encoding="utf-8")
        (source / "sub").mkdir()
        (source / "sub" / "new.txt").write_text(story(99, "تدمر"), encoding="utf-8")
        collection.write_text(json.dumps(records[:2], ensure_ascii=False), encoding="utf-8")
        os.utime(collection, ns=(1, 1))  # a changed mtime, as a copy tool would leave

        report = w.rescan()
        assert report.problems == []
        assert sorted(report.removed) == sorted([doomed, dropped_record])
        assert report.replaced == [old_changed]
        assert len(report.imported) == 2  # the changed seed and the new file
        assert report.duplicates == []  # the two records the collection kept are the same documents
        assert len(report.unchanged) == 3  # seeds 002-004 were not read again
        assert w.stats().documents == w.stats().indexed == 8 - 2 + 1
        assert w.search("زنوبيا").total == 1
        assert w.search("تدمر").total == 1
        assert w.document(doomed) is None
        (kept,) = [e for e in w.excerpts.all() if e.id == lost.id]
        assert kept.status == "lost"
        assert kept.note == "ملاحظة"
        assert kept.text == lost.text
        assert w.index.segment_count() <= segments + 3  # updated in place, not rebuilt

        again = w.rescan()  # nothing changed since: nothing read
        assert again.imported == again.removed == again.replaced == []
        assert len(again.unchanged) == 6


def test_a_missing_folder_keeps_its_documents(tmp_path: Path) -> None:
    source = tmp_path / "usb"
    shutil.copytree(SEEDS, source)
    with Workspace(tmp_path / "corpus") as w:
        w.import_paths([source])
        shutil.move(source, tmp_path / "elsewhere")  # the disk is unplugged
        report = w.rescan()
        assert [p.path for p in report.problems] == [str(source)]
        assert "not mounted" in report.problems[0].reason
        assert report.removed == []
        assert w.stats().documents == 5


def test_a_deleted_document_comes_back_when_its_folder_is_imported(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(SEEDS, source)
    with Workspace(tmp_path / "corpus") as w:
        w.import_paths([source])
        victim = w.browse()[0]
        w.delete([victim])
        again = w.import_paths([source])
        assert again.imported == [victim]
        assert len(again.unchanged) == 4


def test_folders_nested_in_a_remembered_one_are_not_added_twice(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(story(1), encoding="utf-8")
    with Workspace(tmp_path / "corpus") as w:
        w.import_paths([tmp_path / "a" / "b"])
        w.import_paths([tmp_path / "a"])
        w.import_paths([tmp_path / "a" / "b"])
        assert w.folders() == [str(tmp_path / "a")]
