"""A folder of bad input, one case a file, and what each should be rejected for."""

from __future__ import annotations

import os
import random
from pathlib import Path

GOOD = "قالت وزارة الخارجية إن الاجتماع سيعقد في الرياض الأسبوع المقبل بحضور الوفود.\n" * 3


def make_bad_folder(root: Path) -> dict[str, str | None]:
    """Write the cases under ``root``; return file name → a word its rejection message
    must contain (None: the file must be imported)."""
    root.mkdir(parents=True, exist_ok=True)
    cases: dict[str, str | None] = {}

    def write(name: str, data: bytes, expect: str | None) -> None:
        (root / name).write_bytes(data)
        cases[name] = expect

    write("empty.txt", b"", "empty")
    write("blank.txt", b"  \n\t\n  ", "empty")
    write("binary.txt", bytes(range(256)) * 64, "binary")
    write("image.html", b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(4096), "binary")
    big = ("خبر طويل جدا " * 16 + "\n").encode("utf-8")
    write("huge.txt", big * (50 * 1024 * 1024 // len(big) + 1), "MB")
    write(
        "truncated-utf8.txt", GOOD.replace("الرياض", "تبوك").rstrip().rstrip(".").encode("utf-8")[:-1], None
    )  # the last letter cut in half: kept, flagged
    write("windows-1256.txt", GOOD.replace("الرياض", "أبها").encode("cp1256"), None)
    write(
        "scripts.html",
        (
            "<html><head><title>صفحة</title><script>alert('x'); document.write('نص سكربت')</script></head><body>"
            '<iframe src="https://ads.example.com/"></iframe><img src="https://img.example.com/a.jpg">'
            f"<p>{GOOD}</p><script>fetch('https://t.example.com/')</script></body></html>"
        ).encode(),
        None,
    )
    write("broken.html", ("<html><body><p>" + GOOD + "<div><span>بلا إغلاق").encode("utf-8"), None)
    write("wrong-shape.json", b'{"not": "an article list", "n": 3}', "JSON")
    write("not-json.json", b"{this is not json", "JSON")
    write("list-of-numbers.json", b"[1, 2, 3]", "a number, not an object")
    write("خبر عاجل — الرياض «١».txt", GOOD.encode("utf-8"), None)
    write("odd\u200f\u202e name\t.txt", GOOD.replace("الرياض", "جدة").encode("utf-8"), None)
    loop = root / "loop"
    loop.mkdir()
    (loop / "self").symlink_to(loop, target_is_directory=True)
    (loop / "inner.txt").write_text(GOOD.replace("الرياض", "الدمام"), encoding="utf-8")
    cases["loop/inner.txt"] = None
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    cases["dangling.txt"] = "broken symbolic link"
    os.mkfifo(root / "pipe.txt")
    cases["pipe.txt"] = "not a regular file"
    locked = root / "locked.txt"
    locked.write_text(GOOD.replace("الرياض", "مكة"), encoding="utf-8")
    locked.chmod(0)
    # root reads any file: then the file imports, and the test says so
    cases["locked.txt"] = "Permission denied" if os.geteuid() != 0 else None
    return cases
