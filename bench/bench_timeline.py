"""The timeline and the facets of a result set on a large corpus, opened read-only.

    .venv/bin/python bench/bench_timeline.py [CORPUS_DIR] [--runs N] [QUERY ...]

CORPUS_DIR defaults to the 100k corpus (/tmp/kashshaf-bench-100000). Prints, once, what the
first view of an opened corpus pays to read its columns (each document's shown date, outlet and
entities, kept until the index changes), then for each query its documents and hits and the median
and 95th percentile of the timeline and the facets over N runs (targets: ≤ 300 ms each for a
10,000-hit query). Last, the worst stall of a Qt event loop (a 10 ms timer) while a worker thread
computes them all, as the window's summary lane does, and the time to paint the timeline.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
from commands import not_a_corpus  # noqa: E402  (bench/ is the script's folder)
from stalls import StallProbe  # noqa: E402

QUERIES = ("السعودية", "الرياض", "اليمن", "داعش", "النفط", '"وزير الخارجية"', "")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    args = sys.argv[1:]
    runs = 7
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    corpus = Path(args[0]) if args else Path("/tmp/kashshaf-bench-100000")
    queries = tuple(args[1:]) or QUERIES
    if not_a_corpus(corpus):
        return 2
    from kashshaf.core.analysis import Scope
    from kashshaf.core.analysis.columns import columns, entity_columns
    from kashshaf.core.analysis.facets import facets
    from kashshaf.core.analysis.timeline import timeline
    from kashshaf.core.workspace import Workspace

    ws = Workspace(corpus, readonly=True)
    print(f"corpus {corpus} ({ws.store.count():,} documents), {runs} runs a query")
    start = time.perf_counter()
    with ws.index.searcher() as searcher:
        cols = columns(ws, searcher)
        dates = time.perf_counter() - start
        start = time.perf_counter()
        entity_columns(ws, cols)
        entities = time.perf_counter() - start
    print(f"once per opened index: dates and outlets {dates * 1000:.0f} ms, entities {entities * 1000:.0f} ms")
    print(f"{'documents':>9} {'hits':>9}  {'timeline p50':>12} {'p95':>6}  {'facets p50':>10} {'p95':>6}  query")
    for query in queries:
        scope = Scope(query)
        times_t: list[float] = []
        times_f: list[float] = []
        found = None
        for _ in range(runs):
            start = time.perf_counter()
            found = timeline(ws, [scope])
            times_t.append(time.perf_counter() - start)
            start = time.perf_counter()
            facets(ws, scope)
            times_f.append(time.perf_counter() - start)
        assert found is not None
        s = found.series[0]
        hits = "" if s.total_hits is None else f"{s.total_hits:,}"
        print(
            f"{s.total_documents:>9,} {hits:>9}  {statistics.median(times_t) * 1000:>9.0f} ms {percentile(times_t, 0.95) * 1000:>3.0f} ms"
            f"  {statistics.median(times_f) * 1000:>7.0f} ms {percentile(times_f, 0.95) * 1000:>3.0f} ms  {query or '(every document)'}"
        )
    stall_and_paint(ws, queries)
    ws.close()
    return 0


def stall_and_paint(ws: object, queries: tuple[str, ...]) -> None:
    """The event loop's worst gap while a worker thread computes every query's timeline (with three
    compared) and facets, from cold columns; then the time to paint the biggest timeline."""
    import gc
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kashshaf.core.analysis import Scope
    from kashshaf.core.analysis.columns import forget
    from kashshaf.core.analysis.facets import facets
    from kashshaf.core.analysis.timeline import timeline
    from kashshaf.ui.views.timeline import TimelineChart

    app = QApplication.instance() or QApplication(["bench"])
    probe = StallProbe()
    gc.collect()
    gc.freeze()  # as the window does once a corpus is open (ui/listing.py): what is loaded stays
    forget(ws)  # type: ignore[arg-type]
    results: list[object] = []

    def work() -> None:
        for query in queries:
            results.append(timeline(ws, [Scope(query), *(Scope(q) for q in queries[:3] if q != query)]))  # type: ignore[arg-type]
            facets(ws, Scope(query))  # type: ignore[arg-type]

    worker = threading.Thread(target=work)
    probe.reset()
    worker.start()
    while worker.is_alive():
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    print(f"worst event-loop stall while a worker computed them all (cold columns first): {probe.worst * 1000:.0f} ms")
    biggest = max(results, key=lambda t: len(t.periods))  # type: ignore[attr-defined]
    chart = TimelineChart()
    chart.resize(1200, 260)
    chart.set_data(biggest, [s.label for s in biggest.series], "documents")  # type: ignore[attr-defined]
    paints = []
    for _ in range(10):
        start = time.perf_counter()
        chart.grab()
        paints.append(time.perf_counter() - start)
    print(
        f"paint a timeline of {len(biggest.periods)} periods and {len(biggest.series)} series: "  # type: ignore[attr-defined]
        f"median {statistics.median(paints) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
