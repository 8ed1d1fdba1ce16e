"""Check that two versions of the code import the same corpus into the same store and index.

    .venv/bin/python bench/compare_import.py OLD_DESKTOP NEW_DESKTOP [files…]

``OLD_DESKTOP`` and ``NEW_DESKTOP`` are ``desktop`` folders of two checkouts
(``git archive <commit> desktop resources | tar -x -C /tmp/old`` makes
``/tmp/old/desktop``). Each imports the files (default: two SaudiNewsNet
days) into a fresh corpus in a process of its own; then every table of the
two stores (but import times) and every field's terms, postings (weight and
value bytes: frequencies, positions), field lengths and stored values of the
two indexes are compared, documents matched by id (document numbers follow
the order the parallel writers took batches in). Prints the differences and
exits 1 when there are any.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"
DEFAULT_FILES = ("2015-07-22.zip", "2015-07-23.zip")
IGNORED_COLUMNS = {"imported_at", "created", "num"}
"""columns that hold a time or a row number, not what was imported"""


def import_with(desktop: Path, corpus: Path, files: list[str]) -> None:
    """Import ``files`` into a new corpus with the code of ``desktop`` (in a process of its own)."""
    done = subprocess.run(
        [sys.executable, __file__, "--import", str(desktop), str(corpus), *files],
        check=True,
        capture_output=True,
        text=True,
    )
    print(f"{desktop}: imported, problems: {done.stdout.strip()}", flush=True)


def _import(corpus: str, files: list[str]) -> None:
    from kashshaf.core.workspace import Workspace

    report = Workspace(corpus).import_paths(files)
    print(len(report.imported), len(report.problems))


def store_dump(corpus: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(corpus / "kashshaf.sqlite3")
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = {}
    for table in sorted(tables):
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] not in IGNORED_COLUMNS]
        rows = db.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        dump[table] = sorted(rows, key=repr)
    return dump


def index_dump(desktop: Path, corpus: Path) -> dict[str, Any]:
    """Postings, lengths and stored values by document id (read by the code of ``desktop``)."""
    done = subprocess.run(
        [sys.executable, __file__, "--dump", str(desktop), str(corpus)], check=True, capture_output=True, text=True
    )
    return dict(json.loads(done.stdout))


def _dump(corpus: str) -> None:
    from kashshaf.core.workspace import Workspace

    out: dict[str, dict[str, Any]] = {"postings": {}, "lengths": {}, "stored": {}}
    with Workspace(corpus).index.ix.reader() as r:
        ids = {}
        for docnum, stored in r.iter_docs():
            ids[docnum] = stored["id"]
            out["stored"][stored["id"]] = sorted(stored.items())
        for fieldname in sorted(r.schema.names()):
            if not r.schema[fieldname].indexed:
                continue
            for docnum, doc_id in ids.items():
                n = r.doc_field_length(docnum, fieldname, 0)
                if n:
                    out["lengths"][fieldname + "|" + doc_id] = n
            if fieldname not in r.indexed_field_names():
                continue
            for term in r.lexicon(fieldname):
                m = r.postings(fieldname, term)
                rows = []
                while m.is_active():
                    value = m.value()
                    rows.append((ids[m.id()], round(m.weight(), 6), value.hex() if value else ""))
                    m.next()
                out["postings"][fieldname + "|" + term.hex()] = sorted(rows)
    json.dump(out, sys.stdout, default=str)


def compare(name: str, old: dict[str, Any], new: dict[str, Any]) -> int:
    differences = 0
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            differences += 1
            if differences <= 10:
                print(f"  {name} differs at {key!r}: {str(old.get(key))[:200]} | {str(new.get(key))[:200]}")
    print(f"{name}: {len(old)} / {len(new)} keys, {differences} differ")
    return differences


def main() -> None:
    if sys.argv[1:2] in (["--import"], ["--dump"]):  # the child processes: the code of the desktop given
        sys.path.insert(0, sys.argv[2])
        if sys.argv[1] == "--import":
            _import(sys.argv[3], sys.argv[4:])
        else:
            _dump(sys.argv[3])
        return
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    old_desktop, new_desktop = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    files = sys.argv[3:] or [str(DATA / f) for f in DEFAULT_FILES]
    if not all(Path(f).exists() for f in files):
        sys.exit(f"missing input ({files}); this check needs ../shared/data/saudinewsnet")
    with tempfile.TemporaryDirectory(prefix="kashshaf-compare-") as tmp:
        old_corpus, new_corpus = Path(tmp) / "old", Path(tmp) / "new"
        import_with(old_desktop, old_corpus, files)
        import_with(new_desktop, new_corpus, files)
        bad = compare("store", store_dump(old_corpus), store_dump(new_corpus))
        old_index, new_index = index_dump(old_desktop, old_corpus), index_dump(new_desktop, new_corpus)
        for part in ("postings", "lengths", "stored"):
            bad += compare(f"index {part}", old_index[part], new_index[part])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
