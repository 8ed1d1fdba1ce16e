"""Start-up time of the window on the seeds corpus: process start -> first
paint, and -> the document list filled, median of N runs.

    .venv/bin/python bench/bench_startup.py [--runs 5] [--platform xcb|offscreen]

The first start on a fresh user-data folder imports the bundled seeds (shown
separately); the measured starts reuse that folder, so they also check that
a second start does not re-index (the index files must not change). Under
``xcb`` the window is a real X window on Xvfb (xvfb-run), as on a desktop.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_once(env: dict[str, str]) -> tuple[float, float]:
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, "-m", "kashshaf"], env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout
    marks = dict(line.split() for line in out.splitlines() if line.startswith(("first-paint", "listed")))
    return float(marks["first-paint"]) - t0, float(marks["listed"]) - t0


def index_state(data: Path) -> list[tuple[str, int]]:
    index = data / "corpora" / "default" / "index"
    return sorted((p.name, p.stat().st_mtime_ns) for p in index.iterdir())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="xcb" if shutil.which("xvfb-run") else "offscreen")
    args = parser.parse_args()
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, __file__, "--runs", str(args.runs)]
        return subprocess.call(cmd)
    tmp = Path(tempfile.mkdtemp(prefix="kashshaf-startup-"))
    env = dict(os.environ)
    env.update(
        KASHSHAF_DATA_DIR=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        KASHSHAF_STARTUP_PROBE="1",
        QT_QPA_PLATFORM=args.platform,
        PYTHONPATH=str(ROOT / "desktop"),
    )
    paint, listed = start_once(env)
    print(f"first start (imports the seeds): first paint {paint:.2f} s, list filled {listed:.2f} s")
    before = index_state(tmp / "data")
    paints, lists = [], []
    for _ in range(args.runs):
        paint, listed = start_once(env)
        paints.append(paint)
        lists.append(listed)
    print(
        f"later starts ({args.runs}, {args.platform}): first paint median {statistics.median(paints):.2f} s "
        f"(min {min(paints):.2f}, max {max(paints):.2f}); list filled median {statistics.median(lists):.2f} s"
    )
    print("index untouched by later starts:", index_state(tmp / "data") == before)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
