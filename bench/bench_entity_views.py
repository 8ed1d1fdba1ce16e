"""The entity network and the keywords of a result set on a large corpus (default 100k documents).

    .venv/bin/python bench/bench_entity_views.py [--corpus DIR] [--repeat 7]

The corpus is the one bench/bench_query.py builds (/tmp/kashshaf-bench-100000), opened read-only.
For each query (chosen for the size of its result: the network's target is stated for 2,000
documents), prints the result's size and the p50/p95 of

* the network: the result's documents, their entities, the pairs, the 60 entities of the most
  documents laid out (the dock's whole answer), against the target of 1 s;
* the keywords: the result's words (an even sample of 1,000 documents of a larger result) against
  the corpus, against the target of 1 s; the first run of each query is printed apart (it analyses
  words the process has not met yet).

Then the worst stall of a Qt event loop (a 10 ms timer on the main thread) while a worker thread
computes all of them one after the other, as the window's docks do: the target is 100 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

QUERIES = ["الحوثيين", "النفط", "داعش", "إيران", "الهلال", '"مجلس الأمن"', "السعودية AND اليمن"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(fn, repeat: int) -> tuple[float, list[float]]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    first = time.perf_counter() - start
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return first, runs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="/tmp/kashshaf-bench-100000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not (corpus / "kashshaf.sqlite3").exists():
        print(f"{corpus} is not a corpus; build it with bench/bench_query.py first")
        return 2
    from kashshaf.core.analysis import Scope
    from kashshaf.core.analysis.keywords import keywords
    from kashshaf.core.analysis.network import entity_network
    from kashshaf.core.workspace import Workspace

    ws = Workspace(corpus, readonly=True)
    print(f"corpus {corpus}: {ws.index.doc_count():,} documents (read-only)")
    print(f"{'query':<24} {'docs':>7}  {'network p50/p95':>18}  {'keywords first, p50/p95':>26}  read")
    worst_network = worst_keywords = 0.0
    for query in QUERIES:
        scope = Scope(query)
        documents = len(ws.matching_ids(query))
        _first, net_runs = timed(lambda scope=scope: entity_network(ws, scope), args.repeat)
        kw_first, kw_runs = timed(lambda scope=scope: keywords(ws, scope), args.repeat)
        read = keywords(ws, scope).read
        worst_network = max(worst_network, percentile(net_runs, 95))
        worst_keywords = max(worst_keywords, percentile(kw_runs, 95))
        print(
            f"{query:<24} {documents:>7,}  "
            f"{statistics.median(net_runs) * 1000:>7.0f} /{percentile(net_runs, 95) * 1000:>5.0f} ms  "
            f"{kw_first * 1000:>7.0f}, {statistics.median(kw_runs) * 1000:>5.0f} /{percentile(kw_runs, 95) * 1000:>5.0f} ms"
            f"  {read:,}"
        )
    print(
        f"worst p95: network {worst_network * 1000:.0f} ms (target 1000), keywords {worst_keywords * 1000:.0f} ms (1000)"
    )
    print(f"event loop: worst stall {stalls(ws, QUERIES) * 1000:.0f} ms while a worker computed them all (target 100)")
    ws.close()
    return 0


def stalls(ws, queries: list[str]) -> float:  # type: ignore[no-untyped-def]
    """The longest gap between the ticks of a 10 ms timer on the main thread while another thread
    computes each query's network and keywords (the GIL is what the two share)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from kashshaf.core.analysis import Scope
    from kashshaf.core.analysis.keywords import keywords
    from kashshaf.core.analysis.network import entity_network

    app = QCoreApplication.instance() or QCoreApplication(["bench"])
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    def work() -> None:
        for query in queries:
            entity_network(ws, Scope(query))
            keywords(ws, Scope(query))
        done.set()

    done = threading.Event()
    probe = QTimer()
    probe.timeout.connect(tick)
    probe.start(10)
    worker = threading.Thread(target=work)
    last[0] = time.perf_counter()
    worker.start()
    while not done.is_set():
        app.processEvents()
        time.sleep(0.001)
    worker.join()
    probe.stop()
    return max(gaps, default=0.0)


if __name__ == "__main__":
    sys.exit(main())
