"""Start-up of the CLI: ``kashshaf --corpus SEEDS search WORD``, process start to exit, warm disk cache.

    .venv/bin/python bench/bench_cli_startup.py [--runs 9] [--exe "/opt/kashshaf/kashshaf"] [--word سوريا]

Issue 17's target: 0.35 s wall. ``--exe`` is the command that starts Kashshaf (split like a shell
line; default: this Python with ``-m kashshaf`` on the checkout's ``desktop/``), so the PyInstaller
bundle's executable is measured the same way. The seeds corpus is imported by that same command
into a temporary folder (or ``--corpus DIR`` is used as it is).

Each command runs twice unmeasured first (the disk cache warm, the bytecode written), then
``--runs`` times; medians of wall and CPU time (user + system, from the child's rusage) are printed
with the fastest and slowest run, and with the load average, since the machine may be shared. A
checkout run from source gets its ``.pyc`` files as an installed package has them: in a
temporary ``PYTHONPYCACHEPREFIX``, even where ``PYTHONDONTWRITEBYTECODE`` is set (otherwise
every start compiles the package again, about 0.25 s of CPU).

Beside ``search``: ``--help`` (parsing alone) and ``entities``, and, for the default
command, the bare interpreter (``python -c pass``), the floor under any Python start.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from commands import command_and_env  # (bench/ is the script's folder)

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.35
"""issue 17: ``kashshaf search`` on the seeds, warm disk cache, seconds of wall time"""


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``cmd``; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True, timeout=120)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(name: str, cmd: list[str], env: dict[str, str], runs: int, target: float | None = None) -> float:
    for _ in range(2):  # warm: disk cache, bytecode
        run_once(cmd, env)
    walls, cpus = zip(*(run_once(cmd, env) for _ in range(runs)), strict=True)
    wall = statistics.median(walls)
    verdict = ""
    if target is not None:
        verdict = f"  target {target:.2f} s: {'met' if wall <= target else 'NOT met'}"
    print(
        f"{name:<22} wall median {wall:.3f} s (min {min(walls):.3f}, max {max(walls):.3f}); "
        f"CPU median {statistics.median(cpus):.3f} s{verdict}"
    )
    return wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="measured runs of each command (default 9)")
    parser.add_argument("--exe", help="the command that starts Kashshaf (default: python -m kashshaf)")
    parser.add_argument("--corpus", type=Path, help="a corpus folder (default: the seeds, imported afresh)")
    parser.add_argument("--word", default="سوريا", help="the word searched (default: one all five seeds hold)")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="kashshaf-cli-startup-"))
    exe, env = command_and_env(args.exe, tmp)
    try:
        corpus = args.corpus
        if corpus is None:
            corpus = tmp / "seeds"
            subprocess.run(
                [*exe, "--corpus", str(corpus), "import", "-q", str(ROOT / "seeds")],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        found = subprocess.run(
            [*exe, "--corpus", str(corpus), "search", args.word], env=env, capture_output=True, text=True, check=True
        ).stdout.splitlines()[0]
        print(f"command: {shlex.join(exe)}; corpus {corpus}; {found}")
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
        base = [*exe, "--corpus", str(corpus)]
        measure("search", [*base, "search", args.word], env, args.runs, TARGET)
        measure("--help", [*exe, "--help"], env, args.runs)
        measure("entities", [*base, "entities", "--limit", "5"], env, args.runs)
        if not args.exe:
            measure("python -c pass", [sys.executable, "-c", "pass"], env, args.runs)
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
