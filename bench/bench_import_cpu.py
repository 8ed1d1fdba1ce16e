"""Import in CPU time: Kashshaf, recollindex, and stock whoosh with no analysis at all.

    .venv/bin/python bench/bench_import_cpu.py [--no-recoll] [--no-floor] [--quick]

On a shared machine, wall times swing with the load. CPU time does not, or much less. This
benchmark prints each of three imports of SaudiNewsNet (31,030 articles) in CPU seconds:

* Kashshaf's whole import: reading, cleaning, dates, clitics, entities and the index. The CPU time
  of the main process plus that of its reading workers (the forkserver's children; some of their
  time may go uncounted, so this figure is a floor).
* ``recollindex`` on the same articles as text files, when Debian's ``recollcmd`` is installed.
* The floor of the index library itself: stock whoosh indexing the same texts into ONE positional
  field with a plain ``\\w+`` tokenizer, in one process, with no analysis.

With the floor above Recoll's whole time, no work on Kashshaf's own analysis can bring the import
to Recoll's speed while the index is whoosh's.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_import import DATA, write_text_files  # noqa: E402

KASHSHAF = """
import glob, resource, sys, time
sys.path.insert(0, {desktop!r})
from kashshaf.core.workspace import Workspace
def main():
    t = time.perf_counter()
    with Workspace({corpus!r}) as w:
        report = w.import_paths(sorted(glob.glob({pattern!r})))
    wall = time.perf_counter() - t
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(len(report.imported), wall, me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime)
if __name__ == "__main__":
    main()
"""

FLOOR = """
import json, glob, resource, sys, tempfile, time, zipfile
from whoosh import fields, index
from whoosh.analysis import RegexTokenizer
texts = []
for archive in sorted(glob.glob({pattern!r})):
    with zipfile.ZipFile(archive) as z:
        for member in z.namelist():
            for r in json.loads(z.read(member)):
                texts.append((r.get("title") or "") + "\\n\\n" + (r.get("content") or ""))
start = resource.getrusage(resource.RUSAGE_SELF)
t = time.perf_counter()
schema = fields.Schema(body=fields.TEXT(analyzer=RegexTokenizer(r"\\w+"), phrase=True))
writer = index.create_in(tempfile.mkdtemp(), schema).writer(limitmb=256)
for text in texts:
    writer.add_document(body=text)
writer.commit()
end = resource.getrusage(resource.RUSAGE_SELF)
cpu = end.ru_utime + end.ru_stime - start.ru_utime - start.ru_stime
print(len(texts), time.perf_counter() - t, cpu)
"""


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-recoll", action="store_true")
    ap.add_argument("--no-floor", action="store_true", help="skip stock whoosh (about 150 CPU-s)")
    ap.add_argument("--quick", action="store_true", help="the first day only, without Recoll (a check, not a measure)")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"{DATA} is absent: this benchmark needs ../shared/data/saudinewsnet")
        return 2
    pattern = str(DATA / "*.zip")
    if args.quick:  # one day: a check that the three run, not a measure
        pattern = str(sorted(DATA.glob("*.zip"))[0])
        args.no_recoll = True
    print(f"load {Path('/proc/loadavg').read_text().split()[0]} (2-core machine)")

    corpus = Path(tempfile.mkdtemp(prefix="kashshaf-cpu-"))
    code = KASHSHAF.format(desktop=str(ROOT / "desktop"), corpus=str(corpus), pattern=pattern)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    shutil.rmtree(corpus, ignore_errors=True)
    docs, wall, main_cpu, workers_cpu = int(out[0]), float(out[1]), float(out[2]), float(out[3])
    kashshaf = main_cpu + workers_cpu
    print(
        f"kashshaf: {docs} documents, {kashshaf:.1f} CPU-s at least "
        f"({main_cpu:.1f} main + {workers_cpu:.1f} workers), wall {wall:.1f} s"
    )

    recoll = None
    if not args.no_recoll and shutil.which("recollindex"):
        textdir = Path(tempfile.mkdtemp(prefix="snn-text-"))
        n = write_text_files(textdir)
        conf = Path(tempfile.mkdtemp(prefix="recoll-conf-"))
        (conf / "recoll.conf").write_text(f"topdirs = {textdir}\n", encoding="utf-8")
        before = children_cpu()
        subprocess.run(["recollindex", "-c", str(conf), "-z"], check=True, capture_output=True)
        recoll = children_cpu() - before
        shutil.rmtree(conf, ignore_errors=True)
        shutil.rmtree(textdir, ignore_errors=True)
        print(f"recollindex: {n} text files, {recoll:.1f} CPU-s")
    elif not args.no_recoll:
        print("recollindex is not installed (Debian package recollcmd)")

    if not args.no_floor:
        out = subprocess.run(
            [sys.executable, "-c", FLOOR.format(pattern=pattern)], check=True, capture_output=True, text=True
        ).stdout.split()
        print(f"stock whoosh, one field, no analysis: {out[0]} texts, {float(out[2]):.1f} CPU-s")

    if recoll:
        print(f"Recoll/Kashshaf CPU ratio: {recoll / kashshaf:.2f} (target 1.0; Kashshaf's CPU is a floor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
