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


def wait_settled(qtbot, window, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window has nothing left to do: every task it submitted answered, every call it
    deferred (the reader's first hit, once the text is laid out) made. A condition, not a fixed time."""
    from kashshaf.ui.tasks import deferred_pending

    qtbot.waitUntil(lambda: window.runner.idle and not deferred_pending(), timeout=timeout)


def choose_document(window, doc_id: str) -> None:  # type: ignore[no-untyped-def]
    """Select ``doc_id``'s row in the list, as a click on it does (the reader then shows it)."""
    row = window.model.row_of(doc_id)
    assert row >= 0, f"{doc_id} is not in the list"
    window.list_view.setCurrentIndex(window.model.index(row, 0))
