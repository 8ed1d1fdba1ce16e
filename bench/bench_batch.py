"""Batch search: a list of the N names a corpus mentions most, searched as one list.

    .venv/bin/python bench/bench_batch.py [--corpus DIR] [--names 200] [--repeat 3]

The corpus is SaudiNewsNet as imported (../shared/data/saudinewsnet, every
zip), built once into DIR (default: /tmp/kashshaf-bench-saudinewsnet) and
reused. Reports the median time of ``Workspace.batch_search`` over the list
(occurrences, documents, first and last dates of each), the same queries' totals
one ``search()`` at a time for comparison, the five with most documents alone, and the RSS.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--names", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = args.corpus or Path(tempfile.gettempdir()) / "kashshaf-bench-saudinewsnet"

    from kashshaf.core.search.batch import batch_query
    from kashshaf.core.workspace import Workspace

    if not (corpus / "kashshaf.sqlite3").exists():
        if not DATA.exists():
            sys.exit(f"{DATA} is absent: this benchmark needs ../shared/data/saudinewsnet")
        start = time.perf_counter()
        with Workspace(corpus) as w:
            report = w.import_paths(sorted(DATA.glob("*.zip")))
        print(f"built {corpus}: {len(report.imported)} documents in {time.perf_counter() - start:.0f} s")

    with Workspace(corpus, readonly=True) as w:
        names = [e.name for e in w.entities.all()[: args.names]]
        items = [batch_query(name, n) for n, name in enumerate(names, start=1)]
        print(f"{corpus}: {w.store.count()} documents; a list of the {len(items)} names it mentions most")
        w.batch_search(items[:10])  # warm the caches once, as a running app would be
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            results = w.batch_search(items)
            times.append(time.perf_counter() - start)
        hits = sum(r.hits or 0 for r in results)
        documents = sum(r.documents or 0 for r in results)
        print(
            f"batch_search: median {statistics.median(times):.2f} s over {args.repeat} runs "
            f"({statistics.median(times) / len(items) * 1000:.1f} ms a query; {hits:,} occurrences in "
            f"{documents:,} documents in all)"
        )
        start = time.perf_counter()
        for item in items:
            w.search(item.query, limit=1, snippets=False)
        print(
            f"the same queries one search() at a time (ranked top hit and total): {time.perf_counter() - start:.2f} s"
        )
        single = []
        for item in sorted(items, key=lambda i: -(results[i.line - 1].documents or 0))[:5]:
            t = time.perf_counter()
            (r,) = w.batch_search([item])
            single.append(
                f"{item.query} {r.documents:,} documents ({r.hits:,} occurrences) "
                f"{(time.perf_counter() - t) * 1000:.0f} ms"
            )
        print("the five with most documents, alone: " + "; ".join(single))
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
