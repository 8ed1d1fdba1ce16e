"""Build the one-folder bundle and its archive (`make bundle` runs it); no network.

    .venv/bin/python packaging/build_bundle.py

dist/kashshaf/                                  the bundle (dist/kashshaf/kashshaf: window and CLI)
dist/kashshaf-<version>-linux-x86_64.tar.gz     the same folder, archived

Prints the build time, the unpacked size and the biggest parts. PyInstaller's warnings about
libraries it could not find (Wayland's cursor library, GTK) concern plugins the bundle leaves out
or that load the system's copy; build/pyinstaller/kashshaf/warn-kashshaf.txt lists the rest.
"""

from __future__ import annotations

import ast
import json
import os
import platform
import re
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


PYTHON_COMPONENTS = {
    "camel-tools": "camel_tools",
    "emoji": "emoji",
    "six": "six",
    "cached-property": "cached_property",
    "typing_extensions": "typing_extensions",
    "lxml": "lxml",
}
"""components of packaging/licences that are Python packages: listed in the bundle's About only where
the bundle carries them (camel-tools and emoji are left out of it)"""


def debian_package(path: str) -> str | None:
    """The Debian package that installed ``path`` (tried as given, under /usr, and resolved: a merged
    /usr lists /lib's files under either), or None."""
    tried = [path, "/usr" + path, os.path.realpath(path)]
    tried.append("/usr" + tried[-1])
    for candidate in dict.fromkeys(tried):
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0]
    return None


def complete_licences(bundle: Path, workpath: Path) -> list[str]:
    """The bundle's ``licences``: the Python packages it does not carry left out of About's list, and the
    copyright file of each Debian package whose libraries PyInstaller copied from this system (glib,
    libssl, freetype, xcb...) added as ``licences/debian/<package>.txt`` and listed. Returns the
    packages added. (The libraries that come in wheels, Qt's and numpy's, are under their wheel's
    licence, already listed.)"""
    licences = bundle / "_internal" / "licences"
    index = licences / "components.json"
    components = json.loads(index.read_text(encoding="utf-8"))
    carried = {p.name.split(".")[0] for p in (bundle / "_internal").iterdir()}
    kept = []
    for c in components:
        module = PYTHON_COMPONENTS.get(c["name"])
        if module is not None and module not in carried:
            (licences / c["file"]).unlink(missing_ok=True)
            continue
        kept.append(c)
    toc = ast.literal_eval((workpath / "kashshaf" / "COLLECT-00.toc").read_text(encoding="utf-8"))[0]
    sources = sorted({src for _dest, src, kind in toc if kind == "BINARY" and src.startswith(("/usr/", "/lib"))})
    packages: dict[str, list[str]] = {}
    for src in sources:
        package = debian_package(src)
        if package is None:
            raise SystemExit(
                f"build_bundle: {src} is in the bundle but no Debian package owns it: its licence is unknown"
            )
        packages.setdefault(package.split(":")[0], []).append(Path(src).name)
    (licences / "debian").mkdir(exist_ok=True)
    for package, libraries in sorted(packages.items()):
        copyright = Path("/usr/share/doc") / package / "copyright"
        if not copyright.is_file():
            raise SystemExit(f"build_bundle: {copyright} is missing: the licence of {', '.join(libraries)} is unknown")
        shutil.copyfile(copyright, licences / "debian" / f"{package}.txt")
        version = subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True, check=True
        ).stdout
        kept.append(
            {
                "name": f"{package} ({', '.join(libraries)})",
                "version": version,
                "licence": "Debian copyright file",
                "file": f"debian/{package}.txt",
                "kind": "system library",
            }
        )
    # the full texts those files name rather than quote (/usr/share/common-licenses/LGPL-2.1, Apache-2.0...)
    named = set()
    for text in (licences / "debian").glob("*.txt"):
        named |= set(
            re.findall(
                r"/usr/share/common-licenses/([\w.+-]+[\w+])", text.read_text(encoding="utf-8", errors="replace")
            )
        )
    for name in sorted(named):
        source = Path("/usr/share/common-licenses") / name
        if source.is_file():
            shutil.copyfile(source, licences / "debian" / f"common-{name}.txt")
            kept.append(
                {
                    "name": f"{name}: the text the system libraries' copyright files refer to",
                    "version": "",
                    "licence": name,
                    "file": f"debian/common-{name}.txt",
                    "kind": "licence text",
                }
            )
    index.write_text(json.dumps(kept, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return sorted(packages)


def archive_name() -> str:
    machine = {"AMD64": "x86_64", "arm64": "aarch64"}.get(platform.machine(), platform.machine())
    return f"kashshaf-{version()}-{sys.platform.removesuffix('32')}-{machine}.tar.gz"


def build() -> Path:
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "ERROR"]
    cmd += ["--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller")]
    subprocess.run([*cmd, str(ROOT / "packaging" / "kashshaf.spec")], check=True, cwd=ROOT)
    if sys.platform.startswith("linux") and shutil.which("dpkg"):
        added = complete_licences(BUNDLE, ROOT / "build" / "pyinstaller")
        print(f"licences: the copyright files of {len(added)} Debian packages whose libraries the bundle carries")
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
