"""The third-party licence texts Kashshaf's bundle carries: ``packaging/licences``.

    .venv/bin/python packaging/collect_licences.py      (after changing a dependency's version)

Copies each Python package's licence files from its installed ``*.dist-info``
(nothing is downloaded), Python's own licence from the interpreter's library,
the GNU licences from Debian's ``/usr/share/common-licenses`` and the fonts'
OFL from ``resources/fonts``; then writes ``components.json`` (what Help → About
lists) and ``README.md`` (the same as a table). The texts written by hand for
what no package carries (CRFsuite, libLBFGS, the CLDR names, the entity model,
the seeds, Kashshaf's own data) are kept as they are: ``STATIC`` below.

The bundle ships this folder as ``licences/`` beside ``resources/``
(``kashshaf.paths.licences_dir``).
"""

from __future__ import annotations

import json
import sys
import sysconfig
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "licences"
COMMON = Path("/usr/share/common-licenses")

QT_NOTICE = """\
Qt {qt} and PySide6 / Shiboken6 {pyside} — GNU Lesser General Public License v3 (LGPL-3.0-only)

Kashshaf's window is made with Qt 6 (The Qt Company Ltd and other contributors) through
Qt for Python (PySide6 and Shiboken6), used under the GNU Lesser General Public License
version 3. Kashshaf loads them as separate shared libraries (libQt6*.so, the PySide6 and
shiboken6 modules) that it does not modify: you may replace them with a version of your
own that is compatible with them. Their source code is at https://download.qt.io/ and
https://code.qt.io/ (qtbase, qtsvg, pyside-setup), tag v{qt}. The LGPL supplements the GNU
General Public License version 3, whose text is under "Kashshaf".

Qt includes third-party code under its own permissive licences (listed in Qt's
documentation, "Licenses Used in Qt"), among them HarfBuzz, FreeType, libpng, PCRE2,
zlib and the Unicode data.

"""


@dataclass
class Component:
    name: str
    version: str
    licence: str
    file: str
    kind: str  # "program", "library", "font" or "data"
    sources: list[Path] = field(default_factory=list)
    header: str = ""


def dist_licences(dist_name: str) -> list[Path]:
    """The licence files an installed distribution lists in its RECORD (``licenses/``, ``LICENSE*``, ``COPYING``)."""
    dist = metadata.distribution(dist_name)
    found = []
    for f in dist.files or []:
        parts = f.parts
        if not parts[0].endswith(".dist-info"):
            continue
        name = parts[-1].upper()
        if "licenses" in parts or name.startswith(("LICENSE", "LICENCE", "COPYING")):
            found.append(Path(str(dist.locate_file(f))))
    if not found:
        raise SystemExit(f"collect_licences: {dist_name} carries no licence file")
    return sorted(found)


def font_version() -> str:
    from fontTools.ttLib import TTFont

    raw = TTFont(ROOT / "resources" / "fonts" / "NotoSansArabic-Regular.ttf")["name"].getDebugName(5) or ""
    return raw.split(";")[0].removeprefix("Version ").strip()


def library(dist_name: str, name: str, licence: str, file: str, only: tuple[str, ...] = ()) -> Component:
    paths = dist_licences(dist_name)
    if only:
        paths = [p for p in paths if p.name in only]
    return Component(name, metadata.version(dist_name), licence, file, "library", paths)


# texts kept as written by hand: name, version, licence, file, kind
STATIC = [
    ("CRFsuite", "in python-crfsuite", "BSD-3-Clause", "CRFsuite.txt", "library"),
    ("libLBFGS", "in python-crfsuite", "MIT", "libLBFGS.txt", "library"),
    ("Unicode CLDR", "Babel 2.18.0", "Unicode-3.0", "Unicode-CLDR.txt", "data"),
    ("Entity model (ANERcorp)", "ner-crf.model", "research use", "entity-model.txt", "data"),
    ("Sample articles (seeds)", "5 articles", "their publishers'", "seeds.txt", "data"),
    ("Kashshaf's data and icon", "", "GPL-3.0-or-later, CC0-1.0", "kashshaf-data.txt", "data"),
]


