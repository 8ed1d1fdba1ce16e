"""Import + index throughput on SaudiNewsNet (31,030 articles), Kashshaf vs Recoll.

    .venv/bin/python bench/bench_import.py [--runs 3] [--no-recoll]

Prints documents/s for each run, the median, peak memory (RSS high-water
mark of this process and of the child processes), and Recoll's time on the
same articles written as text files (when recollindex is installed; Debian
package recollcmd), with the ratio measured side by side: Kashshaf and Recoll run in turn.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def write_text_files(target: Path) -> int:
    """The same articles as one .txt file each (title line + content), for Recoll."""
    n = 0
    for archive in sorted(DATA.glob("*.zip")):
        with zipfile.ZipFile(archive) as z:
            for member in z.namelist():
                for i, rec in enumerate(json.loads(z.read(member))):
                    text = (rec.get("title") or "") + "\n\n" + (rec.get("content") or "")
                    (target / f"{archive.stem}_{i:05d}.txt").write_text(text, encoding="utf-8")
                    n += 1
    return n


def run_recoll(textdir: Path) -> float | None:
    if shutil.which("recollindex") is None:
        return None
    confdir = Path(tempfile.mkdtemp(prefix="recoll-conf-"))
    (confdir / "recoll.conf").write_text(f"topdirs = {textdir}\n", encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(["recollindex", "-c", str(confdir), "-z"], check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    shutil.rmtree(confdir, ignore_errors=True)
    return elapsed


def run_kashshaf() -> tuple[float, int, int]:
    """Import in a child process (fresh caches, as a user would); return (seconds, docs, peak KB)."""
    corpus = Path(tempfile.mkdtemp(prefix="kashshaf-bench-"))
    code = (
        "import sys,time,resource;sys.path.insert(0,{!r});"
        "from kashshaf.core.workspace import Workspace;"
        "t=time.perf_counter();w=Workspace({!r});r=w.import_paths(sorted(__import__('glob').glob({!r})));"
        "e=time.perf_counter()-t;"
        "print(e,len(r.imported),resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    ).format(str(ROOT / "desktop"), str(corpus), str(DATA / "*.zip"))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    shutil.rmtree(corpus, ignore_errors=True)
    return float(out[0]), int(out[1]), max(int(out[2]), int(out[3]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-recoll", action="store_true")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: this benchmark needs ../shared/data/saudinewsnet")
    textdir = Path(tempfile.mkdtemp(prefix="snn-text-"))
    if not args.no_recoll and shutil.which("recollindex") is None:
        print("recollindex is not installed (Debian package recollcmd): Kashshaf alone", flush=True)
        args.no_recoll = True
    if not args.no_recoll:
        print(f"wrote {write_text_files(textdir)} text files for Recoll", flush=True)
    ks, rs = [], []
    for run in range(args.runs):
        seconds, docs, peak_kb = run_kashshaf()
        ks.append(seconds)
        line = f"run {run + 1}: kashshaf {docs} docs in {seconds:.1f} s = {docs / seconds:.0f} docs/s, peak RSS {peak_kb / 1024:.0f} MB"
        if not args.no_recoll:
            r = run_recoll(textdir)
            if r is not None:
                rs.append(r)
                line += f"; recollindex {r:.1f} s; ratio recoll/kashshaf {r / seconds:.2f}"
        print(line, flush=True)
    print(f"median kashshaf: {statistics.median(ks):.1f} s ({docs / statistics.median(ks):.0f} docs/s)")
    if rs:
        print(
            f"median recollindex: {statistics.median(rs):.1f} s; median ratio {statistics.median(r / k for r, k in zip(rs, ks, strict=False)):.2f}"
        )
    shutil.rmtree(textdir, ignore_errors=True)


if __name__ == "__main__":
    main()
