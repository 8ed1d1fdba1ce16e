"""A 100k-article import in the window, cancelled part-way and resumed, with the
event loop watched throughout; then the corpus reopened.

    .venv/bin/python bench/bench_scale.py [--docs 100000] [--per-file 1000] [--cancel-at 0.3] [--reopen 3]

The articles are SaudiNewsNet replicated with fresh ids (bench/replica.py),
written as JSON files of ``--per-file`` articles into
/tmp/kashshaf-replica-<docs>-<per-file> (reused). The window imports them into
a new corpus exactly as File → Import folder does; at ``--cancel-at`` of the
files the Cancel button is pressed, and the folder is imported again (which
resumes). A 10 ms timer runs in the window's event loop the whole time: the
longest gap between its ticks is the worst stall a user could feel.

Prints reading and indexing rates, the stalls (worst, 99th percentile, count
over 100 ms), the window process' peak RSS (and its reading/indexing worker
processes' apart), then the time to reopen the corpus: the store and index
alone (Workspace), and the window to a filled list with the first document
shown, each the median of ``--reopen`` fresh processes.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))
from replica import write_replica  # noqa: E402
from stalls import run_until  # noqa: E402

REOPEN_STORE = """
import sys, time
sys.path.insert(0, {desktop!r})
t = time.perf_counter()
from kashshaf.core.workspace import Workspace
w = Workspace({corpus!r})
n = w.store.count(); w.search("السعودية", limit=20, snippets=False)
print(time.perf_counter() - t, n)
"""


def wait_until(app: QApplication, condition, timeout: float = 7200.0) -> None:  # type: ignore[no-untyped-def]
    """stalls.run_until, with room for an import of 100k articles."""
    run_until(app, condition, timeout)


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--per-file", type=int, default=1000)
    ap.add_argument("--cancel-at", type=float, default=0.3)
    ap.add_argument("--reopen", type=int, default=3)
    ap.add_argument("--keep", action="store_true", help="keep the corpus (printed) for bench_window.py")
    args = ap.parse_args()
    source = Path(tempfile.gettempdir()) / f"kashshaf-replica-{args.docs}-{args.per_file}"
    t = time.perf_counter()
    parts = write_replica(source, args.docs, args.per_file)
    print(f"source: {len(parts)} JSON files of {args.per_file} articles in {source} ({time.perf_counter() - t:.0f} s)")
    corpus = Path(tempfile.mkdtemp(prefix="kashshaf-scale-")) / "corpus"

    settings_dir = tempfile.mkdtemp(prefix="kashshaf-bench-settings-")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, settings_dir)
    from kashshaf.ui.app import make_application
    from kashshaf.ui.mainwindow import MainWindow

    app = make_application(["bench"], language="ar")
    ticks: list[tuple[float, float, str]] = []
    """(when, gap since the previous tick, phase)"""
    phase = ["opening"]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        ticks.append((now, now - last[0], phase[0]))
        last[0] = now

    probe = QTimer()
    probe.timeout.connect(tick)
    probe.start(10)

    window = MainWindow(corpus)
    window.resize(1400, 860)
    window.show()
    wait_until(app, lambda: window.workspace is not None and window.jobs.running is None)
    events: list[tuple[float, str, int, int | None, int]] = []

    def record(p):  # type: ignore[no-untyped-def]
        phase[0] = p.phase
        events.append((time.perf_counter(), p.phase, p.done, p.total, p.documents))

    window.jobs.progressed.connect(record)

    # the first run, cancelled part-way through the reading
    start = t_start = time.perf_counter()
    finished: list[float] = []
    window.jobs.start_import([source])
    dialog = window.import_dialog
    assert dialog is not None
    wait_until(
        app, lambda: bool(events) and events[-1][1] == "reading" and events[-1][2] >= args.cancel_at * len(parts)
    )
    cancel_pressed = time.perf_counter()
    dialog.cancel_button.click()
    wait_until(app, lambda: dialog.finished_report is not None)
    cancelled = dialog.finished_report
    finished.append(time.perf_counter())
    cancel_took = time.perf_counter() - cancel_pressed
    phase[0] = "indexing what was read"
    wait_until(app, lambda: window.jobs.running is None)  # the window indexes what was read
    first_run = time.perf_counter() - start
    first_docs = len(cancelled.imported)
    dialog_text = dialog.phase_label.text()

    # the same folder again: it resumes
    events.clear()
    start = time.perf_counter()
    window.jobs.start_import([source])
    dialog = window.import_dialog
    wait_until(app, lambda: dialog.finished_report is not None)
    resumed = dialog.finished_report
    finished.append(time.perf_counter())
    second_run = time.perf_counter() - start
    phase[0] = "idle"
    wait_until(app, lambda: window.model.rowCount() > 0)
    app.processEvents()
    reading = [e for e in events if e[1] == "reading"]
    indexing = [e for e in events if e[1] == "indexing"]
    total_docs = window.workspace.store.count()  # type: ignore[union-attr]
    pace_seen = dialog.pace_text(_progress(events[-1])) if events else ""

    gaps = sorted(g for _, g, ph in ticks if ph != "opening")
    worst = max(((g, ph) for _, g, ph in ticks if ph != "opening"), default=(0.0, ""))
    window_rss = rss_mb(resource.RUSAGE_SELF)
    children_rss = rss_mb(resource.RUSAGE_CHILDREN)
    probe.stop()
    window.close()
    app.processEvents()

    print(f"corpus {corpus}: {total_docs:,} documents")
    print(
        f"first run: cancelled at {args.cancel_at:.0%} of the files; {first_docs:,} documents kept and indexed "
        f"in {first_run:.0f} s; the cancel took {cancel_took:.1f} s to stop"
    )
    print(f"  the dialog said: {dialog_text}")
    print(
        f"second run (resume): {len(resumed.imported):,} documents imported, {len(resumed.unchanged)} files skipped "
        f"as unchanged, {len(resumed.duplicates)} duplicates, {len(resumed.problems)} problems, in {second_run:.0f} s"
    )
    if reading and indexing:
        r_secs = reading[-1][0] - events[0][0]
        i_secs = indexing[-1][0] - indexing[0][0]
        print(
            f"  reading {reading[-1][4]:,} documents: {r_secs:.0f} s ({reading[-1][4] / r_secs:,.0f} documents/s); "
            f"indexing {indexing[-1][2]:,}: {i_secs:.0f} s ({indexing[-1][2] / max(i_secs, 1e-9):,.0f} documents/s)"
        )
    print(f"  the dialog's pace line at the end: {pace_seen}")
    print(
        f"event loop during both imports ({len(gaps):,} ticks of a 10 ms timer): worst gap {worst[0] * 1000:.0f} ms "
        f"(while {worst[1]}), 99th percentile {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms, "
        f"{sum(g > 0.1 for g in gaps)} gaps over 100 ms"
    )
    for when, gap, ph in sorted(ticks, key=lambda t: -t[1])[:3]:
        print(f"  a {gap * 1000:.0f} ms gap ended {when - t_start:.1f} s after the first import started (while {ph})")
    print(f"  finish times of the two runs: {', '.join(f'{x - t_start:.1f} s' for x in finished)}")
    print(f"peak RSS: window process {window_rss:.0f} MB; largest worker process {children_rss:.0f} MB")

    store_times, window_times = [], []
    for _ in range(args.reopen):
        out = subprocess.run(
            [sys.executable, "-c", REOPEN_STORE.format(desktop=str(ROOT / "desktop"), corpus=str(corpus))],
            capture_output=True,
            text=True,
            check=True,
        )
        store_times.append(float(out.stdout.split()[0]))
        out = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "bench_window.py"), str(corpus), "--open-only"],
            capture_output=True,
            text=True,
            check=True,
        )
        line = next(x for x in out.stdout.splitlines() if x.startswith("window created"))
        window_times.append(float(line.rsplit(":", 1)[1].strip().split()[0]))
    print(
        f"reopen ({args.reopen} fresh processes): store + index + a first search median "
        f"{statistics.median(store_times):.2f} s; window to a filled list and the first document shown median "
        f"{statistics.median(window_times):.2f} s (runs: {', '.join(f'{x:.2f}' for x in window_times)})"
    )
    if args.keep:
        print(f"kept {corpus}")
    else:
        shutil.rmtree(corpus.parent)
    return 0


def _progress(event: tuple[float, str, int, int | None, int]):  # type: ignore[no-untyped-def]
    from kashshaf.core.models import ImportProgress

    _, ph, done, total, documents = event
    return ImportProgress(ph, done, total, 0, None, documents)


if __name__ == "__main__":
    sys.exit(main())
