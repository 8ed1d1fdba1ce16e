"""The entity network and the keywords of a result set on a large corpus (default 100k documents).

    .venv/bin/python bench/bench_entity_views.py [--corpus DIR] [--repeat 7] [--window]

The corpus is the one bench/bench_query.py builds (/tmp/kashshaf-bench-100000), opened read-only.
For each query (chosen for the size of its result: the network's target is stated for 2,000
documents), prints the result's size and the p50/p95 of

* the network: the result's documents, their entities, the pairs, the 60 entities of the most
  documents laid out (the dock's whole answer), against the target of 1 s;
* the keywords: the result's words (an even sample of 500 documents of a larger result) against
  the corpus, against the target of 1 s; the first run of each query is printed apart (it analyses
  words the process has not met yet).

Then the worst stall of a Qt event loop (a 10 ms timer on the main thread) while a worker thread
computes all of them one after the other, as the window's docks do: the target is 100 ms. With
``--window``, the window itself instead (the corpus opened read-only): both docks shown, each query
typed in turn, the worst gap of the timer from the first query to the last dock drawn.
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
from commands import not_a_corpus  # noqa: E402  (bench/ is the script's folder)
from stalls import StallProbe, run_until  # noqa: E402

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
    parser.add_argument("--window", action="store_true", help="the window's event loop while the docks compute")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not_a_corpus(corpus):
        return 2
    if args.window:
        return window_stalls(corpus, QUERIES)
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
    idle, busy = stalls(ws, QUERIES)
    print(
        f"event loop: worst stall {busy * 1000:.0f} ms while a worker computed them all (target 100); "
        f"{idle * 1000:.0f} ms with no work at all (the machine's own)"
    )
    ws.close()
    return 0


def stalls(ws, queries: list[str]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """The longest gap between the ticks of a 10 ms timer on the main thread for 3 s with nothing to
    do, then while another thread computes each query's network and keywords (the GIL is what the two
    share)."""
    from PySide6.QtCore import QCoreApplication

    from kashshaf.core.analysis import Scope
    from kashshaf.core.analysis.keywords import keywords
    from kashshaf.core.analysis.network import entity_network

    app = QCoreApplication.instance() or QCoreApplication(["bench"])

    def work() -> None:
        for query in queries:
            entity_network(ws, Scope(query))
            keywords(ws, Scope(query))
        done.set()

    done = threading.Event()
    probe = StallProbe()
    end = time.perf_counter() + 3.0
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    idle = probe.worst
    worker = threading.Thread(target=work)
    probe.reset()
    worker.start()
    while not done.is_set():
        app.processEvents()
        time.sleep(0.001)
    worker.join()
    probe.stop()
    return idle, probe.worst


def window_stalls(corpus: Path, queries: list[str]) -> int:
    import tempfile

    from PySide6.QtCore import QSettings

    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.app import make_application
    from kashshaf.ui.mainwindow import MainWindow
    from kashshaf.ui.tasks import deferred_pending

    # a benchmark never changes the corpus it measures: the window gets it read-only
    Workspace.open = classmethod(lambda cls, target, catch_up=True: cls(target, readonly=True))  # type: ignore[method-assign,assignment,misc]
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="kashshaf-b-"))
    app = make_application(["bench"], language="ar")
    window = MainWindow(corpus)
    window.resize(1400, 1000)
    window.show()

    def wait(condition, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
        run_until(app, condition, timeout)

    wait(lambda: window.workspace is not None and window.model.rowCount() > 0)
    network, kw = window.analysis.dock("network"), window.analysis.dock("keywords")
    network.show()
    kw.show()
    probe = StallProbe()
    for query in queries:
        start = time.perf_counter()
        window.search_bar.set_query(query)
        wait(
            lambda q=query: (
                network.scope is not None
                and network.scope.text == q
                and window.runner.idle
                and not deferred_pending()
                and network.network is not None
                and kw.data is not None
            )
        )
        print(f"{query!r}: list, network and keywords drawn in {(time.perf_counter() - start) * 1000:.0f} ms")
    probe.stop()
    print(f"worst event-loop stall: {probe.worst * 1000:.0f} ms over {len(probe.gaps)} ticks (target 100)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
