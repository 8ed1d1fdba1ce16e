"""File dialogs: left to right (file names and paths are), starting where the user last was.

In a right-to-left window Qt's own file dialog lays names such as
``2015-07-21.zip`` out as ``zip.2015-07-21`` and paths backwards; its
labels stay in the interface language. Where the desktop has a file dialog
of its own, Qt uses that one (the direction is then the desktop's).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from kashshaf.ui.app import settings

LAST_DIR = "dialogs/last_dir"


class FileDialogs:
    """The window's file dialogs (the boundary the tests stand in for)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window

    def start(self, name: str = "") -> str:
        """The folder the user last chose a file in (else home), with ``name`` in it."""
        last = settings().value(LAST_DIR)
        folder = Path(str(last)) if last and Path(str(last)).is_dir() else Path.home()
        return str(folder / name) if name else str(folder)

    def remember(self, path: str) -> None:
        if path:
            chosen = Path(path)
            settings().setValue(LAST_DIR, str(chosen if chosen.is_dir() else chosen.parent))

    def dialog(self, title: str, start: str, filters: str = "") -> QFileDialog:
        dialog = QFileDialog(self.window, title, start, filters)
        dialog.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return dialog

    def _run(self, dialog: QFileDialog) -> list[str]:
        try:
            chosen = list(dialog.selectedFiles()) if dialog.exec() else []
        finally:
            dialog.deleteLater()
        if chosen:
            self.remember(chosen[0])
        return chosen

    def open_files(self, title: str, filters: str) -> list[str]:
        dialog = self.dialog(title, self.start(), filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        return self._run(dialog)

    def open_file(self, title: str, filters: str) -> str:
        dialog = self.dialog(title, self.start(), filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return next(iter(self._run(dialog)), "")

    def directory(self, title: str) -> str:
        dialog = self.dialog(title, self.start())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        return next(iter(self._run(dialog)), "")

    def save(self, title: str, name: str, filters: str) -> tuple[str, str]:
        """The file to write and the filter chosen; the dialog asks before replacing a file."""
        dialog = self.dialog(title, self.start(name), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        chosen_filter: list[str] = []
        dialog.filterSelected.connect(chosen_filter.append)
        files = self._run(dialog)
        return (files[0], chosen_filter[-1] if chosen_filter else dialog.selectedNameFilter()) if files else ("", "")
