"""Help → About: the name, version and application id, and every third-party component with its licence
text, read from ``packaging/licences`` (``licences/`` in a bundle); the running application's id and icon."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kashshaf import __version__
from kashshaf.core.bidi import strip_isolates
from kashshaf.paths import licences_dir

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = next((ROOT / "packaging" / "linux").glob("*.desktop"))


def test_about_lists_every_component_and_shows_its_licence(qtbot, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.help import AboutDialog

    listed = json.loads((ROOT / "packaging" / "licences" / "components.json").read_text(encoding="utf-8"))
    about = AboutDialog()
    qtbot.addWidget(about)
    assert about.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the texts are English: left to right, a line's final "." last, not first as in the window's direction
    assert about.licence_text.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert about.licence_text.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LeftToRight
    names = about.names()
    assert len(names) == len(listed) > 15
    assert names[0] == "كشّاف"
    for expected in ("Qt 6, PySide6, Shiboken6", "whoosh-reloaded", "camel-tools", "python-crfsuite", "CRFsuite"):
        assert expected in names
    assert "نموذج الكيانات (مدرَّب على ANERcorp)" in names
    assert "GNU GENERAL PUBLIC LICENSE" in about.licence_text.toPlainText()  # the first row is chosen
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.open_component("Qt 6")
    assert "Open Font License" in about.open_component("Noto")
    assert "ScrapingHub" in about.open_component("python-crfsuite")
    assert "Naoaki Okazaki" in about.open_component("CRFsuite")
    assert "UNICODE LICENSE V3" in about.open_component("أسماء البلدان")
    assert "ANERcorp" in about.open_component("نموذج الكيانات")
    for row in range(len(names)):  # every text is there and is not empty
        about.components.setCurrentCell(row, 0)
        assert len(about.licence_text.toPlainText()) > 200, names[row]
    licence_column = [about.components.item(r, 2).text() for r in range(len(names))]
    assert "استخدام بحثي" in licence_column
    notice = strip_isolates(about.notice.text())
    assert "org.kashshaf.Kashshaf" in notice
    assert "جنو العمومية" in notice
    assert strip_isolates(about.components.item(0, 1).text()) == __version__


def test_about_in_english(qtbot, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    from kashshaf.ui.app import install_language
    from kashshaf.ui.help import AboutDialog

    install_language(app, "en")
    try:
        about = AboutDialog()
        qtbot.addWidget(about)
        assert about.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert about.names()[0] == "Kashshaf"
        assert "Entity model (trained on ANERcorp)" in about.names()
        assert about.components.horizontalHeaderItem(2).text() == "Licence"
        assert "Application id: " in about.notice.text()
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in about.open_component("Qt 6")
    finally:
        install_language(app, "ar")


def test_about_says_when_the_licences_are_missing(qtbot, app: QApplication, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import kashshaf.ui.help as help_module

    monkeypatch.setattr(help_module, "licences_dir", lambda: tmp_path / "nowhere")
    about = help_module.AboutDialog()
    qtbot.addWidget(about)
    assert about.names() == []
    assert "nowhere" in about.licence_text.toPlainText()


def test_the_licences_folder_in_a_checkout_and_in_a_bundle(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    assert licences_dir() == ROOT / "packaging" / "licences"
    bundle = tmp_path / "bundle"
    (bundle / "licences").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert licences_dir() == bundle / "licences"


def test_the_application_carries_the_desktop_entrys_id_and_icon(app: QApplication) -> None:
    from kashshaf.ui.app import APP_ID, app_icon

    assert QGuiApplication.desktopFileName() == DESKTOP.name.removesuffix(".desktop") == APP_ID
    assert f"Icon={APP_ID}\n" in DESKTOP.read_text(encoding="utf-8")
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    for size in (16, 48, 256):
        image = app_icon().pixmap(size, size).toImage()
        assert image.width() == size
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255  # drawn, not a transparent square
