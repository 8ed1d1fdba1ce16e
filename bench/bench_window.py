"""The window on a large corpus: opening it, filling the list, scrolling, searching.

    .venv/bin/python bench/bench_window.py [CORPUS_DIR] [--open-only]

CORPUS_DIR defaults to the 100k corpus bench/bench_query.py builds
(/tmp/kashshaf-bench-100000). Prints the time from creating the window to a
filled list, the time to paint the list after jumping to 20 places in it
(median and worst: what a user dragging the scroll bar waits), the time from
a typed query to its hits on screen, the worst stall of the event loop
during all of it, and the process' RSS.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
from commands import not_a_corpus  # noqa: E402  (bench/ is the script's folder)
from stalls import StallProbe, run_until  # noqa: E402


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    open_only = "--open-only" in sys.argv
    corpus = Path(args[0] if args else "/tmp/kashshaf-bench-100000")
    if not_a_corpus(corpus):
        return 2
    settings_dir = tempfile.mkdtemp(prefix="kashshaf-bench-settings-")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, settings_dir)
    from kashshaf.ui.app import make_application
    from kashshaf.ui.mainwindow import MainWindow

    app = make_application(["bench"], language="ar")
    probe = StallProbe()

    t0 = time.perf_counter()
    window = MainWindow(corpus)
    window.resize(1400, 860)
    window.show()
    run_until(app, lambda: window.model.rowCount() > 0 and window.reader.document is not None)
    opened = time.perf_counter() - t0
    rows = window.model.rowCount()
    if open_only:
        print(f"window created -> list filled and first document shown: {opened:.2f} s")
        window.close()
        return 0

    view = window.list_view
    bar = view.verticalScrollBar()
    jumps = []
    for i in range(20):
        target = int(bar.maximum() * ((i * 7919) % 20) / 19)
        start = time.perf_counter()
        bar.setValue(target)
        view.viewport().repaint()
        jumps.append(time.perf_counter() - start)
    steps = []
    for _ in range(50):  # wheel-like scrolling, a few rows at a time
        start = time.perf_counter()
        bar.setValue(bar.value() + 3)
        view.viewport().repaint()
        steps.append(time.perf_counter() - start)

    searches = []
    resets = [0]
    window.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    app.processEvents()
    probe.reset()  # from here: the event loop while searches run in the background
    for query in ("السعودية", "وزير الخارجية", "اقتص*", "النفط و الرياض"):
        start = time.perf_counter()
        before = resets[0]
        window.search_bar.set_query(query)
        run_until(app, lambda before=before: resets[0] > before)
        view.viewport().repaint()
        searches.append((query, time.perf_counter() - start, window.model.total))
        app.processEvents()
    while_searching = probe.worst
    probe.reset()
    window.search_bar.set_query("")
    run_until(app, lambda: not window.model.searching)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus {corpus} ({rows:,} documents)")
    print(f"window created -> list filled and first document shown: {opened:.2f} s")
    print(
        f"jump anywhere in the list and paint: median {statistics.median(jumps) * 1000:.1f} ms, worst {max(jumps) * 1000:.1f} ms"
    )
    print(f"scroll 3 rows and paint: median {statistics.median(steps) * 1000:.1f} ms, worst {max(steps) * 1000:.1f} ms")
    for query, secs, total in searches:
        print(f"search {query!r}: {total:,} hits on screen in {secs * 1000:.0f} ms")
    print(f"worst event-loop stall while the searches ran (each repaint included): {while_searching * 1000:.0f} ms")
    print(f"worst event-loop stall while idle after a search: {probe.worst * 1000:.0f} ms")
    print(f"peak RSS {rss:.0f} MB")
    probe.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
