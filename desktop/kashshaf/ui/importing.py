"""The import progress dialog: files read, documents a second, time left, problems so
far, cancel; then a report naming every file that could not be imported (and every
file imported with damage) and why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kashshaf.core.bidi import isolate_ltr
from kashshaf.core.models import ImportProblem, ImportProgress, ImportReport
from kashshaf.core.progress import ProgressMeter
from kashshaf.ui.messages import text_of


class ImportDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing"))
        self.setMinimumWidth(560)
        self.phase_label = QLabel(self.tr("Preparing…"), self)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.pace_label = QLabel(self)
        self.meter = ProgressMeter()
        self.problems_label = QLabel(self)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(180)  # the report: one problem a line, paths and reasons
        self.details.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.hide_button = QPushButton(self.tr("Continue in background"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.hide()
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.hide_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()  # (adding it to the box showed it): only once the import has ended
        self.cancel_button.clicked.connect(self._cancel)
        self.hide_button.clicked.connect(self.hide)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (self.phase_label, self.bar, self.pace_label, self.current_label, self.problems_label, self.details):
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
            self.phase_label.setText(
                self.tr("Reading files: {done} of {total}").format(done=f"{p.done:,}", total=f"{p.total or 0:,}")
            )
            self.problems_label.setText(self.tr("Problems so far: {n}").format(n=f"{p.problems:,}"))
        else:  # indexing: the problems are those the reading found
            self.phase_label.setText(
                self.tr("Indexing documents: {done} of {total}").format(done=f"{p.done:,}", total=f"{p.total or 0:,}")
            )
        if p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(p.done)
        self.current_label.setText(isolate_ltr(p.current) if p.current else "")
        self.pace_label.setText(self.pace_text(p))

    def pace_text(self, p: ImportProgress) -> str:
        """Documents read, documents a second and time left, as far as they are known yet."""
        pace = self.meter.of(p)
        parts = []
        if p.phase == "reading":
            parts.append(self.tr("{n} documents read").format(n=f"{p.documents:,}"))
        if pace.rate is not None:
            parts.append(self.tr("{rate} documents a second").format(rate=f"{pace.rate:,.0f}"))
        if pace.seconds_left is not None:
            parts.append(self.time_left(pace.seconds_left))
        return " · ".join(parts)

    def time_left(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("less than a minute left")
        if seconds < 3600:
            return self.tr("about {minutes} min left").format(minutes=round(seconds / 60))
        return self.tr("about {hours} h {minutes} min left").format(
            hours=int(seconds // 3600), minutes=round(seconds % 3600 / 60)
        )

    def show_report(self, report: ImportReport) -> None:
        self.finished_report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        summary = self.tr(
            "Imported: {imported} documents. Duplicates skipped: {duplicates}. Not imported: {problems}."
        ).format(
            imported=f"{len(report.imported):,}",
            duplicates=f"{len(report.duplicates):,}",
            problems=f"{len(report.problems):,}",
        )
        if report.unchanged:
            summary += " " + self.tr("Files unchanged since the last import (not read again): {n}.").format(
                n=f"{len(report.unchanged):,}"
            )
        if report.removed:
            summary += " " + self.tr("Documents removed because their files are gone: {n}.").format(
                n=f"{len(report.removed):,}"
            )
        if report.cancelled:
            summary = self.tr("Import cancelled; importing the same files again resumes.") + " " + summary
        self.phase_label.setText(summary)
        self.phase_label.setWordWrap(True)
        self.current_label.clear()
        self.pace_label.clear()
        lines = [problem_line(p) for p in report.problems]
        if report.warnings:
            lines += ["", self.tr("Imported, but check these files:")] + [problem_line(w) for w in report.warnings]
        self.problems_label.setText(
            self.tr("Not imported (a file, or a record of a collection, and why):")
            if report.problems
            else self.tr("Imported, with warnings:")
            if report.warnings
            else ""
        )
        if report.warnings and not report.problems:
            lines = lines[2:]
        if lines:
            self.details.setPlainText("\n".join(lines))
            self.details.show()
        self.cancel_button.hide()
        self.hide_button.hide()
        self.close_button.show()

    def show_failure(self, message: str) -> None:
        """The import ended with an error (``message`` in the interface language)."""
        self.finished_report = ImportReport()
        self.phase_label.setText(self.tr("The import stopped: {reason}").format(reason=message))
        self.bar.setRange(0, 1)
        self.cancel_button.hide()
        self.hide_button.hide()
        self.close_button.show()


def problem_line(problem: ImportProblem) -> str:
    """``path: reason`` in the interface language; the path is a left-to-right isolate, so it stays whole
    and an Arabic reason keeps its paragraph right to left."""
    return f"{isolate_ltr(problem.path)}: {text_of(problem)}"
