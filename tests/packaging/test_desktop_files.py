"""The desktop entry, the AppStream metainfo and the hicolor icons in ``packaging/linux``: valid for the
freedesktop.org validators (installed by ``packaging/system-deps.sh``), one application id throughout, and
every icon size rendered at its size."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.kashshaf.Kashshaf"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = LINUX / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# what appstreamcli --pedantic may still say: the id keeps its capitals (it is the window's id on Wayland
# and the .desktop file's name), and AppStream 0.16 (Debian 12) does not know <developer> yet (1.0 wants it)
ALLOWED_NOTES = {"cid-contains-uppercase-letter", "unknown-tag"}


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        # never skipped: `make test` installs it (as root, as CI runs); a validation not run is not a pass
        pytest.fail(f"{name} is not installed: packaging/system-deps.sh installs it (run make test as root)")
    return path


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_is_valid() -> None:
    run = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == "", run.stdout  # no error, warning or hint


def test_the_desktop_entry_names_the_app_in_both_languages() -> None:
    entry = desktop_entry()
    assert entry["Name"] == "Kashshaf"
    assert entry["Name[ar]"] == "كشّاف"
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry[key]
        assert any("\u0621" <= c <= "\u064a" for c in entry[f"{key}[ar]"]), key
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    # any argument makes `kashshaf` the command-line interface: the entry passes no file
    assert entry["Exec"] == "kashshaf"
    # Qt sets WM_CLASS to ("kashshaf", applicationName): see kashshaf.cli.main and kashshaf.ui.app
    from kashshaf.ui.app import APPLICATION

    assert entry["StartupWMClass"] == APPLICATION


def appstream(command: str, target: Path) -> subprocess.CompletedProcess[str]:
    """``appstreamcli COMMAND --pedantic`` on ``target``, offline; its exit code asserted 0."""
    run = subprocess.run(
        [tool("appstreamcli"), command, "--pedantic", "--no-net", "--no-color", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run


def test_the_metainfo_is_valid() -> None:
    run = appstream("validate", METAINFO)
    notes = [
        line.split(":")[0] + ":" + line.split()[2]
        for line in run.stdout.splitlines()
        if line[:2] in {"E:", "W:", "I:", "P:"}
    ]
    assert not [n for n in notes if n[0] in "EW"], run.stdout
    assert {n.split(":")[1] for n in notes} <= ALLOWED_NOTES, run.stdout


def test_the_installed_tree_is_valid(tmp_path: Path) -> None:
    """The three as a package installs them (/usr/share/metainfo, applications, icons): the metainfo's
    desktop-id and icon are found."""
    share = tmp_path / "usr" / "share"
    (share / "metainfo").mkdir(parents=True)
    (share / "applications").mkdir(parents=True)
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copy(DESKTOP, share / "applications")
    shutil.copytree(HICOLOR, share / "icons" / "hicolor")
    run = appstream("validate-tree", tmp_path)
    assert not [line for line in run.stdout.splitlines() if line.strip()[:2] in {"E:", "W:"}], run.stdout


def test_the_metainfo_agrees_with_the_project() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == project["license"]["text"]
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == project["version"]  # type: ignore[union-attr]
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    assert root.findtext("provides/binary") == next(iter(project["scripts"]))
    for tag in ("name", "summary"):
        langs = {e.get(XML_LANG) for e in root.findall(tag)}
        assert langs == {None, "ar"}, tag
    assert {p.get(XML_LANG) for p in root.findall("description/p")} == {None, "ar"}
    screenshots = [img.text or "" for img in root.findall("screenshots/screenshot/image")]
    assert screenshots
    for url in screenshots:  # each one a picture the repository has
        assert url.startswith("https://")
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


def test_every_icon_size_is_there_at_its_size(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    svg = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    # the theme's SVG is the window's icon (packaging/render_icons.py copies it)
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "kashshaf.svg").read_bytes()
    for size in SIZES:
        png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert not image.isNull(), png
        assert (image.width(), image.height()) == (size, size), png
        assert image.hasAlphaChannel()
        assert image.pixelColor(size // 2, size // 2).alpha() == 255, png  # drawn, not blank
