"""Application set-up: bundled fonts, interface language and direction, settings."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QIcon, QPainter
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

from kashshaf import __version__
from kashshaf.core.bidi import LRI, isolate_ltr
from kashshaf.paths import resource_path
from kashshaf.ui.fonts import load_fonts

ORGANISATION = "Kashshaf"
APPLICATION = "Kashshaf"
APP_ID = "org.kashshaf.Kashshaf"
"""the application id: the desktop entry's name (``packaging/linux/org.kashshaf.Kashshaf.desktop``), the
window's app id on Wayland (on X11 its _GTK_APPLICATION_ID; WM_CLASS is ("kashshaf", APPLICATION), the
entry's StartupWMClass), and the icon's name in the hicolor theme"""
LANGUAGES = ("ar", "en")
UI_FAMILY = "Noto Sans Arabic"
READER_FAMILY = "Noto Naskh Arabic"
LATIN_FAMILY = "Noto Sans"


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def chosen_language() -> str:
    """The interface language: the setting, else ``KASHSHAF_LANG``, else the
    system locale when it is English, else Arabic (the default)."""
    value = settings().value("language")
    if isinstance(value, str) and value in LANGUAGES:
        return value
    env = os.environ.get("KASHSHAF_LANG", "")[:2]
    if env in LANGUAGES:
        return env
    return "en" if QLocale.system().language() == QLocale.Language.English else "ar"


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues are (``qtbase_ar.qm``: file dialogs, Yes/No/OK/Cancel, Copy/Select All):
    in a bundle beside the app's own, else PySide6's."""
    bundled = Path(resource_path("translations"))
    if (bundled / "qtbase_ar.qm").exists():
        return bundled
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(app: QApplication, language: str) -> QTranslator | None:
    """Load Qt's catalogue and ``resources/translations/kashshaf_<language>.qm``, and set the layout direction."""
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight)
    for name in ("kashshafTranslator", "qtExtraTranslator", "qtTranslator"):
        old = app.property(name)
        if isinstance(old, QTranslator):
            app.removeTranslator(old)
            app.setProperty(name, None)
    if language == "en":
        return None  # the source strings are English
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", str(qt_translations_dir())):
        app.installTranslator(qt)
        app.setProperty("qtTranslator", qt)
    extra = QTranslator(app)  # what qtbase's catalogue lacks (installed later, so asked first)
    if extra.load(str(Path(resource_path("translations")) / f"qt_extra_{language}.qm")):
        app.installTranslator(extra)
        app.setProperty("qtExtraTranslator", extra)
    translator = QTranslator(app)
    if translator.load(str(Path(resource_path("translations")) / f"kashshaf_{language}.qm")):
        app.installTranslator(translator)
        app.setProperty("kashshafTranslator", translator)
        return translator
    return None


def app_icon() -> QIcon:
    """Kashshaf's icon (``resources/icons/kashshaf.svg``); the hicolor theme's ``org.kashshaf.Kashshaf`` is
    the same picture (``packaging/render_icons.py``)."""
    return QIcon(str(resource_path("icons", "kashshaf.svg")))


class BidiStyle(QProxyStyle):
    """The platform's style, with a menu item's keys drawn as a left-to-right isolate: in a right-to-left
    menu Qt lays "Ctrl+/" out as "/+Ctrl" and "Ctrl++" as "++Ctrl"."""

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(option, QStyleOptionMenuItem):
            text = menu_text(option.text)
            if text != option.text:
                option = QStyleOptionMenuItem(option)
                option.text = text
        super().drawControl(element, option, painter, widget)


def menu_text(text: str) -> str:
    """A menu item's "label\tkeys" with the keys as a left-to-right isolate."""
    label, tab, keys = text.partition("\t")
    return f"{label}\t{isolate_ltr(keys)}" if tab and keys and not keys.startswith(LRI) else text


def ui_font(point_size: float = 10.0) -> QFont:
    font = QFont([UI_FAMILY, LATIN_FAMILY])
    font.setPointSizeF(point_size)
    return font


def reader_font(point_size: float = 14.0) -> QFont:
    font = QFont([READER_FAMILY, LATIN_FAMILY])
    font.setPointSizeF(point_size)
    return font


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication (created once), with fonts, language and direction set."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    # The cyclic collector runs in whichever thread allocates, holding the GIL: a
    # background read that builds 150,000 objects (the corpus' names at 100k
    # articles) set off full collections of 30-90 ms that the window's thread
    # waited out. Collecting the young generation every 10,000 allocations rather
    # than 700 (and the middle one 50 times less often) makes full collections rare; the window freezes what it keeps once a
    # corpus is open (MainWindow._corpus_entities).
    gc.set_threshold(10_000, 50, 20)
    if not isinstance(app.style(), BidiStyle):
        app.setStyle(BidiStyle())
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setApplicationDisplayName("كشّاف" if (language or chosen_language()) == "ar" else "Kashshaf")
    load_fonts()
    app.setFont(ui_font())
    install_language(app, language or chosen_language())
    return app
