"""The concordance (KWIC) on a large corpus: the first page, every line, and the window meanwhile.

    .venv/bin/python bench/bench_kwic.py [CORPUS_DIR] [--repeat 5] [--window]

CORPUS_DIR defaults to the 100k corpus bench/bench_query.py builds (/tmp/kashshaf-bench-100000);
it is opened read-only. For each query prints, over ``--repeat`` runs (each a new concordance; the
first run of the process, with the vocabulary's caches cold, is also given on its own):

* the first page: the first 200 lines found and their text read, as the dock shows them
  (p50/p95 against the target of 200 ms);
* every line: the rest read in the window's slices (``SLICE_SECONDS``), with the number of lines
  and documents, and the longest slice (what the other views may wait behind);
* the sort of every line by R1.

With ``--window``: the window opened on the corpus (read-only) with the concordance dock shown;
for each query typed, the time to the first page on screen and to every line, and the worst stall
of the window's event loop meanwhile (a 10 ms timer's lateness; target: never over 100 ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
from commands import not_a_corpus  # noqa: E402  (bench/ is the script's folder)
from stalls import StallProbe, run_until  # noqa: E402

QUERIES = ("السعودية", "داعش", '"وزير الخارجية"')
TARGET_FIRST_MS = 200
TARGET_STALL_MS = 100


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def core(corpus: Path, repeat: int) -> None:
    from kashshaf.core.analysis import Scope
    from kashshaf.core.analysis.kwic import PAGE, SLICE_SECONDS, first_page
    from kashshaf.core.workspace import Workspace

    with Workspace(corpus, readonly=True) as ws:
        print(f"corpus {corpus}: {ws.store.count():,} documents (read-only)")
        for query in QUERIES:
            firsts, alls, slices_worst, sorts = [], [], [], []
            lines = docs = 0
            for _ in range(repeat):
                start = time.perf_counter()
                builder = first_page(ws, Scope(query))
                shown = builder.conc.lines(ws, range(min(PAGE, len(builder.conc))))
                firsts.append(time.perf_counter() - start)
                assert len(shown) == min(PAGE, len(builder.conc))
                longest = 0.0
                while not builder.done:
                    t = time.perf_counter()
                    builder.step(seconds=SLICE_SECONDS)
                    longest = max(longest, time.perf_counter() - t)
                alls.append(time.perf_counter() - start)
                slices_worst.append(longest)
                t = time.perf_counter()
                builder.conc.order("R1")
                sorts.append(time.perf_counter() - t)
                lines, docs = len(builder.conc), len(builder.conc.doc_ids)
            ms = [x * 1000 for x in firsts]
            print(
                f"{query}: first page p50 {statistics.median(ms):.0f} ms, p95 {p95(ms):.0f} ms "
                f"(first run {ms[0]:.0f} ms; target {TARGET_FIRST_MS} ms) | every line: {lines:,} lines in "
                f"{docs:,} documents in {statistics.median(alls):.2f} s (p95 {p95(alls):.2f} s), longest slice "
                f"{max(slices_worst) * 1000:.0f} ms | sort by R1 {statistics.median(sorts) * 1000:.0f} ms"
            )


def window(corpus: Path) -> None:
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kashshaf.core.workspace import Workspace

    # the bench corpus is never written: the window opens it read-only
    Workspace.open = classmethod(lambda cls, d, catch_up=True: cls(d, readonly=True))  # type: ignore[assignment,method-assign]
    settings_dir = tempfile.mkdtemp(prefix="kashshaf-bench-settings-")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, settings_dir)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    from kashshaf.ui.app import make_application
    from kashshaf.ui.mainwindow import MainWindow

    app = make_application(["bench"], language="ar")

    def wait_until(condition, timeout: float = 600.0) -> None:  # type: ignore[no-untyped-def]
        run_until(app, condition, timeout)

    w = MainWindow(corpus)
    w.resize(1400, 900)
    w.show()
    wait_until(lambda: w.workspace is not None and w.model.rowCount() > 0 and w.reader.document is not None)
    dock = w.analysis.dock("kwic")
    assert dock is not None
    dock.show()
    dock.raise_()
    wait_until(lambda: w.runner.idle)
    probe = StallProbe()
    assert isinstance(app, QApplication)
    for query in QUERIES:
        app.processEvents()
        probe.reset()
        start = time.perf_counter()
        w.search_bar.set_query(query)
        wait_until(lambda q=query: dock.builder is not None and dock.builder.conc.scope.text == q)
        wait_until(lambda: dock.model.rowCount() > 0 and dock.model.line(0) is not None)
        dock.table.viewport().repaint()
        first = time.perf_counter() - start
        wait_until(lambda: dock.builder is not None and dock.builder.done and w.runner.idle)
        every = time.perf_counter() - start
        worst = probe.worst
        print(
            f"window, {query}: first page on screen {first * 1000:.0f} ms, every line ({len(dock.builder.conc):,}) "
            f"{every:.2f} s; worst event-loop stall {worst * 1000:.0f} ms (target {TARGET_STALL_MS} ms)"
        )
    probe.stop()
    w.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default="/tmp/kashshaf-bench-100000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--window", action="store_true", help="also measure the window (the event loop's stalls)")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not_a_corpus(corpus):
        return 2
    core(corpus, args.repeat)
    if args.window:
        window(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
