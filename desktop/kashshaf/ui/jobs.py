"""Long jobs on the open corpus: import, rescan, index what is pending, rebuild the index.

Each job is a small class (after Vorta's ``borg/*.py``): what it says while it
runs and the work, which runs in a process of its own
(:func:`kashshaf.core.jobs.run_in_process`) so that the window's event loop and
memory stay the window's. :class:`JobsController` (``window.jobs``) runs one at
a time, shows its progress, and announces the new documents through
:attr:`~kashshaf.ui.ops.Ops.changes_applied`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from kashshaf.core.jobs import import_job, index_job, run_in_process
from kashshaf.core.models import ImportProgress, ImportReport
from kashshaf.ui.importing import ImportDialog
from kashshaf.ui.messages import text_of
from kashshaf.ui.ops import OpChanges, changes_corpus
from kashshaf.ui.tasks import TaskContext, defer

if TYPE_CHECKING:
    from kashshaf.ui.mainwindow import MainWindow


@dataclass(frozen=True)
class ImportJob:
    """Import files and folders; ``paths=None`` rescans the corpus' folders."""

    paths: list[Path] | None

    def run(self, corpus: Path, ctx: TaskContext) -> ImportReport:
        report: ImportReport = run_in_process(
            import_job, corpus, self.paths, progress=ctx.progress, cancelled=ctx.cancelled
        )
        return report


@dataclass(frozen=True)
class IndexJob:
    """Index the stored documents the index lacks (after a crash or a cancelled import);
    ``rebuild``: the whole index again, from the store."""

    rebuild: bool = False

    def run(self, corpus: Path, ctx: TaskContext) -> int:
        cancelled = None if self.rebuild else ctx.cancelled
        return int(run_in_process(index_job, corpus, self.rebuild, progress=ctx.progress, cancelled=cancelled))


class JobsController(QObject):
    """``window.jobs``: one job at a time, with its progress in the status bar (and the import dialog)."""

    progressed = Signal(object)
    """every :class:`ImportProgress` of the job under way, once the window has shown it"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running: TaskContext | None = None
        """the job under way, or None"""
        self.dialog: ImportDialog | None = None
        """the last import's dialog (its progress, then its report)"""

    def choose_import_files(self) -> None:
        files = self.window.file_dialogs.open_files(
            self.tr("Import files"), self.tr("Articles (*.txt *.html *.htm *.md *.json *.jsonl *.zip);;All files (*)")
        )
        if files:
            self.start_import([Path(f) for f in files])

    def choose_import_folder(self) -> None:
        folder = self.window.file_dialogs.directory(self.tr("Import folder"))
        if folder:
            self.start_import([Path(folder)])

    @changes_corpus
    def rescan(self) -> None:
        """Bring the corpus up to date with its folders (new, changed and deleted files)."""

        def start(folders: list[str]) -> None:
            if not folders:
                QMessageBox.information(
                    self.window, self.tr("Rescan"), self.tr("No folder has been imported into this corpus yet.")
                )
                return
            self.start_import(None)

        self.window.ops.query_op(lambda ws: ws.folders(), topic="rescan").success(start).run()

    @changes_corpus
    def start_import(self, paths: list[Path] | None) -> None:
        """Import ``paths`` in the background; ``None`` rescans the corpus folders."""
        if self.running is not None:
            QMessageBox.information(self.window, self.tr("Import"), self.tr("An import is already running."))
            return
        corpus = self.window.corpus_dir
        if corpus is None:
            defer(lambda: self.start_import(paths), 200, owner=self)  # the corpus is still opening
            return
        dialog = ImportDialog(self.window)
        if paths is None:
            dialog.setWindowTitle(self.tr("Rescanning corpus folders"))
        self.dialog = dialog
        job = ImportJob(paths)
        self.running = self.window.runner.submit(
            lambda ctx: job.run(corpus, ctx),
            on_done=self._imported,
            on_error=self._failed,
            on_progress=self.progress,
            on_cancelled=lambda: self._imported(ImportReport(cancelled=True)),  # cancelled before it began
            lane="job",
        )
        dialog.cancel_requested.connect(self.running.cancel)
        self.window.set_job(self.tr("Importing…"), busy=True)
        dialog.show()

    @changes_corpus
    def index_pending(self) -> None:
        """Index, in the background, stored documents the index does not have yet."""
        self._index(IndexJob(rebuild=False), self.tr("Indexing the documents already read…"))

    @changes_corpus
    def reindex(self) -> None:
        self._index(IndexJob(rebuild=True), self.tr("Rebuilding the search index…"))

    def _index(self, job: IndexJob, text: str) -> None:
        corpus = self.window.corpus_dir
        if corpus is None or self.running is not None:
            return
        self.running = self.window.runner.submit(
            lambda ctx: job.run(corpus, ctx),
            on_done=lambda _n: self._finished(),
            on_error=self._failed,
            on_progress=self.progress,
            lane="job",
        )
        self.window.set_job(text, busy=True)

    def progress(self, p: ImportProgress) -> None:
        if self.dialog is not None and self.dialog.finished_report is None:
            self.dialog.update_progress(p)
        w = self.window
        if p.total:
            w.job_bar.setRange(0, p.total)
            w.job_bar.setValue(p.done)
        phase = self.tr("Reading") if p.phase == "reading" else self.tr("Indexing")
        w.job_label.setText(f"{phase} {p.done:,}/{p.total or 0:,}")
        self.progressed.emit(p)

    def _imported(self, report: Any) -> None:
        if self.dialog is not None:
            self.dialog.show_report(report)
            self.dialog.show()
        self._finished()
        if report.cancelled:
            self.index_pending()  # what was read before the cancel is stored: make it searchable too

    def _finished(self) -> None:
        self.running = None
        self.window.set_job("", busy=False)
        ws = self.window.workspace
        if ws is not None:
            ws.forget_caches()  # another process changed the corpus
        self.window.ops.changes_applied.emit(OpChanges(documents=True))

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.running = None
        self.window.set_job("", busy=False)
        if self.dialog is not None:
            self.dialog.show_failure(text_of(exc))
            self.dialog.show()
        self.window.ops.changes_applied.emit(OpChanges(documents=True))
