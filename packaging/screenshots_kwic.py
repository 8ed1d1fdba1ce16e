"""A screenshot of the window with the concordance dock, on a corpus of your own (the README's
docs/screenshots/kwic.png and kwic-english.png were taken on two days of SaudiNewsNet):

    xvfb-run -a -s "-screen 0 1500x950x24" .venv/bin/python packaging/screenshots_kwic.py CORPUS OUT.png \\
        [--lang ar|en] [--query تويتر] [--sort R1] [--filter WORD] [--open ROW]

The corpus is opened read-only. ``--sort`` is a key of the dock's sort menu (L1 … R3, date),
``--filter`` a word the lines' context must have, ``--open`` a row clicked (the reader opens there).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--lang", default="ar", choices=["ar", "en"])
    parser.add_argument("--query", default="تويتر")
    parser.add_argument("--sort", default="")
    parser.add_argument("--filter", default="")
    parser.add_argument("--open", type=int, default=-1)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    data = Path(tempfile.mkdtemp(prefix="kashshaf-shots-"))
    os.environ["KASHSHAF_DATA_DIR"] = str(data / "data")
    sys.path.insert(0, str(ROOT / "desktop"))
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(data / "settings"))
    from kashshaf.core.workspace import Workspace
    from kashshaf.ui.app import make_application, settings
    from kashshaf.ui.mainwindow import MainWindow

    Workspace.open = classmethod(lambda cls, d, catch_up=True: cls(d, readonly=True))  # type: ignore[assignment,method-assign]
    make_application(["kashshaf"], language=args.lang)
    settings().setValue("language", args.lang)
    w = MainWindow(Path(args.corpus))
    w.resize(1500, 950)
    w.show()

    def until(condition, timeout: float = 120) -> None:  # type: ignore[no-untyped-def]
        end = time.time() + timeout
        while not condition():
            if time.time() > end:
                raise TimeoutError
            QApplication.processEvents()
            time.sleep(0.01)

    until(lambda: w.workspace is not None and w.model.rowCount() > 0)
    dock = w.analysis.dock("kwic")
    assert dock is not None
    dock.show()
    dock.raise_()
    w.resizeDocks([dock], [480], Qt.Orientation.Vertical)
    w.search_bar.set_query(args.query)
    until(lambda: dock.builder is not None and dock.builder.done and w.runner.idle)
    if args.sort:
        dock.sort_box.setCurrentIndex(dock.sort_box.findData(args.sort))
    if args.filter:
        dock.filter_edit.setText(args.filter)
    time.sleep(0.4)
    until(lambda: w.runner.idle and dock.model.line(0) is not None)
    if args.open >= 0:
        dock.open_line(dock.model.line(args.open))  # type: ignore[arg-type]
        time.sleep(0.3)
        until(lambda: w.runner.idle)
    for _ in range(30):
        QApplication.processEvents()
        time.sleep(0.02)
    w.grab().save(args.out)
    print(args.out, dock.count_label.text())
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
