"""Known-item search on SaudiNewsNet: two rare words of an article, typed as a reader types them
(tests/known_item.py), must find it among the first ten hits.

    .venv/bin/python bench/bench_known_item.py [--corpus DIR] [--cases 300] [--seed 15]

Imports the whole of SaudiNewsNet into DIR first if DIR has no corpus yet (a few minutes), then
prints the share of cases found in the top 10 and the mean reciprocal rank, typed and as
written, and the cases missed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"

from tests.known_item import build_cases, score  # noqa: E402

from kashshaf.core.workspace import Workspace  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--show", type=int, default=15, help="missed cases to print")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} is absent: this benchmark needs ../shared/data/saudinewsnet")
    corpus = args.corpus or Path(tempfile.mkdtemp(prefix="kashshaf-known-item-")) / "corpus"
    ws = Workspace(corpus)
    if ws.store.count() == 0:
        start = time.perf_counter()
        ws.import_paths(sorted(DATA.glob("*.zip")))
        print(f"imported {ws.store.count()} documents in {time.perf_counter() - start:.0f} s into {corpus}")
    cases = build_cases(ws, args.cases, args.seed)
    print(f"{len(cases)} cases (seed {args.seed}) over {ws.store.count()} documents")
    for typed in (True, False):
        s = score(ws, cases, typed)
        label = "typed     " if typed else "as written"
        print(f"{label}  top-10 {s.top10:.3f}   MRR {s.mrr:.3f}")
        for case, query, _rank in [m for m in s.misses if m[2] is None][: args.show]:
            print(f"    missed {case.doc_id}: {query}   (written: {' '.join(case.written)})")
    ws.close()


if __name__ == "__main__":
    main()
