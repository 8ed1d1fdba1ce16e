"""Run-time hook of the Linux bundle, in place of PyInstaller's PySide6 hook (packaging/kashshaf.spec).

PyInstaller's hook imports PySide6.QtCore at every start, to register a qt.conf, which costs about
85 ms (libQt6Core and ICU loaded) before `kashshaf search` does anything; the command line never
needs Qt. The window needs only Qt's plugins (platforms, image formats, the SVG icon engine, input
methods), found through QT_PLUGIN_PATH; Qt's Arabic catalogue is read from resources/translations.
"""

import os
import sys

_plugins = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")  # type: ignore[attr-defined]
# the bundle's plugins first, after them any the user had named (not dropped)
os.environ["QT_PLUGIN_PATH"] = os.pathsep.join(filter(None, [_plugins, os.environ.get("QT_PLUGIN_PATH")]))
