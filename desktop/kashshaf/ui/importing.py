"""The import progress dialog: files read, documents indexed, problems so far, cancel;
then a report naming every file that could not be imported and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from kashshaf.core.models import ImportReport
from kashshaf.core.workspace import ImportProgress


class ImportDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing"))
        self.setMinimumWidth(460)
        self.phase_label = QLabel(self.tr("Preparing…"), self)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.problems_label = QLabel(self)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.hide_button = QPushButton(self.tr("Continue in background"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.hide()
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.hide_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.clicked.connect(self._cancel)
        self.hide_button.clicked.connect(self.hide)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (self.phase_label, self.bar, self.current_label, self.problems_label, self.details):
            layout.addWidget(w)
        layout.addWidget(self.buttons)
        self.finished_report: ImportReport | None = None

    def reject(self) -> None:  # Escape or the window's close button: keep importing, just hide
        if self.finished_report is None:
            self.hide()
        else:
            super().reject()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.phase_label.setText(self.tr("Cancelling… documents already read are kept."))
        self.cancel_requested.emit()

    def update_progress(self, p: ImportProgress) -> None:
        if p.phase == "reading":
            self.phase_label.setText(self.tr("Reading files: {done} of {total}").format(done=p.done, total=p.total))
        else:
            self.phase_label.setText(
                self.tr("Indexing documents: {done} of {total}").format(done=p.done, total=p.total)
            )
        if p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(p.done)
        self.current_label.setText(p.current or "")
        if p.problems:
            self.problems_label.setText(self.tr("Problems so far: {n}").format(n=p.problems))

    def show_report(self, report: ImportReport) -> None:
        self.finished_report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        summary = self.tr(
            "Imported {imported} documents; {duplicates} duplicates skipped; {problems} problems."
        ).format(imported=len(report.imported), duplicates=len(report.duplicates), problems=len(report.problems))
        if report.cancelled:
            summary = self.tr("Import cancelled.") + " " + summary
        self.phase_label.setText(summary)
        self.current_label.clear()
        self.problems_label.setText(self.tr("These files could not be imported:") if report.problems else "")
        if report.problems:
            self.details.setPlainText("\n".join(str(p) for p in report.problems))
            self.details.show()
        self.cancel_button.hide()
        self.hide_button.hide()
        self.close_button.show()

    def show_failure(self, message: str) -> None:
        self.finished_report = ImportReport()
        self.phase_label.setText(self.tr("The import stopped: {reason}").format(reason=message))
        self.bar.setRange(0, 1)
        self.cancel_button.hide()
        self.hide_button.hide()
        self.close_button.show()