def components() -> list[Component]:
    kashshaf_version = metadata.version("kashshaf")
    qt = metadata.version("PySide6-Essentials")
    out = [
        Component(
            "Kashshaf", kashshaf_version, "GPL-3.0-or-later", "Kashshaf-GPL-3.0.txt", "program", [COMMON / "GPL-3"]
        ),
        Component(
            "Qt 6, PySide6, Shiboken6",
            qt,
            "LGPL-3.0-only",
            "Qt-PySide6-LGPL-3.0.txt",
            "library",
            [COMMON / "LGPL-3"],
            QT_NOTICE.format(qt=qt, pyside=qt),
        ),
        Component(
            "Python",
            sys.version.split()[0],
            "PSF-2.0",
            "Python.txt",
            "library",
            [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"],
        ),
        Component(
            "Noto Sans Arabic, Noto Naskh Arabic, Noto Sans",
            font_version(),
            "OFL-1.1",
            "Noto-fonts-OFL-1.1.txt",
            "font",
            [ROOT / "resources" / "fonts" / "OFL.txt"],
        ),
        library("Whoosh-Reloaded", "whoosh-reloaded", "BSD-2-Clause", "whoosh-reloaded.txt"),
        library("camel-tools", "camel-tools", "MIT", "camel-tools.txt"),
        library("python-crfsuite", "python-crfsuite", "MIT", "python-crfsuite.txt"),
        library("python-docx", "python-docx", "MIT", "python-docx.txt"),
        library("lxml", "lxml", "BSD-3-Clause", "lxml.txt"),
        library("typing_extensions", "typing_extensions", "PSF-2.0", "typing_extensions.txt"),
        library("fonttools", "fontTools", "MIT", "fonttools.txt"),
        library("numpy", "NumPy", "BSD-3-Clause", "numpy.txt", only=("LICENSE.txt",)),
        library("networkx", "NetworkX", "BSD-3-Clause", "networkx.txt"),
        library("six", "six", "MIT", "six.txt"),
        library("cached-property", "cached-property", "BSD-3-Clause", "cached-property.txt"),
        library("emoji", "emoji", "BSD-3-Clause", "emoji.txt"),
    ]
    out += [Component(n, v or kashshaf_version, lic, f, k) for n, v, lic, f, k in STATIC]
    return out


def write_text(c: Component) -> None:
    parts = [c.header or f"{c.name} {c.version} — {c.licence}\n\n"]
    for src in c.sources:
        if len(c.sources) > 1:
            parts.append(f"==> {src.name} <==\n\n")
        parts.append(src.read_text(encoding="utf-8").rstrip() + "\n\n")
    (OUT / c.file).write_text("".join(parts).rstrip() + "\n", encoding="utf-8")


def readme(items: list[Component]) -> str:
    rows = "\n".join(f"| {c.name} | {c.version} | {c.licence} | [{c.file}]({c.file}) |" for c in items)
    return f"""# Third-party licences

What Kashshaf's bundle carries that others wrote, and Kashshaf's own licence. Help → About
lists the same components (from `components.json`) and shows each text. The bundle ships this
folder as `licences/` beside `resources/`.

Written by `packaging/collect_licences.py` from the installed packages' `*.dist-info` licence
files, Python's `LICENSE.txt`, Debian's `/usr/share/common-licenses` and `resources/fonts/OFL.txt`;
`CRFsuite.txt`, `libLBFGS.txt`, `Unicode-CLDR.txt`, `entity-model.txt`, `seeds.txt` and
`kashshaf-data.txt` are written by hand. Run it again after changing a dependency's version.

| Component | Version | Licence | Text |
|---|---|---|---|
{rows}
"""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    items = components()
    for c in items:
        if c.sources:
            write_text(c)
        elif not (OUT / c.file).exists():
            raise SystemExit(f"collect_licences: {OUT / c.file} (written by hand) is missing")
    index = [
        {"name": c.name, "version": c.version, "licence": c.licence, "file": c.file, "kind": c.kind} for c in items
    ]
    (OUT / "components.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / "README.md").write_text(readme(items), encoding="utf-8")
    for c in items:
        print(f"{c.file}: {c.name} {c.version} ({c.licence})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
