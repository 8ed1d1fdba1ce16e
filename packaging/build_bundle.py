"""Build the one-folder bundle and its archive (`make bundle` runs it); no network.

    .venv/bin/python packaging/build_bundle.py

dist/kashshaf/                                  the bundle (dist/kashshaf/kashshaf: window and CLI)
dist/kashshaf-<version>-linux-x86_64.tar.gz     the same folder, archived

Prints the build time, the unpacked size and the biggest parts. PyInstaller's warnings about
libraries it could not find (Wayland's cursor library, GTK) concern plugins the bundle leaves out
or that load the system's copy; build/pyinstaller/kashshaf/warn-kashshaf.txt lists the rest.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "kashshaf"
MAX_MB = 250


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def size_mb(path: Path) -> float:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 1e6


def biggest_parts(bundle: Path, n: int = 12) -> list[tuple[float, str]]:
    """The biggest top-level parts of ``_internal`` (PySide6 split into Qt's libraries and the rest)."""
    internal = bundle / "_internal"
    parts = [p for p in internal.iterdir() if p.name != "PySide6"]
    parts += [p for p in (internal / "PySide6").iterdir() if p.name != "Qt"]
    parts += list((internal / "PySide6" / "Qt").iterdir())
    sizes = [(size_mb(p) if p.is_dir() else p.lstat().st_size / 1e6, str(p.relative_to(internal))) for p in parts]
    return sorted(sizes, reverse=True)[:n]


def archive_name() -> str:
    machine = {"AMD64": "x86_64", "arm64": "aarch64"}.get(platform.machine(), platform.machine())
    return f"kashshaf-{version()}-{sys.platform.removesuffix('32')}-{machine}.tar.gz"


def build() -> Path:
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "ERROR"]
    cmd += ["--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller")]
    subprocess.run([*cmd, str(ROOT / "packaging" / "kashshaf.spec")], check=True, cwd=ROOT)
    built = time.perf_counter() - start
    archive = DIST / archive_name()
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname="kashshaf")
    total = size_mb(BUNDLE)
    print(f"bundle: {BUNDLE} {total:.0f} MB unpacked (limit {MAX_MB}), built in {built:.0f} s")
    print(f"archive: {archive} {archive.stat().st_size / 1e6:.0f} MB")
    print("biggest parts: " + ", ".join(f"{name} {mb:.0f}" for mb, name in biggest_parts(BUNDLE)))
    if total > MAX_MB:
        raise SystemExit(f"build_bundle: {total:.0f} MB is over the {MAX_MB} MB target")
    return BUNDLE


def main() -> int:
    if not shutil.which("readelf") and sys.platform.startswith("linux"):
        print("build_bundle: readelf (binutils) is missing: unused libraries cannot be pruned", file=sys.stderr)
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
