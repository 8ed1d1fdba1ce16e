"""Opening a window the way the tests need it: shown, corpus loaded, a document in the reader."""

from __future__ import annotations

from pathlib import Path


def open_window(qtbot, corpus: Path):  # type: ignore[no-untyped-def]
    from kashshaf.ui.mainwindow import MainWindow

    window = MainWindow(corpus)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None and window.model.rowCount() > 0, timeout=30000)
    qtbot.waitUntil(lambda: window.reader.document is not None, timeout=10000)
    return window
