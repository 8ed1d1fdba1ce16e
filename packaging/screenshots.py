"""Screenshots of the main window under Xvfb (a real X server and Qt's xcb
plugin, as on a desktop), for the README and for looking at the window.

    .venv/bin/python packaging/screenshots.py OUT_DIR      (or: make screenshots)

Writes OUT_DIR/search.png (a search active, hits marked in the list and the
reader) and OUT_DIR/entity.png (an entity chosen in the sidebar). Runs on a
fresh user-data folder with the bundled seeds corpus (entities as the
import extracted them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1400, 860)


def main(out: Path) -> int:
    if not os.environ.get("DISPLAY"):
        if shutil.which("xvfb-run") is None:
            print("xvfb-run is missing (Debian package xvfb; `make screenshots` installs it as root)", file=sys.stderr)
            return 2
        screen = f"-screen 0 {SIZE[0]}x{SIZE[1]}x24"
        cmd = ["xvfb-run", "-a", "-s", screen, sys.executable, __file__, str(out)]
        return subprocess.call(cmd)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    data = Path(tempfile.mkdtemp(prefix="kashshaf-shots-"))
    os.environ["KASHSHAF_DATA_DIR"] = str(data / "data")
    sys.path.insert(0, str(ROOT / "desktop"))
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QGuiApplication

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(data / "settings"))
    from kashshaf.ui.app import make_application
    from kashshaf.ui.mainwindow import MainWindow

    app = make_application(["kashshaf"], language="ar")
    window = MainWindow()
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    steps: list[tuple[int, object]] = []

    def shoot(name: str) -> None:
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(out / name))  # the whole X screen, as `import -window root` would
        print(out / name)

    def search() -> None:
        window.search_bar.set_query("داعش")

    def choose_entity() -> None:
        window.search_bar.edit.clear()
        window.entities.tabs.setCurrentWidget(window.entities.corpus_pane)
        org = next(e.id for e in window.workspace.entities() if e.name == "قوات سوريا الديمقراطية")  # type: ignore[union-attr]
        window.entities.corpus_pane.select(org)
        window.set_entity(org)

    def keep_excerpts() -> None:
        ws = window.workspace
        window.set_entity(None)
        for words, note in (("قوات سوريا الديمقراطية", "ملاحظة: التسمية الكاملة"), ("المبعوث الروسي", "")):
            doc_id = next(d for d in ws.browse() if words in ws.document(d).clean_text)  # type: ignore[union-attr]
            start = ws.document(doc_id).clean_text.index(words)  # type: ignore[union-attr]
            ws.add_excerpt(doc_id, max(0, start - 30), start + len(words) + 40, note=note, tags=["تقرير"])  # type: ignore[union-attr]
        window.excerpts_dock.show()
        window.excerpts_dock.raise_()
        window.refresh_excerpts()
        window.excerpts.view.setCurrentIndex(window.excerpts.model.index(0))
        window.open_excerpt(window.excerpts.current_id())  # type: ignore[arg-type]

    steps = [
        (2500, search),
        (2500, lambda: shoot("search.png")),
        (500, choose_entity),
        (2500, lambda: shoot("entity.png")),
        (500, keep_excerpts),
        (2500, lambda: shoot("excerpts.png")),
        (200, app.quit),
    ]
    delay = 0
    for wait, step in steps:
        delay += wait
        QTimer.singleShot(delay, step)  # type: ignore[arg-type]
    app.exec()
    window.close()
    shutil.rmtree(data, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
