"""Build the Debian package from the bundle (`make deb` runs it after `make bundle`); no network.

    .venv/bin/python packaging/build_deb.py [--bundle dist/kashshaf] [--out dist]

The package installs:
  /opt/kashshaf/                          the PyInstaller bundle (window and command line)
  /usr/bin/kashshaf                       a link to /opt/kashshaf/kashshaf
  /usr/share/applications/org.kashshaf.Kashshaf.desktop
  /usr/share/metainfo/org.kashshaf.Kashshaf.metainfo.xml
  /usr/share/icons/hicolor/{16…512}x…/apps/org.kashshaf.Kashshaf.png and scalable/…svg
  /usr/share/doc/kashshaf/copyright       (the licence texts themselves are in the bundle)
No maintainer scripts: the icon cache and the desktop database are refreshed by dpkg triggers
(hicolor-icon-theme, desktop-file-utils), and `dpkg -r` removes every file it installed.

Depends: the system libraries the bundle's binaries load that it does not carry (libc, GL/EGL,
xcb, xkbcommon, wayland), found with ldd and mapped to packages with `dpkg -S`, as dpkg-shlibdeps
would; libc6 at least the build machine's version.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.kashshaf.Kashshaf"
PACKAGE = "kashshaf"
LINUX = ROOT / "packaging" / "linux"
PREFIX = "opt/kashshaf"


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(resolved paths outside the bundle, names not found) over every ELF file in the bundle."""
    internal = bundle / "_internal"
    search = [internal, internal / "PySide6" / "Qt" / "lib", *sorted(internal.glob("*.libs"))]
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(str(p) for p in search))
    found: set[str] = set()
    missing: set[str] = set()
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
        for line in out.splitlines():
            m = re.match(r"\s*(\S+) => (not found|(\S+))", line)
            if not m:
                continue
            if m.group(2) == "not found":
                missing.add(m.group(1))
            elif not Path(m.group(3)).resolve().is_relative_to(bundle.resolve()):
                found.add(m.group(3))
    return found, missing


def packages_of(paths: set[str]) -> set[str]:
    """The Debian packages that own ``paths`` (`dpkg -S`; a path is tried as given and resolved)."""
    owners: set[str] = set()
    for path in sorted(paths):
        for candidate in dict.fromkeys([path, str(Path(path).resolve())]):
            out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if out.returncode == 0:
                owners.update(p.strip().split(":")[0] for p in out.stdout.split(": ", 1)[0].split(","))
                break
        else:
            print(f"build_deb: no package owns {path}; not in Depends", file=sys.stderr)
    return owners


def installed_version(package: str) -> str:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=True
    ).stdout
    return out.split("-")[0]


OPTIONAL = {"libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1"}
"""libraries only the Wayland plugins load (without them Qt falls back to xcb): Recommends, and they
need not be on the build machine"""


def relations(bundle: Path) -> tuple[str, str]:
    """(Depends, Recommends)."""
    found, missing = system_libraries(bundle)
    unknown = missing - OPTIONAL.keys()
    if unknown:
        raise SystemExit(f"build_deb: the bundle needs libraries this machine does not have: {sorted(unknown)}")
    optional = {OPTIONAL[name] for name in OPTIONAL if name in missing}
    optional |= {p for p in packages_of({f for f in found if Path(f).name in OPTIONAL})}
    owners = packages_of({f for f in found if Path(f).name not in OPTIONAL}) - {"libc6"}
    return ", ".join([f"libc6 (>= {installed_version('libc6')})", *sorted(owners)]), ", ".join(sorted(optional))


def installed_size_kib(root: Path) -> int:
    return sum((p.lstat().st_size + 1023) // 1024 for p in root.rglob("*") if not p.is_dir())


def normalise_modes(root: Path) -> None:
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir() or path.stat().st_mode & 0o111:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def stage(bundle: Path, staging: Path) -> None:
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(bundle, staging / PREFIX, symlinks=True)
    (staging / "usr/bin").mkdir(parents=True)
    (staging / "usr/bin/kashshaf").symlink_to(f"/{PREFIX}/kashshaf")
    share = staging / "usr/share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(LINUX / "icons" / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Kashshaf\n\n"
        "Files: *\n"
        "License: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n"
        " The bundle under /opt/kashshaf carries Python, Qt (LGPL-3.0) and other\n"
        " third-party components; their licence texts are in\n"
        f" /{PREFIX}/_internal/licences and the fonts' in\n"
        f" /{PREFIX}/_internal/resources/fonts/OFL.txt.\n",
        encoding="utf-8",
    )


def control(staging: Path, bundle: Path) -> str:
    depends, recommends = relations(bundle)
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version()}-1\n"
        "Section: text\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        "Maintainer: The Kashshaf authors <kashshaf@localhost>\n"
        f"Installed-Size: {installed_size_kib(staging)}\n"
        f"Depends: {depends}\n"
        + (f"Recommends: {recommends}\n" if recommends else "")
        + "Description: offline desktop browser for Arabic news corpora (كشّاف)\n"
        " Kashshaf imports Arabic news articles (text, HTML, Markdown, JSON), builds\n"
        " a local search index that understands Arabic spelling variants and clitics,\n"
        " finds the people, organisations and places they mention, and exports cited\n"
        " excerpts. One program: the window, and a command line (kashshaf search …).\n"
        " Self-contained under /opt/kashshaf; nothing is downloaded at run time.\n"
    )


def build(bundle: Path, out: Path) -> Path:
    if not (bundle / "kashshaf").is_file():
        raise SystemExit(f"build_deb: no bundle at {bundle} (run `make bundle` first)")
    staging = ROOT / "build" / "deb" / f"{PACKAGE}_{version()}_amd64"
    stage(bundle, staging)
    (staging / "DEBIAN").mkdir()
    (staging / "DEBIAN" / "control").write_text(control(staging, bundle), encoding="utf-8")
    normalise_modes(staging)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{version()}-1_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(staging), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kashshaf")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    start = time.perf_counter()
    deb = build(args.bundle.resolve(), args.out.resolve())
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB, built in {time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
